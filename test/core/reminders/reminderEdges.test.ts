/** The edges of the reminder rules, occasions and log: each expectation worked by hand. */
import { describe, expect, it } from 'vitest';
import { Activity, yearlyDay } from '../../../src/core/reminders/occasions';
import { day, latestOf, person, plan, rule } from './reminderFixtures';
import { columnLetter } from '../../../src/core/ground/cells';
import {
  parseRules,
  readAudience,
  readOccasion,
  readWhen,
} from '../../../src/core/reminders/rules';
import { LogEntry, planEntries, sendQueue } from '../../../src/core/reminders/sendLog';
import type { Due } from '../../../src/core/reminders/occasions';
import { readReference, unsubscribeReference } from '../../../src/core/reminders/unsubscribe';
import { words } from '../../../src/words';

const activity = (name: string, start: string, end: string, lastDay = false): Activity => ({
  name,
  start: day(start),
  end: day(end),
  description: '',
  link: '',
  lastDay,
  row: 2,
});

describe('occasions at their edges', () => {
  it('plans nothing for a rule that is off', () => {
    expect(
      plan({
        rules: [rule('r', 'birthday', 0, '', '', false)],
        recipients: [person('a', { birthday: { month: 1, day: 1 } })],
        from: day('2027-01-01'),
        to: day('2027-01-01'),
      }),
    ).toEqual([]);
  });

  it('greets on a date of the user’s own, named by the rule', () => {
    const r = { ...rule('r', 'holiday', 0, '05-20'), name: '店庆' };
    const dues = plan({ rules: [r], from: day('2027-05-20'), to: day('2027-05-20') });
    expect(dues.map((d) => [d.key, d.values.holiday])).toEqual([['a|r|2027-05-20', '店庆']]);
  });

  it('knows leap years by the Gregorian rule', () => {
    const feb29 = { month: 2, day: 29 };
    expect(
      [2000, 2024, 2100, 2027].map(
        (y) => yearlyDay(feb29, y) - yearlyDay({ month: 2, day: 28 }, y),
      ),
    ).toEqual([1, 1, 0, 0]);
  });

  it('announces activities starting on the first and last day planned, not a day outside', () => {
    const dues = plan({
      rules: [rule('r', 'activity', 0)],
      activities: [
        activity('before', '2027-03-09', '2027-03-20', true),
        activity('first', '2027-03-10', '2027-03-10', true),
        activity('last', '2027-03-12', '2027-03-30'),
        activity('after', '2027-03-13', '2027-03-13'),
      ],
      from: day('2027-03-10'),
      to: day('2027-03-12'),
    });
    // "first" ends the day it starts: no second notice; "before" ends later, outside the days.
    expect(dues.map((d) => d.key)).toEqual(['a|r|first@2027-03-10', 'a|r|last@2027-03-12']);
  });

  it('sends the last-day notice on the last day itself, whatever the rule’s offset', () => {
    const dues = plan({
      rules: [rule('r', 'activity', '提前2天')],
      activities: [activity('sale', '2027-03-01', '2027-03-12', true)],
      from: day('2027-03-12'),
      to: day('2027-03-12'),
    });
    expect(dues.map((d) => [d.key, d.sendDay - day('2027-03-12')])).toEqual([
      ['a|r|sale@2027-03-01/last', 0],
    ]);
  });

  it('names in a follow-up the first activity starting within 30 days of it, from a list in any order', () => {
    const followUp = (activities: Activity[]) =>
      plan({
        rules: [rule('r', 'followUp', 7)],
        recipients: [person('a', { lastPurchase: day('2027-03-03') })],
        activities,
        from: day('2027-03-10'),
        to: day('2027-03-10'),
      })[0].values.activity;
    expect(
      followUp([
        activity('later', '2027-04-09', '2027-04-10'),
        activity('today', '2027-03-10', '2027-03-11'),
      ]),
    ).toBe('today');
    expect(followUp([activity('edge', '2027-04-09', '2027-04-10')])).toBe('edge');
    expect(
      followUp([
        activity('too late', '2027-04-10', '2027-04-11'),
        activity('gone', '2027-03-09', '2027-03-20'),
      ]),
    ).toBeUndefined();
  });

  it('keeps a follow-up and a replenishment 7 days, a win-back 30', () => {
    const r = person('a', {
      lastPurchase: day('2027-01-01'),
      replenish: [{ product: '婴儿湿巾', lastBought: day('2027-01-01'), due: day('2027-01-04') }],
    });
    const keeps = (kind: string, when: number, at: string) => {
      const d = plan({
        rules: [rule('r', kind, when)],
        recipients: [r],
        from: day(at),
        to: day(at),
      })[0];
      return d.until - d.sendDay;
    };
    expect(keeps('followUp', 7, '2027-01-08')).toBe(7);
    expect(keeps('replenish', -3, '2027-01-01')).toBe(7);
    // Lost after 180 days: 181 days after 1 January is 1 July.
    expect(keeps('winBack', 0, '2027-07-01')).toBe(30);
  });

  it('reminds of coupons expiring on the first and last day planned only, found by ID or email', () => {
    const dues = plan({
      rules: [rule('r', 'coupon', 0)],
      recipients: [person('a'), person('b', { email: '' })],
      coupons: [
        { customer: ' A ', code: 'in1', value: '', expiry: day('2027-03-10'), row: 2 },
        { customer: 'a@example.com', code: 'in2', value: '', expiry: day('2027-03-12'), row: 3 },
        { customer: 'a', code: 'out', value: '', expiry: day('2027-03-13'), row: 4 },
        { customer: 'a', code: 'early', value: '', expiry: day('2027-03-09'), row: 5 },
      ],
      from: day('2027-03-10'),
      to: day('2027-03-12'),
    });
    expect(dues.map((d) => d.key)).toEqual(['a|r|in1', 'a|r|in2']);
  });

  it('logs a personal reminder outside the audience as such', () => {
    const dues = plan({
      rules: [rule('r', 'birthday', 0, '', 'A')],
      recipients: [person('c', { birthday: { month: 3, day: 1 } })],
      from: day('2027-03-01'),
      to: day('2027-03-01'),
    });
    expect(dues.map((d) => [d.key, d.outsideAudience])).toEqual([['c|r|2027-03-01', true]]);
  });
});

describe('rules at their edges', () => {
  it('reads a time up to a year either way', () => {
    expect(
      [366, -366, 367, '366天后', '367天后', '过2天', '2 days after', '3day before', '1日后'].map(
        readWhen,
      ),
    ).toEqual([366, -366, undefined, 366, undefined, 2, 2, -3, 1]);
  });

  it('reads a yearly date only if it is one', () => {
    expect(
      ['5 / 20', '4-30', '4-31', '0-10', '5-0', '12-31', '1-1', 'x5-20', '5-20x'].map(readOccasion),
    ).toEqual([
      { month: 5, day: 20 },
      { month: 4, day: 30 },
      undefined,
      undefined,
      undefined,
      { month: 12, day: 31 },
      { month: 1, day: 1 },
      undefined,
      undefined,
    ]);
  });

  it('reads every name of a tier, status, segment and quadrant, in either language', () => {
    const en = words('en');
    const zh = words('zh');
    expect(
      readAudience(
        `${zh.tiers.A}, ${en.statuses.lost}, ${zh.segments.champions}, ${en.classes.HHH}`,
      ),
    ).toEqual(new Set(['A', 'lost', 'champions', 'HHH']));
  });

  it('skips blank rows, takes a blank priority as 5 and a blank name as the ID', () => {
    const row = (over: Record<number, unknown>) => {
      const r: unknown[] = [
        true,
        'x',
        'birthday',
        '',
        '',
        0,
        '',
        '',
        '{{name}}',
        '{{name}}',
        '{{name}}',
        '{{name}}',
      ];
      for (const [i, v] of Object.entries(over)) r[+i] = v;
      return r;
    };
    const { rules, errors } = parseRules(
      [[false, '', null, '', '', '', '', '', '', '', '', ''], row({})],
      2,
    );
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.row, r.priority, r.name])).toEqual([[3, 5, 'x']]);
    const bad = (over: Record<number, unknown>) =>
      parseRules([row(over)], 2).errors.map((e) => e.message(words('en')).slice(0, 8));
    expect(bad({ 7: 10 })).toEqual(['Cell H2:']);
    expect(bad({ 7: 9 })).toEqual([]);
    expect(bad({ 7: 1.5 })).toEqual(['Cell H2:']);
    expect(bad({ 1: 'a b' })).toEqual(['Cell B2:']);
    expect(bad({ 1: 'x'.repeat(41) })).toEqual(['Cell B2:']);
    expect(bad({ 1: '规则-1_a.b' })).toEqual([]);
    expect(bad({ 9: '   ' })).toEqual(['Cell J2:']);
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
  });
});

const due = (
  key: string,
  customer: string,
  kind: Due['rule']['kind'],
  sendDay = 100,
  email = `${customer}@example.com`,
): Due => ({
  key,
  rule: { id: kind, kind, priority: 1 } as Due['rule'],
  recipient: { ...person(customer), email, tier: undefined },
  sendDay,
  until: sendDay,
  values: {},
  outsideAudience: false,
});
const options = { now: 5, blocked: () => undefined, capPerDay: 1, dryRun: false };

describe('the log at its edges', () => {
  it('caps per customer and per day, and plans a key given twice once', () => {
    const planned = planEntries(
      [
        due('k1', 'a', 'holiday', 100),
        due('k2', 'b', 'holiday', 100),
        due('k3', 'a', 'birthday', 101),
        due('k1', 'a', 'holiday', 100),
      ],
      new Map(),
      options,
    );
    expect(planned.map((e) => [e.key, e.status, e.details.tier])).toEqual([
      ['k1', 'planned', ''],
      ['k2', 'planned', ''],
      ['k3', 'planned', ''],
    ]);
  });

  it('counts toward the cap only what holds a mail: not a skip, not a service mail', () => {
    const logged = (status: LogEntry['status'], kind: LogEntry['details']['kind']): LogEntry => ({
      time: 0,
      customer: 'A',
      email: '',
      rule: kind,
      key: `old-${status}-${kind}`,
      status,
      attempts: 0,
      note: '',
      details: {
        customer: 'a',
        kind,
        priority: 1,
        tier: '',
        sendDay: 100,
        until: 100,
        name: '',
        phone: '',
        values: {},
      },
    });
    const capped = (entry: LogEntry) =>
      planEntries([due('new', 'a', 'birthday')], latestOf([entry]), options)[0].status;
    expect(capped(logged('skipped', 'holiday'))).toBe('planned');
    expect(capped(logged('sent', 'followUp'))).toBe('planned');
    expect(capped(logged('retry', 'holiday'))).toBe('skipped');
  });

  it('asks the do-not-email list by key and by lowercased address', () => {
    const asked: string[] = [];
    planEntries([due('k', 'a', 'followUp', 100, ' A@Example.COM ')], new Map(), {
      ...options,
      blocked: (k, e) => (asked.push(`${k} ${e}`), undefined),
    });
    expect(asked).toEqual(['a a@example.com']);
  });

  it('sends equals in the order they were logged', () => {
    const e = (key: string): LogEntry => ({
      time: 0,
      customer: key,
      email: '',
      rule: 'r',
      key,
      status: 'planned',
      attempts: 0,
      note: '',
      details: {
        customer: key,
        kind: 'followUp',
        priority: 1,
        tier: 'B',
        sendDay: 1,
        until: 9,
        name: '',
        phone: '',
        values: {},
      },
    });
    expect(
      sendQueue(latestOf([e('z'), e('m'), e('a')]), 5, () => 0).map((l) => l.entry.key),
    ).toEqual(['z', 'm', 'a']);
  });

  it('reads a reference with spaces around its key, and none that is only a hash', () => {
    const secret = 's';
    const ref = unsubscribeReference(secret, 'c1');
    expect(readReference(secret, ` c1  ${ref.split(' ')[1]}`)).toBe('c1');
    expect(readReference(secret, ` ${ref.split(' ')[1]}`)).toBeUndefined();
  });
});
