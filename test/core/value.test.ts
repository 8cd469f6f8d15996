import { describe, expect, it } from 'vitest';
import {
  basicValue,
  complaintLoss,
  customerValue,
  DEFAULT_VALUE_SETTINGS,
  satisfiedValue,
} from '../../src/core/value';

describe('customer value (the brief’s Red Baby answer)', () => {
  it('makes an average order of 300 worth 62,400, 374,400 more if satisfied, 561,600 lost if not', () => {
    expect(basicValue(300, 52, 4)).toBe(62_400);
    expect(satisfiedValue(62_400, 10, 0.6)).toBe(374_400);
    expect(complaintLoss(62_400, 10, 0.9)).toBe(561_600);
    expect(customerValue(300, DEFAULT_VALUE_SETTINGS)).toEqual({
      basic: 62_400,
      satisfied: 374_400,
      complaintLoss: 561_600,
    });
  });

  it('rounds money to four decimal places', () => {
    expect(basicValue(0.1, 3, 1)).toBe(0.3);
    expect(
      customerValue(1, {
        ...DEFAULT_VALUE_SETTINGS,
        purchasesPerYear: 1,
        years: 1,
        referrals: 3,
        satisfiedRate: 0.1,
      }).satisfied,
    ).toBe(0.3);
  });
});
