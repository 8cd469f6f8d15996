/**
 * Each customer's buying history as the value model reads it, as `lifetimes` summarises
 * transactions (summary_data_from_transaction_data): purchases grouped by day; frequency x the
 * days with a purchase after the first; recency tₓ from the first purchase day to the last, and
 * age T from the first to the end of the period, both in a unit of days (7 for weeks); monetary
 * value the mean of the repeat days' totals (0 with no repeat day). A purchase is, as in the
 * formula contract (README), the lines of one customer at one moment; one that sums below 0 is
 * a refund, not a purchase: on a day of its own it makes no purchase day, on a purchase day it
 * lowers that day's total. A moment of 0 counts, as lifetimes counts CDNOW's $0 purchases (the
 * sheet's purchase count asks for more than 0). Lines after the end are left out: a model fitted
 * on a calibration period sees nothing after it.
 */
import type { OrderLines } from '../ground/purchases';

const DAY_MS = 86_400_000;

export interface ValueHistories {
  /** Per customer (by index): repeat purchase days. */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** The mean of the repeat days' totals; 0 without a repeat day. */
  readonly monetary: Float64Array;
  /** Whether the customer bought by the end at all: the others have no history yet. */
  readonly seen: Uint8Array;
}

/**
 * Each customer's purchase days after day `after` up to day `upTo` (day numbers), with each
 * day's total; lines arrive in any order.
 */
export function purchaseDays(
  lines: OrderLines,
  after: number,
  upTo: number,
): Map<number, number>[] {
  const n = lines.customerCount;
  const at = lines.at;
  if (!at) throw new Error('purchaseDays: the lines have no dates');
  // Each customer's moments and their sums.
  const moments: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < lines.customer.length; i++) {
    const day = Math.floor(at[i] / DAY_MS);
    if (day <= after || day > upTo) continue;
    const m = moments[lines.customer[i]];
    m.set(at[i], (m.get(at[i]) ?? 0) + (lines.amount ? lines.amount[i] : 0));
  }
  return moments.map((m) => {
    const totals = new Map<number, number>();
    const bought = new Set<number>();
    for (const [t, sum] of m) {
      const day = Math.floor(t / DAY_MS);
      totals.set(day, (totals.get(day) ?? 0) + sum);
      if (!lines.amount || sum >= 0) bought.add(day);
    }
    for (const day of totals.keys()) if (!bought.has(day)) totals.delete(day);
    return totals;
  });
}

/** The histories at the end of day `endDay` (a day number), in units of `unit` days. */
export function valueHistories(lines: OrderLines, endDay: number, unit: number): ValueHistories {
  const n = lines.customerCount;
  const h: ValueHistories = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    seen: new Uint8Array(n),
  };
  purchaseDays(lines, -Infinity, endDay).forEach((days, c) => {
    if (!days.size) return;
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const first = sorted[0];
    h.seen[c] = 1;
    h.x[c] = sorted.length - 1;
    h.tx[c] = (sorted[sorted.length - 1] - first) / unit;
    h.T[c] = (endDay - first) / unit;
    let repeat = 0;
    for (let i = 1; i < sorted.length; i++) repeat += days.get(sorted[i])!;
    h.monetary[c] = sorted.length > 1 ? repeat / (sorted.length - 1) : 0;
  });
  return h;
}
