import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';

const s = new StandIn({ locale: 'en_US' });
const f = (name: string, ...args: unknown[]) => s.formula(name, ...args);

describe('value formulas', () => {
  it('reproduce the Red Baby worked figures', () => {
    expect(f('CUSTOMER_VALUE', 300)).toBe(62400);
    expect(f('SATISFIED_VALUE', 62400)).toBe(374400);
    expect(f('COMPLAINT_LOSS', 62400)).toBe(561600);
  });

  it('take their parameters, and an empty optional argument takes its default', () => {
    expect(f('CUSTOMER_VALUE', 300, 12, 2)).toBe(7200);
    expect(f('CUSTOMER_VALUE', 300, '', 2)).toBe(31200);
    expect(f('SATISFIED_VALUE', 1000, 5, 0.5)).toBe(2500);
    expect(f('COMPLAINT_LOSS', 1000, 5, '50%')).toBe(2500);
  });

  it('answer a whole column: header title, blanks, unreadable cells and text amounts', () => {
    expect(
      f('CUSTOMER_VALUE', [
        ['Average order'],
        [300],
        [''],
        ['abc'],
        ['¥1,299.00'],
        ['1299元'],
        [-50],
      ]),
    ).toEqual([['Basic value'], [62400], [''], ['#AMOUNT? "abc"'], [270192], [270192], [-10400]]);
  });

  it('title the header in the spreadsheet language', () => {
    const zh = new StandIn({ locale: 'zh_CN' });
    expect(zh.formula('COMPLAINT_LOSS', [['基本价值'], [62400]])).toEqual([
      ['抱怨客户价值损失'],
      [561600],
    ]);
  });

  it('combine a column with per-row parameters of the same length', () => {
    expect(f('CUSTOMER_VALUE', [[100], [200]], [[10], [20]])).toEqual([[4000], [16000]]);
    expect(() => f('CUSTOMER_VALUE', [[100], [200]], [[10], [20], [30]])).toThrow(
      'avg_amount has 2 rows but purchases_per_year has 3',
    );
  });

  it('refuse rates outside 0–100% and multi-column ranges', () => {
    expect(() => f('SATISFIED_VALUE', 62400, 10, 1.5)).toThrow('rate must be between 0% and 100%');
    expect(() => f('COMPLAINT_LOSS', 62400, 10, '-5%')).toThrow('rate must be between 0% and 100%');
    expect(() => f('CUSTOMER_VALUE', [[1, 2]])).toThrow('avg_amount must be one column; it has 2');
  });

  it('stay within what a custom function may call', () => {
    const fresh = new StandIn();
    fresh.formula('CUSTOMER_VALUE', [[300], [400]]);
    expect([...fresh.env.counts.keys()].sort()).toEqual([
      'Spreadsheet.getSpreadsheetLocale',
      'Spreadsheet.getSpreadsheetTimeZone',
      'SpreadsheetApp.getActiveSpreadsheet',
    ]);
  });
});
