/**
 * RFM (JD.com, domain brief §5): recency, frequency and monetary value rank customers by
 * value. Over the n customers with at least one purchase, each score is 1 + ⌊5 × (customers
 * ranked strictly below) ÷ n⌋: R counts customers with strictly longer recency, F those with
 * strictly fewer purchases, M those with strictly lower spend. Scores run 1–5, ties share one.
 */
import { Histories, recencyDays } from '../ground/purchases';

export interface RfmScore {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

/** For each value, how many values are strictly below it (sorted copy + binary search). */
function countBelow(values: Float64Array): Int32Array {
  const sorted = Float64Array.from(values).sort();
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = sorted.length;
    const v = values[i];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return out;
}

const score = (below: number, n: number): number => 1 + Math.floor((5 * below) / n);

/** Scores for every customer with a purchase; undefined for the rest. */
export function rfmScores(h: Histories): (RfmScore | undefined)[] {
  const buyers: number[] = [];
  for (let c = 0; c < h.count; c++) if (h.purchases[c] > 0) buyers.push(c);
  const n = buyers.length;
  // Longer recency ranks lower, so R counts strictly longer recency: rank by -recency.
  const negRecency = Float64Array.from(buyers, (c) => -recencyDays(h, c));
  const freq = Float64Array.from(buyers, (c) => h.purchases[c]);
  const spend = Float64Array.from(buyers, (c) => h.spendUnits[c]);
  const [rBelow, fBelow, mBelow] = [negRecency, freq, spend].map(countBelow);
  const out: (RfmScore | undefined)[] = new Array(h.count).fill(undefined);
  buyers.forEach((c, i) => {
    out[c] = { r: score(rBelow[i], n), f: score(fBelow[i], n), m: score(mBelow[i], n) };
  });
  return out;
}

/** The ten-segment model on R and F. */
export const RF10_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'newCustomers',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLoseThem',
  'hibernating',
] as const;
export type Rf10Segment = (typeof RF10_SEGMENTS)[number];

export function rf10Segment(s: RfmScore): Rf10Segment {
  const { r, f } = s;
  if (r === 5) return f === 1 ? 'newCustomers' : f <= 3 ? 'potentialLoyalists' : 'champions';
  if (r === 4) return f === 1 ? 'promising' : f <= 3 ? 'potentialLoyalists' : 'loyal';
  if (r === 3) return f <= 2 ? 'aboutToSleep' : f === 3 ? 'needAttention' : 'loyal';
  return f <= 2 ? 'hibernating' : f <= 4 ? 'atRisk' : 'cantLoseThem';
}

/** The Chinese eight-class model: each of R, F, M high or low against the customers' mean. */
export const CN8_CLASSES = ['HHH', 'HLH', 'LHH', 'LLH', 'HHL', 'HLL', 'LHL', 'LLL'] as const;
export type Cn8Class = (typeof CN8_CLASSES)[number];

/**
 * Each buyer's cn8 code: R high when recency ≤ the mean recency, F high when purchases ≥ the
 * mean, M high when spend ≥ the mean. Compared as x × n against the sum, so no rounding of
 * the mean can flip a customer sitting exactly on it.
 */
export function cn8Classes(h: Histories): (Cn8Class | undefined)[] {
  let n = 0;
  let sumRecency = 0;
  let sumPurchases = 0;
  let sumSpend = 0;
  for (let c = 0; c < h.count; c++) {
    if (h.purchases[c] === 0) continue;
    n++;
    sumRecency += recencyDays(h, c);
    sumPurchases += h.purchases[c];
    sumSpend += h.spendUnits[c];
  }
  const out: (Cn8Class | undefined)[] = new Array(h.count).fill(undefined);
  for (let c = 0; c < h.count; c++) {
    if (h.purchases[c] === 0) continue;
    const r = recencyDays(h, c) * n <= sumRecency ? 'H' : 'L';
    const f = h.purchases[c] * n >= sumPurchases ? 'H' : 'L';
    const m = h.spendUnits[c] * n >= sumSpend ? 'H' : 'L';
    out[c] = `${r}${f}${m}`;
  }
  return out;
}
