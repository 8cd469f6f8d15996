import { describe, expect, it } from 'vitest';
import {
  abcClassFormula,
  avgOrderFormula,
  customerStatusFormula,
  nextPurchaseFormula,
  rfmScoreFormula,
  rfmSegmentFormula,
} from '../../../src/core/formulas/customerFormulas';
import { zone } from '../../../src/core/ground/zone';
import { col, ctx, flat, says } from './formulas';

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

describe('customer formulas row by row', () => {
  const utc = ctx;

  it('AVG_ORDER: spend over purchases, the title on a header, blanks blank, bad cells named', () => {
    expect(
      flat(
        avgOrderFormula(
          utc,
          col('Customer', 'a', 'a', '', 'b', 'c', 'd'),
          col('Amount', 100, 300, '', 'abc', 50, 5),
          col('Date', '2024-01-01', '2024-01-02', '', '2024-01-03', 'soon', '2024-01-04'),
        ),
      ),
    ).toEqual(['Average order', 200, 200, '', '#AMOUNT? "abc"', '#DATE? "soon"', 5]);
    // Without dates each row is a purchase; a refund-only customer has no average.
    expect(flat(avgOrderFormula(utc, col('a', 'a', 'z'), col(10, 30, -5)))).toEqual([20, 20, '']);
    expect(avgOrderFormula(utc, 'a', 12)).toBe(12);
  });

  it('NEXT_PURCHASE: the last day plus the mean gap, as the zone’s midnight', () => {
    expect(
      flat(
        nextPurchaseFormula(
          { zone: zone('Asia/Shanghai'), lang: 'en' },
          col('a', 'a', 'b', ''),
          col('2024-01-01', '2024-01-11', '2024-01-05', ''),
        ),
      ).map((d) => (d instanceof Date ? d.toISOString() : d)),
    ).toEqual(['2024-01-20T16:00:00.000Z', '2024-01-20T16:00:00.000Z', '', '']);
  });

  it('CUSTOMER_STATUS: lost after the days, refusing a negative number of days', () => {
    const status = (days?: unknown) =>
      flat(
        customerStatusFormula(
          utc,
          col('a', 'b', 'b', 'c'),
          col('2024-01-01', '2024-05-01', '2024-06-29', '2024-07-02'),
          '2024-06-30',
          days,
        ),
      );
    // a last bought 181 days before 2024-06-30: past the default 180, within 200; c only after.
    expect(status()).toEqual(['Lost', 'Returning', 'Returning', '']);
    expect(status(200)).toEqual(['New', 'Returning', 'Returning', '']);
    // A chance asks the value model, which two customers cannot support.
    expect(says(() => status('30%'))).toBe(
      'Too few customers bought again to fit the value model: 1 bought on a second day; it needs 20. Give more order history.',
    );
    expect(says(() => status(-1))).toBe(
      'lost_after_days cannot be negative: give a number of days such as 180, or a chance such as 30%.',
    );
  });

  it('RFM_SCORE and RFM_SEGMENT name the model they are asked, and refuse another', () => {
    const args = [col('a', 'b'), col('2024-01-01', '2024-06-01'), col(10, 100)] as const;
    // Two buyers, one purchase each: b is more recent and spends more (1 + ⌊5 × 1 ÷ 2⌋ = 3).
    expect(rfmScoreFormula(utc, ...args)).toEqual([
      [1, 1, 1],
      [3, 1, 3],
    ]);
    // cn8 against the means: recency 152 and 0 (mean 76), purchases 1 and 1, spend 10 and 100.
    expect(flat(rfmSegmentFormula(utc, ...args, undefined, 'cn8'))).toEqual([
      'General Retention',
      'Important Value',
    ]);
    expect(flat(rfmSegmentFormula(utc, ...args, undefined, 'rf10', 'zh'))).toEqual([
      '沉睡客户',
      '即将沉睡客户',
    ]);
    expect(says(() => rfmSegmentFormula(utc, ...args, undefined, 'rf8'))).toBe(
      'model must be "rf10" or "cn8", not "rf8".',
    );
  });

  it('names a customer it cannot read, and keeps a wholly blank row blank', () => {
    expect(flat(abcClassFormula(utc, col(true, '', 'a'), col(5, '', 5)))).toEqual([
      '#CUSTOMER? "true"',
      '',
      'A',
    ]);
  });
});
