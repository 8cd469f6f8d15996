/**
 * Wall-clock time in a time zone, as Sheets keeps it, computed by the stand-in itself from
 * Intl: the product's own zone code is what the stand-in witnesses, so it must not borrow it.
 * A date in a cell is a wall-clock time in the spreadsheet's zone
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheettimezone);
 * a time the clocks skipped reads forward, as ECMAScript's Date reads it.
 */
export const DAY_MS = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(tz: string): Intl.DateTimeFormat {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(tz, f);
  }
  return f;
}

/** The wall-clock time of an instant in the zone, as milliseconds read as if UTC. */
export function wallClock(tz: string, utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of formatOf(tz).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const ms = ((utcMs % 1000) + 1000) % 1000;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + ms;
}

/** The instant of a wall-clock time in the zone: the earlier where clocks repeat it. */
export function instantOf(tz: string, wallMs: number): number {
  const offsetAt = (t: number) => wallClock(tz, t) - t;
  const early = wallMs - offsetAt(wallMs - DAY_MS);
  const late = wallMs - offsetAt(wallMs + DAY_MS);
  const shown = [early, late].filter((t) => wallClock(tz, t) === wallMs).sort((a, b) => a - b);
  return shown.length ? shown[0] : early;
}

/** Spreadsheet serial numbers count days from 1899-12-30. */
export const serialToWall = (serial: number): number => Math.round((serial - 25_569) * DAY_MS);

export const isDate = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === '[object Date]';
