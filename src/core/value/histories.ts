/**
 * Each customer's buying history as the value model reads it, exactly as `lifetimes` summarises
 * transactions (summary_data_from_transaction_data): purchases grouped by day; frequency x the
 * days with a purchase after the first; recency tₓ from the first purchase day to the last, and
 * age T from the first to the end of the period, both in a unit of days (7 for weeks); monetary
 * value the mean of the repeat days' totals (0 with no repeat day). Lines after the end are
 * left out: a model fitted on a calibration period sees nothing after it.
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

/** The histories at the end of day `endDay` (a day number), in units of `unit` days. */
export function valueHistories(lines: OrderLines, endDay: number, unit: number): ValueHistories {
  const n = lines.customerCount;
  const at = lines.at;
  if (!at) throw new Error('valueHistories: the lines have no dates');
  // Each customer's days and their totals; lines arrive in any order.
  const byCustomer: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < lines.customer.length; i++) {
    const day = Math.floor(at[i] / DAY_MS);
    if (day > endDay) continue;
    const days = byCustomer[lines.customer[i]];
    days.set(day, (days.get(day) ?? 0) + (lines.amount ? lines.amount[i] : 0));
  }
  const h: ValueHistories = {
    x: new Float64Array(n),
    tx: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    seen: new Uint8Array(n),
  };
  byCustomer.forEach((days, c) => {
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
