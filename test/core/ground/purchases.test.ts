import { describe, expect, it } from 'vitest';
import { purchaseHistories, recencyDays } from '../../../src/core/ground/purchases';
import { at, lines } from '../customers/lines';

describe('purchaseHistories', () => {
  it('makes the lines of one customer at one moment one purchase, whatever the order of rows', () => {
    const h = purchaseHistories(
      lines([
        [0, '2024-03-01T10:00', 30],
        [0, '2024-01-05T09:00', 100],
        [0, '2024-03-01T10:00', 20], // same order as the first row
        [1, '2024-02-01T08:00', 10],
      ]),
    );
    expect(Array.from(h.purchases)).toEqual([2, 1]);
    expect(Array.from(h.spendUnits)).toEqual([1_500_000, 100_000]); // 150.00 and 10.00
    expect(h.first[0]).toBe(at('2024-01-05T09:00'));
    expect(h.last[0]).toBe(at('2024-03-01T10:00'));
    expect(h.asOf).toBe(at('2024-03-01T10:00'));
  });

  it('counts a purchase only when its amounts sum to more than 0, and keeps refunds in spend', () => {
    const h = purchaseHistories(
      lines([
        [0, '2024-01-01', 100],
        [0, '2024-01-02', 0],
        [0, '2024-01-03', -40],
        [0, '2024-01-04T10:00', 50],
        [0, '2024-01-04T10:00', -50],
      ]),
    );
    expect(h.purchases[0]).toBe(1);
    expect(h.spendUnits[0]).toBe(600_000); // 100 + 0 − 40 + 50 − 50 = 60
    expect(h.last[0]).toBe(at('2024-01-01'));
  });

  it('counts distinct purchase days', () => {
    const h = purchaseHistories(
      lines([
        [0, '2024-01-01T09:00', 1],
        [0, '2024-01-01T18:00', 1],
        [0, '2024-01-03T09:00', 1],
      ]),
    );
    expect(h.purchases[0]).toBe(3);
    expect(h.purchaseDays[0]).toBe(2);
  });

  it('takes the whole as-of day and nothing after it', () => {
    const l = lines([
      [0, '2024-01-01', 10],
      [0, '2024-01-10T23:59', 20],
      [0, '2024-01-11T00:00', 40],
    ]);
    const h = purchaseHistories(l, at('2024-01-10T08:00'));
    expect(h.purchases[0]).toBe(2);
    expect(h.spendUnits[0]).toBe(300_000);
    expect(recencyDays(h, 0)).toBe(0);
    expect(recencyDays(purchaseHistories(l, at('2024-01-20')), 0)).toBe(9);
  });

  it('without dates, makes every line with a positive amount a purchase', () => {
    const h = purchaseHistories({
      customerCount: 1,
      customer: Int32Array.from([0, 0, 0]),
      amount: Float64Array.from([5, 0, 7]),
    });
    expect(h.purchases[0]).toBe(2);
    expect(h.spendUnits[0]).toBe(120_000);
  });
});
