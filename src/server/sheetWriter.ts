/**
 * Puts SheetTables on the spreadsheet in two steps. `planTables` reads (a constant number of
 * calls per sheet) and decides everything: which sheet each table goes to (SheetCare's own,
 * else a new one under a free name), where each of the user's cells moves, and whether it all
 * fits; it writes nothing. `writePlan` then writes with a fixed number of calls per sheet:
 * values, the user's formulas (one call per distinct formula), formats, rules and charts.
 * Text from the order sheet is written as text, never as a formula or a number.
 */
import { fail } from '../core/i18n';
import { ResultRole, SheetTable } from '../core/report';
import { layout, Layout } from '../core/userCells';
import { OwnedSheet, OwnedSheets, setMark } from './ownedSheets';
import { Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** Google Sheets holds at most this many cells in one spreadsheet. */
export const CELL_LIMIT = 10_000_000;
/** A new sheet's grid. */
const NEW_GRID = { rows: 1000, cols: 26 };
/** A header row frozen needs a row below it: Sheets cannot freeze every row of a sheet. */
const MIN_ROWS = 2;

export interface TablePlan {
  readonly table: SheetTable;
  /** SheetCare's sheet for this role, or undefined: a new sheet named `name`. */
  readonly owned: OwnedSheet | undefined;
  readonly name: string;
  readonly layout: Layout;
  readonly grid: { readonly rows: number; readonly cols: number };
  /** SheetCare's sheet's grid as read in planning; undefined for a new sheet. */
  readonly before: { readonly rows: number; readonly cols: number } | undefined;
}

/** A name no sheet has: the table's own, else "客户 Customers (2)", "(3)"… */
function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function readOld(owned: OwnedSheet): Parameters<typeof layout>[1] {
  const { sheet, mark } = owned;
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return undefined;
  const range = sheet.getRange(1, 1, rows, cols);
  const formulas = range.getFormulasR1C1().map((r) => r.map((f) => f ?? ''));
  return { values: range.getValues(), formulas, block: mark.block };
}

/**
 * Reads what is there and decides where everything goes; throws, having written nothing, when
 * the result would not fit in the spreadsheet.
 */
export function planTables(
  book: Workbook,
  owned: OwnedSheets,
  tables: readonly SheetTable[],
  register: number,
): TablePlan[] {
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  const used = book.sheets.reduce((t, s) => t + s.grid.rows * s.grid.cols, 0);
  let needed = 0;
  const plans = tables.map((table): TablePlan => {
    // The order register is never written, even when it carries SheetCare's mark.
    const mine = owned.get(table.role);
    // A mark is kept only where it names its own sheet's id (ownedSheets checks).
    const target = mine && mine.mark.sheetId !== register ? mine : undefined;
    const placed = layout(
      { values: table.values, keyOf: table.keyOf, keptMark: table.keptMark },
      target ? readOld(target) : undefined,
    );
    const now = target ? book.withId(target.mark.sheetId)!.grid : { rows: 0, cols: 0 };
    const rows = Math.max(placed.values.length, MIN_ROWS);
    const cols = Math.max(placed.values[0].length, target ? now.cols : NEW_GRID.cols);
    // A new sheet starts as 1000 rows before it is cut to size: it must fit at that size too.
    const peakRows = target ? rows : Math.max(rows, NEW_GRID.rows);
    needed += peakRows * cols - now.rows * now.cols;
    return {
      table,
      owned: target,
      name: target ? target.sheet.getName() : freeName(table.name, taken),
      layout: placed,
      grid: { rows, cols },
      before: target ? now : undefined,
    };
  });
  if (used + needed > CELL_LIMIT) {
    const n = (x: number) => x.toLocaleString('en-US');
    const room = n(Math.max(0, CELL_LIMIT - used));
    fail((w) => w.errors.noRoom(n(needed), room, n(CELL_LIMIT)));
  }
  return plans;
}

/** Makes the grid exactly as tall as the plan, and at least as wide. */
function fitGrid(sheet: Sheet, read: TablePlan['before'], rows: number, cols: number): void {
  // A new sheet is asked: Google does not document the grid insertSheet makes.
  const now = read ?? { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
  if (now.rows < rows) sheet.insertRowsAfter(now.rows, rows - now.rows);
  else if (now.rows > rows) sheet.deleteRows(rows + 1, now.rows - rows);
  if (now.cols < cols) sheet.insertColumnsAfter(now.cols, cols - now.cols);
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

const a1 = (row: number, col: number): string => {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
};

/** Puts one planned table on its sheet; returns the sheet. */
function writeOne(ss: Spreadsheet, plan: TablePlan): Sheet {
  const { table, layout: placed, grid } = plan;
  const sheet = plan.owned?.sheet ?? ss.insertSheet(plan.name);
  const block = placed.block;
  fitGrid(sheet, plan.before, grid.rows, grid.cols);
  const width = placed.values[0].length;
  const values = placed.values.map((r) => r.map(literal));
  while (values.length < grid.rows) values.push(Array<unknown>(width).fill(''));
  const valuesRange = sheet.getRange(1, 1, values.length, width);
  valuesRange.setValues(values);
  for (const f of placed.formulas) {
    sheet.getRangeList(f.cells.map(([r, c]) => a1(r, c))).setFormulaR1C1(f.formula);
  }
  // On a sheet of SheetCare's alone the block is the whole range just written.
  const blockRange =
    block.rows === values.length && block.cols === width
      ? valuesRange
      : sheet.getRange(1, 1, block.rows, block.cols);
  const formats = Array.from({ length: block.rows }, (_, r) =>
    Array.from({ length: block.cols }, (_, c) => table.formats[r]?.[c] ?? ''),
  );
  blockRange.setNumberFormats(formats);
  const bold = new Set(table.boldRows);
  blockRange.setFontWeights(
    formats.map((row, r) => row.map(() => (bold.has(r) ? 'bold' : 'normal'))),
  );
  sheet.setFrozenRows(table.frozenRows);

  // The user's own rules stay; ours are known by their formulas and replaced.
  const ours = new Set(table.rules.map((r) => r.formula));
  // A sheet inserted for this run has no rules and no charts yet.
  const existing = plan.owned ? sheet.getConditionalFormatRules() : [];
  const userRules = existing.filter((rule) => {
    const condition = rule.getBooleanCondition();
    return !(
      condition &&
      String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' &&
      ours.has(String(condition.getCriteriaValues()[0]))
    );
  });
  const bodyRows = Math.max(table.values.length - 1, 1);
  sheet.setConditionalFormatRules([
    ...userRules,
    ...table.rules.map((rule) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(rule.formula)
        .setBackground(rule.background)
        .setRanges(runs(rule.columns).map(([c, n]) => sheet.getRange(2, c + 1, bodyRows, n)))
        .build(),
    ),
  ]);

  // Charts: remove only the ones SheetCare inserted last time.
  const oldCharts = new Set(plan.owned?.mark.charts ?? []);
  const userCharts = new Set<number>();
  for (const chart of plan.owned ? sheet.getCharts() : []) {
    const id = chart.getChartId();
    if (id !== null && oldCharts.has(id)) sheet.removeChart(chart);
    else if (id !== null) userCharts.add(id);
  }
  for (const spec of table.charts) {
    let builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
    for (const r of spec.ranges)
      builder = builder.addRange(sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols));
    sheet.insertChart(
      builder.setOption('title', spec.title).setPosition(spec.at.row, spec.at.col, 0, 0).build(),
    );
  }
  const charts = table.charts.length
    ? sheet
        .getCharts()
        .map((c) => c.getChartId())
        .filter((id): id is number => id !== null && !userCharts.has(id))
    : [];
  setMark(sheet, { role: table.role, sheetId: sheet.getSheetId(), block, charts }, plan.owned);
  return sheet;
}

/** Writes every planned table; returns the sheet each role was written to. */
export function writePlan(ss: Spreadsheet, plans: readonly TablePlan[]): Map<ResultRole, Sheet> {
  return new Map(plans.map((p) => [p.table.role, writeOne(ss, p)]));
}
