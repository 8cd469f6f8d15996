import { describe, expect, it } from 'vitest';
import { moneyText } from '../../../src/core/ground/currency';
import { fromUnits, roundMoney, toUnits } from '../../../src/core/ground/money';

describe('money', () => {
  it('sums in ten-thousandths, so purchases and refunds that cancel give exactly 0', () => {
    expect(fromUnits(toUnits(0.1) + toUnits(0.2) - toUnits(0.3))).toBe(0);
    expect(toUnits(1299.99)).toBe(12_999_900);
    expect(roundMoney(1.00005)).toBe(1.0001);
    expect(roundMoney(2.00004)).toBe(2);
  });

  it('tells an amount in a mail with the shop’s mark, grouped, cents only when there are any', () => {
    expect(moneyText(10, 'USD')).toBe('$10');
    expect(moneyText(1299.5, 'CNY')).toBe('¥1,299.50');
    expect(moneyText(1234567.891, 'HKD')).toBe('HK$1,234,567.89');
    expect(moneyText(0.05, 'EUR')).toBe('€0.05');
    expect(moneyText(-30, 'GBP')).toBe('-£30');
    // No currency known: the figure alone, never a made-up one.
    expect(moneyText(10, undefined)).toBe('10');
  });
});
