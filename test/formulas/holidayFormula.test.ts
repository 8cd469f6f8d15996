/** HOLIDAY_DATE in a cell, through the built add-on, as Sheets calls it. */
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';

const en = new StandIn({ locale: 'en_US', timeZone: 'America/New_York' });
const zh = new StandIn({ locale: 'zh_CN', timeZone: 'Asia/Shanghai' });
const iso = (d: unknown) => (d as Date).toISOString();

describe('HOLIDAY_DATE', () => {
  it('gives the festival’s midnight in the spreadsheet’s zone, by either name', () => {
    // 2027-02-06 00:00 in New York is 05:00Z; in Shanghai the day before at 16:00Z.
    expect(iso(en.formula('HOLIDAY_DATE', 'Spring Festival', 2027))).toBe(
      '2027-02-06T05:00:00.000Z',
    );
    expect(iso(zh.formula('HOLIDAY_DATE', '春节', 2027))).toBe('2027-02-05T16:00:00.000Z');
    expect(iso(zh.formula('HOLIDAY_DATE', '中秋节', '2026'))).toBe('2026-09-24T16:00:00.000Z');
  });

  it('answers a column of names or of years with a column of dates, blanks as blanks', () => {
    const out = zh.formula('HOLIDAY_DATE', [['除夕'], ['端午'], ['']], 2026) as unknown[][];
    expect(out.map((r) => (r[0] === '' ? '' : iso(r[0])))).toEqual([
      '2026-02-15T16:00:00.000Z',
      '2026-06-18T16:00:00.000Z',
      '',
    ]);
    const years = zh.formula('HOLIDAY_DATE', '七夕', [[2024], [2025]]) as unknown[][];
    expect(years.map((r) => iso(r[0]))).toEqual([
      '2024-08-09T16:00:00.000Z',
      '2025-08-28T16:00:00.000Z',
    ]);
  });

  it('refuses an unknown festival listing what it knows, and a year outside 1901–2099', () => {
    expect(() => en.formula('HOLIDAY_DATE', 'Easter', 2026)).toThrow(
      /^"Easter" is not a festival SheetCare knows\. It knows: New Year's Day, New Year's Eve, Spring Festival, .*Christmas\.$/,
    );
    expect(() => zh.formula('HOLIDAY_DATE', '复活节', 2026)).toThrow(
      /^SheetCare 不认识节日“复活节”。可用的节日：元旦、除夕、春节/,
    );
    expect(() => en.formula('HOLIDAY_DATE', '春节', 2100)).toThrow(
      'year must be a whole year from 1901 to 2099, not "2100".',
    );
    expect(() => en.formula('HOLIDAY_DATE', '春节', 'next year')).toThrow('not "next year"');
  });
});
