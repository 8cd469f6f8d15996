/**
 * SpreadsheetApp as SheetCare uses it: spreadsheets, sheets and ranges holding real cell
 * values, with the rules of real Sheets that code most often gets wrong.
 */
import { instantOf, isDate, serialToWall } from './clock';
import { countCalls, Env, NotInRealApi } from './env';
import {
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  METADATA_CHAR_LIMIT,
} from './developerMetadata';
import { formatSheetsDate, formatSheetsNumber, isDateFormat } from './formatDate';
import { fromR1C1, toR1C1 } from './r1c1';

type Stored = string | number | boolean | Date;

/** Sheets' limit on the cells of one spreadsheet. */
export const CELL_LIMIT = 10_000_000;
const MAX_COLUMNS = 18_278;
const key = (r: number, c: number): number => r * MAX_COLUMNS + c;

export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
export const DEFAULT_DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

export class UiRecord {
  readonly menus: { title: string; items: { caption: string; functionName: string }[] }[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly dialogs: { title: string; content: string }[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  /** Buttons the "user" will press at the next alerts, in order; OK by default. */
  readonly answers: string[] = [];
}

/** A1 notation: "B2", "A1:C10", "A:C", "2:5". */
export function parseA1(a1: string): { row: number; col: number; rows?: number; cols?: number } {
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(a1.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found`);
  const colOf = (s: string) =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = m[1] ? colOf(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  if (m[3] === undefined && m[4] === undefined) return { row: r1, col: c1, rows: 1, cols: 1 };
  const c2 = m[3] ? colOf(m[3]) : undefined;
  const r2 = m[4] ? Number(m[4]) : undefined;
  return {
    row: Math.min(r1, r2 ?? r1),
    col: Math.min(c1, c2 ?? c1),
    rows: r2 === undefined ? undefined : Math.abs(r2 - r1) + 1,
    cols: c2 === undefined ? undefined : Math.abs(c2 - c1) + 1,
  };
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface ConditionalRuleData {
  readonly condition: { readonly type: string; readonly values: unknown[] };
  readonly format: { background?: string; fontColor?: string; bold?: boolean };
  readonly ranges: string[];
}

/** A rule's condition, as ConditionalFormatRule.getBooleanCondition() hands it back. */
export class FakeBooleanCondition {
  constructor(
    readonly _env: Env,
    readonly _data: ConditionalRuleData,
  ) {}
  getCriteriaType() {
    return this._data.condition.type;
  }
  getCriteriaValues() {
    return [...this._data.condition.values];
  }
  getBackground() {
    return this._data.format.background ?? null;
  }
  getFontColor() {
    return this._data.format.fontColor ?? null;
  }
  getBold() {
    return this._data.format.bold ?? null;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly _env: Env,
    readonly _data: ConditionalRuleData,
  ) {}
  getRanges() {
    return this._data.ranges;
  }
  getBooleanCondition() {
    return new FakeBooleanCondition(this._env, this._data);
  }
}

export class FakeConditionalFormatRuleBuilder {
  constructor(readonly _env: Env) {}
  private _condition = { type: 'NONE', values: [] as unknown[] };
  private _format: ConditionalRuleData['format'] = {};
  private _ranges: string[] = [];
  private _when(type: string, ...values: unknown[]) {
    this._condition = { type, values };
    return this;
  }
  whenTextEqualTo(text: string) {
    return this._when('TEXT_EQ', text);
  }
  whenTextContains(text: string) {
    return this._when('TEXT_CONTAINS', text);
  }
  whenNumberLessThan(n: number) {
    return this._when('NUMBER_LESS', n);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this._when('NUMBER_LESS_THAN_EQ', n);
  }
  whenNumberGreaterThan(n: number) {
    return this._when('NUMBER_GREATER', n);
  }
  whenFormulaSatisfied(formula: string) {
    return this._when('CUSTOM_FORMULA', formula);
  }
  setBackground(color: string) {
    this._format = { ...this._format, background: color };
    return this;
  }
  setFontColor(color: string) {
    this._format = { ...this._format, fontColor: color };
    return this;
  }
  setBold(bold: boolean) {
    this._format = { ...this._format, bold };
    return this;
  }
  setRanges(ranges: FakeRange[]) {
    this._ranges = ranges.map((r) => `${r._sheet._name}!${r._a1()}`);
    return this;
  }
  build() {
    return new FakeConditionalFormatRule(this._env, {
      condition: this._condition,
      format: this._format,
      ranges: this._ranges,
    });
  }
}

export interface ChartData {
  type: string;
  ranges: string[];
  position: { row: number; col: number };
  options: Record<string, unknown>;
}

export class FakeEmbeddedChart {
  /** Sheets gives a chart its id when it is inserted; a built chart has none. */
  constructor(
    readonly _env: Env,
    readonly _data: ChartData,
    readonly _id: number | null = null,
  ) {}
  getChartId() {
    return this._id;
  }
  getOptions() {
    return { get: (k: string) => this._data.options[k] };
  }
  getRanges() {
    return this._data.ranges;
  }
}

export class FakeEmbeddedChartBuilder {
  constructor(readonly _env: Env) {}
  private _data: ChartData = {
    type: 'COLUMN',
    ranges: [],
    position: { row: 1, col: 1 },
    options: {},
  };
  setChartType(type: string) {
    this._data.type = type;
    return this;
  }
  addRange(range: FakeRange) {
    this._data.ranges.push(`${range._sheet._name}!${range._a1()}`);
    return this;
  }
  setPosition(row: number, col: number, _offsetX: number, _offsetY: number) {
    this._data.position = { row, col };
    return this;
  }
  setOption(option: string, value: unknown) {
    this._data.options[option] = value;
    return this;
  }
  build() {
    return new FakeEmbeddedChart(this._env, {
      ...this._data,
      ranges: [...this._data.ranges],
      options: { ...this._data.options },
    });
  }
}

export const Charts = {
  ChartType: {
    AREA: 'AREA',
    BAR: 'BAR',
    COLUMN: 'COLUMN',
    COMBO: 'COMBO',
    LINE: 'LINE',
    PIE: 'PIE',
    SCATTER: 'SCATTER',
    TABLE: 'TABLE',
  },
};

export class FakeSheet {
  _rows: (Stored | undefined)[][] = [];
  readonly _formulas = new Map<number, string>();
  readonly _formats = new Map<number, string>();
  readonly _backgrounds = new Map<number, string>();
  readonly _fontWeights = new Map<number, string>();
  readonly _fontColors = new Map<number, string>();
  _frozenRows = 0;
  _frozenColumns = 0;
  _rules: FakeConditionalFormatRule[] = [];
  _charts: FakeEmbeddedChart[] = [];
  readonly _metadata: FakeDeveloperMetadata[] = [];
  readonly _columnWidths = new Map<number, number>();

  constructor(
    readonly _env: Env,
    readonly _parent: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
    public _maxRows = 1000,
    public _maxCols = 26,
  ) {}

  /** The last row and column holding a value or a formula (0 when empty). */
  _extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this._rows.forEach((row, r) => {
      if (!row) return;
      for (let c = row.length - 1; c >= 0; c--) {
        if (row[c] !== undefined && row[c] !== '') {
          rows = r + 1;
          cols = Math.max(cols, c + 1);
          break;
        }
      }
    });
    for (const k of this._formulas.keys()) {
      rows = Math.max(rows, Math.floor(k / MAX_COLUMNS) + 1);
      cols = Math.max(cols, (k % MAX_COLUMNS) + 1);
    }
    return { rows, cols };
  }

  _grow(rows: number, cols: number): void {
    const extra = (rows - this._maxRows) * this._maxCols + (cols - this._maxCols) * rows;
    if (extra > 0 && this._parent._cellCount() + extra > CELL_LIMIT) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
    this._maxRows = Math.max(this._maxRows, rows);
    this._maxCols = Math.max(this._maxCols, cols);
  }

  _range(row: number, col: number, rows = 1, cols = 1): FakeRange {
    for (const [v, what] of [
      [row, 'row'],
      [col, 'column'],
    ] as const) {
      if (!Number.isInteger(v) || v < 1)
        throw new Error(`Cannot find method getRange: the starting ${what} ${v} is invalid.`);
    }
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + rows - 1 > this._maxRows || col + cols - 1 > this._maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this._env, this, row, col, rows, cols);
  }

  getName() {
    return this._name;
  }
  setName(name: string) {
    if (
      this._parent._sheets.some((s) => s !== this && s._name.toLowerCase() === name.toLowerCase())
    ) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this._name = name;
    return this;
  }
  getSheetId() {
    return this._id;
  }
  getIndex() {
    return this._parent._sheets.indexOf(this) + 1;
  }
  getParent() {
    return this._parent;
  }
  activate() {
    this._parent._active = this;
    return this;
  }
  getLastRow() {
    return this._extent().rows;
  }
  getLastColumn() {
    return this._extent().cols;
  }
  getMaxRows() {
    return this._maxRows;
  }
  getMaxColumns() {
    return this._maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this._grow(this._maxRows + howMany, this._maxCols);
    if (afterPosition < this._rows.length) {
      const blank: (Stored | undefined)[][] = Array.from({ length: howMany }, () => []);
      this._rows = [
        ...this._rows.slice(0, afterPosition),
        ...blank,
        ...this._rows.slice(afterPosition),
      ];
    }
    this._shiftKeys(afterPosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this._grow(this._maxRows, this._maxCols + howMany);
    this._shiftColumns(afterPosition, howMany);
    return this;
  }
  insertColumnsBefore(columnIndex: number, howMany: number) {
    return this.insertColumnsAfter(columnIndex - 1, howMany);
  }
  deleteColumns(columnPosition: number, howMany: number) {
    if (howMany >= this._maxCols) {
      throw new Error("You can't delete all the columns on the sheet.");
    }
    this._shiftColumns(columnPosition - 1 + howMany, -howMany);
    this._maxCols -= howMany;
  }
  deleteRows(rowPosition: number, howMany: number) {
    if (howMany >= this._maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this._rows.splice(rowPosition - 1, howMany);
    this._maxRows -= howMany;
    this._shiftKeys(rowPosition - 1, -howMany);
  }
  getRange(a: number | string, col?: number, rows?: number, cols?: number) {
    if (typeof a === 'string') {
      const p = parseA1(a);
      return this._range(
        p.row,
        p.col,
        p.rows ?? this._maxRows - p.row + 1,
        p.cols ?? this._maxCols - p.col + 1,
      );
    }
    return this._range(a, col as number, rows ?? 1, cols ?? 1);
  }
  getDataRange() {
    const { rows, cols } = this._extent();
    return this._range(1, 1, Math.max(rows, 1), Math.max(cols, 1));
  }
  appendRow(rowContents: unknown[]) {
    const row = this._extent().rows + 1;
    this._grow(Math.max(this._maxRows, row), Math.max(this._maxCols, rowContents.length));
    this._range(row, 1, 1, rowContents.length)._write([rowContents]);
    return this;
  }
  clear() {
    this._rows = [];
    this._formulas.clear();
    for (const m of [this._formats, this._backgrounds, this._fontWeights, this._fontColors])
      m.clear();
    this._rules = [];
    return this;
  }
  clearContents() {
    this._rows = [];
    this._formulas.clear();
    return this;
  }
  clearFormats() {
    for (const m of [this._formats, this._backgrounds, this._fontWeights, this._fontColors])
      m.clear();
    return this;
  }
  setFrozenRows(rows: number) {
    this._frozenRows = rows;
  }
  getFrozenRows() {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number) {
    this._frozenColumns = columns;
  }
  getFrozenColumns() {
    return this._frozenColumns;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number) {
    return this;
  }
  setColumnWidth(columnPosition: number, width: number) {
    this._columnWidths.set(columnPosition, width);
    return this;
  }
  setTabColor(_color: string | null) {
    return this;
  }
  newChart() {
    return new FakeEmbeddedChartBuilder(this._env);
  }
  insertChart(chart: FakeEmbeddedChart) {
    this._charts.push(new FakeEmbeddedChart(this._env, chart._data, this._parent._nextChartId++));
  }
  getCharts() {
    return [...this._charts];
  }
  removeChart(chart: FakeEmbeddedChart) {
    this._charts = this._charts.filter((c) => c !== chart);
  }
  addDeveloperMetadata(key: string, value?: string) {
    this._parent._checkMetadataRoom(key.length + (value ?? '').length);
    this._metadata.push(
      new FakeDeveloperMetadata(
        this._env,
        this,
        this._parent._nextMetadataId++,
        key,
        value ?? null,
      ),
    );
    return this;
  }
  getDeveloperMetadata() {
    return this._env.realm.array([...this._metadata]);
  }
  getRangeList(a1Notations: string[]) {
    return new FakeRangeList(
      this._env,
      a1Notations.map((a) => this.getRange(a) as FakeRange),
    );
  }
  getConditionalFormatRules() {
    return [...this._rules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]) {
    this._rules = [...rules];
  }

  /**
   * Moves cells at or right of fromCol (0-based) by delta columns; a negative delta deletes
   * the columns just left of fromCol. Formulas keep their text: the stand-in does not rewrite
   * references, so tests that move columns assert values, not formulas.
   */
  _shiftColumns(fromCol: number, delta: number): void {
    for (const row of this._rows) {
      if (!row) continue;
      if (delta > 0) row.splice(fromCol, 0, ...Array<undefined>(delta).fill(undefined));
      else row.splice(fromCol + delta, -delta);
    }
    this._moveKeys((k) => {
      const c = k % MAX_COLUMNS;
      if (c < fromCol + Math.min(delta, 0)) return k;
      return c >= fromCol ? k + delta : undefined;
    });
  }

  /** Re-keys every per-cell map (formulas, formats…); undefined drops the cell. */
  _moveKeys(to: (k: number) => number | undefined): void {
    for (const m of [
      this._formulas,
      this._formats,
      this._backgrounds,
      this._fontWeights,
      this._fontColors,
    ] as Map<number, string>[]) {
      const moved = [...m.entries()];
      m.clear();
      for (const [k, v] of moved) {
        const next = to(k);
        if (next !== undefined) m.set(next, v);
      }
    }
  }

  /** Moves per-cell formulas and formats at or below fromRow by delta rows (negative: deleted). */
  _shiftKeys(fromRow: number, delta: number): void {
    this._moveKeys((k) => {
      const r = Math.floor(k / MAX_COLUMNS);
      if (r < fromRow) return k;
      return delta > 0 || r >= fromRow - delta ? k + delta * MAX_COLUMNS : undefined;
    });
  }
}

/**
 * How Sheets takes a value written by setValue(s): the way it takes typing. A leading
 * apostrophe forces text, a leading = makes a formula, and text that looks like a number,
 * a percentage or a date becomes one.
 */
function interpret(v: unknown, tz: string): { value?: Stored; formula?: string; format?: string } {
  if (v === null || v === undefined || v === '') return {};
  if (isDate(v)) return { value: new Date(v.getTime()), format: DEFAULT_DATE_FORMAT };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { formula: s };
  const t = s.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(t))
    return { value: Number(t.replace(/,/g, '')) };
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, format: '0%' };
  const d = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (d) {
    const [y, mo, day, h, mi, sec] = d.slice(1).map((x) => Number(x ?? 0));
    const local = Date.UTC(y, mo - 1, day, h, mi, sec);
    if (new Date(local).getUTCDate() === day) {
      return {
        value: new Date(instantOf(tz, local)),
        format: d[4] ? DEFAULT_DATETIME_FORMAT : DEFAULT_DATE_FORMAT,
      };
    }
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  return { value: s };
}

export class FakeRange {
  constructor(
    readonly _env: Env,
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {}

  _a1(): string {
    const start = `${columnLetter(this._col)}${this._row}`;
    if (this._rows === 1 && this._cols === 1) return start;
    return `${start}:${columnLetter(this._col + this._cols - 1)}${this._row + this._rows - 1}`;
  }

  _map<T>(f: (r: number, c: number) => T): T[][] {
    const realm = this._env.realm;
    const out: T[][] = [];
    for (let r = 0; r < this._rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._cols; c++) row.push(f(this._row - 1 + r, this._col - 1 + c));
      out.push(realm.array(row));
    }
    return realm.array(out);
  }

  _checkShape(values: unknown[][]): void {
    if (!Array.isArray(values) || values.length !== this._rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this._rows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this._cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this._cols}.`,
        );
      }
    }
  }

  /** The value Apps Script hands back: Dates in the script's realm, "" for empty. */
  _valueAt(r: number, c: number): unknown {
    const v = this._sheet._rows[r]?.[c];
    if (v === undefined) return '';
    if (v instanceof Date) return new this._env.realm.Date(v.getTime());
    const format = this._sheet._formats.get(key(r, c));
    if (typeof v === 'number' && format && isDateFormat(format)) {
      const tz = this._sheet._parent._tz;
      return new this._env.realm.Date(instantOf(tz, serialToWall(v)));
    }
    return v;
  }

  _displayAt(r: number, c: number): string {
    const v = this._sheet._rows[r]?.[c];
    if (v === undefined) return '';
    const format = this._sheet._formats.get(key(r, c)) ?? '';
    const tz = this._sheet._parent._tz;
    if (v instanceof Date)
      return formatSheetsDate(
        v.getTime(),
        tz,
        format && isDateFormat(format) ? format : DEFAULT_DATE_FORMAT,
      );
    if (typeof v === 'number') {
      if (format && isDateFormat(format))
        return formatSheetsDate(instantOf(tz, serialToWall(v)), tz, format);
      return formatSheetsNumber(v, format);
    }
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return v;
  }

  _set(r: number, c: number, value: Stored | undefined): void {
    const rows = this._sheet._rows;
    while (rows.length <= r) rows.push([]);
    const row = (rows[r] ??= []);
    row[c] = value;
  }

  /** Writes as a user would type, each cell by Sheets' rules; shared by setValue(s). */
  _write(values: unknown[][]): void {
    const tz = this._sheet._parent._tz;
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values[i].length; j++) {
        const r = this._row - 1 + i;
        const c = this._col - 1 + j;
        const got = interpret(values[i][j], tz);
        const k = key(r, c);
        if (got.formula) {
          this._sheet._formulas.set(k, got.formula);
          // The stand-in stores formulas but does not compute them: their value reads blank.
          this._set(r, c, undefined);
        } else {
          this._sheet._formulas.delete(k);
          this._set(r, c, got.value);
        }
        if (got.format && !this._sheet._formats.has(k)) this._sheet._formats.set(k, got.format);
      }
    }
  }

  _setAll(map: Map<number, string>, values: (string | null)[][]): void {
    for (let i = 0; i < this._rows; i++) {
      for (let j = 0; j < this._cols; j++) {
        const k = key(this._row - 1 + i, this._col - 1 + j);
        const v = values[i][j];
        if (v === null || v === '') map.delete(k);
        else map.set(k, v);
      }
    }
  }

  _fill(value: string | null): (string | null)[][] {
    return Array.from({ length: this._rows }, () => Array<string | null>(this._cols).fill(value));
  }

  getValues() {
    return this._map((r, c) => this._valueAt(r, c));
  }
  getValue() {
    return this._valueAt(this._row - 1, this._col - 1);
  }
  getDisplayValues() {
    return this._map((r, c) => this._displayAt(r, c));
  }
  getDisplayValue() {
    return this._displayAt(this._row - 1, this._col - 1);
  }
  setValues(values: unknown[][]) {
    this._checkShape(values);
    this._write(values);
    return this;
  }
  setValue(value: unknown) {
    this._range1()._write([[value]]);
    return this;
  }
  getFormulas() {
    return this._map((r, c) => this._sheet._formulas.get(key(r, c)) ?? '');
  }
  getFormulasR1C1() {
    return this._map((r, c) => {
      const f = this._sheet._formulas.get(key(r, c));
      return f ? toR1C1(f, r + 1, c + 1) : '';
    });
  }
  getFormulaR1C1() {
    return this._range1().getFormulasR1C1()[0][0];
  }
  /** One R1C1 formula as each cell of the range holds it in A1. */
  _a1Formulas(formula: string): string[][] {
    return Array.from({ length: this._rows }, (_, i) =>
      Array.from({ length: this._cols }, (_, j) => fromR1C1(formula, this._row + i, this._col + j)),
    );
  }
  _same(v: unknown): unknown[][] {
    return Array.from({ length: this._rows }, () => Array<unknown>(this._cols).fill(v));
  }
  setFormulaR1C1(formula: string) {
    this._write(this._a1Formulas(formula));
    return this;
  }
  setFormulasR1C1(formulas: string[][]) {
    this._checkShape(formulas);
    this._write(
      formulas.map((row, i) => row.map((f, j) => fromR1C1(f, this._row + i, this._col + j))),
    );
    return this;
  }
  getFormula() {
    return this._sheet._formulas.get(key(this._row - 1, this._col - 1)) ?? '';
  }
  setFormula(formula: string) {
    this._range1()._write([[formula.startsWith('=') ? formula : `=${formula}`]]);
    return this;
  }
  setFormulas(formulas: string[][]) {
    this._checkShape(formulas);
    this._write(formulas);
    return this;
  }
  getNumberFormats() {
    return this._map((r, c) => this._sheet._formats.get(key(r, c)) ?? '');
  }
  getNumberFormat() {
    return this._sheet._formats.get(key(this._row - 1, this._col - 1)) ?? '';
  }
  setNumberFormat(numberFormat: string) {
    this._setAll(this._sheet._formats, this._fill(numberFormat));
    return this;
  }
  setNumberFormats(numberFormats: string[][]) {
    this._checkShape(numberFormats);
    this._setAll(this._sheet._formats, numberFormats);
    return this;
  }
  getBackgrounds() {
    return this._map((r, c) => this._sheet._backgrounds.get(key(r, c)) ?? '#ffffff');
  }
  getBackground() {
    return this._sheet._backgrounds.get(key(this._row - 1, this._col - 1)) ?? '#ffffff';
  }
  setBackground(color: string | null) {
    this._setAll(this._sheet._backgrounds, this._fill(color));
    return this;
  }
  setBackgrounds(color: (string | null)[][]) {
    this._checkShape(color);
    this._setAll(this._sheet._backgrounds, color);
    return this;
  }
  getFontWeights() {
    return this._map((r, c) => this._sheet._fontWeights.get(key(r, c)) ?? 'normal');
  }
  setFontWeight(fontWeight: string | null) {
    this._setAll(this._sheet._fontWeights, this._fill(fontWeight));
    return this;
  }
  setFontWeights(fontWeights: (string | null)[][]) {
    this._checkShape(fontWeights);
    this._setAll(this._sheet._fontWeights, fontWeights);
    return this;
  }
  getFontColors() {
    return this._map((r, c) => this._sheet._fontColors.get(key(r, c)) ?? '#000000');
  }
  setFontColor(color: string | null) {
    this._setAll(this._sheet._fontColors, this._fill(color));
    return this;
  }
  setHorizontalAlignment(_alignment: string | null) {
    return this;
  }
  setWrap(_isWrapEnabled: boolean) {
    return this;
  }
  clear() {
    this.clearContent();
    for (const m of [
      this._sheet._formats,
      this._sheet._backgrounds,
      this._sheet._fontWeights,
      this._sheet._fontColors,
    ]) {
      this._setAll(m, this._fill(null));
    }
    return this;
  }
  clearContent() {
    for (let i = 0; i < this._rows; i++) {
      for (let j = 0; j < this._cols; j++) {
        this._set(this._row - 1 + i, this._col - 1 + j, undefined);
        this._sheet._formulas.delete(key(this._row - 1 + i, this._col - 1 + j));
      }
    }
    return this;
  }
  getRow() {
    return this._row;
  }
  getColumn() {
    return this._col;
  }
  getLastRow() {
    return this._row + this._rows - 1;
  }
  getLastColumn() {
    return this._col + this._cols - 1;
  }
  getNumRows() {
    return this._rows;
  }
  getNumColumns() {
    return this._cols;
  }
  getA1Notation() {
    return this._a1();
  }
  getSheet() {
    return this._sheet;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    return this._sheet._range(
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._rows,
      numColumns ?? this._cols,
    );
  }

  _range1(): FakeRange {
    return new FakeRange(this._env, this._sheet, this._row, this._col, 1, 1);
  }
}

/** Several ranges of one sheet, for one call over all of them. */
export class FakeRangeList {
  constructor(
    readonly _env: Env,
    readonly _ranges: FakeRange[],
  ) {}
  getRanges() {
    return this._env.realm.array([...this._ranges]);
  }
  setFormulaR1C1(formula: string) {
    for (const r of this._ranges) r._write(r._a1Formulas(formula));
    return this;
  }
  setFormula(formula: string) {
    for (const r of this._ranges) r._write(r._same(formula));
    return this;
  }
  setValue(value: unknown) {
    for (const r of this._ranges) r._write(r._same(value));
    return this;
  }
}

export class FakeSpreadsheet {
  readonly _sheets: FakeSheet[] = [];
  _active: FakeSheet | undefined;
  readonly _ui = new UiRecord();
  private _nextSheetId = 0;
  _nextMetadataId = 1;
  _nextChartId = 1;

  _checkMetadataRoom(extra: number): void {
    const used = this._sheets.reduce(
      (n, s) => n + s._metadata.reduce((m, d) => m + d._key.length + (d._value ?? '').length, 0),
      0,
    );
    if (used + extra > METADATA_CHAR_LIMIT) {
      throw new Error(
        `Developer metadata in this spreadsheet would exceed the limit of ${METADATA_CHAR_LIMIT} characters.`,
      );
    }
  }
  createDeveloperMetadataFinder() {
    return new FakeDeveloperMetadataFinder(this._env, this);
  }

  constructor(
    readonly _env: Env,
    public _name = 'Untitled spreadsheet',
    public _tz = 'Asia/Shanghai',
    public _locale = 'zh_CN',
    readonly _id = 'stand-in-spreadsheet',
  ) {}

  _cellCount(): number {
    return this._sheets.reduce((n, s) => n + s._maxRows * s._maxCols, 0);
  }

  /** Adds a sheet with stored values as a file import would, bypassing typed-input rules. */
  _load(name: string, rows: unknown[][], formats?: (string | undefined)[][]): FakeSheet {
    const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
    // A new sheet's grid is 1000 × 26; a file too big for that gets just the columns it has,
    // as Sheets' import does, so large files stay within the cell limit.
    const gridRows = Math.max(rows.length, 1000);
    const gridCols = this._cellCount() + gridRows * 26 <= CELL_LIMIT ? Math.max(width, 26) : width;
    const sheet = this._add(name, this._sheets.length, gridRows, gridCols);
    sheet._rows = rows.map((r) =>
      r.map((v) =>
        v === '' || v === null || v === undefined
          ? undefined
          : isDate(v)
            ? new Date(v.getTime())
            : (v as Stored),
      ),
    );
    formats?.forEach((r, i) => r.forEach((f, j) => f && sheet._formats.set(key(i, j), f)));
    return sheet;
  }

  _add(name: string, index: number, rows = 1000, cols = 26): FakeSheet {
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (this._cellCount() + rows * cols > CELL_LIMIT) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
    const sheet = new FakeSheet(this._env, this, name, this._nextSheetId++, rows, cols);
    this._sheets.splice(Math.min(index, this._sheets.length), 0, sheet);
    this._active ??= sheet;
    return sheet;
  }

  getId() {
    return this._id;
  }
  getName() {
    return this._name;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this._tz;
  }
  setSpreadsheetTimeZone(timezone: string) {
    this._tz = timezone;
  }
  getSpreadsheetLocale() {
    return this._locale;
  }
  getSheets() {
    return [...this._sheets];
  }
  getSheetByName(name: string) {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getActiveSheet() {
    if (!this._active) this._add('Sheet1', 0);
    return this._active as FakeSheet;
  }
  setActiveSheet(sheet: FakeSheet) {
    this._active = sheet;
    return sheet;
  }
  insertSheet(sheetName?: string, sheetIndex?: number) {
    const name = sheetName ?? `Sheet${this._sheets.length + 1}`;
    const sheet = this._add(name, sheetIndex ?? this._sheets.length);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    if (this._sheets.length === 1)
      throw new Error("You can't remove all the sheets in a document.");
    this._sheets.splice(this._sheets.indexOf(sheet), 1);
    if (this._active === sheet) this._active = this._sheets[0];
  }
  getRange(a1Notation: string) {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(a1Notation);
    const sheet = m
      ? this.getSheetByName((m[1] ?? m[2]).replace(/''/g, "'"))
      : this.getActiveSheet();
    if (!sheet) throw new Error('Range not found');
    return sheet.getRange(m ? m[3] : a1Notation);
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number) {
    this._ui.toasts.push({ message: msg, title: title ?? '' });
  }
}

// Compile-time: the stand-in offers no method the real service lacks.
type Check<T extends never> = T;
export type _SheetsChecks = [
  Check<NotInRealApi<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  Check<NotInRealApi<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet>>,
  Check<NotInRealApi<FakeRange, GoogleAppsScript.Spreadsheet.Range>>,
  Check<NotInRealApi<FakeEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>>,
  Check<NotInRealApi<FakeEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>>,
  Check<
    NotInRealApi<
      FakeConditionalFormatRuleBuilder,
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
    >
  >,
  Check<
    NotInRealApi<FakeConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>
  >,
  Check<NotInRealApi<FakeBooleanCondition, GoogleAppsScript.Spreadsheet.BooleanCondition>>,
  Check<NotInRealApi<FakeRangeList, GoogleAppsScript.Spreadsheet.RangeList>>,
];

countCalls(FakeSpreadsheet, 'Spreadsheet');
countCalls(FakeSheet, 'Sheet');
countCalls(FakeRange, 'Range');
countCalls(FakeRangeList, 'RangeList');
countCalls(FakeBooleanCondition, 'BooleanCondition');
countCalls(FakeConditionalFormatRule, 'ConditionalFormatRule');
countCalls(FakeEmbeddedChart, 'EmbeddedChart');
