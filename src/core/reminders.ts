/**
 * Who to get in touch with (domain brief §5): a follow-up a week after a purchase asks
 * whether the customer is satisfied (Aodannu); a customer whose next purchase is near is
 * reminded of the goods again (JD.com replenishment).
 */
import { CustomerRecord } from './analysis';
import { dayOf } from './zone';

/** The follow-up goes out one week after the purchase. */
export const FOLLOW_UP_AFTER_DAYS = 7;

export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** Local ms: the purchase being followed up, or the predicted next purchase. */
  readonly date: number;
}

export interface DueContacts {
  /** Bought exactly a week before today. */
  readonly followUp: Contact[];
  /** Predicted to buy again between today and today + horizonDays, soonest first. */
  readonly replenish: Contact[];
}

const contact = (r: CustomerRecord, date: number): Contact => ({
  id: r.id,
  name: r.name,
  email: r.email,
  date,
});

/** today is local ms in the spreadsheet's zone. */
export function dueContacts(
  customers: readonly CustomerRecord[],
  today: number,
  horizonDays: number,
): DueContacts {
  const day = dayOf(today);
  const followUp: Contact[] = [];
  const replenish: Contact[] = [];
  for (const r of customers) {
    if (r.lastPurchase !== undefined && dayOf(r.lastPurchase) === day - FOLLOW_UP_AFTER_DAYS) {
      followUp.push(contact(r, r.lastPurchase));
    }
    if (r.nextPurchase !== undefined) {
      const next = dayOf(r.nextPurchase);
      if (next >= day && next <= day + horizonDays) replenish.push(contact(r, r.nextPurchase));
    }
  }
  replenish.sort((a, b) => a.date - b.date || (a.id < b.id ? -1 : 1));
  return { followUp, replenish };
}
