/**
 * A sheet: its grid (which grows and shrinks), its cells, rules, charts and developer metadata
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet).
 */
import { countCalls, Env } from '../env';
import { parseA1 } from './a1';
import { CELL_LIMIT, MAX_COLUMNS, Stored } from './cells';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import { FakeConditionalFormatRule } from './conditionalFormat';
import { addMetadata, FakeDeveloperMetadata, MetadataVisibility } from './developerMetadata';
import { FakeRange } from './range';
import { FakeRangeList } from './rangeList';
import { FakeProtection } from './protection';
import type { FakeSpreadsheet } from './spreadsheet';

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
  /** The form whose responses land here, if any. */
  _formUrl: string | null = null;
  readonly _columnWidths = new Map<number, number>();
  _hidden = false;
  _protection: FakeProtection | undefined;

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
  hideSheet() {
    this._hidden = true;
    return this;
  }
  showSheet() {
    this._hidden = false;
    return this;
  }
  isSheetHidden() {
    return this._hidden;
  }
  /** The sheet's one protection: protecting it again returns the same. */
  protect() {
    this._protection ??= new FakeProtection(this._env, this);
    return this._protection;
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
  deleteRow(rowPosition: number) {
    this._deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number) {
    this._deleteRows(rowPosition, howMany);
  }
  _deleteRows(rowPosition: number, howMany: number) {
    if (howMany >= this._maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this._rows.splice(rowPosition - 1, howMany);
    this._maxRows -= howMany;
    this._shiftKeys(rowPosition - 1, -howMany);
  }
  getRange(a: number | string, col?: number, rows?: number, cols?: number) {
    if (typeof a === 'string') return this._a1Range(a);
    return this._range(a, col as number, rows ?? 1, cols ?? 1);
  }
  /** A range by A1 notation, without a call of its own (a range list's ranges are one call). */
  _a1Range(a1: string): FakeRange {
    const p = parseA1(a1);
    return this._range(
      p.row,
      p.col,
      p.rows ?? this._maxRows - p.row + 1,
      p.cols ?? this._maxCols - p.col + 1,
    );
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
  /**
   * A copy in the same spreadsheet, named "Copy of …", as the user's Duplicate makes. Whether
   * Sheets copies a sheet's developer metadata is not documented: the copy carries it here,
   * the worse case for telling SheetCare's sheet from the user's copy.
   */
  copyTo(spreadsheet: FakeSpreadsheet) {
    if (spreadsheet !== this._parent)
      throw new Error('The stand-in copies a sheet within its spreadsheet.');
    const taken = (n: string) =>
      spreadsheet._sheets.some((x) => x._name.toLowerCase() === n.toLowerCase());
    let name = `Copy of ${this._name}`;
    for (let n = 2; taken(name); n++) name = `Copy of ${this._name} ${n}`;
    const copy = spreadsheet._add(name, spreadsheet._sheets.length, this._maxRows, this._maxCols);
    copy._rows = this._rows.map((r) => (r ? [...r] : r));
    for (const m of [
      '_formulas',
      '_formats',
      '_backgrounds',
      '_fontWeights',
      '_fontColors',
    ] as const) {
      for (const [k, v] of this[m]) copy[m].set(k, v);
    }
    copy._frozenRows = this._frozenRows;
    copy._frozenColumns = this._frozenColumns;
    copy._rules = [...this._rules];
    copy._charts = this._charts.map(
      (c) => new FakeEmbeddedChart(this._env, c._data, spreadsheet._nextChartId++),
    );
    for (const m of this._metadata) {
      copy._metadata.push(
        new FakeDeveloperMetadata(
          this._env,
          copy,
          spreadsheet._nextMetadataId++,
          m._key,
          m._value,
          m._visibility,
        ),
      );
    }
    return copy;
  }
  _spreadsheet() {
    return this._parent;
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: MetadataVisibility) {
    addMetadata(this._env, this, key, value, visibility);
    return this;
  }
  getDeveloperMetadata() {
    return this._env.realm.array([...this._metadata]);
  }
  getFormUrl() {
    return this._formUrl;
  }
  getRangeList(a1Notations: string[]) {
    return new FakeRangeList(
      this._env,
      a1Notations.map((a) => this._a1Range(a)),
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

countCalls(FakeSheet, 'Sheet');
