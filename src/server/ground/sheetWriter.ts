/**
 * Puts SheetTables on the spreadsheet in steps. `planTables` reads (a constant number of calls
 * per sheet) and decides which sheet each table goes to (SheetCare's own, else a new one under a
 * free name) and where each of the user's cells moves; it writes nothing. `writePlan` first
 * makes room for every table (inserts and grows sheets, all taken back if Sheets refuses one
 * for its cell limit), then writes with a fixed number of calls per sheet: values, the user's
 * formulas (one call per distinct formula), formats, rules and charts. Every call is counted:
 * a new sheet is not asked what it already is (no rules, no charts, no formats).
 * Text from the order sheet is written as text, never as a formula or a number.
 */
import { fail } from '../../core/ground/i18n';
import { columnLetter } from '../../core/ground/cells';
import { ResultRole, SheetTable } from '../../core/customers/report';
import { layout, Layout } from '../../core/ground/userCells';
import { OwnedSheet, OwnedSheets, setMark } from './ownedSheets';
import { Grid, Workbook } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

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
/**
 * The grid Sheets gives an inserted sheet. Google does not document it, so it is assumed, not
 * asked (two service calls a sheet): a sheet that turns out smaller is asked and grown.
 */
const NEW_GRID: Grid = { rows: 1000, cols: 26 };
/** A header row frozen needs a row below it: Sheets cannot freeze every row of a sheet. */
const MIN_ROWS = 2;

export interface TablePlan {
  readonly table: SheetTable;
  /** SheetCare's sheet for this role, or undefined: a new sheet named `name`. */
  readonly owned: OwnedSheet | undefined;
  readonly name: string;
  readonly layout: Layout;
  /** The cells written: the block and the user's cells, and a row to freeze above. */
  readonly cells: Grid;
  /** The grid they need: the cells, and the cells the charts are anchored to. */
  readonly size: Grid;
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
 * Reads what is there and decides where everything goes, writing nothing. `register` is the
 * order sheet's id, asked only where a mark could name it: the register is never written, even
 * when it carries SheetCare's mark.
 */
export function planTables(
  book: Workbook,
  owned: OwnedSheets,
  tables: readonly SheetTable[],
  register: () => number,
): TablePlan[] {
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  return tables.map((table): TablePlan => {
    const mine = owned.get(table.role);
    const target = mine && mine.id !== register() ? mine : undefined;
    const placed = layout(
      { values: table.values, keyOf: table.keyOf, keptMark: table.keptMark },
      target ? readOld(target) : undefined,
    );
    const cells = { rows: Math.max(placed.values.length, MIN_ROWS), cols: placed.values[0].length };
    return {
      table,
      owned: target,
      name: target ? target.sheet.getName() : freeName(table.name, taken),
      layout: placed,
      cells,
      size: {
        rows: Math.max(cells.rows, ...table.charts.map((c) => c.at.row)),
        cols: Math.max(cells.cols, ...table.charts.map((c) => c.at.col)),
      },
    };
  });
}

const NONE: Grid = { rows: 0, cols: 0 };

/** Adds rows and columns where the grid is short of the size; returns how many of each. */
function grow(sheet: Sheet, grid: Grid, size: Grid): Grid {
  const rows = Math.max(0, size.rows - grid.rows);
  const cols = Math.max(0, size.cols - grid.cols);
  if (rows) sheet.insertRowsAfter(grid.rows, rows);
  if (cols) sheet.insertColumnsAfter(grid.cols, cols);
  return { rows, cols };
}

/** A sheet made ready for its table: as large as it, and the ranges the table is written to. */
interface Placed {
  readonly plan: TablePlan;
  readonly sheet: Sheet;
  /** SheetCare's sheet's grid before this run; undefined for a sheet inserted now. */
  readonly grid: Grid | undefined;
  /** The rows and columns added to SheetCare's sheet, to take back if the result cannot fit. */
  readonly added: Grid;
  /** The whole table's range, then each colour rule's ranges, then each chart's. */
  ranges: Range[];
}

const area = (row: number, col: number, rows: number, cols: number): string =>
  `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;

/** The table's ranges in one call, or two where rules or charts want ranges of their own. */
function rangesOf(sheet: Sheet, plan: TablePlan): Range[] {
  const { table, cells } = plan;
  const bodyRows = Math.max(table.values.length - 1, 1);
  const more = [
    ...table.rules.flatMap((rule) =>
      runs(rule.columns).map(([c, n]) => area(2, c + 1, bodyRows, n)),
    ),
    ...table.charts.flatMap((spec) =>
      spec.ranges.map((r) => area(r.row + 1, r.col + 1, r.rows, r.cols)),
    ),
  ];
  if (!more.length) return [sheet.getRange(1, 1, cells.rows, cells.cols)];
  return sheet.getRangeList([area(1, 1, cells.rows, cells.cols), ...more]).getRanges();
}

/**
 * Inserts each new sheet (at the end, in the tables' order: inserted last to first, so the
 * first table's sheet ends active when it is new) and grows every sheet to its table. Nothing
 * is written yet: when Sheets refuses a sheet or a row for the cell limit, what was inserted
 * and added is taken back and the spreadsheet is as it was.
 */
function place(ss: Spreadsheet, book: Workbook, plans: readonly TablePlan[]): Placed[] {
  const placed: Placed[] = [];
  const at = book.sheets.length;
  try {
    for (const plan of [...plans].reverse()) {
      if (plan.owned) {
        const { sheet } = plan.owned;
        const grid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
        const added = grow(sheet, grid, plan.size);
        placed.unshift({ plan, sheet, grid, added, ranges: rangesOf(sheet, plan) });
        continue;
      }
      const sheet = ss.insertSheet(plan.name, at);
      const entry: Placed = { plan, sheet, grid: undefined, added: NONE, ranges: [] };
      placed.unshift(entry);
      try {
        grow(sheet, NEW_GRID, plan.size);
        entry.ranges = rangesOf(sheet, plan);
      } catch {
        // Sheets made this sheet smaller than assumed: ask, and grow from what it has.
        grow(sheet, { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() }, plan.size);
        entry.ranges = rangesOf(sheet, plan);
      }
    }
  } catch (error) {
    takeBack(ss, placed);
    explain(book, plans);
    throw error;
  }
  return placed;
}

/** Deletes the sheets just inserted and the rows and columns just added. */
function takeBack(ss: Spreadsheet, placed: readonly Placed[]): void {
  for (const { sheet, grid, added } of placed) {
    if (!grid) ss.deleteSheet(sheet);
    else {
      if (added.rows) sheet.deleteRows(grid.rows + 1, added.rows);
      if (added.cols) sheet.deleteColumns(grid.cols + 1, added.cols);
    }
  }
}

/**
 * After a refusal: when the result needs more cells than the spreadsheet has left, says so with
 * the figures (the grids are asked only now, on this rare path).
 */
function explain(book: Workbook, plans: readonly TablePlan[]): void {
  const used = book.sheets.reduce((t, s) => t + s.grid.rows * s.grid.cols, 0);
  let needed = 0;
  for (const { owned, size } of plans) {
    if (!owned) {
      needed += Math.max(size.rows, NEW_GRID.rows) * Math.max(size.cols, NEW_GRID.cols);
      continue;
    }
    const now = book.withId(owned.id)!.grid;
    needed += Math.max(size.rows, now.rows) * Math.max(size.cols, now.cols) - now.rows * now.cols;
  }
  if (used + needed > CELL_LIMIT) {
    const n = (x: number) => x.toLocaleString('en-US');
    const room = n(Math.max(0, CELL_LIMIT - used));
    fail((w) => w.errors.noRoom(n(needed), room, n(CELL_LIMIT)));
  }
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

const a1 = (row: number, col: number): string => `${columnLetter(col - 1)}${row}`;

/** Puts one planned table on its placed sheet. */
function writeOne({ plan, sheet, grid, ranges }: Placed): void {
  const { table, layout: placed, cells, size } = plan;
  const isNew = grid === undefined;
  // SheetCare's sheet is cut to the table; a new one keeps the rows Sheets gave it.
  if (grid && grid.rows > size.rows) sheet.deleteRows(size.rows + 1, grid.rows - size.rows);
  const block = placed.block;
  const values = placed.values.map((r) => r.map(literal));
  while (values.length < cells.rows) values.push(Array<unknown>(cells.cols).fill(''));
  const [valuesRange, ...more] = ranges;
  valuesRange.setValues(values);
  for (const f of placed.formulas) {
    sheet.getRangeList(f.cells.map(([r, c]) => a1(r, c))).setFormulaR1C1(f.formula);
  }
  // On a sheet of SheetCare's alone the block is the whole range just written.
  const blockRange =
    block.rows === cells.rows && block.cols === cells.cols
      ? valuesRange
      : sheet.getRange(1, 1, block.rows, block.cols);
  const formats = Array.from({ length: block.rows }, (_, r) =>
    Array.from({ length: block.cols }, (_, c) => table.formats[r]?.[c] ?? ''),
  );
  // A new sheet has no formats, no bold and no frozen rows: only what the table sets is set.
  if (!isNew || formats.some((row) => row.some((f) => f !== ''))) {
    blockRange.setNumberFormats(formats);
  }
  const bold = new Set(table.boldRows);
  if (!isNew || bold.size) {
    blockRange.setFontWeights(
      formats.map((row, r) => row.map(() => (bold.has(r) ? 'bold' : 'normal'))),
    );
  }
  if (!isNew || table.frozenRows) sheet.setFrozenRows(table.frozenRows);

  // The user's own rules stay; ours are known by their formulas and replaced.
  const ours = new Set(table.rules.map((r) => r.formula));
  const rules = table.rules.filter((r) => r.needed);
  // A sheet inserted for this run has no rules and no charts yet.
  const existing = isNew ? [] : sheet.getConditionalFormatRules();
  const userRules = existing.filter((rule) => {
    const condition = rule.getBooleanCondition();
    return !(
      condition &&
      String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' &&
      ours.has(String(condition.getCriteriaValues()[0]))
    );
  });
  if (!isNew || rules.length) {
    sheet.setConditionalFormatRules([
      ...userRules,
      ...rules.map((rule) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(rule.background)
          .setRanges(more.splice(0, runs(rule.columns).length))
          .build(),
      ),
    ]);
  }

  // Charts: remove only the ones SheetCare inserted last time.
  const oldCharts = new Set(plan.owned?.mark.charts ?? []);
  const userCharts = new Set<number>();
  for (const chart of isNew ? [] : sheet.getCharts()) {
    const id = chart.getChartId();
    if (id !== null && oldCharts.has(id)) sheet.removeChart(chart);
    else if (id !== null) userCharts.add(id);
  }
  for (const spec of table.charts) {
    let builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
    for (const r of more.splice(0, spec.ranges.length)) builder = builder.addRange(r);
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
  // A sheet just inserted is marked by the name it was given; its id is asked next time.
  const where = plan.owned ? { sheetId: plan.owned.id } : { name: plan.name };
  setMark(sheet, { role: table.role, ...where, block, charts }, plan.owned);
}

/**
 * Writes every planned table, having first made room for all of them; returns the sheet each
 * role was written to. With `show`, the first table's sheet is left active.
 */
export function writePlan(
  ss: Spreadsheet,
  book: Workbook,
  plans: readonly TablePlan[],
  options: { readonly show?: boolean } = {},
): Map<ResultRole, Sheet> {
  const placed = place(ss, book, plans);
  for (const p of placed) writeOne(p);
  // A new sheet becomes the active one: the first table's, when it was inserted (last).
  if (options.show && placed[0].grid) placed[0].sheet.activate();
  return new Map(placed.map((p) => [p.plan.table.role, p.sheet]));
}
