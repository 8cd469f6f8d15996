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
