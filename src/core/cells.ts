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

/** The largest amount one order line can plausibly carry; beyond it a cell is listed, not summed. */
export const DEFAULT_MAX_AMOUNT = 10_000_000;

const CURRENCY_MARK = '(?:rmb|cny|usd|us\\$|hk\\$|¥|￥|\\$|€|£)';
const CURRENCY_WORD = '(?:rmb|cny|usd|元|圆|块)';
/**
 * One sign, one currency mark before or word after, digits grouped by thousands only in the
 * right places, an optional decimal part; or the same without a sign in accounting
 * parentheses, which mean negative.
 */
const AMOUNT_TEXT = new RegExp(
  `^([+-])?${CURRENCY_MARK}?([+-])?(\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(\\d+))?${CURRENCY_WORD}?$`,
);

/**
 * An amount: a number, or text such as ¥1,299.00, 1,299, 1299元, RMB 1299, -50, (50). Anything
 * looser (--5, (-50), 1,23,4) is unreadable rather than guessed.
 */
export function readAmount(v: unknown): Reading<number> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : bad(String(v));
  if (typeof v !== 'string') return bad(isDateObject(v) ? v.toISOString() : String(v));
  let t = halfWidth(v)
    .toLowerCase()
    .replace(/[\s\u00a0\u2009\u202f]/g, '');
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) t = paren[1];
  const m = AMOUNT_TEXT.exec(t);
  if (!m || (m[3] === undefined && m[4] === undefined)) return bad(v.trim());
  const signs = [m[1], m[2]].filter((x) => x !== undefined);
  if (signs.length > 1 || (paren && signs.length > 0)) return bad(v.trim());
  const n = Number(`${(m[3] ?? '0').replace(/,/g, '')}${m[4] ? `.${m[4]}` : ''}`);
  if (!Number.isFinite(n)) return bad(v.trim());
  return ok(paren || signs[0] === '-' ? -n : n);
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

const yearOf = (local: number): number => new Date(local).getUTCFullYear();
const inYears = (local: number): boolean => yearOf(local) >= MIN_YEAR && yearOf(local) <= MAX_YEAR;

/**
 * A date, as local milliseconds in the spreadsheet's zone: a Date (from any realm), a
 * spreadsheet serial number, or text 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, each
 * optionally with a time.
 */
export function readDate(v: unknown, z: Zone): Reading<number> {
  if (isBlank(v)) return BLANK;
  if (isDateObject(v)) {
    const t = v.getTime();
    if (Number.isNaN(t)) return bad('Invalid Date');
    const local = z.toLocal(t);
    return inYears(local) ? ok(local) : bad(v.toISOString());
  }
  if (typeof v === 'number') {
    // A bare 2024 in a date column is a year someone typed, not 1905-07-16.
    const yearLike = Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR;
    return Number.isFinite(v) && v >= MIN_SERIAL && v < MAX_SERIAL + 1 && !yearLike
      ? ok(serialToLocal(v))
      : bad(String(v));
  }
  if (typeof v !== 'string') return bad(String(v));
  const m = DATE_TEXT.exec(halfWidth(v).trim());
  if (!m) return bad(v.trim());
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x)));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (
    y < MIN_YEAR ||
    y > MAX_YEAR ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    return bad(v.trim());
  }
  // A timestamp with its offset (2026-11-23 13:15:37 -0500) is an instant: its day is the
  // day in the spreadsheet's zone. Without one it is already wall-clock time there.
  return ok(m[7] === undefined ? wall : z.toLocal(wall - offsetMs(m[7])));
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
  const t = halfWidth(String(v ?? '')).replace(/[\s\u3000\-.()（）]/g, '');
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
