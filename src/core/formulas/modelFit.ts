/**
 * The value model fitted on a formula's rows up to its as-of day, for the model's formulas and
 * for CUSTOMER_STATUS when "lost" is a chance: a fit the data cannot give fails, saying how many
 * repeat buyers it needs.
 */
import { fail } from '../ground/i18n';
import { DAY_MS } from '../ground/zone';
import type { OrderLines } from '../ground/purchases';
import type { ValueModel } from '../value/model';
import { fitShop, ShopFit } from '../value/predict';

export interface FittedModel extends ShopFit {
  readonly model: ValueModel;
}

/** Fitted at the end of the day of `asOf` (milliseconds), by default of the latest purchase. */
export function fittedModel(lines: OrderLines, asOf: number | undefined): FittedModel {
  let last = -Infinity;
  for (const t of lines.at ?? []) last = Math.max(last, t);
  const shop = fitShop(lines, Math.floor((asOf ?? last) / DAY_MS));
  const fit = shop.fit;
  if (!fit.ok) return fail((w) => w.errors.tooFewRepeatBuyers(fit.repeatBuyers, fit.needed));
  return { ...shop, model: fit.model };
}
