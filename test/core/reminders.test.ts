import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../../src/core/analysis';
import { dueContacts } from '../../src/core/reminders';
import { at } from './lines';

const customer = (id: string, last?: string, next?: string) =>
  ({
    id,
    name: id.toUpperCase(),
    email: `${id}@example.com`,
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
        customer('e', '2024-03-01', '2024-03-14'), // overdue: not in the window
      ],
      at('2024-03-15T09:00'),
      7,
    );
    expect(due.followUp.map((c) => c.id)).toEqual(['a']);
    expect(due.replenish.map((c) => c.id)).toEqual(['c', 'd']);
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
    expect(due.replenish).toEqual([
      { id: 'm', name: 'M', email: 'm@example.com', date: at('2024-03-16') },
      { id: 'a', name: 'A', email: 'a@example.com', date: at('2024-03-18') },
      { id: 'b', name: 'B', email: 'b@example.com', date: at('2024-03-18') },
      { id: 'z', name: 'Z', email: 'z@example.com', date: at('2024-03-18') },
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
