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

/** A Date from any realm: this script's own is known at once, another's by its tag. */
export const isDateObject = (v: unknown): v is Date =>
  v instanceof Date ||
  (typeof v === 'object' && Object.prototype.toString.call(v) === '[object Date]');

export const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && blankText(v));

/** Text of spaces only; text that starts with a printable ASCII character is not, at once. */
function blankText(v: string): boolean {
  if (v.length === 0) return true;
  const c = v.charCodeAt(0);
  return !(c > 32 && c < 127) && v.trim() === '';
}

/** Full-width digits and punctuation, as typed with a Chinese input method, made ASCII. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * A customer as compared: trimmed, case-folded text; a number's decimal text. '' for a blank
 * cell or one that names nobody (a date, a truth value).
 */
export function customerKey(v: unknown): string {
  if (typeof v === 'string') return asCompared(v) ? v : v.trim().toLowerCase();
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

/** Text already trimmed and folded (plain ASCII, no capital, no space at either end). */
function asCompared(v: string): boolean {
  const n = v.length;
  if (n === 0 || v.charCodeAt(0) <= 32 || v.charCodeAt(n - 1) <= 32) return false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 127) return false;
  }
  return true;
}

export function readCustomer(v: unknown): Reading<string> {
  if (isBlank(v)) return BLANK;
  const key = customerKey(v);
  if (key) return ok(key);
  return bad(isDateObject(v) ? v.toISOString() : String(v));
}

/** The largest amount one order line can plausibly carry; beyond it a cell is listed, not summed. */
export const DEFAULT_MAX_AMOUNT = 10_000_000;

const CURRENCY_MARK = '(?:rmb|cny|usd|us\\$|hk\\$|¥|￥|\\$|€|£)';
const CURRENCY_WORD = '(?:rmb|cny|usd|元|圆|块)';
/**
 * One sign, one currency mark before or word after, digits grouped by thousands only in the
 * right places, an optional decimal part; or the same without a sign in accounting
 * parentheses, which mean negative.
 */
export const AMOUNT_TEXT = new RegExp(
  `^([+-])?${CURRENCY_MARK}?([+-])?(\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(\\d+))?${CURRENCY_WORD}?$`,
);

/**
 * An amount: a number, or text such as ¥1,299.00, 1,299, 1299元, RMB 1299, -50, (50). Anything
 * looser (--5, (-50), 1,23,4) is unreadable rather than guessed.
 */
export function readAmount(v: unknown): Reading<number> {
  if (isBlank(v)) return BLANK;
  const n = amountOf(v);
  if (n === n) return ok(n);
  return bad(typeof v === 'string' ? v.trim() : isDateObject(v) ? v.toISOString() : String(v));
}

/** A cell's amount, NaN when it does not read as one; a blank cell is the caller's to see. */
export function amountOf(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  return typeof v === 'string' ? amountText(v) : NaN;
}

export const AMOUNT_SPACES = /[\s\u00a0\u2009\u202f]/g;

function amountText(v: string): number {
  let t = halfWidth(v).toLowerCase().replace(AMOUNT_SPACES, '');
  // Accounting parentheses mean negative. Spaces, line breaks among them, are gone by now.
  const paren = t.length >= 2 && t.charCodeAt(0) === 40 && t.charCodeAt(t.length - 1) === 41;
  if (paren) t = t.slice(1, -1);
  const m = AMOUNT_TEXT.exec(t);
  if (!m || (m[3] === undefined && m[4] === undefined)) return NaN;
  const sign = m[1] ?? m[2];
  if ((m[1] !== undefined && m[2] !== undefined) || (paren && sign !== undefined)) return NaN;
  const n = Number(`${(m[3] ?? '0').replace(/,/g, '')}${m[4] ? `.${m[4]}` : ''}`);
  if (!Number.isFinite(n)) return NaN;
  return paren || sign === '-' ? -n : n;
}

/** An amount that no single order line plausibly reaches: an order number, a phone, a typo. */
export const implausibleAmount = (amount: number, max = DEFAULT_MAX_AMOUNT): boolean =>
  !(Math.abs(amount) <= max);

/** An order line's amount, readable and plausible. */
export function readLineAmount(v: unknown): Reading<number> {
  const r = readAmount(v);
  return r.kind === 'ok' && implausibleAmount(r.value) ? bad(String(v)) : r;
}

const DATE_TEXT =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:\s+|T|\s*)(\d{1,2})\s*[:时]\s*(\d{1,2})\s*分?(?:\s*[:]?\s*(\d{1,2})(?:\.\d+)?\s*秒?)?(?:\s*(Z|[+-]\d{2}:?\d{2}))?)?$/i;

/** Order dates are read from 1900 to 2100; anything outside is a typo, not a date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Serial numbers of 1900-01-01 and 2100-12-31. */
const MIN_SERIAL = 2;
const MAX_SERIAL = 73_415;

/** Local ms from the first moment of MIN_YEAR to the last of MAX_YEAR. */
const FIRST_LOCAL = Date.UTC(MIN_YEAR, 0, 1);
const END_LOCAL = Date.UTC(MAX_YEAR + 1, 0, 1);
const inYears = (local: number): boolean => local >= FIRST_LOCAL && local < END_LOCAL;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    ? 29
    : DAYS_IN_MONTH[month - 1];

/**
 * A date, as local milliseconds in the spreadsheet's zone: a Date (from any realm), a
 * spreadsheet serial number, or text 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, each
 * optionally with a time.
 */
export function readDate(v: unknown, z: Zone): Reading<number> {
  if (isBlank(v)) return BLANK;
  const local = dateOf(v, z);
  if (local === local) return ok(local);
  if (isDateObject(v)) return bad(Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString());
  return bad(typeof v === 'string' ? v.trim() : String(v));
}

/** A cell's date as local ms, NaN when it does not read as one; a blank cell is the caller's. */
export function dateOf(v: unknown, z: Zone): number {
  if (typeof v === 'number') {
    // A bare 2024 in a date column is a year someone typed, not 1905-07-16.
    const yearLike = Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR;
    return v >= MIN_SERIAL && v < MAX_SERIAL + 1 && !yearLike ? serialToLocal(v) : NaN;
  }
  if (typeof v === 'string') return dateText(v, z);
  return isDateObject(v) ? dateObjectOf(v, z) : NaN;
}

/** A Date's instant as local ms in the zone, NaN for an invalid Date or one outside the years. */
export function dateObjectOf(v: Date, z: Zone): number {
  const t = v.getTime();
  if (t !== t) return NaN;
  const local = z.toLocal(t);
  return inYears(local) ? local : NaN;
}

function dateText(v: string, z: Zone): number {
  const m = DATE_TEXT.exec(halfWidth(v).trim());
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (
    y < MIN_YEAR ||
    y > MAX_YEAR ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > daysIn(y, mo) ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    return NaN;
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // A timestamp with its offset (2026-11-23 13:15:37 -0500) is an instant: its day is the
  // day in the spreadsheet's zone. Without one it is already wall-clock time there.
  return m[7] === undefined ? wall : z.toLocal(wall - offsetMs(m[7]));
}

const offsetMs = (offset: string): number => {
  if (/^z$/i.test(offset)) return 0;
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return (digits[0] === '-' ? -1 : 1) * minutes * 60_000;
};

/**
 * A phone as one customer: spaces, dashes, dots and brackets dropped, and China's +86 / 0086
 * before an 11-digit mobile number, so "+86 138-0013-8000" and "13800138000" are one person.
 */
export function normalisePhone(v: unknown): string {
  // A leading apostrophe is Excel's mark for "keep as text", as Tmall's export writes phones.
  const t = halfWidth(String(v ?? ''))
    .replace(/[\s\u3000\-.()（）]/g, '')
    .replace(/^'/, '');
  const m = /^(?:\+?86|0086)(1\d{10})$/.exec(t);
  return m ? m[1] : t;
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

/** A column's letters, as Sheets names it, from its index from 0: 0 is A, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
