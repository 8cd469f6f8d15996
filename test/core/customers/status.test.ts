import { describe, expect, it } from 'vitest';
import { purchaseHistories } from '../../../src/core/ground/purchases';
import { customerStatus } from '../../../src/core/customers/status';
import { lines } from './lines';

describe('customerStatus', () => {
  // Built inside each test: a mutation run activates its mutant per test, not at load.
  const h = () =>
    purchaseHistories(
      lines([
        [0, '2024-01-01', 10], // one purchase, recency 180 on 2024-06-29
        [1, '2024-01-01', 10],
        [1, '2024-02-01', 10], // two purchases, last 2024-02-01: recency 149
        [2, '2023-12-31', 10], // recency 181
        [3, '2024-06-29', 0], // no purchase
        [4, '2024-06-29', 10],
      ]),
    );
  it('is new with one purchase, returning with two, lost past the days, nothing without a purchase', () => {
    expect([0, 1, 2, 3, 4].map((c) => customerStatus(h(), c, 180))).toEqual([
      'new', // 180 days is not more than 180
      'returning',
      'lost',
      undefined,
      'new',
    ]);
    expect(customerStatus(h(), 1, 148)).toBe('lost');
  });
});
