import { describe, expect, it } from 'vitest';
import {
  complaintLossFormula,
  customerValueFormula,
  satisfiedValueFormula,
} from '../../../src/core/formulas/valueFormulas';
import { col, ctx, says } from './formulas';

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

describe('value formulas, row by row', () => {
  it('answer a column: the title on a header, blanks blank, a bad cell named, text amounts read', () => {
    expect(
      customerValueFormula(ctx, [['Average order'], [300], [''], ['abc'], ['¥1,299.00'], [-50]]),
    ).toEqual([['Basic value'], [62_400], [''], ['#AMOUNT? "abc"'], [270_192], [-10_400]]);
    // 300 × 12 × 2; a blank parameter takes its default (52, 4).
    expect(customerValueFormula(ctx, 300, 12, 2)).toBe(7200);
    expect(customerValueFormula(ctx, 300, '', 2)).toBe(31_200);
    expect(customerValueFormula(ctx, 300, 12)).toBe(14_400);
  });

  it('take per-row parameters of the same length, and name the two columns that differ', () => {
    expect(customerValueFormula(ctx, col(100, 200), col(10, 20))).toEqual([[4000], [16_000]]);
    expect(says(() => customerValueFormula(ctx, col(100, 200), col(10, 20, 30)))).toBe(
      'avg_amount has 2 rows but purchases_per_year has 3: give ranges over the same rows, such as A2:A1000 and C2:C1000.',
    );
  });

  it('word of mouth: × people told × the share who follow, 60% and 90% by default', () => {
    expect(satisfiedValueFormula(ctx, 62_400)).toBe(374_400);
    expect(complaintLossFormula(ctx, 62_400)).toBe(561_600);
    expect(satisfiedValueFormula(ctx, 1000, 5, '50%')).toBe(2500);
    expect(satisfiedValueFormula(ctx, 1000, 5, 0)).toBe(0);
    expect(satisfiedValueFormula(ctx, 1000, 5, 1)).toBe(5000);
    expect(says(() => satisfiedValueFormula(ctx, 1000, 5, 1.01))).toBe(
      'rate must be between 0% and 100% (write 60% or 0.6); row 1 of rate has 1.01.',
    );
    expect(says(() => satisfiedValueFormula(ctx, 1000, -1))).toBe(
      'referrals cannot be negative; row 1 of referrals has -1.',
    );
    expect(satisfiedValueFormula(ctx, 1000, 0)).toBe(0);
    expect(says(() => customerValueFormula(ctx, [[1, 2]]))).toBe(
      'avg_amount must be one column; it has 2.',
    );
  });

  it('names an unreadable parameter in its row’s cell, the others going on', () => {
    expect(customerValueFormula(ctx, col(100, 200), col(10, 'often'))).toEqual([
      [4000],
      ['#PURCHASES_PER_YEAR? "often"'],
    ]);
    expect(satisfiedValueFormula(ctx, 1000, col(5, 'some'))).toEqual([
      [3000],
      ['#REFERRALS? "some"'],
    ]);
  });
});
