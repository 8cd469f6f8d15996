/**
 * How a cell reads, on the values registers really hold: a Date from another window, accounting
 * brackets, grouped figures, the leap years of the Gregorian calendar, an ISO instant in UTC,
 * shares written as percentages and the words people use for a language. Every expected value
 * is worked out by hand from the rule it states.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  isBlank,
  isDateObject,
  readAmount,
  readDate,
  readLineAmount,
  readShare,
} from '../../../src/core/ground/cells';
import { langFromLocale, readLang } from '../../../src/core/ground/i18n';
import { zone } from '../../../src/core/ground/zone';

const utc = zone('UTC');
const value = <T>(r: { kind: string; value?: T }) => (r.kind === 'ok' ? r.value : r.kind);

describe('cells as SheetCare reads them', () => {
  it('takes a Date from another realm (Apps Script hands its own) for a date, and nothing else', () => {
    expect(isDateObject(new Date(0))).toBe(true);
    expect(isDateObject(vm.runInNewContext('new Date(0)'))).toBe(true);
    for (const v of [{}, '2024-01-01', 0, null, { getTime: () => 0 }]) {
      expect(isDateObject(v), String(v)).toBe(false);
    }
  });

  it('is blank only when nothing but spaces is written', () => {
    for (const v of ['', ' ', '\u3000', '\u00a0\t', null, undefined]) expect(isBlank(v)).toBe(true);
    for (const v of ['~', '!', ' a ', '\u3000甲', 0]) expect(isBlank(v), String(v)).toBe(false);
  });

  it('reads accounting brackets as negative, grouped figures, and refuses half a bracket', () => {
    expect(value(readAmount('(12.50)'))).toBe(-12.5);
    expect(value(readAmount('（1,299）'))).toBe(-1299);
    expect(value(readAmount('1,234.5'))).toBe(1234.5);
    expect(value(readAmount('.5'))).toBe(0.5);
    for (const t of ['(12', '12)', '(-12)', '()', '(']) expect(value(readAmount(t)), t).toBe('bad');
    // More than any order line plausibly is: an order number pasted into the amount column.
    expect(value(readLineAmount(202411240001))).toBe('bad');
    expect(value(readLineAmount(9_999_999))).toBe(9_999_999);
  });

  it('knows the Gregorian leap years, and months and days that do not exist', () => {
    const day = (t: string) => {
      const r = readDate(t, utc);
      return r.kind === 'ok' ? new Date(r.value).toISOString().slice(0, 10) : r.kind;
    };
    expect(day('2024-02-29')).toBe('2024-02-29');
    expect(day('2000-02-29')).toBe('2000-02-29');
    expect(day('2023-02-29')).toBe('bad');
    expect(day('2100-02-29')).toBe('bad');
    expect(day('2024-00-10')).toBe('bad');
    expect(day('2024-13-10')).toBe('bad');
    expect(day('2024-01-00')).toBe('bad');
    expect(day('  2024-01-02  ')).toBe('2024-01-02');
  });

  it('reads an instant written in UTC by its Z', () => {
    const shanghai = zone('Asia/Shanghai');
    const r = readDate('2024-01-01T20:00:00Z', shanghai);
    // 20:00 UTC is 04:00 the next day in Shanghai.
    expect(r.kind === 'ok' && new Date(r.value).toISOString()).toBe('2024-01-02T04:00:00.000Z');
    const lower = readDate('2024-01-01T20:00:00z', shanghai);
    expect(lower.kind === 'ok' && new Date(lower.value).toISOString()).toBe(
      '2024-01-02T04:00:00.000Z',
    );
  });

  it('reads shares as percentages or fractions, with their decimals', () => {
    expect(value(readShare('12.5%'))).toBe(0.125);
    expect(value(readShare(' 5 % '))).toBe(0.05);
    expect(value(readShare('0.25'))).toBe(0.25);
    expect(value(readShare('10'))).toBe(10);
    expect(value(readShare('12.%'))).toBe('bad');
    expect(value(readShare('1.'))).toBe('bad');
  });

  it('knows a language by the words people write for it', () => {
    for (const v of ['en', 'English', ' ENGLISH ', '英文']) expect(readLang(v, 'zh'), v).toBe('en');
    for (const v of ['zh', 'CN', 'Chinese', '中文']) expect(readLang(v, 'en'), v).toBe('zh');
    expect(readLang('', 'zh')).toBe('zh');
    expect(readLang(null, 'en')).toBe('en');
    expect(langFromLocale('zh_TW')).toBe('zh');
    expect(langFromLocale('en_ZH')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});

describe('a wall-clock time the clocks show twice', () => {
  it('is read as its first instant, as ECMAScript reads it, east and west of Greenwich', () => {
    const local = (iso: string) => Date.parse(`${iso}Z`);
    // New York falls back at 02:00 EDT on 3 November 2024: 01:30 comes at 05:30Z and 06:30Z.
    expect(
      new Date(zone('America/New_York').toUtc(local('2024-11-03T01:30:00'))).toISOString(),
    ).toBe('2024-11-03T05:30:00.000Z');
    // Sydney falls back at 03:00 AEDT on 7 April 2024: 02:30 comes at 15:30Z and 16:30Z the day before.
    expect(
      new Date(zone('Australia/Sydney').toUtc(local('2024-04-07T02:30:00'))).toISOString(),
    ).toBe('2024-04-06T15:30:00.000Z');
  });
});
