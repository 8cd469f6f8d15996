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
    return fail(
      `Unknown time zone "${id}": use an IANA name such as Asia/Shanghai.`,
      `未知时区 "${id}"：请使用 IANA 名称，例如 Asia/Shanghai。`,
    );
  }
  // Offsets only change on clock changes, which fall on whole UTC hours in every zone we
  // meet, so one lookup per hour of data is exact and keeps a million rows cheap.
  const byHour = new Map<number, number>();
  const offset = (utcMs: number): number => {
    const hour = Math.floor(utcMs / HOUR_MS);
    let off = byHour.get(hour);
    if (off === undefined) {
      off = lookup(hour * HOUR_MS);
      byHour.set(hour, off);
    }
    return off;
  };
  return {
    id,
    offset,
    toLocal: (utcMs) => utcMs + offset(utcMs),
    toUtc: (localMs) => {
      const first = localMs - offset(localMs);
      const second = localMs - offset(first);
      return Math.min(first, second);
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
