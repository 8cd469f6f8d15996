/**
 * Days are right in every time zone on the days its clocks change, midnight changes included.
 * The reference is Intl's own wall clock for each instant, found here without the core.
 */
import { describe, expect, it } from 'vitest';
import { wallClock as wallClockAt } from '../../../local/clock';
import { dayOf, isoDay, zone } from '../../../src/core/ground/zone';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Intl's wall clock of an instant in a zone (the stand-in's own, held against Intl alone). */
const wallClock = (tz: string) => (at: number) => wallClockAt(tz, at);

/** Instants at which a zone's clocks change in [from, to), to the minute. */
function transitions(wall: (at: number) => number, from: number, to: number): number[] {
  const off = (t: number) => wall(t) - t;
  const out: number[] = [];
  for (let t = from; t < to; t += DAY) {
    if (off(t) === off(t + DAY)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (off(mid) === off(lo)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
}

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 0, 1);

describe('every zone on its clock-change days of 2024–2026', () => {
  const zones = Intl.supportedValuesOf('timeZone');

  it('knows the zones, and finds clock changes at midnight among them', () => {
    expect(zones.length).toBeGreaterThan(300);
    const santiago = wallClock('America/Santiago');
    // Clocks that go from 23:59 to 01:00 skip midnight.
    const midnight = transitions(santiago, FROM, TO).filter(
      (t) =>
        new Date(santiago(t - MINUTE)).getUTCHours() === 23 &&
        new Date(santiago(t)).getUTCHours() === 1,
    );
    // Chile springs forward at midnight: 2024-09-08, 2025-09-07, 2026-09-06.
    expect(midnight.map((t) => isoDay(santiago(t)))).toEqual([
      '2024-09-08',
      '2025-09-07',
      '2026-09-06',
    ]);
  });

  it('reads every instant around each change as Intl does, and puts each day’s midnight on its day', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const tz of zones) {
      const wall = wallClock(tz);
      const z = zone(tz);
      for (const t of transitions(wall, FROM, TO)) {
        for (let at = t - 3 * 3_600_000; at <= t + 3 * 3_600_000; at += 15 * MINUTE) {
          if (z.toLocal(at) !== wall(at)) wrong.push(`${tz} toLocal ${new Date(at).toISOString()}`);
        }
        // The days before, of and after the change: their first moment stays on that day.
        const changeDay = dayOf(wall(t));
        for (const d of [changeDay - 1, changeDay, changeDay + 1]) {
          const instant = z.toUtc(d * DAY);
          if (dayOf(wall(instant)) !== d) wrong.push(`${tz} ${isoDay(d * DAY)} midnight`);
          checked++;
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
