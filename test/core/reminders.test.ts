import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../../src/core/analysis';
import { dueContacts } from '../../src/core/reminders';
import { at } from './lines';

const customer = (
  id: string,
  last?: string,
  next?: string,
  tier = 'C',
  email = `${id}@example.com`,
) =>
  ({
    id,
    name: id.toUpperCase(),
    email,
    phone: email ? '' : '13800138000',
    tier,
    lastPurchase: last === undefined ? undefined : at(last),
    nextPurchase: next === undefined ? undefined : at(next),
  }) as unknown as CustomerRecord;

describe('dueContacts', () => {
  it('follows up exactly a week after the last purchase, and reminds of replenishment within the days', () => {
    const due = dueContacts(
      [
        customer('a', '2024-03-08T18:00'), // a week before 03-15
        customer('b', '2024-03-07', '2024-03-30'),
        customer('c', '2024-03-01', '2024-03-15'),
        customer('d', '2024-03-01', '2024-03-22'),
        customer('e', '2024-03-01', '2024-03-14'), // a day overdue: reminded too
        customer('f', '2024-03-01', '2024-03-07'), // 8 days overdue: past the window
      ],
      at('2024-03-15T09:00'),
      7,
    );
    expect(due.followUp.map((c) => c.id)).toEqual(['a']);
    expect(due.replenish.map((c) => [c.id, c.overdue])).toEqual([
      ['e', true],
      ['c', false],
      ['d', false],
    ]);
  });
});

describe('dueContacts, in order', () => {
  it('lists replenishment soonest first, same days by ID, with the name, email and date to use', () => {
    const due = dueContacts(
      [
        customer('z', undefined, '2024-03-18'),
        customer('m', '2024-03-01', '2024-03-16'),
        customer('b', '2024-03-02', '2024-03-18'),
        customer('a', '2024-03-03', '2024-03-18'),
        customer('n'),
      ],
      at('2024-03-15T09:00'),
      3,
    );
    const c = (id: string, date: string) => ({
      id,
      name: id.toUpperCase(),
      email: `${id}@example.com`,
      phone: '',
      tier: 'C',
      overdue: false,
      date: at(date),
    });
    expect(due.replenish).toEqual([
      c('m', '2024-03-16'),
      c('a', '2024-03-18'),
      c('b', '2024-03-18'),
      c('z', '2024-03-18'),
    ]);
    expect(due.followUp).toEqual([]);
  });

  it('follows up on the purchase day a week back, not six or eight days', () => {
    const ids = (today: string) =>
      dueContacts(
        [
          customer('six', '2024-03-09T23:59'),
          customer('seven', '2024-03-08'),
          customer('eight', '2024-03-07T00:01'),
        ],
        at(today),
        0,
      ).followUp.map((c) => [c.id, c.date]);
    expect(ids('2024-03-15T23:00')).toEqual([['seven', at('2024-03-08')]]);
  });
});

describe('overdue replenishment', () => {
  it('puts overdue A and B customers first, then everyone by the predicted day', () => {
    const due = dueContacts(
      [
        customer('c1', '2024-03-01', '2024-03-10', 'C'),
        customer('b1', '2024-03-01', '2024-03-12', 'B'),
        customer('a1', '2024-03-01', '2024-03-14', 'A'),
        customer('a2', '2024-03-01', '2024-03-16', 'A'),
        customer('x', '2024-03-01', '2024-03-15', 'C', ''),
      ],
      at('2024-03-15T09:00'),
      7,
    );
    // b1 and a1 are overdue and valuable; c1 is overdue but C; a2 is not yet due.
    expect(due.replenish.map((r) => r.id)).toEqual(['b1', 'a1', 'c1', 'x', 'a2']);
    // x has no email: the team reaches them by phone.
    expect(due.replenish.find((r) => r.id === 'x')).toMatchObject({
      email: '',
      phone: '13800138000',
    });
  });
});
