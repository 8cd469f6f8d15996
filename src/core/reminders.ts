/**
 * Who to get in touch with (domain brief §5): a follow-up a week after a purchase asks
 * whether the customer is satisfied (Aodannu); a customer whose next purchase is near is
 * reminded of the goods again (JD.com replenishment), and one whose predicted purchase has
 * passed without it is reminded first, A and B customers before the rest.
 */
import { Tier } from './abc';
import { CustomerRecord } from './analysis';
import { dayOf } from './zone';

/** The follow-up goes out one week after the purchase. */
export const FOLLOW_UP_AFTER_DAYS = 7;

export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** For customers the team reaches by phone or message: platforms often hide the email. */
  readonly phone: string;
  readonly tier: Tier | undefined;
  /** A replenishment whose predicted day has passed without a purchase. */
  readonly overdue: boolean;
  /** Local ms: the purchase being followed up, or the predicted next purchase. */
  readonly date: number;
}

export interface DueContacts {
  /** Bought exactly a week before today. */
  readonly followUp: Contact[];
  /**
   * Predicted to buy again within horizonDays either side of today: overdue A and B customers
   * first, then by the predicted day, soonest first.
   */
  readonly replenish: Contact[];
}

const contact = (r: CustomerRecord, date: number, overdue = false): Contact => ({
  id: r.id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  tier: r.tier,
  overdue,
  date,
});

/** Overdue A and B customers come first: they are the ones the shop can least afford to lose. */
const urgent = (c: Contact): number => (c.overdue && (c.tier === 'A' || c.tier === 'B') ? 0 : 1);

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
      if (next >= day - horizonDays && next <= day + horizonDays) {
        replenish.push(contact(r, r.nextPurchase, next < day));
      }
    }
  }
  replenish.sort(
    (a, b) => urgent(a) - urgent(b) || a.date - b.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { followUp, replenish };
}
