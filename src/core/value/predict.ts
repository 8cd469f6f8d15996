/**
 * Each customer's outlook from the value model fitted to the shop's orders up to a day: the
 * chance they are still a customer, the purchases expected in the next days, and what they are
 * worth over the next months. Without a fit (too few repeat buyers) there is no outlook; without
 * a spend model (too few repeat buyers with a positive spend) there is no value.
 */
import { ageLost, expectedPurchases, pAlive } from './bgnbd';
import { predictedValue } from './clv';
import { ValueHistories, valueHistories } from './histories';
import { fitValueModel, ValueFit } from './model';
import type { OrderLines } from '../ground/purchases';
import { DEFAULT_HOLDOUT_SHARE, Holdout, holdout } from './holdout';

const DAY_MS = 86_400_000;

export interface OutlookSettings {
  /** Days ahead for the expected purchases. */
  readonly days: number;
  /** Months ahead for the predicted value. */
  readonly months: number;
  /** The monthly rate future money is discounted at: 0.01 is 1% a month. */
  readonly monthlyDiscount: number;
  /** The last part of the history the check holds out (0: no check). */
  readonly holdoutShare: number;
}

export const DEFAULT_OUTLOOK: OutlookSettings = {
  days: 90,
  months: 12,
  monthlyDiscount: 0.01,
  holdoutShare: DEFAULT_HOLDOUT_SHARE,
};

export interface Outlook {
  readonly fit: ValueFit;
  /** Per customer (by index); NaN for a customer with no purchase by the day, or no fit. */
  readonly pAlive: Float64Array;
  readonly expected: Float64Array;
  /** NaN too where the spend could not be modelled. */
  readonly value: Float64Array;
  /** The model fitted without the last part of the history, against what happened in it. */
  readonly holdout: Holdout | undefined;
}

/** The model fitted to a shop's orders up to a day, with the histories it read (in days). */
export interface ShopFit {
  readonly endDay: number;
  readonly h: ValueHistories;
  readonly fit: ValueFit;
}

export function fitShop(lines: OrderLines, endDay: number): ShopFit {
  const h = valueHistories(lines, endDay, 1);
  return { endDay, h, fit: fitValueModel(h) };
}

/**
 * The day (number) from which each customer counts as lost when "lost" means a chance of still
 * being a customer below `below`, if they buy nothing more; NaN without a history or a fit.
 * The day follows from the fit, so a later Analyze with more orders may move it.
 */
export function lostDays({ endDay, h, fit }: ShopFit, below: number): Float64Array {
  const out = new Float64Array(h.x.length).fill(NaN);
  if (!fit.ok) return out;
  for (let c = 0; c < h.x.length; c++) {
    if (!h.seen[c]) continue;
    // In days from the first purchase, which fell T days before the end.
    out[c] = endDay - h.T[c] + ageLost(fit.model.purchases, h.x[c], h.tx[c], below);
  }
  return out;
}

/** The outlook at the end of the fit's day, the model fitted in days. */
export function outlook(lines: OrderLines, shop: ShopFit, o: OutlookSettings): Outlook {
  const { endDay, h, fit } = shop;
  const n = lines.customerCount;
  let first = Infinity;
  for (const t of lines.at ?? []) first = Math.min(first, Math.floor(t / DAY_MS));
  const out: Outlook = {
    fit,
    pAlive: new Float64Array(n).fill(NaN),
    expected: new Float64Array(n).fill(NaN),
    value: new Float64Array(n).fill(NaN),
    holdout:
      fit.ok && o.holdoutShare > 0 && first < endDay
        ? holdout(lines, first, endDay, o.holdoutShare)
        : undefined,
  };
  if (!fit.ok) return out;
  const { purchases, spend } = fit.model;
  for (let c = 0; c < n; c++) {
    if (!h.seen[c]) continue;
    out.pAlive[c] = pAlive(purchases, h.x[c], h.tx[c], h.T[c]);
    out.expected[c] = expectedPurchases(purchases, o.days, h.x[c], h.tx[c], h.T[c]);
    if (spend) {
      const history = { x: h.x[c], tx: h.tx[c], T: h.T[c], monetary: h.monetary[c] };
      out.value[c] = predictedValue(purchases, spend, history, o.months, o.monthlyDiscount, 1);
    }
  }
  return out;
}
