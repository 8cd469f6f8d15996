/**
 * Puts a SheetTable on the spreadsheet with a constant number of calls, whatever its size:
 * one read (to keep the user's own columns), one write of values, one of formats, one of
 * font weights, and the rules and charts. Text from the order sheet is written as text,
 * never as a formula or a number Sheets would reinterpret.
 */
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

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
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
  const previousRows = sheet.getLastRow();
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
  // Cover the previous run's rows too, so a shorter result leaves no stale rows behind.
  const height = Math.max(values.length, previousRows, 1);
  ensureSize(sheet, height, fullWidth);
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
