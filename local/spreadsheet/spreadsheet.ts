/**
 * SpreadsheetApp's spreadsheet, as SheetCare uses it: sheets, the cell limit, developer
 * metadata, the time zone and locale
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet).
 */
import { isDate } from '../clock';
import { countCalls, Env, Check, NotInRealApi } from '../env';
import { CELL_LIMIT, key, Stored } from './cells';
import {
  FakeBooleanCondition,
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
} from './conditionalFormat';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import {
  addMetadata,
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  METADATA_CHAR_LIMIT,
  MetadataVisibility,
} from './developerMetadata';
import { FakeRange } from './range';
import { FakeRangeList } from './rangeList';
import { FakeSheet } from './sheet';
import { UiRecord } from './ui';

export class FakeSpreadsheet {
  readonly _sheets: FakeSheet[] = [];
  _active: FakeSheet | undefined;
  readonly _ui = new UiRecord();
  private _nextSheetId = 0;
  _nextMetadataId = 1;
  _nextChartId = 1;

  /** Metadata on the spreadsheet itself (SheetCare's store). */
  readonly _metadata: FakeDeveloperMetadata[] = [];
  _spreadsheet() {
    return this;
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: MetadataVisibility) {
    addMetadata(this._env, this, key, value, visibility);
    return this;
  }
  getDeveloperMetadata() {
    return this._env.realm.array([...this._metadata]);
  }

  _checkMetadataRoom(extra: number): void {
    const used = [this, ...this._sheets].reduce(
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
  /**
   * The grid of a sheet insertSheet makes. Sheets makes 1000 × 26; Google does not document it,
   * so a test may make it another, and SheetCare must work either way.
   */
  _newSheetGrid = { rows: 1000, cols: 26 };
  insertSheet(sheetName?: string, sheetIndex?: number) {
    const name = sheetName ?? `Sheet${this._sheets.length + 1}`;
    const { rows, cols } = this._newSheetGrid;
    const sheet = this._add(name, sheetIndex ?? this._sheets.length, rows, cols);
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
