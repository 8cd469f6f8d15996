/**
 * The sample shop, for a spreadsheet with no orders yet: the bundled register, generated from
 * its seed, copied into a new sheet of its own so a new user sees SheetCare work at once. Its
 * last orders are yesterday's, so its customers are as fresh as on the day it was made. Nothing
 * of the user's is touched: the sheet is new, under a name no sheet has; asked twice (a second
 * click, a second editor), it answers with the sheet already there. The sheet carries a mark of
 * its own, so it stays the sample under any name the team gives it (or in a copy of it).
 */
import { fail } from '../../core/ground/i18n';
import { DAY_MS, dayOf } from '../../core/ground/zone';
import { generateSampleShop, SampleCell, SAMPLE_HEADERS } from '../../core/ground/sampleShop';
import type { OrderSheetInfo } from '../../shared/api';
import { SHEET_NAMES } from '../../words/sheetNames';
import { CELL_LIMIT, literal } from '../ground/sheetWriter';
import { loadSettings, saveOrderSheetChoice, saveSettings } from '../ground/store';
import { Workbook } from '../ground/workbook';
import { theSpreadsheet } from '../ground/spreadsheetStore';
import { spreadsheetZone } from '../ground/zone';
import { findOrderSheet, sheetContext } from './orderSheet';

/** The columns that hold dates and amounts, 1-based, with the formats the bundled file has. */
const FORMATS: readonly [column: number, format: string][] = [
  [SAMPLE_HEADERS.indexOf('成交金额') + 1, '#,##0.00'],
  [SAMPLE_HEADERS.indexOf('成交时间') + 1, 'yyyy-mm-dd hh:mm'],
  [SAMPLE_HEADERS.length + 1, 'yyyy-mm-dd'],
];

const SAMPLE_MARK = 'sheetcare.sampleShop';

/** Whether the sheet is the sample shop's register, by its mark (one call), whatever its name. */
export const isSampleSheet = (sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean =>
  sheet.getDeveloperMetadata().some((m) => m.getKey() === SAMPLE_MARK);

export function addSampleShop(): OrderSheetInfo {
  const ss = theSpreadsheet();
  const name = SHEET_NAMES.sampleOrders;
  const book = new Workbook(ss);
  if (!book.named(name)) {
    const z = spreadsheetZone(ss.getSpreadsheetTimeZone());
    const today = dayOf(z.toLocal(Date.now())) * DAY_MS;
    // The generator speaks wall-clock time; the spreadsheet stores instants in its zone.
    const cell = (v: SampleCell) =>
      v instanceof Date ? new Date(z.toUtc(v.getTime())) : literal(v);
    const rows = generateSampleShop(undefined, undefined, undefined, today).rows.map((r) =>
      r.map(cell),
    );
    const cols = rows[0].length;
    const used = book.sheets.reduce((t, s) => t + s.grid.rows * s.grid.cols, 0);
    if (used + rows.length * cols > CELL_LIMIT) {
      const n = (x: number) => x.toLocaleString('en-US');
      fail((w) => w.errors.noRoom(n(rows.length * cols), n(CELL_LIMIT - used), n(CELL_LIMIT)));
    }
    const sheet = ss.insertSheet(name);
    sheet.addDeveloperMetadata(SAMPLE_MARK);
    const grid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    if (grid.rows < rows.length) sheet.insertRowsAfter(grid.rows, rows.length - grid.rows);
    // The sheet is as wide as the register, so it spends no more of the cell limit than it needs.
    if (grid.cols > cols) sheet.deleteColumns(cols + 1, grid.cols - cols);
    sheet.getRange(1, 1, rows.length, cols).setValues(rows);
    for (const [column, format] of FORMATS) {
      sheet.getRange(2, column, rows.length - 1, 1).setNumberFormat(format);
    }
    sheet.setFrozenRows(1);
    sheet.activate();
  }
  saveOrderSheetChoice({ sheetName: name });
  // The sample's amounts are yuan (some typed "¥1,299.00" or "300元"): shown as dollars, they
  // would be untrue. A currency the user chose stays theirs.
  const stored = loadSettings();
  const settings = stored.currency === 'auto' ? { ...stored, currency: 'CNY' as const } : stored;
  if (settings !== stored) saveSettings(settings);
  return (
    findOrderSheet(new Workbook(ss), sheetContext(ss, settings), { name }) ??
    fail((w) => w.errors.noSheet(name))
  );
}
