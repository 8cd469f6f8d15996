/**
 * Reading order-sheet cells. Real order sheets mix numbers, dates and typed-in text; each
 * reader returns a Reading so that a blank cell and an unreadable one are never confused.
 */
import { Zone, serialToLocal } from './zone';

export type Reading<T> =
  | { readonly kind: 'blank' }
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'bad'; readonly text: string };

const BLANK = { kind: 'blank' } as const;
const ok = <T>(value: T): Reading<T> => ({ kind: 'ok', value });
const bad = (text: string): Reading<never> => ({ kind: 'bad', text });

export const isDateObject = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === '[object Date]';

export const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Full-width digits and punctuation, as typed with a Chinese input method, made ASCII. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A customer is its trimmed, case-folded text; a number is its decimal text. */
export function readCustomer(v: unknown): Reading<string> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? ok(String(v)) : bad(String(v));
  if (typeof v === 'string') return ok(v.trim().toLowerCase());
  if (typeof v === 'boolean') return bad(String(v));
  if (isDateObject(v)) return bad(v.toISOString());
  return bad(String(v));
}

const CURRENCY = /^(?:rmb|cny|usd|us\$|hk\$|¥|\$|€|£|元)+|(?:rmb|cny|usd|元|圆|块)+$/;
const AMOUNT = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/** An amount: a number, or text such as ¥1,299.00, 1,299, 1299元, RMB 1299, -50, (50). */
export function readAmount(v: unknown): Reading<number> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : bad(String(v));
  if (typeof v !== 'string') return bad(isDateObject(v) ? v.toISOString() : String(v));
  let t = halfWidth(v)
    .toLowerCase()
    .replace(/[\s\u00a0]/g, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  }
  if (t.startsWith('-') || t.startsWith('+')) {
    negative = negative !== t.startsWith('-');
    t = t.slice(1);
  }
  for (let i = 0; i < 2; i++) t = t.replace(CURRENCY, '');
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  }
  const m = AMOUNT.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined) || m[1]) return bad(v.trim());
  const n = Number(`${m[2] ?? '0'}`.replace(/,/g, '') + (m[3] ? `.${m[3]}` : ''));
  return ok(negative ? -n : n);
}

const DATE_TEXT =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:\s+|T|\s*)(\d{1,2})\s*[:时]\s*(\d{1,2})\s*分?(?:\s*[:]?\s*(\d{1,2})(?:\.\d+)?\s*秒?)?)?$/;

/** Serial numbers Sheets can show as a date: 1900-01-01 to 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/**
 * A date, as local milliseconds in the spreadsheet's zone: a Date (from any realm), a
 * spreadsheet serial number, or text 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, each
 * optionally with a time.
 */
export function readDate(v: unknown, z: Zone): Reading<number> {
  if (isBlank(v)) return BLANK;
  if (isDateObject(v)) {
    const t = v.getTime();
    return Number.isNaN(t) ? bad('Invalid Date') : ok(z.toLocal(t));
  }
  if (typeof v === 'number') {
    return Number.isFinite(v) && v >= 1 && v <= MAX_SERIAL ? ok(serialToLocal(v)) : bad(String(v));
  }
  if (typeof v !== 'string') return bad(String(v));
  const m = DATE_TEXT.exec(halfWidth(v).trim());
  if (!m) return bad(v.trim());
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(local);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return bad(v.trim());
  }
  return ok(local);
}

/** A share or rate: 0.05, 5%, "5%", "0.05". */
export function readShare(v: unknown): Reading<number> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : bad(String(v));
  if (typeof v !== 'string') return bad(String(v));
  const t = halfWidth(v).trim();
  const pct = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) return ok(Number(pct[1]) / 100);
  return /^[+-]?\d+(?:\.\d+)?$/.test(t) ? ok(Number(t)) : bad(t);
}

/** Short text for a cell in an error message. */
export function show(v: unknown): string {
  const t = isDateObject(v) ? v.toISOString() : String(v);
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}
