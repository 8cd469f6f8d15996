/**
 * The reminder sheets as plain rows: the Activities and Coupons the user types, the Send log,
 * the Contact list and the Do-not-email list SheetCare keeps. Each is read here once into typed
 * records, with a message naming the cell for anything that cannot be read.
 */
import { readDate } from './cells';
import { Message } from './i18n';
import type { Activity, Coupon } from './occasions';
import { columnLetter, readOn } from './rules';
import { Details, LOG_STATUSES, LogEntry, LogStatus } from './sendLog';
import { dayOf, Zone } from './zone';
import { CATALOGUES } from '../words';

export const ACTIVITY_COLUMNS = ['name', 'start', 'end', 'description', 'link', 'lastDay'] as const;
export const COUPON_COLUMNS = ['customer', 'code', 'value', 'expiry'] as const;
export const LOG_COLUMNS = [
  'time',
  'customer',
  'name',
  'email',
  'rule',
  'key',
  'status',
  'attempts',
  'note',
  'details',
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

export const REMINDER_SHEET_COLUMNS = {
  activities: ACTIVITY_COLUMNS,
  coupons: COUPON_COLUMNS,
  log: LOG_COLUMNS,
  contacts: CONTACT_COLUMNS,
  doNotEmail: DO_NOT_EMAIL_COLUMNS,
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

function dayIn(v: unknown, zone: Zone): number | undefined {
  const d = readDate(v, zone);
  return d.kind === 'ok' ? dayOf(d.value) : undefined;
}

type Rows = readonly (readonly unknown[])[];

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
    if (r.every(blank)) return;
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
      return { customer: text(r[0]), code: text(r[1]), value: text(r[2]), expiry, row };
    },
    (cell) => (w) => w.reminders.errors.badCoupon(sheet, cell),
  );
  return { coupons: records, problems };
}

/** A status as the log writes it in either language, made when a log is first read. */
let statusWords: Map<string, LogStatus> | undefined;
function statusOf(word: string): LogStatus | undefined {
  if (!statusWords) {
    statusWords = new Map(LOG_STATUSES.map((s) => [s, s]));
    for (const w of Object.values(CATALOGUES)) {
      for (const s of LOG_STATUSES) statusWords.set(w.reminders.statuses[s], s);
    }
  }
  return statusWords.get(word);
}

/**
 * The Send log's rows as entries. A row that does not read (a status no language names, details
 * that are not SheetCare's) is kept out of the decisions but never rewritten.
 */
export function parseLog(rows: readonly (readonly unknown[])[]): (LogEntry | undefined)[] {
  return rows.map((r) => {
    const status = statusOf(text(r[6]));
    const key = text(r[5]);
    if (!status || !key) return undefined;
    let details: Details;
    try {
      details = JSON.parse(text(r[9])) as Details;
    } catch {
      return undefined;
    }
    if (typeof details !== 'object' || details === null || typeof details.sendDay !== 'number') {
      return undefined;
    }
    const t = r[0];
    return {
      time: t instanceof Date ? t.getTime() : typeof t === 'number' ? t : 0,
      customer: text(r[1]),
      email: text(r[3]),
      rule: text(r[4]),
      key,
      status,
      attempts: typeof r[7] === 'number' ? r[7] : Number(r[7]) || 0,
      note: text(r[8]),
      details,
    };
  });
}

/** An entry as a Send log row, in the language of the sheet; `date` makes the sheet's Date. */
export function logRow(
  e: LogEntry,
  lang: 'en' | 'zh',
  date: (utcMs: number) => unknown,
): unknown[] {
  const w = CATALOGUES[lang];
  return [
    date(e.time),
    e.customer,
    e.details.name,
    e.email,
    e.rule,
    e.key,
    w.reminders.statuses[e.status],
    e.attempts,
    e.note || (e.details.reason ? w.reminders.reasons[e.details.reason] : ''),
    JSON.stringify(e.details),
  ];
}
