import { describe, expect, it } from 'vitest';
import { purchaseHistories } from '../../../src/core/ground/purchases';
import { cn8Classes, rf10Segment, rfmScores } from '../../../src/core/customers/rfm';
import { lines } from './lines';

// Five customers, rows unsorted, as of 2024-01-31 (the latest purchase).
const FIVE = lines([
  [2, '2024-01-20', 400],
  [1, '2024-01-31', 10],
  [0, '2024-01-01', 100],
  [4, '2024-01-10', 25],
  [1, '2024-01-15', 10],
  [3, '2024-01-31', 100],
  [2, '2024-01-02', 100],
  [1, '2024-01-05', 10],
  [4, '2024-01-03', 25],
]);

describe('rfmScores', () => {
  // Five customers, rows unsorted. As of 2024-01-31 (the latest purchase):
  //   c0: 1 purchase on 01-01 (recency 30), spend 100
  //   c1: 3 purchases, last 01-31 (recency 0), spend 30
  //   c2: 2 purchases, last 01-20 (recency 11), spend 500
  //   c3: 1 purchase on 01-31 (recency 0), spend 100
  //   c4: 2 purchases, last 01-10 (recency 21), spend 50
  // Built inside each test: a mutation run activates its mutant per test, not at load.
  const five = () => purchaseHistories(FIVE);
  // Score = 1 + ⌊5 × (customers strictly below) ÷ 5⌋ = 1 + (customers strictly below).
  it('ranks each of R, F and M by the customers strictly below, ties sharing a score', () => {
    expect(rfmScores(five())).toEqual([
      { r: 1, f: 1, m: 3 }, // longest recency; fewest purchases; spend 100 above 30 and 50
      { r: 4, f: 5, m: 1 }, // recency 0 beats 30, 21, 11; most purchases; lowest spend
      { r: 3, f: 3, m: 5 },
      { r: 4, f: 1, m: 3 },
      { r: 2, f: 3, m: 2 },
    ]);
  });

  it('scores nobody without a purchase', () => {
    const none = purchaseHistories(
      lines([
        [1, '2024-01-01', 0],
        [0, '2024-01-02', 10],
      ]),
    );
    expect(rfmScores(none)).toEqual([{ r: 1, f: 1, m: 1 }, undefined]);
  });
});

describe('rf10Segment', () => {
  // The brief's ten segments on (R, F).
  it.each([
    [5, 1, 'newCustomers'],
    [5, 2, 'potentialLoyalists'],
    [4, 3, 'potentialLoyalists'],
    [5, 4, 'champions'],
    [5, 5, 'champions'],
    [4, 1, 'promising'],
    [4, 4, 'loyal'],
    [3, 5, 'loyal'],
    [3, 3, 'needAttention'],
    [3, 1, 'aboutToSleep'],
    [3, 2, 'aboutToSleep'],
    [2, 2, 'hibernating'],
    [1, 1, 'hibernating'],
    [1, 3, 'atRisk'],
    [2, 4, 'atRisk'],
    [1, 5, 'cantLoseThem'],
  ])('R%i F%i is %s', (r, f, segment) => expect(rf10Segment({ r, f, m: 3 })).toBe(segment));
});

describe('cn8Classes', () => {
  it('compares each of R, F, M with the buyers’ mean, a value on the mean being high', () => {
    // Recencies 30, 0, 11, 0, 21: mean 12.4. Purchases 1, 3, 2, 1, 2: mean 1.8.
    // Spend 100, 30, 500, 100, 50: mean 156.
    const h = purchaseHistories(FIVE);
    expect(cn8Classes(h)).toEqual(['LLL', 'HHL', 'HHH', 'HLL', 'LHL']);
    // Two buyers with equal spend sit exactly on the mean: both high.
    const even = purchaseHistories(
      lines([
        [0, '2024-01-01', 10],
        [1, '2024-01-01', 10],
      ]),
    );
    expect(cn8Classes(even)).toEqual(['HHH', 'HHH']);
  });
});
