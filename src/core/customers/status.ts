/**
 * New, returning and lost customers (domain brief §1): a customer with two or more successful
 * purchases is an old, returning customer 老客户, otherwise new 新客户; one who has not
 * bought for longer than lost_after_days is lost 流失客户.
 */
import { Histories, recencyDays } from '../ground/purchases';

export type Status = 'new' | 'returning' | 'lost';

export const DEFAULT_LOST_AFTER_DAYS = 180;

export const STATUSES: readonly Status[] = ['new', 'returning', 'lost'];

export function customerStatus(h: Histories, c: number, lostAfterDays: number): Status | undefined {
  if (h.purchases[c] === 0) return undefined;
  if (recencyDays(h, c) > lostAfterDays) return 'lost';
  return h.purchases[c] >= 2 ? 'returning' : 'new';
}
