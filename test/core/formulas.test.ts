/** The formula families called directly, as the entry points call them. */
import { describe, expect, it } from 'vitest';
import {
  abcClassFormula,
  customerStatusFormula,
  rfmSegmentFormula,
} from '../../src/core/customerFormulas';
import { choice, column, rowCount } from '../../src/core/formulaArgs';
import { satisfactionIndexFormula } from '../../src/core/surveyFormulas';
import { complaintLossFormula, customerValueFormula } from '../../src/core/valueFormulas';
import { zone } from '../../src/core/zone';

const ctx = { zone: zone('UTC'), lang: 'en' as const };
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe('formula arguments', () => {
  it('takes one column, rows that agree, and one of a few choices', () => {
    expect(() => column('amounts', [[1, 2]])).toThrow('amounts must be one column; it has 2.');
    expect(() => rowCount(column('a', col(1, 2)), column('b', col(1)))).toThrow(
      'a has 2 rows but b has 1',
    );
    expect(
      choice(
        'model',
        'CN8',
        ['rf10', 'cn8'],
        (w) => w.hints.model,
        (v) => (w) => w.errors.badModel(v),
      ),
    ).toBe('cn8');
    expect(
      choice(
        'model',
        '',
        ['rf10', 'cn8'],
        (w) => w.hints.model,
        (v) => (w) => w.errors.badModel(v),
      ),
    ).toBe('rf10');
    expect(() =>
      choice(
        'model',
        'x',
        ['rf10', 'cn8'],
        (w) => w.hints.model,
        (v) => (w) => w.errors.badModel(v),
      ),
    ).toThrow('model must be "rf10" or "cn8", not "x".');
  });
});

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

describe('value formulas', () => {
  it('work element-wise on values or columns', () => {
    expect(customerValueFormula(ctx, 300)).toBe(62_400);
    expect(complaintLossFormula(ctx, col('Basic value', 62_400, ''))).toEqual([
      ['Complaint loss'],
      [561_600],
      [''],
    ]);
    expect(() => complaintLossFormula(ctx, 1, 10, '120%')).toThrow(
      'rate must be between 0% and 100%',
    );
  });
});

describe('SATISFACTION_INDEX', () => {
  it('takes seven columns of answers, a header row, weights and a scale', () => {
    const answers = [['A', 'B', 'C', 'D', 'E', 'F', 'G'], Array(7).fill(4)];
    expect(satisfactionIndexFormula(ctx, answers)).toBe(80);
    expect(satisfactionIndexFormula(ctx, answers, undefined, 'zero')).toBe(75);
    expect(() => satisfactionIndexFormula(ctx, answers, [[1, 2]])).toThrow('seven numbers');
    expect(() => satisfactionIndexFormula(ctx, answers, undefined, 'x')).toThrow(
      'scale must be "seed" or "zero"',
    );
  });
});
