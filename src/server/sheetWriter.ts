/**
 * Puts a SheetTable on the spreadsheet with a constant number of calls, whatever its size:
 * one read (to keep the user's own columns), one write of values, one of formats, one of
 * font weights, and the rules and charts. Text from the order sheet is written as text,
 * never as a formula or a number Sheets would reinterpret.
 */
import { fail } from '../core/i18n';
import { SheetTable } from '../core/report';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Sheets reads a written string as if typed: "=…" becomes a formula, "00123" a number,
 * "2024-01-05" a date. A leading apostrophe keeps such text exactly as it is.
 */
export function literal(v: unknown): unknown {
  if (typeof v !== 'string' || v === '') return v;
  const risky =
    /^[=+\-@'\s]/.test(v) ||
    /^[\d.,:/年月日%$¥€£ -]+$/.test(v) ||
    /^(true|false)$/i.test(v) ||
    /^\d+(\.\d+)?e[+-]?\d+$/i.test(v);
  return risky ? `'${v}` : v;
}

/**
 * Makes the grid exactly as tall as the table: rows left from a longer earlier run go, and a
 * sheet never carries hundreds of empty rows towards the spreadsheet's cell limit. Columns
 * only grow, leaving the user room to add their own.
 */
function fitGrid(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

const pad = <T>(rows: T[][], height: number, width: number, fill: T): T[][] => {
  const out = rows.map((r) =>
    r.length < width ? [...r, ...Array<T>(width - r.length).fill(fill)] : r,
  );
  while (out.length < height) out.push(Array<T>(width).fill(fill));
  return out;
};

/**
 * The user's own columns to the right of ours, re-aligned to the new rows by the key in the
 * first column; rows whose key is gone are kept at the bottom, so no note is ever lost.
 */
function userColumns(
  sheet: Sheet,
  ourWidth: number,
  keys: readonly unknown[],
): { header: unknown[]; rows: unknown[][]; orphans: unknown[][] } | undefined {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow === 0 || lastCol <= ourWidth) return undefined;
  const old = sheet.getRange(1, 1, lastRow, lastCol).getValues();
  const extraWidth = lastCol - ourWidth;
  const byKey = new Map<string, unknown[]>();
  for (const row of old.slice(1)) {
    const extra = row.slice(ourWidth);
    if (extra.every((v) => v === '')) continue;
    byKey.set(String(row[0]), extra);
  }
  const rows = keys.map((k) => {
    const extra = byKey.get(String(k)) ?? Array(extraWidth).fill('');
    byKey.delete(String(k));
    return extra;
  });
  const orphans = [...byKey.entries()].map(([k, extra]) => [
    k,
    ...Array(ourWidth - 1).fill(''),
    ...extra,
  ]);
  return { header: old[0].slice(ourWidth), rows, orphans };
}

/** Column indexes as contiguous [first, count] runs: one range per run, not per column. */
function runs(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

/** Google Sheets holds at most this many cells in one spreadsheet. */
export const CELL_LIMIT = 10_000_000;

/**
 * Throws, before anything is written, when the tables would not fit in the spreadsheet:
 * sheets grow to hold them, and growing past the cell limit fails halfway through.
 */
export function ensureRoom(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tables: readonly SheetTable[],
): void {
  let used = 0;
  const grids = new Map<string, { rows: number; cols: number }>();
  for (const sheet of ss.getSheets()) {
    const grid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    grids.set(sheet.getName(), grid);
    used += grid.rows * grid.cols;
  }
  let needed = 0;
  for (const t of tables) {
    const grid = grids.get(t.name);
    const rows = t.values.length;
    const cols = t.values[0]?.length ?? 1;
    // A new sheet starts as 1000 × 26; an existing one only grows.
    const now = grid ?? { rows: 0, cols: 0 };
    const after = {
      rows: Math.max(now.rows, rows, grid ? 0 : 1000),
      cols: Math.max(now.cols, cols, grid ? 0 : 26),
    };
    needed += after.rows * after.cols - now.rows * now.cols;
  }
  if (used + needed > CELL_LIMIT) {
    const n = (x: number) => x.toLocaleString('en-US');
    const room = n(Math.max(0, CELL_LIMIT - used));
    fail(
      `The results need ${n(needed)} more cells, but this spreadsheet has room for ${room} (Google Sheets holds ${n(CELL_LIMIT)} at most). Delete unused sheets or rows and try again. Nothing was written.`,
      `结果需要再增加 ${n(needed)} 个单元格，但本表格只剩 ${room} 个（Google 表格最多 ${n(CELL_LIMIT)} 个单元格）。请删除不用的工作表或行后重试。未写入任何内容。`,
    );
  }
}

export interface WriteOptions {
  /** Keep columns the user added to the right, matched by the first column (Customers). */
  readonly keepUserColumns?: boolean;
}

export function writeTable(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  table: SheetTable,
  options: WriteOptions = {},
): Sheet {
  const sheet = ss.getSheetByName(table.name) ?? ss.insertSheet(table.name);
  const width = table.values[0]?.length ?? 1;
  let values = table.values.map((r) => r.map(literal));
  let formats = table.formats;
  const user = options.keepUserColumns
    ? userColumns(
        sheet,
        width,
        table.values.slice(1).map((r) => r[0]),
      )
    : undefined;
  if (user) {
    const extraWidth = user.header.length;
    values = [
      [...values[0], ...user.header],
      ...values.slice(1).map((r, i) => [...r, ...user.rows[i]]),
      ...user.orphans,
    ];
    formats = pad(formats, values.length, width, '').map((r) => [
      ...r,
      ...Array(extraWidth).fill(''),
    ]);
    // The user's own cells keep their own formats: write ours only.
    formats = formats.map((r) => r.slice(0, width));
  }
  const fullWidth = values[0].length;
  const height = values.length;
  fitGrid(sheet, height, fullWidth);
  sheet.getRange(1, 1, height, fullWidth).setValues(pad(values, height, fullWidth, ''));
  const block = sheet.getRange(1, 1, height, width);
  block.setNumberFormats(pad(formats, height, width, ''));
  const bold = new Set(table.boldRows);
  block.setFontWeights(
    Array.from({ length: height }, (_, r) => Array(width).fill(bold.has(r) ? 'bold' : 'normal')),
  );
  sheet.setFrozenRows(table.frozenRows);
  sheet.setConditionalFormatRules(
    table.rules.map((rule) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.background)
        .setRanges(
          runs(rule.columns).map(([c, n]) => sheet.getRange(2, c + 1, Math.max(height - 1, 1), n)),
        )
        .build(),
    ),
  );
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const spec of table.charts) {
    let builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
    for (const r of spec.ranges)
      builder = builder.addRange(sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols));
    sheet.insertChart(
      builder.setOption('title', spec.title).setPosition(spec.at.row, spec.at.col, 0, 0).build(),
    );
  }
  return sheet;
}
