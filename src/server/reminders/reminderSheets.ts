/**
 * The reminder sheets on the spreadsheet: found by SheetCare's mark (never by name), made with
 * their headers when first needed, read in one call each, and written only by appending rows
 * or by rewriting a row SheetCare itself appended.
 */
import type { Lang } from '../../core/ground/i18n';
import { parseRules, RULE_COLUMNS, ruleColumns, rulesLayout } from '../../core/reminders/rules';
import { REMINDER_SHEET_COLUMNS } from '../../core/reminders/reminderSheets';
import type { ReminderSheetRole } from '../../shared/api';
import { words } from '../../words';
import { SHEET_NAMES } from '../../words/sheetNames';
import { OwnedSheets, setMark } from '../ground/ownedSheets';
import { literal } from '../ground/sheetWriter';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheets the panel shows, and SheetCare's hidden ledger. */
export type ReminderRole = ReminderSheetRole | 'ledger';
export const REMINDER_ROLES: readonly ReminderRole[] = [
  'rules',
  'activities',
  'coupons',
  'log',
  'contacts',
  'doNotEmail',
];

export function headersOf(role: ReminderRole, lang: Lang): string[] {
  const w = words(lang).reminders;
  if (role === 'rules') return ruleColumns(lang).map((c) => w.ruleHeaders[c]);
  const names = w.headers[role] as Readonly<Record<string, string>>;
  return REMINDER_SHEET_COLUMNS[role].map((c) => names[c]);
}

/** The columns that hold a checkbox. */
const CHECKBOXES: Partial<Record<ReminderRole, number>> = {
  rules: RULE_COLUMNS.indexOf('on'),
  activities: REMINDER_SHEET_COLUMNS.activities.indexOf('lastDay'),
  contacts: REMINDER_SHEET_COLUMNS.contacts.indexOf('done'),
};

/** Sheets whose first column is the time of an event: shown to the minute, not as a day. */
const TIMED: ReadonlySet<ReminderRole> = new Set(['log', 'contacts']);

/** Text goes in as text: a name like "=HYPERLINK(…)" never becomes a formula. */
const asCells = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r.map(literal));

/** A new sheet of this role, headers frozen, with any starting rows; marked as SheetCare's. */
export function createReminderSheet(
  ss: Spreadsheet,
  role: ReminderRole,
  lang: Lang,
  rows: readonly (readonly unknown[])[] = [],
): Sheet {
  const taken = new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
  let name: string = SHEET_NAMES[role];
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SHEET_NAMES[role]} (${n})`;
  const sheet = ss.insertSheet(name);
  const headers = headersOf(role, lang);
  // Only the columns it uses: a new sheet's 26 would count against the workbook's cells.
  const spare = sheet.getMaxColumns() - headers.length;
  if (spare > 0) sheet.deleteColumns(headers.length + 1, spare);
  // Set before any row lands, so the column keeps it; rows Sheets adds below inherit it.
  if (TIMED.has(role)) {
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  }
  sheet.getRange(1, 1, 1, headers.length).setValues(asCells([headers]));
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold');
  // The rows as any later rows are written: checkboxes where the role has them, and a grid
  // grown first where they would not fit a new sheet's thousand rows.
  writeRows(sheet, role, 2, rows);
  sheet.setFrozenRows(1);
  setMark(
    sheet,
    { role, sheetId: sheet.getSheetId(), block: { rows: 1, cols: headers.length }, charts: [] },
    undefined,
  );
  return sheet;
}

export const reminderSheet = (owned: OwnedSheets, role: ReminderRole): Sheet | undefined =>
  owned.get(role)?.sheet;

/** SheetCare's sheet of the role, or one the user prepared for it (taken as it is). */
export const ownOrAdopted = (
  ss: Spreadsheet,
  owned: OwnedSheets,
  role: ReminderRole,
): Sheet | undefined => reminderSheet(owned, role) ?? adoptReminderSheet(ss, role);

/** The sheet's rows below the headers, as wide as its columns. */
export function dataRows(sheet: Sheet, role: ReminderRole): unknown[][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, headersOf(role, 'en').length).getValues();
}

/**
 * The rules sheet read in one call, headers included: their words say in which order the
 * templates stand (the shop's language first since sheets followed it; Chinese first before).
 */
export function parseRulesSheet(sheet: Sheet): ReturnType<typeof parseRules> {
  const last = sheet.getLastRow();
  if (last < 1) return { rules: [], errors: [] };
  const [header, ...rows] = sheet.getRange(1, 1, last, RULE_COLUMNS.length).getValues();
  return parseRules(rows, 2, rulesLayout(header));
}

/** A grid grows by this many rows at a time, so appending rarely costs a call of its own. */
const GROW_ROWS = 1000;

/** The grid's height, as the caller last knew it; kept up to date by writeRows. */
export interface Grid {
  maxRows: number;
}

/**
 * Writes rows from sheet row `at` in one call (checkboxes first, where the role has them),
 * growing the grid first where they would fall off its end: Sheets refuses a range beyond it.
 */
export function writeRows(
  sheet: Sheet,
  role: ReminderRole,
  at: number,
  rows: readonly (readonly unknown[])[],
  grid: Grid = { maxRows: sheet.getMaxRows() },
): void {
  if (!rows.length) return;
  const last = at + rows.length - 1;
  if (last > grid.maxRows) {
    const add = Math.max(last - grid.maxRows, GROW_ROWS);
    sheet.insertRowsAfter(grid.maxRows, add);
    grid.maxRows += add;
  }
  const box = CHECKBOXES[role];
  if (box !== undefined) {
    sheet.getRange(at, box + 1, rows.length, 1).insertCheckboxes();
  }
  sheet.getRange(at, 1, rows.length, rows[0].length).setValues(asCells(rows));
}

/** The roles a user may prepare by hand (or import) before setting reminders up. */
const ADOPTABLE: readonly ReminderRole[] = ['rules', 'activities', 'coupons', 'doNotEmail'];

const sameHeaders = (row: readonly unknown[], role: ReminderRole): boolean =>
  (['zh', 'en'] as const).some((lang) =>
    headersOf(role, lang).every((h, i) => String(row[i] ?? '').trim() === h),
  );

/**
 * A sheet under the role's own name with the role's headers, not yet SheetCare's: one the user
 * prepared (a shop's template, an imported workbook). Setting up takes it as it is.
 */
export function adoptReminderSheet(ss: Spreadsheet, role: ReminderRole): Sheet | undefined {
  if (!ADOPTABLE.includes(role)) return undefined;
  const sheet = ss.getSheetByName(SHEET_NAMES[role]);
  if (!sheet || sheet.getLastColumn() < headersOf(role, 'en').length) return undefined;
  const headers = sheet.getRange(1, 1, 1, headersOf(role, 'en').length).getValues()[0];
  if (!sameHeaders(headers, role)) return undefined;
  setMark(
    sheet,
    { role, sheetId: sheet.getSheetId(), block: { rows: 1, cols: headers.length }, charts: [] },
    undefined,
  );
  return sheet;
}
