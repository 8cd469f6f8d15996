import { describe, expect, it } from 'vitest';
import { abcTiers, ceilShare, checkShares } from '../../../src/core/customers/abc';

describe('ceilShare', () => {
  it('never lets floating point add one', () => {
    expect(ceilShare(100, 0.07)).toBe(7); // 100 × 0.07 is 7.000000000000001 in floating point
    expect(ceilShare(20, 0.05)).toBe(1);
    expect(ceilShare(21, 0.05)).toBe(2); // ⌈1.05⌉
    expect(ceilShare(0, 0.2)).toBe(0);
  });
});

describe('abcTiers', () => {
  it('puts the top 5% in A and the next to 20% in B, on unsorted spend', () => {
    // 20 payers: a = ⌈1⌉ = 1, b = ⌈4⌉ = 4.
    const spend = [
      50, 1000, 60, 990, 70, 980, 80, 970, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190,
      200,
    ];
    const tiers = abcTiers(spend);
    expect(tiers[1]).toBe('A');
    expect([tiers[3], tiers[5], tiers[7]]).toEqual(['B', 'B', 'B']);
    expect(tiers.filter((t) => t === 'C')).toHaveLength(16);
  });

  it('sends ties at a boundary up', () => {
    // 5 payers: a = 1, b = 1; two tie for first, so both are A.
    expect(abcTiers([500, 300, 500, 200, 100])).toEqual(['A', 'C', 'A', 'C', 'C']);
    // 10 payers: a = 1, b = 2; three tie for second: all B.
    expect(abcTiers([900, 800, 800, 800, 10, 9, 8, 7, 6, 5])).toEqual([
      'A',
      'B',
      'B',
      'B',
      'C',
      'C',
      'C',
      'C',
      'C',
      'C',
    ]);
  });

  it('leaves customers who paid nothing in C and out of the count', () => {
    // 2 payers among 5: a = ⌈0.1⌉ = 1, b = ⌈0.4⌉ = 1.
    expect(abcTiers([0, 300, -20, 100, 0])).toEqual(['C', 'A', 'C', 'C', 'C']);
    expect(abcTiers([0, 0])).toEqual(['C', 'C']);
  });

  it('takes other shares, and refuses impossible ones', () => {
    expect(abcTiers([4, 3, 2, 1], { a: 0.25, b: 0.5 })).toEqual(['A', 'B', 'C', 'C']);
    expect(abcTiers([4, 3, 2, 1], { a: 0, b: 0 })).toEqual(['C', 'C', 'C', 'C']);
    for (const s of [
      { a: 0.3, b: 0.2 },
      { a: -0.1, b: 0.2 },
      { a: 0.1, b: 1.2 },
    ]) {
      expect(() => checkShares(s)).toThrow('ABC shares must satisfy');
    }
    expect(() => checkShares({ a: 1, b: 1 })).not.toThrow();
  });
});
