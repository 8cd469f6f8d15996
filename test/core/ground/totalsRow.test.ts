/**
 * What a register's row is before anything else is read of it: blank, a totals row under its
 * label, or data. The labels are the ones shops write under their orders (合计, 总计, 小计,
 * 总合计, Total, Subtotal, Grand total), spaced or not, with a colon or not, behind any space.
 */
import { describe, expect, it } from 'vitest';
import { BLANK_ROW, rowLabel } from '../../../src/core/ground/totalsRow';

const LABELS = [
  '合计',
  '总计：',
  '小计',
  '合 计',
  '总 合 计',
  '总合计:',
  'Total',
  'TOTAL:',
  'totals',
  'Subtotal',
  'SUB TOTAL',
  'Grand total',
  'GRAND TOTAL：',
  'grandtotal',
];
/** Every space Unicode calls one, as exports and pasted text carry them before a label. */
const SPACES = [
  ' ',
  '\t',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

describe('a row before it is read', () => {
  it('is a totals row under any label, behind any space, wherever the label stands', () => {
    for (const label of LABELS) {
      expect(rowLabel(['', label, 1280]), label).toBe(label);
      expect(rowLabel(['C001', 12, label]), label).toBe(label);
      for (const space of SPACES) {
        expect(rowLabel([`${space}${label}`]), JSON.stringify(space + label)).toBe(space + label);
      }
    }
  });

  it('is data when a name only begins like a label', () => {
    for (const text of ['合肥小店', '总部', '小王', 'Sam', 'Grace', 'Tom', 'Subway', 'totally']) {
      expect(rowLabel([text, 1]), text).toBeUndefined();
    }
  });

  it('is blank with empty cells and spaces only, and data with any value at all', () => {
    expect(rowLabel([])).toBe(BLANK_ROW);
    expect(rowLabel(['', null, undefined])).toBe(BLANK_ROW);
    for (const space of SPACES)
      expect(rowLabel([space, '']), JSON.stringify(space)).toBe(BLANK_ROW);
    for (const value of [0, false, new Date(0), 'a', '~', '\u3000x', '-', '甲']) {
      expect(rowLabel(['', value]), String(value)).toBeUndefined();
    }
  });
});
