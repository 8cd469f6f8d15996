/**
 * The reminder sheets as plain rows: the Activities and Coupons the user types, each read here
 * once into typed records with a message naming the cell for anything that cannot be read; and
 * the columns of the Send log, the Contact list, the Do-not-email list and the ledger.
 */
import { columnLetter, readDate } from '../ground/cells';
import { Message } from '../ground/i18n';
import type { Words } from '../../words';
import { LEDGER_COLUMNS } from './ledger';
import type { Activity, Coupon } from './occasions';
import { readOn } from './rules';
import { dayOf, Zone } from '../ground/zone';

export const ACTIVITY_COLUMNS = ['name', 'start', 'end', 'description', 'link', 'lastDay'] as const;
export const COUPON_COLUMNS = ['customer', 'code', 'value', 'expiry'] as const;
/** The Send log: the readable history, written from the ledger; it decides nothing. */
export const LOG_COLUMNS = [
  'time',
  'customer',
  'name',
  'email',
  'rule',
  'status',
  'note',
  'key',
] as const;
export const CONTACT_COLUMNS = [
  'date',
  'customer',
  'name',
  'tier',
  'reach',
  'reason',
  'message',
  'done',
  'key',
] as const;
export const DO_NOT_EMAIL_COLUMNS = ['customer', 'email', 'source', 'date'] as const;
/** Today's contacts as a platform's customer-care tool imports them: see contactsExport. */
export const CONTACTS_EXPORT_COLUMNS = ['buyer', 'phone', 'message'] as const;

export const REMINDER_SHEET_COLUMNS = {
  activities: ACTIVITY_COLUMNS,
  coupons: COUPON_COLUMNS,
  log: LOG_COLUMNS,
  ledger: LEDGER_COLUMNS,
  contacts: CONTACT_COLUMNS,
  doNotEmail: DO_NOT_EMAIL_COLUMNS,
  contactsExport: CONTACTS_EXPORT_COLUMNS,
} as const;
export type ReminderSheetColumns = {
  readonly [S in keyof typeof REMINDER_SHEET_COLUMNS]: (typeof REMINDER_SHEET_COLUMNS)[S][number];
};

const blank = (v: unknown) => v === '' || v === null || v === undefined;
const text = (v: unknown) => (blank(v) ? '' : String(v).trim());
const cellAt = (col: number, row: number) => `${columnLetter(col)}${row}`;

export interface Problem {
  readonly message: Message;
}

/** The day a cell holds, in the sheet's zone; undefined when it holds none. */
export function dayIn(v: unknown, zone: Zone): number | undefined {
  const d = readDate(v, zone);
  return d.kind === 'ok' ? dayOf(d.value) : undefined;
}

type Rows = readonly (readonly unknown[])[];

/** The mark that starts an example row's first cell, in either language: 示例： / Example: */
const EXAMPLE = /^\s*(示例|example)\s*[:：]/i;

/** A row SheetCare started the sheet with to show how to fill it in: never sent. */
export const isExampleRow = (r: readonly unknown[]): boolean => EXAMPLE.test(text(r[0]));

/**
 * The example row a new Activities or Coupons sheet starts with, dated from `today` (day
 * number) by `date`, which turns a day into what the sheet holds.
 */
export function exampleRows(
  role: 'activities' | 'coupons',
  w: Words,
  today: number,
  date: (day: number) => unknown,
): unknown[][] {
  const e = w.reminders.examples;
  return role === 'activities'
    ? [[e.activity.name, date(today + 14), date(today + 20), e.activity.description, '', false]]
    : [[e.coupon.customer, e.coupon.code, 10, date(today + 30)]];
}

/**
 * Reads each non-blank row (sheet row firstRow onwards) into a record, or into the column of
 * the first cell that will not do, which becomes a problem naming that cell.
 */
function readRows<T>(
  rows: Rows,
  firstRow: number,
  read: (r: readonly unknown[], row: number) => T | number,
  problem: (cell: string) => Message,
): { records: T[]; problems: Problem[] } {
  const records: T[] = [];
  const problems: Problem[] = [];
  rows.forEach((r, i) => {
    const row = firstRow + i;
    if (r.every(blank) || isExampleRow(r)) return;
    const record = read(r, row);
    if (typeof record === 'number') problems.push({ message: problem(cellAt(record, row)) });
    else records.push(record);
  });
  return { records, problems };
}

/** The Activities sheet's data rows, from sheet row firstRow. */
export function parseActivities(
  rows: Rows,
  firstRow: number,
  zone: Zone,
  sheet: string,
): { activities: Activity[]; problems: Problem[] } {
  const { records, problems } = readRows<Activity>(
    rows,
    firstRow,
    (r, row) => {
      const name = text(r[0]);
      const start = dayIn(r[1], zone);
      const end = blank(r[2]) ? start : dayIn(r[2], zone);
      if (!name) return 0;
      if (start === undefined) return 1;
      if (end === undefined || end < start) return 2;
      const link = text(r[4]);
      return {
        name,
        start,
        end,
        description: text(r[3]),
        link,
        lastDay: readOn(r[5]) === true,
        row,
      };
    },
    (cell) => (w) => w.reminders.errors.badActivity(sheet, cell),
  );
  return { activities: records, problems };
}

/** The Coupons sheet's data rows. */
export function parseCoupons(
  rows: Rows,
  firstRow: number,
  zone: Zone,
  sheet: string,
): { coupons: Coupon[]; problems: Problem[] } {
  const { records, problems } = readRows<Coupon>(
    rows,
    firstRow,
    (r, row) => {
      const expiry = dayIn(r[3], zone);
      if (!text(r[0])) return 0;
      if (!text(r[1])) return 1;
      if (expiry === undefined) return 3;
      // A number is an amount, told in the shop's currency; words are the shop's own.
      const value = typeof r[2] === 'number' && Number.isFinite(r[2]) ? r[2] : text(r[2]);
      return { customer: text(r[0]), code: text(r[1]), value, expiry, row };
    },
    (cell) => (w) => w.reminders.errors.badCoupon(sheet, cell),
  );
  return { coupons: records, problems };
}
