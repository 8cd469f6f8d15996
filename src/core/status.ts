/**
 * New, returning and lost customers (domain brief §1): a customer with two or more successful
 * purchases is an old, returning customer 老客户, otherwise new 新客户; one who has not
 * bought for longer than lost_after_days is lost 流失客户.
 */
import { Bilingual } from './i18n';
import { Histories, recencyDays } from './purchases';

export type Status = 'new' | 'returning' | 'lost';

export const DEFAULT_LOST_AFTER_DAYS = 180;

export const STATUS_NAMES: Record<Status, Bilingual> = {
  new: { en: 'New', zh: '新客户' },
  returning: { en: 'Returning', zh: '老客户' },
  lost: { en: 'Lost', zh: '流失客户' },
};

export function customerStatus(h: Histories, c: number, lostAfterDays: number): Status | undefined {
  if (h.purchases[c] === 0) return undefined;
  if (recencyDays(h, c) > lostAfterDays) return 'lost';
  return h.purchases[c] >= 2 ? 'returning' : 'new';
}
