/**
 * A customer's predicted value over the next months: the purchases the BG/NBD expects in each
 * month, times what Gamma-Gamma expects each to be worth, discounted month by month at the
 * monthly rate given (as lifetimes' customer_lifetime_value does, with 30-day months).
 */
import { BgNbd, expectedPurchases } from './bgnbd';
import { expectedSpend, GammaGamma } from './gammaGamma';

/** Days in a month of the value model. */
export const MONTH_DAYS = 30;

export interface History {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  /** Mean value of the repeat purchases; 0 without one. */
  readonly monetary: number;
}

/**
 * Value over `months` months from the end of the history, in money; `unit` is the days in the
 * histories' time unit (1 for days, 7 for weeks).
 */
export function predictedValue(
  bg: BgNbd,
  gg: GammaGamma,
  h: History,
  months: number,
  monthlyDiscount: number,
  unit: number,
): number {
  const spend = expectedSpend(gg, h.x, h.monetary);
  const month = MONTH_DAYS / unit;
  let value = 0;
  let before = 0;
  for (let i = 1; i <= months; i++) {
    const upTo = expectedPurchases(bg, i * month, h.x, h.tx, h.T);
    value += ((upTo - before) * spend) / (1 + monthlyDiscount) ** i;
    before = upTo;
  }
  return value;
}
