import { describe, expect, it } from 'vitest';
import { complaintLossFormula, customerValueFormula } from '../../src/core/valueFormulas';
import { zone } from '../../src/core/zone';

const ctx = { zone: zone('UTC'), lang: 'en' as const };
const col = (...xs: unknown[]) => xs.map((x) => [x]);

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
