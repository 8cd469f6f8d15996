/**
 * The stand-in keeps its own clock arithmetic (local/clock.ts) so that it witnesses the
 * product's (src/core/ground/zone.ts) rather than mirrors it. Here the two are held against each
 * other on random instants in every zone, clock changes included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOf, wallClock } from '../../local/clock';
import { zone } from '../../src/core/ground/zone';

const ZONES = Intl.supportedValuesOf('timeZone');

describe('the stand-in’s clock and the product’s zones agree', () => {
  it('on wall-clock time and on the instant of a wall-clock time, in every zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (tz, at) => {
          const z = zone(tz);
          expect(z.toLocal(at)).toBe(wallClock(tz, at));
          // Whole minutes, as dates and times in cells are.
          const wall = Math.floor(wallClock(tz, at) / 60_000) * 60_000;
          expect(z.toUtc(wall)).toBe(instantOf(tz, wall));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a skipped midnight forward, onto its own day', () => {
    // 2024-09-08 00:00 does not exist in Santiago: clocks go from 23:59 to 01:00.
    const wall = Date.UTC(2024, 8, 8);
    expect(
      new Date(wallClock('America/Santiago', instantOf('America/Santiago', wall))).toISOString(),
    ).toBe('2024-09-08T01:00:00.000Z');
  });
});
