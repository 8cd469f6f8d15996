/**
 * FormApp, the part surveys and unsubscribe links need
 * (https://developers.google.com/apps-script/reference/forms/form-app,
 * https://developers.google.com/apps-script/reference/forms/form,
 * https://developers.google.com/apps-script/reference/forms/form-response):
 * scale, multiple-choice, grid, text and paragraph items; a linked responses sheet made as
 * Sheets makes it (https://support.google.com/docs/answer/2917686: a timestamp column, then
 * one column per question title, a grid as one column per row, "Title [Row]"); forms made
 * by a script start unpublished and an unpublished form takes no response
 * (https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean));
 * prefilled URLs. A respondent's submission is the stand-in's `submit` helper, which appends
 * the row and lets the runner fire the form-submit trigger.
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import type { FakeSheet } from '../spreadsheet/sheet';

export type ItemKind = 'SCALE' | 'MULTIPLE_CHOICE' | 'GRID' | 'TEXT' | 'PARAGRAPH_TEXT';

export class FakeTextValidation {
  constructor(
    readonly _env: Env,
    readonly _check: (answer: string) => boolean,
    readonly _help: string,
  ) {}
}

export class FakeTextValidationBuilder {
  private _check: (answer: string) => boolean = () => true;
  private _help = '';
  constructor(readonly _env: Env) {}
  requireNumber() {
    this._check = (a) => a.trim() !== '' && Number.isFinite(Number(a));
    return this;
  }
  requireNumberBetween(start: number, end: number) {
    this._check = (a) => a.trim() !== '' && Number(a) >= start && Number(a) <= end;
    return this;
  }
  requireTextMatchesPattern(pattern: string) {
    this._check = (a) => new RegExp(`^(?:${pattern})$`).test(a);
    return this;
  }
  requireTextIsEmail() {
    this._check = (a) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a);
    return this;
  }
  setHelpText(text: string) {
    this._help = text;
    return this;
  }
  build() {
    return new FakeTextValidation(this._env, this._check, this._help);
  }
}

export class FakeItemResponse {
  constructor(
    readonly _env: Env,
    readonly _item: FakeItem,
    readonly _answer: unknown,
  ) {}
  getItem() {
    return this._item;
  }
  getResponse() {
    return this._answer;
  }
}

/** One class for every item kind: the as…Item casts hand back the same object. */
export class FakeItem {
  _title = '';
  _help = '';
  _required = false;
  _choices: string[] = [];
  _rows: string[] = [];
  _columns: string[] = [];
  _bounds: [number, number] = [1, 5];
  _labels: [string, string] = ['', ''];
  _validation: FakeTextValidation | undefined;
  constructor(
    readonly _env: Env,
    readonly _form: FakeForm,
    readonly _kind: ItemKind,
    readonly _id: number,
  ) {}
  getId() {
    return this._id;
  }
  getType() {
    return this._kind;
  }
  getTitle() {
    return this._title;
  }
  setTitle(title: string) {
    this._title = title;
    this._form._columnsChanged();
    return this;
  }
  getHelpText() {
    return this._help;
  }
  setHelpText(text: string) {
    this._help = text;
    return this;
  }
  isRequired() {
    return this._required;
  }
  setRequired(enabled: boolean) {
    this._required = enabled;
    return this;
  }
  setChoiceValues(values: string[]) {
    this._choices = [...values];
    return this;
  }
  setBounds(lower: number, upper: number) {
    // scale-item#setBounds: the lower bound is 0 or 1, the upper 3 to 10.
    if (![0, 1].includes(lower) || upper < 3 || upper > 10) {
      throw new Error('Invalid argument: bounds');
    }
    this._bounds = [lower, upper];
    return this;
  }
  getLowerBound() {
    return this._bounds[0];
  }
  getUpperBound() {
    return this._bounds[1];
  }
  setLabels(lower: string, upper: string) {
    this._labels = [lower, upper];
    return this;
  }
  setRows(rows: string[]) {
    this._rows = [...rows];
    this._form._columnsChanged();
    return this;
  }
  setColumns(columns: string[]) {
    this._columns = [...columns];
    return this;
  }
  setValidation(validation: FakeTextValidation) {
    this._validation = validation;
    return this;
  }
  asScaleItem() {
    return this._as('SCALE');
  }
  asMultipleChoiceItem() {
    return this._as('MULTIPLE_CHOICE');
  }
  asGridItem() {
    return this._as('GRID');
  }
  asTextItem() {
    return this._as('TEXT');
  }
  asParagraphTextItem() {
    return this._as('PARAGRAPH_TEXT');
  }
  createResponse(response: unknown) {
    this._check(response);
    return new FakeItemResponse(this._env, this, response);
  }
  _as(kind: ItemKind): FakeItem {
    if (this._kind !== kind) throw new Error(`Item ${this._id} is not a ${kind} item.`);
    return this;
  }
  /** The responses sheet's column titles for this item. */
  _headers(): string[] {
    if (this._title === '') return [];
    return this._kind === 'GRID' ? this._rows.map((r) => `${this._title} [${r}]`) : [this._title];
  }
  /** Refuses an answer the form would not take, naming the question. */
  _check(answer: unknown): void {
    const bad = (why: string) => {
      throw new Error(`Invalid response to "${this._title}": ${why}`);
    };
    switch (this._kind) {
      case 'SCALE': {
        const n = Number(answer);
        if (!Number.isInteger(n) || n < this._bounds[0] || n > this._bounds[1]) {
          bad(`${String(answer)} is outside ${this._bounds[0]}–${this._bounds[1]}`);
        }
        break;
      }
      case 'MULTIPLE_CHOICE':
        if (!this._choices.includes(String(answer))) bad(`"${String(answer)}" is not a choice`);
        break;
      case 'GRID': {
        const answers = answer as unknown[];
        if (!Array.isArray(answers) || answers.length !== this._rows.length) {
          bad(`a grid takes one answer per row (${this._rows.length})`);
        }
        for (const a of answers) {
          if (a !== null && a !== '' && !this._columns.includes(String(a))) {
            bad(`"${String(a)}" is not a column`);
          }
        }
        break;
      }
      default:
        if (this._validation && !this._validation._check(String(answer))) {
          bad(this._validation._help || 'it does not pass the question’s validation');
        }
    }
  }
}

export class FakeFormResponse {
  readonly _answers = new Map<number, FakeItemResponse>();
  constructor(
    readonly _env: Env,
    readonly _form: FakeForm,
  ) {}
  withItemResponse(response: FakeItemResponse) {
    this._answers.set(response._item._id, response);
    return this;
  }
  getItemResponses() {
    return [...this._answers.values()];
  }
  /** A link that opens the form with these answers filled in (form-response#toPrefilledUrl()). */
  toPrefilledUrl() {
    const q = [...this._answers.values()]
      .flatMap((r) =>
        r._item._kind === 'GRID'
          ? (r._answer as unknown[]).map(
              (a, i) => `entry.${r._item._id}_${i}=${encodeURIComponent(String(a ?? ''))}`,
            )
          : [`entry.${r._item._id}=${encodeURIComponent(String(r._answer))}`],
      )
      .join('&');
    return `${this._form.getPublishedUrl().replace(/\/viewform$/, '/viewform?usp=pp_url')}&${q}`;
  }
  submit() {
    // A response submitted by a script does not fire form-submit triggers
    // (https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
    this._form._record(this, this._env.now());
    return this;
  }
}

export class FakeForm {
  _title: string;
  _description = '';
  _confirmation = '';
  _published = false;
  readonly _items: FakeItem[] = [];
  _destination: FakeSheet | undefined;
  private _columns: string[] = [];
  constructor(
    readonly _env: Env,
    readonly _app: FakeFormApp,
    readonly _id: string,
    title: string,
  ) {
    this._title = title;
  }
  getId() {
    return this._id;
  }
  getTitle() {
    return this._title;
  }
  setTitle(title: string) {
    this._title = title;
    return this;
  }
  setDescription(description: string) {
    this._description = description;
    return this;
  }
  getDescription() {
    return this._description;
  }
  setConfirmationMessage(message: string) {
    this._confirmation = message;
    return this;
  }
  getConfirmationMessage() {
    return this._confirmation;
  }
  getItems() {
    return [...this._items];
  }
  getItemById(id: number) {
    return this._items.find((i) => i._id === id) ?? null;
  }
  private _addItem(kind: ItemKind): FakeItem {
    const item = new FakeItem(this._env, this, kind, this._app._nextItemId++);
    this._items.push(item);
    this._columnsChanged();
    return item;
  }
  addScaleItem() {
    return this._addItem('SCALE');
  }
  addMultipleChoiceItem() {
    return this._addItem('MULTIPLE_CHOICE');
  }
  addGridItem() {
    return this._addItem('GRID');
  }
  addTextItem() {
    return this._addItem('TEXT');
  }
  addParagraphTextItem() {
    return this._addItem('PARAGRAPH_TEXT');
  }
  setPublished(enabled: boolean) {
    this._published = enabled;
    return this;
  }
  isPublished() {
    return this._published;
  }
  isAcceptingResponses() {
    return this._published;
  }
  getPublishedUrl() {
    return `https://docs.google.com/forms/d/e/${this._id}/viewform`;
  }
  getEditUrl() {
    return `https://docs.google.com/forms/d/${this._id}/edit`;
  }
  createResponse() {
    return new FakeFormResponse(this._env, this);
  }
  setDestination(type: string, destinationId: string) {
    if (type !== 'SPREADSHEET') throw new Error(`Invalid argument: type ${type}`);
    const ss = this._app._spreadsheet;
    if (destinationId !== ss._id) {
      throw new Error(`No item with the given ID could be found: ${destinationId}`);
    }
    // Sheets names the sheet in the spreadsheet's language and numbers it.
    const base = /^zh/i.test(ss._locale) ? '表单回复' : 'Form Responses';
    let n = 1;
    while (ss._sheets.some((s) => s._name === `${base} ${n}`)) n++;
    this._destination = ss._load(`${base} ${n}`, []);
    this._columnsChanged();
    return this;
  }
  getDestinationId() {
    if (!this._destination) throw new Error('This form has no response destination.');
    return this._app._spreadsheet._id;
  }
  getDestinationType() {
    if (!this._destination) throw new Error('This form has no response destination.');
    return 'SPREADSHEET';
  }
  /** Questions in form order after the timestamp; a renamed question renames its column. */
  _columnsChanged(): void {
    const sheet = this._destination;
    if (!sheet) return;
    const ss = this._app._spreadsheet;
    const stamp = /^zh/i.test(ss._locale) ? '时间戳' : 'Timestamp';
    this._columns = [stamp, ...this._items.flatMap((i) => i._headers())];
    sheet._grow(Math.max(sheet._maxRows, 1), Math.max(sheet._maxCols, this._columns.length));
    sheet._range(1, 1, 1, this._columns.length)._write([this._columns]);
  }
  /** A response as the linked sheet receives it: the sheet row, in column order. */
  _record(response: FakeFormResponse, at: number): { sheet: FakeSheet; row: number } | undefined {
    if (!this._published) throw new Error('This form is not accepting responses.');
    for (const item of this._items) {
      if (item._required && !response._answers.has(item._id)) {
        throw new Error(`Invalid response: "${item._title}" is required.`);
      }
    }
    const sheet = this._destination;
    if (!sheet) return undefined;
    const row: unknown[] = Array(this._columns.length).fill('');
    row[0] = new Date(at);
    for (const item of this._items) {
      const r = response._answers.get(item._id);
      if (!r) continue;
      const headers = item._headers();
      const answers = item._kind === 'GRID' ? (r._answer as unknown[]) : [r._answer];
      headers.forEach((h, i) => {
        row[this._columns.indexOf(h)] = answers[i] ?? '';
      });
    }
    const at1 = sheet._extent().rows + 1;
    sheet._grow(Math.max(sheet._maxRows, at1), Math.max(sheet._maxCols, row.length));
    sheet._range(at1, 1, 1, row.length)._write([row]);
    return { sheet, row: at1 };
  }
  _columnTitles(): string[] {
    return [...this._columns];
  }
}

export class FakeFormApp {
  readonly _forms = new Map<string, FakeForm>();
  _nextItemId = 1_000_001;
  private _nextForm = 1;
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' };
  readonly ItemType = {
    SCALE: 'SCALE',
    MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
    GRID: 'GRID',
    TEXT: 'TEXT',
    PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  };
  constructor(
    readonly _env: Env,
    readonly _spreadsheet: FakeSpreadsheet,
  ) {}
  create(title: string) {
    const id = `stand-in-form-${this._nextForm++}`;
    const form = new FakeForm(this._env, this, id, title);
    this._forms.set(id, form);
    return form;
  }
  /** Only the forms this script created: the `forms` scope reaches no others here. */
  openById(id: string) {
    const form = this._forms.get(id);
    if (!form) throw new Error(`No item with the given ID could be found. (${id})`);
    return form;
  }
  createTextValidation() {
    return new FakeTextValidationBuilder(this._env);
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeFormApp, GoogleAppsScript.Forms.FormApp>>,
  // setPublished/isPublished came with the 2026 publishing model; the typings predate it.
  Check<NotInRealApi<Omit<FakeForm, 'setPublished' | 'isPublished'>, GoogleAppsScript.Forms.Form>>,
  Check<NotInRealApi<FakeFormResponse, GoogleAppsScript.Forms.FormResponse>>,
  Check<NotInRealApi<FakeItemResponse, GoogleAppsScript.Forms.ItemResponse>>,
  Check<NotInRealApi<FakeTextValidationBuilder, GoogleAppsScript.Forms.TextValidationBuilder>>,
];

countCalls(FakeFormApp, 'FormApp');
countCalls(FakeForm, 'Form');
countCalls(FakeItem, 'Item');
countCalls(FakeFormResponse, 'FormResponse');
countCalls(FakeItemResponse, 'ItemResponse');
countCalls(FakeTextValidationBuilder, 'TextValidationBuilder');
