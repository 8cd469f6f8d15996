/** What the reminder tests share: days, customers, rules and a plan, each built in the test. */
import { expect } from 'vitest';
import { dueMails, PlanInput, Recipient } from '../../../src/core/reminders/occasions';
import { ledgerRow, readLedger } from '../../../src/core/reminders/ledger';
import { parseRules, Rule } from '../../../src/core/reminders/rules';
import type { Latest, LogEntry } from '../../../src/core/reminders/sendLog';
import { words } from '../../../src/words';

/** A day number (days since 1970-01-01) of an ISO date. */
export const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/**
 * A customer; one with a last purchase is lost 180 days after it (the default rule) unless the
 * test says when.
 */
export const person = (key: string, over: Partial<Recipient> = {}): Recipient => ({
  lostFrom: over.lastPurchase === undefined ? undefined : over.lastPurchase + 181,
  key,
  id: key.toUpperCase(),
  name: `客户${key}`,
  email: `${key}@example.com`,
  phone: '',
  product: '婴儿湿巾',
  consent: undefined,
  lastPurchase: undefined,
  replenish: [],
  birthday: undefined,
  tier: 'C',
  status: 'returning',
  segment: undefined,
  cn8: undefined,
  ...over,
});

/** A rule of a kind, named by its ID, with templates that use nothing in particular. */
export function rule(
  id: string,
  kind: string,
  when: string | number,
  occasion = '',
  audience = '全部',
  on: boolean = true,
): Rule {
  const { rules, errors } = parseRules(
    [
      [
        on,
        id,
        kind,
        id,
        occasion,
        when,
        audience,
        3,
        '{{name}}',
        '{{name}}',
        '{{name}}',
        '{{name}}',
      ],
    ],
    2,
  );
  expect(errors.map((e) => e.message(words('en')))).toEqual([]);
  return rules[0];
}

/** What the rules make due, for customer a unless others are given. */
export const plan = (over: Partial<PlanInput>) =>
  dueMails(
    {
      recipients: [person('a')],
      rules: [],
      activities: [],
      coupons: [],
      from: 0,
      to: 0,
      ...over,
    },
    words('zh'),
  );

/** Each key's standing after these events, recorded in this order through the ledger's rows. */
export const latestOf = (events: readonly LogEntry[]): Map<string, Latest> =>
  readLedger(events.map((e, i) => ledgerRow(e, i + 1))).latest;
