import { describe, expect, it } from 'vitest';
import { usableEmail } from '../../../src/core/ground/email';
import type { Due, Recipient } from '../../../src/core/reminders/occasions';
import type { Rule } from '../../../src/core/reminders/rules';
import {
  Details,
  LogEntry,
  planEntries,
  PlanOptions,
  sendQueue,
  statusCounts,
} from '../../../src/core/reminders/sendLog';
import { latestOf } from './reminderFixtures';

const ruleOf = (id: string, kind: Rule['kind'], priority: number) =>
  ({ id, kind, priority }) as unknown as Rule;

const due = (
  key: string,
  kind: Rule['kind'],
  priority: number,
  over: Partial<Recipient> = {},
  outsideAudience = false,
): Due => ({
  key: `${key}|${kind}|2027-03-01`,
  rule: ruleOf(kind, kind, priority),
  recipient: {
    key,
    id: key.toUpperCase(),
    name: key,
    email: `${key}@example.com`,
    phone: '13800000000',
    product: '',
    consent: undefined,
    lastPurchase: undefined,
    lostFrom: undefined,
    replenish: [],
    birthday: undefined,
    tier: 'C',
    status: undefined,
    segment: undefined,
    cn8: undefined,
    ...over,
  },
  sendDay: 100,
  until: 101,
  values: {},
  outsideAudience,
});

const options = (over: Partial<PlanOptions> = {}): PlanOptions => ({
  now: 1_000,
  blocked: () => undefined,
  capPerDay: 1,
  dryRun: false,
  ...over,
});

const entry = (
  key: string,
  status: LogEntry['status'],
  over: Partial<Details> = {},
  time = 0,
  attempts = 0,
): LogEntry => ({
  time,
  customer: key,
  email: `${key}@example.com`,
  rule: 'r',
  key,
  status,
  attempts,
  note: '',
  details: {
    customer: key,
    kind: 'followUp',
    priority: 1,
    tier: 'C',
    sendDay: 100,
    until: 110,
    name: key,
    phone: '',
    values: {},
    ...over,
  },
});

describe('planning the log', () => {
  it('plans each new key once, and says why any will not be mailed', () => {
    const blocked = new Map<string, 'unsubscribed' | 'bounced'>([
      ['u', 'unsubscribed'],
      ['b', 'bounced'],
    ]);
    const planned = planEntries(
      [
        due('a', 'followUp', 1),
        due('n', 'followUp', 1, { email: '' }),
        due('x', 'followUp', 1, { email: 'x@localhost' }),
        due('u', 'followUp', 1),
        due('b', 'followUp', 1),
        due('o', 'winBack', 2, {}, true),
        due('old', 'followUp', 1),
      ],
      latestOf([entry('old|followUp|2027-03-01', 'sent')]),
      options({ blocked: (k) => blocked.get(k) }),
    );
    // In sending order: priority, then tier, day and key.
    expect(planned.map((e) => [e.customer, e.status, e.details.reason])).toEqual([
      ['A', 'planned', undefined],
      ['B', 'skipped', 'bounced'],
      ['N', 'contact', 'noEmail'],
      ['U', 'skipped', 'unsubscribed'],
      ['X', 'contact', 'badEmail'],
      ['O', 'skipped', 'audience'],
    ]);
  });

  it('lets one marketing mail a day reach a customer, the most urgent, but never holds back service mail', () => {
    const planned = planEntries(
      [
        due('a', 'holiday', 4),
        due('a', 'birthday', 3),
        due('a', 'followUp', 1),
        due('a', 'coupon', 1),
      ],
      new Map(),
      options(),
    );
    expect(planned.map((e) => [e.details.kind, e.status, e.details.reason])).toEqual([
      ['coupon', 'planned', undefined],
      ['followUp', 'planned', undefined],
      ['birthday', 'planned', undefined],
      ['holiday', 'skipped', 'cap'],
    ]);
    // A mail already in the log for that day counts against the cap.
    const later = planEntries(
      [due('a', 'replenish', 2)],
      latestOf([entry('b', 'sent', { customer: 'a', kind: 'birthday' })]),
      options(),
    );
    expect(later[0].details.reason).toBe('cap');
    expect(
      planEntries([due('a', 'replenish', 2)], new Map(), options({ capPerDay: 0 }))[0].status,
    ).toBe('skipped');
  });

  it('sends no greeting, activity, win-back or questionnaire to a customer who declined marketing', () => {
    const no = { consent: false };
    const planned = planEntries(
      [
        due('h', 'holiday', 4, no),
        due('v', 'activity', 3, no),
        due('b', 'birthday', 3, no),
        due('w', 'winBack', 2, no),
        due('q', 'survey', 5, no),
        // Not by the contact list either: no means no, whatever the channel.
        due('p', 'holiday', 4, { consent: false, email: '' }),
        // Service mails about their own purchases go as before.
        due('f', 'followUp', 1, no),
        due('c', 'coupon', 1, no),
        due('r', 'replenish', 2, no),
        // Those who said yes, or whose export does not say, are mailed.
        due('y', 'holiday', 4, { consent: true }),
        due('u', 'holiday', 4, { consent: undefined }),
      ],
      new Map(),
      options(),
    );
    // Each with why it will not go, in any order.
    const byCustomer = new Map(
      planned.map((e) => [e.customer, `${e.status} ${e.details.reason ?? ''}`]),
    );
    expect(Object.fromEntries(byCustomer)).toEqual({
      H: 'skipped noConsent',
      V: 'skipped noConsent',
      B: 'skipped noConsent',
      W: 'skipped noConsent',
      Q: 'skipped noConsent',
      P: 'skipped noConsent',
      F: 'planned ',
      C: 'planned ',
      R: 'planned ',
      Y: 'planned ',
      U: 'planned ',
    });
  });

  it('in a dry run marks every entry as a rehearsal', () => {
    const planned = planEntries([due('a', 'followUp', 1)], new Map(), options({ dryRun: true }));
    expect(planned.map((e) => e.status)).toEqual(['dryRun']);
  });
});

describe('the send queue', () => {
  it('sends the smaller priority first, then A before B before C, then the older occasion', () => {
    const latest = latestOf([
      entry('c-old', 'planned', { priority: 2, tier: 'C', sendDay: 90 }),
      entry('c-new', 'planned', { priority: 2, tier: 'C', sendDay: 100 }),
      entry('b', 'planned', { priority: 2, tier: 'B' }),
      entry('none', 'planned', { priority: 2, tier: '' }),
      entry('a3', 'planned', { priority: 3, tier: 'A' }),
      entry('a1', 'planned', { priority: 1, tier: 'C' }),
      entry('done', 'sent', { priority: 1, tier: 'A' }),
    ]);
    expect(sendQueue(latest, 100, () => 0).map((l) => l.entry.key)).toEqual([
      'a1',
      'b',
      'c-old',
      'c-new',
      'none',
      'a3',
    ]);
  });

  it('tries a failed send again on a later day only, and not after its third try', () => {
    const dayOf = (t: number) => t;
    const latest = latestOf([
      entry('today', 'retry', {}, 100, 1),
      entry('yesterday', 'retry', {}, 99, 2),
      entry('thrice', 'retry', {}, 99, 3),
    ]);
    expect(sendQueue(latest, 100, dayOf).map((l) => l.entry.key)).toEqual(['yesterday']);
  });

  it('counts each key by its latest entry', () => {
    const counts = statusCounts(
      latestOf([
        entry('a', 'planned'),
        entry('a', 'sending'),
        entry('a', 'sent'),
        entry('b', 'unknown'),
      ]),
    );
    expect(counts).toMatchObject({ sent: 1, unknown: 1, planned: 0, sending: 0 });
  });

  it('knows a usable email from one that is not', () => {
    expect(
      [
        'amy@example.com',
        ' li.lei+shop@qq.com ',
        'a@b',
        'no email',
        'a@b.c',
        'a b@c.com',
        '<a@b.com>',
      ].map(usableEmail),
    ).toEqual([true, true, false, false, false, false, false]);
  });
});
