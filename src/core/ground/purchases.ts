/**
 * From order lines to each customer's purchase history. Lines of one customer at the same
 * date-time are one purchase (one order of several lines), and a purchase counts when its
 * amounts sum to more than 0; spend is every readable amount, refunds included, summed
 * exactly. This is the ground every tier, score and status stands on.
 */
import { toUnits } from './money';
import { DAY_MS, dayOf } from './zone';

export interface OrderLines {
  /** Number of distinct customers; customer indexes run 0 … count-1. */
  readonly customerCount: number;
  readonly customer: Int32Array;
  /** Local milliseconds of each line, when the data has dates. */
  readonly at?: Float64Array;
  /** Each line's amount, when the data has amounts. */
  readonly amount?: Float64Array;
}

export interface Histories {
  readonly count: number;
  /** Spend in ten-thousandths (see money.ts). */
  readonly spendUnits: Float64Array;
  /** F: the number of purchases. */
  readonly purchases: Int32Array;
  /** Local ms of the first and last purchase; NaN without one (or without dates). */
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** Distinct calendar days with a purchase. */
  readonly purchaseDays: Int32Array;
  /** The as-of time used: the given one, else the latest purchase in the data. */
  readonly asOf: number;
}

/** Line indexes grouped by customer (a counting sort), each group in time order. */
function byCustomer(lines: OrderLines): { order: Int32Array; start: Int32Array } {
  const n = lines.customer.length;
  const start = new Int32Array(lines.customerCount + 1);
  for (let i = 0; i < n; i++) start[lines.customer[i] + 1]++;
  for (let c = 0; c < lines.customerCount; c++) start[c + 1] += start[c];
  const fill = start.slice(0, lines.customerCount);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[lines.customer[i]]++] = i;
  const at = lines.at;
  if (at) {
    for (let c = 0; c < lines.customerCount; c++) {
      const from = start[c];
      const to = start[c + 1];
      if (to - from > SMALL_GROUP) {
        const group = Array.from(order.subarray(from, to)).sort((a, b) => at[a] - at[b]);
        order.set(group, from);
      } else {
        insertionSort(order, from, to, at);
      }
    }
  }
  return { order, start };
}

/** Most customers have a handful of lines: sorted in place, no array and no call per pair. */
const SMALL_GROUP = 32;

/** Sorts order[from, to) by time, keeping lines of the same time in their order (stable). */
function insertionSort(order: Int32Array, from: number, to: number, at: Float64Array): void {
  for (let i = from + 1; i < to; i++) {
    const line = order[i];
    const when = at[line];
    let j = i - 1;
    while (j >= from && at[order[j]] > when) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = line;
  }
}

/** Builds every customer's history; lines on days after asOf take no part. */
export function purchaseHistories(lines: OrderLines, asOf?: number): Histories {
  const count = lines.customerCount;
  const spendUnits = new Float64Array(count);
  const purchases = new Int32Array(count);
  const first = new Float64Array(count).fill(NaN);
  const last = new Float64Array(count).fill(NaN);
  const purchaseDays = new Int32Array(count);
  const { order, start } = byCustomer(lines);
  const { at, amount } = lines;
  // as_of is a day: the whole of it counts.
  const cutoff = asOf === undefined ? Infinity : (dayOf(asOf) + 1) * DAY_MS - 1;
  let latest = -Infinity;

  for (let c = 0; c < count; c++) {
    let lastDay = NaN;
    let i = start[c];
    const end = start[c + 1];
    while (i < end) {
      const line = order[i];
      const when = at ? at[line] : NaN;
      if (when > cutoff) break;
      // One purchase: the lines at this same moment (every line alone without dates).
      let units = 0;
      let j = i;
      do {
        if (amount) units += toUnits(amount[order[j]]);
        j++;
      } while (at && j < end && at[order[j]] === when);
      spendUnits[c] += units;
      if (!amount || units > 0) {
        purchases[c]++;
        if (at) {
          if (Number.isNaN(first[c])) first[c] = when;
          last[c] = when;
          const day = dayOf(when);
          if (day !== lastDay) purchaseDays[c]++;
          lastDay = day;
          if (when > latest) latest = when;
        }
      }
      i = j;
    }
  }
  return { count, spendUnits, purchases, first, last, purchaseDays, asOf: asOf ?? latest };
}

/** Days from a customer's last purchase to the as-of day, in calendar days. */
export const recencyDays = (h: Histories, c: number): number => dayOf(h.asOf) - dayOf(h.last[c]);
