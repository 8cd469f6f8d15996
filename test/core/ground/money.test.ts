import { describe, expect, it } from 'vitest';
import { fromUnits, roundMoney, toUnits } from '../../../src/core/ground/money';

describe('money', () => {
  it('sums in ten-thousandths, so purchases and refunds that cancel give exactly 0', () => {
    expect(fromUnits(toUnits(0.1) + toUnits(0.2) - toUnits(0.3))).toBe(0);
    expect(toUnits(1299.99)).toBe(12_999_900);
    expect(roundMoney(1.00005)).toBe(1.0001);
    expect(roundMoney(2.00004)).toBe(2);
  });
});
