/**
 * Days the shop is closed (a New Year break, a move), as the owner types them: days and
 * ranges, "2027-02-10 ~ 2027-02-17, 2027-10-01". A replenishment reminder invites an order the
 * shop could not ship then, so it waits for the first open day.
 */
import { DAY_MS } from '../ground/zone';

/** The longest closure: a longer one is more likely a typo than a break. */
export const MAX_CLOSED_RUN = 60;

const DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const SEPARATORS = /[,，;；、\n]+/;
const RANGE = /\s*(?:~|～|\.\.|至|到|—|–|\bto\b)\s*|\s+-\s+/;

function dayNumber(text: string): number | undefined {
  const m = DAY.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // 2027-02-30 is no day, not 2 March.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return undefined;
  }
  return t / DAY_MS;
}

export type ClosedDays =
  | { readonly ok: true; readonly days: ReadonlySet<number> }
  | { readonly ok: false; readonly part: string };

/** The closed days, or the first part that is no day or range of at most MAX_CLOSED_RUN days. */
export function parseClosedDays(text: string): ClosedDays {
  const days = new Set<number>();
  for (const raw of text.split(SEPARATORS)) {
    const part = raw.trim();
    if (!part) continue;
    const ends = part.split(RANGE);
    const from = dayNumber(ends[0]);
    const to = ends.length === 2 ? dayNumber(ends[1]) : ends.length === 1 ? from : undefined;
    if (from === undefined || to === undefined || to < from || to - from >= MAX_CLOSED_RUN) {
      return { ok: false, part };
    }
    for (let d = from; d <= to; d++) days.add(d);
  }
  return { ok: true, days };
}

/** The first day on or after `day` the shop is open. */
export function openDay(day: number, closed: ReadonlySet<number>): number {
  let d = day;
  while (closed.has(d)) d++;
  return d;
}
