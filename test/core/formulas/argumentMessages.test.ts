/**
 * A formula given the wrong thing names the argument the user wrote wrong, as its help names it
 * (`=ABC_CLASS(customers, amounts, a_share, b_share)`), and says what to write instead: the
 * words a user reads in the cell, checked for every argument of every customer formula.
 */
import { describe, expect, it } from 'vitest';
import {
  abcClassFormula,
  avgOrderFormula,
  customerStatusFormula,
  nextPurchaseFormula,
  rfmScoreFormula,
  rfmSegmentFormula,
} from '../../../src/core/formulas/customerFormulas';
import { ctx, says } from './formulas';

/** A two-column range where one column belongs. */
const wide = [
  ['a', 1],
  ['b', 2],
];
const three = [['a'], ['b'], ['c']];
const two = [['x'], ['y']];

/** Each formula with its column arguments, in order, and a good column for each. */
const FORMULAS: [string, (args: unknown[]) => unknown, string[]][] = [
  ['ABC_CLASS', (a) => abcClassFormula(ctx, a[0], a[1]), ['customers', 'amounts']],
  ['AVG_ORDER', (a) => avgOrderFormula(ctx, a[0], a[1], a[2]), ['customers', 'amounts', 'dates']],
  ['RFM_SCORE', (a) => rfmScoreFormula(ctx, a[0], a[1], a[2]), ['customers', 'dates', 'amounts']],
  [
    'RFM_SEGMENT',
    (a) => rfmSegmentFormula(ctx, a[0], a[1], a[2]),
    ['customers', 'dates', 'amounts'],
  ],
  ['CUSTOMER_STATUS', (a) => customerStatusFormula(ctx, a[0], a[1]), ['customers', 'dates']],
  ['NEXT_PURCHASE', (a) => nextPurchaseFormula(ctx, a[0], a[1]), ['customers', 'dates']],
];

describe('a formula’s words when an argument is wrong', () => {
  it('names the column argument that is wider than one column', () => {
    for (const [formula, call, names] of FORMULAS) {
      names.forEach((name, i) => {
        const args = names.map((_, j) => (j === i ? wide : two));
        expect(
          says(() => call(args)),
          `${formula} ${name}`,
        ).toBe(`${name} must be one column; it has 2.`);
      });
    }
  });

  it('names the two columns whose rows differ', () => {
    for (const [formula, call, names] of FORMULAS) {
      const args = names.map((_, j) => (j === names.length - 1 ? three : two));
      expect(
        says(() => call(args)),
        formula,
      ).toMatch(new RegExp(`^${names[0]} has 2 rows but ${names.at(-1)} has 3: `));
    }
  });

  it('names a setting it cannot read, with what to write instead', () => {
    const c = [['a']];
    const d = [['2024-01-01']];
    const m = [[5]];
    const cases: [string, () => unknown, string][] = [
      [
        'a_share',
        () => abcClassFormula(ctx, c, m, 'lots'),
        'a_share "lots" cannot be read. Write shares as percentages such as 5% and 20%.',
      ],
      [
        'b_share',
        () => abcClassFormula(ctx, c, m, undefined, 'most'),
        'b_share "most" cannot be read. Write shares as percentages such as 5% and 20%.',
      ],
      [
        'as_of',
        () => rfmScoreFormula(ctx, c, d, m, 'someday'),
        'as_of "someday" cannot be read. Give a date such as 2024-12-31.',
      ],
      [
        'lost_after_days',
        () => customerStatusFormula(ctx, c, d, undefined, 'long'),
        'lost_after_days "long" cannot be read. Give a number of days such as 180, or a chance such as 30% to let the value model decide.',
      ],
      [
        'as_of (status)',
        () => customerStatusFormula(ctx, c, d, 'soon'),
        'as_of "soon" cannot be read. Give a date such as 2024-12-31.',
      ],
      [
        'as_of (segment)',
        () => rfmSegmentFormula(ctx, c, d, m, 'then'),
        'as_of "then" cannot be read. Give a date such as 2024-12-31.',
      ],
    ];
    for (const [name, f, message] of cases) expect(says(f), name).toBe(message);
    expect(says(() => rfmSegmentFormula(ctx, c, d, m, undefined, 'rf11'))).toBe(
      'model must be "rf10" or "cn8", not "rf11".',
    );
    expect(says(() => rfmSegmentFormula(ctx, c, d, m, undefined, [['rf10'], ['cn8']]))).toBe(
      'model must be a single value. Use "rf10" (ten segments) or "cn8" (eight classes).',
    );
    expect(says(() => abcClassFormula(ctx, c, m, [['5%'], ['6%']]))).toMatch(
      /^a_share must be a single value\. Write shares as percentages/,
    );
  });

  it('titles a segment column by the model asked for', () => {
    const header = [['Customer'], ['a']];
    const dates = [['Date'], ['2024-01-01']];
    const amounts = [['Amount'], [5]];
    const title = (model: string) =>
      (rfmSegmentFormula(ctx, header, dates, amounts, undefined, model) as unknown[][])[0][0];
    expect(title('rf10')).toBe('RFM segment');
    expect(title('cn8')).toBe('RFM value quadrant');
  });
});
