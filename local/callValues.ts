/**
 * What crosses between the host and the script at a call: values copied into a realm, a custom
 * function's result held to what Sheets accepts, and a cell shown as a form-submit event shows it.
 */
import { isDate, wallClock } from './clock';
import type { Realm } from './env';

/** Copies a value into a realm: arrays and Dates become that realm's own. */
export function intoRealm(v: unknown, realm: Realm): unknown {
  if (Array.isArray(v)) return realm.array(v.map((x) => intoRealm(x, realm)));
  if (isDate(v)) return new realm.Date(v.getTime());
  return v;
}

const isCellValue = (v: unknown): boolean =>
  v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v) || isDate(v);

/**
 * What a custom function may return: a value, or a rectangular 2-D array of values
 * (https://developers.google.com/apps-script/guides/sheets/functions#return_values).
 */
export function checkFormulaResult(v: unknown): void {
  if (isCellValue(v)) return;
  if (Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r))) {
    const width = (v[0] as unknown[]).length;
    if (
      width > 0 &&
      v.every((r) => (r as unknown[]).length === width && (r as unknown[]).every(isCellValue))
    ) {
      return;
    }
  }
  throw new Error('Result was not a value or a rectangular array of values.');
}

/** A sheet cell as a form-submit event's `values` show it: its displayed text. */
export function shownValue(v: unknown, tz: string, locale: string): string {
  if (isDate(v)) {
    const w = new Date(wallClock(tz, v.getTime()));
    const [y, mo, d, h, mi, s] = [
      w.getUTCFullYear(),
      w.getUTCMonth() + 1,
      w.getUTCDate(),
      w.getUTCHours(),
      w.getUTCMinutes(),
      w.getUTCSeconds(),
    ];
    const time = `${h}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
    return /^en_US$/i.test(locale) ? `${mo}/${d}/${y} ${time}` : `${y}/${mo}/${d} ${time}`;
  }
  return v === undefined || v === null ? '' : String(v);
}
