/**
 * A range of cells: values as Apps Script hands them (Dates in the script's realm, "" for
 * empty), writes as typed input, formats, formulas in A1 and R1C1
 * (https://developers.google.com/apps-script/reference/spreadsheet/range).
 */
import { instantOf, serialToWall } from '../clock';
import { countCalls, Env } from '../env';
import { formatSheetsDate, formatSheetsNumber, isDateFormat } from '../formatDate';
import { columnLetter } from './a1';
import { DEFAULT_DATE_FORMAT, interpret, key, Stored } from './cells';
import { fromR1C1, toR1C1 } from './r1c1';
import type { FakeSheet } from './sheet';

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
    const copy = values.map((r) => [...r]);
    this._env.defer(() => this._write(copy));
    return this;
  }
  setValue(value: unknown) {
    const cell = this._range1();
    this._env.defer(() => cell._write([[value]]));
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
  /**
   * Checkboxes in every cell, all unchecked: the page says it "sets the value of all cells in
   * the range to false" (https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes).
   */
  insertCheckboxes() {
    this._write(this._map(() => false));
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

countCalls(FakeRange, 'Range');
