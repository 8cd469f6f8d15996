/**
 * What the reminder rules make due on given days (domain brief §5): a greeting on a festival,
 * a notice before a store activity, a follow-up a week after a purchase, a replenishment
 * reminder before the predicted next purchase, a warning before a coupon expires, a birthday
 * wish, a word to an A or B customer who has just been lost. Each due mail has a key that
 * names the customer, the rule and the occasion, so the same occasion is never mailed twice.
 * Days are day numbers (days since 1970-01-01) in the spreadsheet's zone.
 */
import type { CustomerRecord } from '../customers/analysis';
import { festivalDay } from '../calendar/holidays';
import { AudienceOf, inAudience, MonthDay, Rule } from './rules';
import type { TemplateValues } from './templates';
import { DAY_MS, isoDay } from '../ground/zone';
import type { Words } from '../../words';
import { Currency, moneyText } from '../ground/currency';
import type { Replenishment } from '../customers/replenishment';
import { MAX_CLOSED_RUN, openDay } from './closedDays';

export interface Activity {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly description: string;
  readonly link: string;
  /** Announce again on its last day. */
  readonly lastDay: boolean;
  readonly row: number;
}

export interface Coupon {
  /** The customer as written: an ID or an email. */
  readonly customer: string;
  readonly code: string;
  /** An amount (told in the shop's currency) or the shop's own words ("10% off"). */
  readonly value: string | number;
  readonly expiry: number;
  readonly row: number;
}

/**
 * A customer as the reminders see them: the analysis's record, with its purchase days as day
 * numbers and the birthday as a month and a day.
 */
export interface Recipient
  extends
    AudienceOf,
    Pick<CustomerRecord, 'key' | 'id' | 'name' | 'email' | 'phone' | 'product' | 'consent'> {
  readonly lastPurchase: number | undefined;
  /**
   * The day they count as lost if they buy nothing more (the analysis decides: by days, or by
   * the value model's chance).
   */
  readonly lostFrom: number | undefined;
  /** The goods they will need again (replenishment.ts), soonest first. */
  readonly replenish: readonly Replenishment[];
  readonly birthday: MonthDay | undefined;
}

export interface Due {
  /** customer key | rule id | occasion: one mail per key, ever. */
  readonly key: string;
  readonly rule: Rule;
  readonly recipient: Recipient;
  readonly sendDay: number;
  /** The last day the mail still makes sense; later it is skipped as too late. */
  readonly until: number;
  readonly values: TemplateValues;
  /** Outside the rule's audience: logged as skipped, with that reason. */
  readonly outsideAudience: boolean;
  /**
   * Its occasion fell on a day planned before (a refit moved a lapse there): planned now if it
   * can be sent, else left unsaid, as that day's plan either said it or did not know of it.
   */
  readonly late?: true;
}

export interface PlanInput {
  readonly recipients: readonly Recipient[];
  readonly rules: readonly Rule[];
  readonly activities: readonly Activity[];
  readonly coupons: readonly Coupon[];
  /** The first and last day to plan, inclusive. */
  readonly from: number;
  readonly to: number;
  /**
   * Lapse days follow the value model, which each Analyze fits again: a lapse may move into
   * days already planned, so win-backs look back LAPSE_DRIFT_DAYS before the planned days.
   */
  readonly lapsesMove?: boolean;
  /** The shop's currency, for an amount a mail tells (a coupon's value). */
  readonly currency?: Currency;
  /** Days the shop is closed: no replenishment reminder goes on one. */
  readonly closed?: ReadonlySet<number>;
}

/** A follow-up names an activity starting within this many days, if any. */
const ACTIVITY_AHEAD_DAYS = 30;
const FOLLOW_UP_KEEPS_DAYS = 7;
const REPLENISH_KEEPS_DAYS = 7;
const WIN_BACK_KEEPS_DAYS = 30;
/** How far a refit of the model may move a lapse, in days, that a win-back still catches. */
export const LAPSE_DRIFT_DAYS = 7;

const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** Feb 29 birthdays fall on Feb 28 in other years. */
export function yearlyDay(md: MonthDay, year: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = md.month === 2 && md.day === 29 && !leap ? 28 : md.day;
  return Date.UTC(year, md.month - 1, day) / 86_400_000;
}

/** The occasion days within [first, last] of a yearly occasion. */
function yearlyDays(dayIn: (year: number) => number | undefined, first: number, last: number) {
  const out: number[] = [];
  for (let y = yearOf(first); y <= yearOf(last); y++) {
    const d = dayIn(y);
    if (d !== undefined && d >= first && d <= last) out.push(d);
  }
  return out;
}

/** Dates in a mail, as the language writes them. */
export const dateWords = (w: Words, day: number): string => {
  const d = new Date(day * DAY_MS);
  return w.reminders.date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

export function activityValues(w: Words, a: Activity): TemplateValues {
  return {
    activity: a.name,
    start: dateWords(w, a.start),
    end: dateWords(w, a.end),
    description: a.description,
    link: a.link,
  };
}

/** Everything due from day `from` to day `to`, for every rule that is on. */
export function dueMails(input: PlanInput, w: Words): Due[] {
  const { recipients, from, to } = input;
  const out: Due[] = [];
  const couponsOf = new Map<string, Coupon[]>();
  for (const c of input.coupons) {
    const k = c.customer.trim().toLowerCase();
    couponsOf.set(k, [...(couponsOf.get(k) ?? []), c]);
  }
  const activities = [...input.activities].sort((a, b) => a.start - b.start);
  const nextActivity = (day: number) =>
    activities.find((a) => a.start >= day && a.start <= day + ACTIVITY_AHEAD_DAYS);

  for (const rule of input.rules) {
    if (!rule.on) continue;
    // The occasion days whose send day falls in the planned days.
    const first = from - rule.days;
    const last = to - rule.days;
    const push = (
      r: Recipient,
      occasion: string,
      occasionDay: number,
      until: number,
      values: TemplateValues,
      broadcast: boolean,
      late = false,
    ) => {
      const outsideAudience = !inAudience(rule.audience, r);
      // A greeting to everyone is not a mail "skipped" for those it was never meant for.
      if (outsideAudience && broadcast) return;
      out.push({
        key: `${r.key}|${rule.id}|${occasion}`,
        rule,
        recipient: r,
        sendDay: occasionDay + rule.days,
        until: Math.max(until, occasionDay + rule.days),
        // Shared by every recipient of the occasion: the tier goes in when the mail is made.
        values,
        outsideAudience,
        ...(late ? { late } : {}),
      });
    };
    switch (rule.kind) {
      case 'holiday':
      case 'survey': {
        const occ = rule.occasion!;
        const dayIn =
          typeof occ === 'string'
            ? (y: number) => festivalDay(occ, y)
            : (y: number) => yearlyDay(occ, y);
        const holiday = typeof occ === 'string' ? w.festivals[occ] : rule.name;
        for (const d of yearlyDays(dayIn, first, last)) {
          const occasion = isoDay(d * DAY_MS);
          const values = { holiday, date: dateWords(w, d) };
          for (const r of recipients) push(r, occasion, d, d, values, true);
        }
        break;
      }
      case 'activity':
        for (const a of activities) {
          const occasions: [string, number][] = [];
          if (a.start >= first && a.start <= last)
            occasions.push([`${a.name}@${isoDay(a.start * DAY_MS)}`, a.start]);
          // The last-day notice is on the day itself, whatever the rule's offset.
          if (a.lastDay && a.end !== a.start && a.end >= from && a.end <= to) {
            occasions.push([`${a.name}@${isoDay(a.start * DAY_MS)}/last`, a.end - rule.days]);
          }
          for (const [occasion, day] of occasions) {
            const values = occasion.endsWith('/last')
              ? { ...activityValues(w, a), lastDay: w.reminders.lastDay }
              : activityValues(w, a);
            for (const r of recipients) push(r, occasion, day, a.end, values, true);
          }
        }
        break;
      case 'birthday':
        for (const r of recipients) {
          if (!r.birthday) continue;
          for (const d of yearlyDays((y) => yearlyDay(r.birthday!, y), first, last)) {
            push(r, isoDay(d * DAY_MS), d, d, { date: dateWords(w, d) }, false);
          }
        }
        break;
      case 'coupon':
        for (const r of recipients) {
          const held = [
            ...(couponsOf.get(r.key) ?? []),
            ...(r.email ? (couponsOf.get(r.email.toLowerCase()) ?? []) : []),
          ];
          for (const c of held) {
            if (c.expiry < first || c.expiry > last) continue;
            push(
              r,
              c.code,
              c.expiry,
              c.expiry,
              {
                coupon: c.code,
                value: typeof c.value === 'number' ? moneyText(c.value, input.currency) : c.value,
                expiry: dateWords(w, c.expiry),
              },
              false,
            );
          }
        }
        break;
      case 'replenish': {
        // A closed day moves the send to the next open day: look back as far as a closure runs.
        const closed = input.closed ?? new Set<number>();
        const back = closed.size ? MAX_CLOSED_RUN : 0;
        for (const r of recipients) {
          for (const g of r.replenish) {
            if (g.due < first - back || g.due > last) continue;
            const sendDay = openDay(g.due + rule.days, closed);
            if (sendDay < from || sendDay > to) continue;
            // Keyed by the product and the day it runs out: a new purchase of it is a new occasion.
            const values = { product: g.product, date: dateWords(w, g.due) };
            const occasion = `${isoDay(g.due * DAY_MS)}/${g.product}`;
            push(r, occasion, sendDay - rule.days, sendDay + REPLENISH_KEEPS_DAYS, values, false);
          }
        }
        break;
      }
      case 'followUp':
        for (const r of recipients) {
          const day = r.lastPurchase;
          if (day === undefined || day < first || day > last) continue;
          const sendDay = day + rule.days;
          const values: TemplateValues = {
            product: r.product,
            date: dateWords(w, day),
            ...(nextActivity(sendDay) ? activityValues(w, nextActivity(sendDay)!) : {}),
          };
          push(r, isoDay(day * DAY_MS), day, sendDay + FOLLOW_UP_KEEPS_DAYS, values, false);
        }
        break;
      case 'winBack': {
        const since = input.lapsesMove ? first - LAPSE_DRIFT_DAYS : first;
        for (const r of recipients) {
          const lapse = r.lostFrom;
          if (r.lastPurchase === undefined || lapse === undefined) continue;
          if (lapse < since || lapse > last) continue;
          // A lapse is known by the purchase it followed: a customer lost again later is mailed
          // again; the mail recalls that last order, not the day the customer lapsed.
          const values = { product: r.product, date: dateWords(w, r.lastPurchase) };
          const occasion = isoDay(r.lastPurchase * DAY_MS);
          // Late: sent on the first planned day, kept as long as it would have been.
          const late = lapse < first;
          const day = late ? first : lapse;
          push(r, occasion, day, lapse + rule.days + WIN_BACK_KEEPS_DAYS, values, false, late);
        }
        break;
      }
    }
  }
  return out;
}
