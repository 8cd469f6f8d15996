/**
 * New, returning and lost customers (domain brief §1): a customer with two or more successful
 * purchases is an old, returning customer 老客户, otherwise new 新客户; one who has not
 * bought for longer than lost_after_days is lost 流失客户. The shop may instead call lost a
 * customer whom the value model (core/value) gives less than a set chance of still being a
 * customer: each customer then lapses at their own rhythm, a weekly buyer within weeks, a
 * yearly one after more than a year.
 */
import { Histories } from '../ground/purchases';
import { dayOf } from '../ground/zone';

export type Status = 'new' | 'returning' | 'lost';

export const DEFAULT_LOST_AFTER_DAYS = 180;
/** "Lost" by the model: a chance of still being a customer below this. */
export const DEFAULT_LOST_CHANCE = 0.3;

export const STATUSES: readonly Status[] = ['new', 'returning', 'lost'];

/**
 * When a customer counts as lost. By chance, the days still hold for a shop the model cannot
 * be fitted to (too few repeat buyers).
 */
export interface LostRule {
  readonly by: 'days' | 'chance';
  readonly days: number;
  /** The chance below which a customer is lost, by chance. */
  readonly below: number;
}

/** What "lost" meant in an analysis: by chance only if asked for and the model could be fitted. */
export interface LostBy {
  readonly rule: LostRule;
  readonly applied: LostRule['by'];
}

export const DEFAULT_LOST_RULE: LostRule = {
  by: 'days',
  days: DEFAULT_LOST_AFTER_DAYS,
  below: DEFAULT_LOST_CHANCE,
};

/** The first day a customer whose last purchase fell on `lastDay` counts as lost, by days. */
export const lostByDays = (lastDay: number, days: number): number => lastDay + days + 1;

/** The status on day `asOfDay` of a customer who counts as lost from day `lostFrom`. */
export function statusOn(purchases: number, lostFrom: number, asOfDay: number): Status | undefined {
  if (purchases === 0) return undefined;
  if (asOfDay >= lostFrom) return 'lost';
  return purchases >= 2 ? 'returning' : 'new';
}

/** The status at the histories' as-of day, lost by days. */
export function customerStatus(h: Histories, c: number, lostAfterDays: number): Status | undefined {
  return statusOn(h.purchases[c], lostByDays(dayOf(h.last[c]), lostAfterDays), dayOf(h.asOf));
}
