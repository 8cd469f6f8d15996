/**
 * Which customers the rules could make due on some days, asked before the customers are read:
 * a shop whose orders are in BigQuery reads only these, not a million rows, and dueMails then
 * decides among them exactly as it decides among all (occasions.ts). Each rule's window is
 * dueMails's own; a greeting, an activity or a survey falling in the days makes everyone a
 * candidate. Replenishment needs every product line a customer bought, which the warehouse
 * does not send back: its rules plan nothing from there.
 */
import { dueMails, PlanInput, Recipient } from './occasions';
import type { Words } from '../../words';
import { LAPSE_DRIFT_DAYS } from './occasions';

export interface DueCandidates {
  /** A greeting, an activity or a survey falls in the days: every customer may be due. */
  readonly everyone: boolean;
  /** Day ranges (inclusive) of the last purchase a follow-up looks at. */
  readonly lastPurchase: readonly (readonly [number, number])[];
  /** Day ranges of the day a customer counts as lost that a win-back looks at. */
  readonly lostFrom: readonly (readonly [number, number])[];
  /** Birthdays, as 'MM-DD', whose greeting falls in the days. */
  readonly birthdays: readonly string[];
  /** Coupon holders, by key or email, lower-case. */
  readonly couponHolders: readonly string[];
}

const BROADCAST = new Set(['holiday', 'survey', 'activity']);

/** Someone every greeting reaches: whether one falls in the days is all it asks. */
const EVERYONE: Recipient = {
  key: '',
  id: '',
  name: '',
  email: 'probe@example.com',
  phone: '',
  product: '',
  consent: true,
  lastPurchase: undefined,
  lostFrom: undefined,
  replenish: [],
  birthday: undefined,
  tier: 'A',
  status: 'returning',
  segment: 'champions',
  cn8: 'HHH',
};

const monthDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(5, 10);

export function dueCandidates(input: Omit<PlanInput, 'recipients'>, w: Words): DueCandidates {
  const on = input.rules.filter((r) => r.on);
  const broadcast = on
    .filter((r) => BROADCAST.has(r.kind))
    .map((r) => ({ ...r, audience: new Set<never>() }));
  const everyone =
    broadcast.length > 0 &&
    dueMails({ ...input, recipients: [EVERYONE], rules: broadcast }, w).length > 0;
  const lastPurchase: [number, number][] = [];
  const lostFrom: [number, number][] = [];
  const birthdays = new Set<string>();
  let coupons = false;
  for (const rule of on) {
    const first = input.from - rule.days;
    const last = input.to - rule.days;
    if (rule.kind === 'followUp') lastPurchase.push([first, last]);
    if (rule.kind === 'winBack') {
      lostFrom.push([input.lapsesMove ? first - LAPSE_DRIFT_DAYS : first, last]);
    }
    if (rule.kind === 'birthday') {
      for (let d = first; d <= last; d++) {
        birthdays.add(monthDay(d));
        // A birthday on Feb 29 is kept on Feb 28 in other years.
        if (monthDay(d) === '02-28') birthdays.add('02-29');
      }
    }
    if (rule.kind === 'coupon') coupons = true;
  }
  return {
    everyone,
    lastPurchase,
    lostFrom,
    birthdays: [...birthdays].sort(),
    couponHolders: coupons
      ? [...new Set(input.coupons.map((c) => c.customer.trim().toLowerCase()))]
      : [],
  };
}
