/**
 * Replenishment (JD.com, domain brief §5): goods used up over time are recommended again when
 * a customer's next purchase of them is near. Which goods those are is learned from the
 * orders, not assumed: a product some customers have bought again, on other days, is used up;
 * one nobody has bought twice (a car seat, a stroller) is not, and nobody is asked whether it
 * is "running low". A customer's own rhythm for a product sets their day; one who bought it
 * once gets the product's typical interval, the median gap of those who bought it again.
 */
import type { ProductLines } from '../ground/orderLines';
import { dayOf } from '../ground/zone';
import { meanGap } from './nextPurchase';

/** Customers who bought a product again before it counts as one that runs out. */
export const REPEAT_BUYERS = 2;

/** One product a customer will need again, and when. */
export interface Replenishment {
  readonly product: string;
  /** Day number of the last day they bought it. */
  readonly lastBought: number;
  /** Day number it runs out: the last day bought and the interval. */
  readonly due: number;
}

/** Each (customer, product)'s distinct purchase days, ascending. */
function daysBought(lines: ProductLines): Map<number, Map<number, number[]>> {
  const byProduct = new Map<number, Map<number, number[]>>();
  for (let i = 0; i < lines.product.length; i++) {
    const p = lines.product[i];
    let customers = byProduct.get(p);
    if (!customers) byProduct.set(p, (customers = new Map()));
    const days = customers.get(lines.customer[i]) ?? [];
    days.push(dayOf(lines.at[i]));
    customers.set(lines.customer[i], days);
  }
  for (const customers of byProduct.values()) {
    for (const [c, days] of customers) {
      customers.set(
        c,
        [...new Set(days)].sort((a, b) => a - b),
      );
    }
  }
  return byProduct;
}

/** The middle gap (the mean of the middle two), whole days with halves up. */
function median(gaps: number[]): number {
  const s = [...gaps].sort((a, b) => a - b);
  const m = s.length >> 1;
  return Math.floor((s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) + 0.5);
}

/**
 * Per customer (by index), the products they will need again, soonest first. A customer's
 * own interval is the mean gap between their days of buying it, as for the next purchase.
 */
export function replenishments(lines: ProductLines, customerCount: number): Replenishment[][] {
  const out: Replenishment[][] = Array.from({ length: customerCount }, () => []);
  for (const [p, customers] of daysBought(lines)) {
    const gaps: number[] = [];
    let repeat = 0;
    for (const days of customers.values()) {
      if (days.length < 2) continue;
      repeat++;
      for (let i = 1; i < days.length; i++) gaps.push(days[i] - days[i - 1]);
    }
    if (repeat < REPEAT_BUYERS) continue;
    const typical = median(gaps);
    for (const [c, days] of customers) {
      const last = days[days.length - 1];
      const own = days.length < 2 ? typical : meanGap(days[0], last, days.length);
      out[c].push({ product: lines.names[p], lastBought: last, due: last + own });
    }
  }
  for (const r of out) r.sort((a, b) => a.due - b.due || (a.product < b.product ? -1 : 1));
  return out;
}
