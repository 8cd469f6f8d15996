/**
 * How far to trust the model on this shop: fit it on the orders up to a day, predict the
 * repeat purchases of the rest of the history, and set the prediction beside what the customers
 * then did, per group of customers by their repeat purchases before that day (as Figure 4 of
 * Fader, Hardie and Lee 2005 does) and in total.
 */
import { expectedPurchases } from './bgnbd';
import { purchaseDays, valueHistories } from './histories';
import { fitValueModel, ValueFit } from './model';
import type { OrderLines } from '../ground/purchases';

/** The part of the history held out by default: its last quarter. */
export const DEFAULT_HOLDOUT_SHARE = 0.25;
/** Groups by repeat purchases before the cut: 0, 1 … 6, then 7 or more together. */
export const LAST_GROUP = 7;

export interface HoldoutGroup {
  /** Repeat purchases before the cut (LAST_GROUP: that many or more). */
  readonly repeats: number;
  readonly customers: number;
  /** Purchase days after the cut, as they happened and as predicted. */
  readonly actual: number;
  readonly predicted: number;
}

export interface Holdout {
  /** The last day fitted on, and the days held out after it. */
  readonly cut: number;
  readonly days: number;
  readonly fit: ValueFit;
  readonly groups: HoldoutGroup[];
  readonly actual: number;
  readonly predicted: number;
}

/**
 * The check over the days `first`..`last` (day numbers): the model fitted on the days before
 * the last `share` of them. Customers whose first purchase falls after the cut are not in it:
 * the model says nothing of customers it has not met.
 */
export function holdout(lines: OrderLines, first: number, last: number, share: number): Holdout {
  const days = Math.max(1, Math.round((last - first + 1) * share));
  const cut = last - days;
  const before = valueHistories(lines, cut, 1);
  const fit = fitValueModel(before);
  // Purchase days after the cut, per customer, as the histories count them.
  const after = purchaseDays(lines, cut, last);
  const groups: HoldoutGroup[] = Array.from({ length: LAST_GROUP + 1 }, (_, repeats) => ({
    repeats,
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  for (let c = 0; c < before.x.length; c++) {
    if (!before.seen[c]) continue;
    const g = groups[Math.min(before.x[c], LAST_GROUP)] as {
      customers: number;
      actual: number;
      predicted: number;
    };
    g.customers++;
    g.actual += after[c].size;
    if (fit.ok) {
      g.predicted += expectedPurchases(
        fit.model.purchases,
        days,
        before.x[c],
        before.tx[c],
        before.T[c],
      );
    }
  }
  const shown = groups.filter((g) => g.customers > 0);
  return {
    cut,
    days,
    fit,
    groups: shown,
    actual: shown.reduce((n, g) => n + g.actual, 0),
    predicted: shown.reduce((n, g) => n + g.predicted, 0),
  };
}
