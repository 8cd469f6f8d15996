import { describe, expect, it } from 'vitest';
import {
  abcClassFormula,
  customerStatusFormula,
  rfmSegmentFormula,
} from '../../src/core/customerFormulas';
import { zone } from '../../src/core/zone';

const ctx = { zone: zone('UTC'), lang: 'en' as const };
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe('customer formulas', () => {
  it('ABC_CLASS answers one row per row, with the title on a header', () => {
    // Two payers: a = ⌈0.1⌉ = 1 and b = ⌈0.4⌉ = 1, so the second is C.
    expect(abcClassFormula(ctx, col('Customer', 'a', 'b'), col('Amount', 10, 5))).toEqual([
      ['ABC tier'],
      ['A'],
      ['C'],
    ]);
  });

  it('RFM_SEGMENT and CUSTOMER_STATUS answer in the language asked', () => {
    const out = rfmSegmentFormula(ctx, col('a'), col('2024-01-01'), col(5), undefined, 'cn8', 'zh');
    expect(out).toEqual([['重要价值客户']]);
    expect(
      customerStatusFormula(
        ctx,
        col('a', 'a'),
        col('2024-01-01', '2024-02-01'),
        undefined,
        undefined,
        'zh',
      ),
    ).toEqual([['老客户'], ['老客户']]);
  });
});
