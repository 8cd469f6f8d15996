/**
 * Calendar arithmetic in the spreadsheet's time zone.
 *
 * Sheets stores a date as a wall-clock day in the spreadsheet's zone, and Apps Script hands it
 * over as the instant of that wall-clock time. Everything in the core works on "local
 * milliseconds": the wall-clock time read as if it were UTC, so a calendar day is simply
 * floor(local / DAY_MS) and no day arithmetic depends on the host's own zone.
 */
import { fail } from './i18n';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const HOUR_SLOTS = 1 << 16;
/** No hour yet in a slot of the table below, and an offset no zone has. */
const NO_HOUR = -(2 ** 31);
const CHANGES = -(2 ** 31);

export interface Zone {
  readonly id: string;
  /** Milliseconds to add to a UTC instant to get the wall-clock time in this zone. */
  offset(utcMs: number): number;
  toLocal(utcMs: number): number;
  /** The UTC instant of a wall-clock time (the earlier one where a clock change repeats it). */
  toUtc(localMs: number): number;
}

const zones = new Map<string, Zone>();

/**
 * The zone of that IANA name. Offsets come from Intl; a runtime whose Intl lacks time-zone
 * data may supply its own offsets (Apps Script's Utilities.formatDate knows every zone).
 */
export function zone(id: string, fallbackOffset?: (utcMs: number) => number): Zone {
  let z = zones.get(id);
  if (!z) {
    z = makeZone(id, fallbackOffset);
    zones.set(id, z);
  }
  return z;
}

function intlOffset(id: string): ((utcMs: number) => number) | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  return (at: number) => {
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(at))) {
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    }
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
  };
}

function makeZone(id: string, fallbackOffset?: (utcMs: number) => number): Zone {
  const lookup = intlOffset(id) ?? fallbackOffset;
  if (!lookup) {
    return fail((w) => w.errors.unknownTimeZone(id));
  }
  // Offsets change only at clock changes, at most once in any hour and always on a whole
  // minute (Lord Howe's falls at half past a UTC hour). One lookup per hour of data, and per
  // minute only inside an hour that holds a change, keeps a million rows cheap and exact.
  const cache = new Map<number, number>();
  const at = (unit: number, index: number): number => {
    const k = unit === HOUR_MS ? index : -1 - index;
    let off = cache.get(k);
    if (off === undefined) {
      off = lookup(index * unit);
      cache.set(k, off);
    }
    return off;
  };
  // Each hour's answer in a direct-mapped table (seven years of hours before two share a
  // slot), the hour and its offset side by side: one memory read per date, no hashing.
  // Offsets are whole milliseconds within ±2^31; CHANGES marks an hour that holds a change.
  const table = new Int32Array(HOUR_SLOTS * 2).fill(NO_HOUR);
  const offset = (utcMs: number): number => {
    const hour = Math.floor(utcMs / HOUR_MS);
    const slot = (hour & (HOUR_SLOTS - 1)) * 2;
    if (table[slot] !== hour || hour === NO_HOUR) {
      const start = at(HOUR_MS, hour);
      table[slot] = hour;
      table[slot + 1] = start === at(HOUR_MS, hour + 1) ? start : CHANGES;
    }
    const off = table[slot + 1];
    return off !== CHANGES ? off : at(MINUTE_MS, Math.floor(utcMs / MINUTE_MS));
  };
  const toLocal = (utcMs: number): number => utcMs + offset(utcMs);
  return {
    id,
    offset,
    toLocal,
    toUtc: (localMs) => {
      // The offsets on either side of the nearest clock change; at most one lies within a day.
      const before = offset(localMs - DAY_MS);
      const after = offset(localMs + DAY_MS);
      const candidates = [localMs - before, localMs - after].sort((a, b) => a - b);
      for (const t of candidates) if (toLocal(t) === localMs) return t;
      // A wall-clock time the clocks skipped (00:00 where midnight jumps to 01:00): read it
      // with the offset before the change, as ECMAScript's Date does, so it stays on its day.
      return localMs - before;
    },
  };
}

export const dayOf = (localMs: number): number => Math.floor(localMs / DAY_MS);

/** Spreadsheet serial numbers count days from 1899-12-30, in the spreadsheet's own zone. */
const SERIAL_EPOCH_DAY = -25_569;
export const serialToLocal = (serial: number): number =>
  Math.round((serial + SERIAL_EPOCH_DAY) * DAY_MS);

export function isoDay(localMs: number): string {
  return new Date(Math.floor(localMs / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
