import { describe, expect, it } from 'vitest';
import { nextPurchaseDay } from '../../../src/core/customers/nextPurchase';
import { purchaseHistories } from '../../../src/core/ground/purchases';
import { day, lines } from './lines';

describe('nextPurchaseDay', () => {
  it('adds the mean gap between distinct purchase days to the last, halves up', () => {
    // Days 01-01, 01-11, 01-26: span 25 over 2 gaps = 12.5 → 13: 02-08.
    const h = purchaseHistories(
      lines([
        [0, '2024-01-26', 5],
        [0, '2024-01-01', 5],
        [0, '2024-01-11T09:00', 5],
        [0, '2024-01-11T18:00', 5],
        [1, '2024-03-01T09:00', 5],
        [1, '2024-03-01T18:00', 5],
      ]),
    );
    expect(nextPurchaseDay(h, 0)).toBe(day('2024-02-08'));
    // Two purchases on one day: one purchase day, no interval.
    expect(nextPurchaseDay(h, 1)).toBeUndefined();
  });
});
