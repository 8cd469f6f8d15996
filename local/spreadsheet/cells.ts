/**
 * How Sheets keeps cells: the grid's limits, where a cell's value, formula and formats are
 * keyed, and how a written value is taken (https://support.google.com/docs/answer/58515 for
 * typed input: "=" starts a formula, an apostrophe keeps text, numbers, percentages and dates
 * become values).
 */
import { instantOf, isDate } from '../clock';

export type Stored = string | number | boolean | Date;

/** Sheets' limit on the cells of one spreadsheet. */
export const CELL_LIMIT = 10_000_000;
export const MAX_COLUMNS = 18_278;
export const key = (r: number, c: number): number => r * MAX_COLUMNS + c;

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
export const DEFAULT_DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * How Sheets takes a value written by setValue(s): the way it takes typing. A leading
 * apostrophe forces text, a leading = makes a formula, and text that looks like a number,
 * a percentage or a date becomes one.
 */
export function interpret(
  v: unknown,
  tz: string,
): { value?: Stored; formula?: string; format?: string } {
  if (v === null || v === undefined || v === '') return {};
  if (isDate(v)) return { value: new Date(v.getTime()), format: DEFAULT_DATE_FORMAT };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { formula: s };
  const t = s.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(t))
    return { value: Number(t.replace(/,/g, '')) };
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: '0%' };
  const d = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (d) {
    const [y, mo, day, h, mi, sec] = d.slice(1).map((x) => Number(x ?? 0));
    const local = Date.UTC(y, mo - 1, day, h, mi, sec);
    if (new Date(local).getUTCDate() === day) {
      return {
        value: new Date(instantOf(tz, local)),
        format: d[4] ? DEFAULT_DATETIME_FORMAT : DEFAULT_DATE_FORMAT,
      };
    }
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  return { value: s };
}
