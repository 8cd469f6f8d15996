import { describe, expect, it } from 'vitest';
import { holidayDateFormula } from '../../../src/core/formulas/holidayFormulas';
import { zone } from '../../../src/core/ground/zone';
import { says } from './formulas';

const shanghai = { zone: zone('Asia/Shanghai'), lang: 'zh' as const };
const newYork = { zone: zone('America/New_York'), lang: 'en' as const };
const iso = (d: unknown) => (d === '' ? '' : (d as Date).toISOString());

describe('holidayDateFormula', () => {
  it('gives the festival’s midnight in the spreadsheet’s zone, from a name in either language', () => {
    // 2027-02-06 is Spring Festival: midnight in Shanghai is 16:00Z the day before.
    expect(iso(holidayDateFormula(shanghai, '春节', 2027))).toBe('2027-02-05T16:00:00.000Z');
    expect(iso(holidayDateFormula(newYork, 'spring festival', '2027'))).toBe(
      '2027-02-06T05:00:00.000Z',
    );
    // A one-cell range is still a range: a column of one comes back.
    expect(
      iso((holidayDateFormula(shanghai, [['Christmas']], [[2026]]) as unknown[][])[0][0]),
    ).toBe('2026-12-24T16:00:00.000Z');
  });

  it('answers a column with a column, a blank name or year with a blank', () => {
    expect(
      (holidayDateFormula(shanghai, [['元旦'], [''], ['国庆']], 2026) as unknown[][]).map((r) =>
        iso(r[0]),
      ),
    ).toEqual(['2025-12-31T16:00:00.000Z', '', '2026-09-30T16:00:00.000Z']);
    expect(
      (holidayDateFormula(shanghai, '劳动节', [[2025], [''], [2026]]) as unknown[][]).map((r) =>
        iso(r[0]),
      ),
    ).toEqual(['2025-04-30T16:00:00.000Z', '', '2026-04-30T16:00:00.000Z']);
    expect(holidayDateFormula(shanghai, '', 2026)).toBe('');
  });

  it('names an unknown festival and lists the known ones, in the spreadsheet’s language', () => {
    expect(says(() => holidayDateFormula(newYork, 'Easter', 2026), 'en')).toBe(
      `"Easter" is not a festival SheetCare knows. It knows: New Year's Day, New Year's Eve, Spring Festival, Lantern Festival, Valentine's Day, International Women's Day, Qingming, Labour Day, Mother's Day, Children's Day, Dragon Boat Festival, 618, Father's Day, Qixi, Mid-Autumn Festival, National Day, Double Ninth, Singles' Day, Black Friday, Double Twelve, Christmas.`,
    );
    expect(says(() => holidayDateFormula(shanghai, '复活节', 2026), 'zh')).toBe(
      'SheetCare 不认识节日“复活节”。可用的节日：元旦、除夕、春节、元宵、情人节、妇女节、清明、劳动节、母亲节、儿童节、端午、618、父亲节、七夕、中秋、国庆、重阳、双十一、黑色星期五、双十二、圣诞。',
    );
  });

  it('refuses a year outside 1901–2099, or not a whole year', () => {
    for (const y of [1900, 2100, 2026.5, 'soon', ' 20 ']) {
      expect(says(() => holidayDateFormula(newYork, '中秋', y), 'en')).toBe(
        `year must be a whole year from 1901 to 2099, not "${String(y)}".`,
      );
    }
    expect(iso(holidayDateFormula(newYork, '中秋', ' 2026 '))).toBe('2026-09-25T04:00:00.000Z');
    expect(iso(holidayDateFormula(newYork, '中秋', 1901))).not.toBe('');
    expect(iso(holidayDateFormula(newYork, '中秋', 2099))).not.toBe('');
  });
});
