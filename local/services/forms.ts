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
 *
 * Where Google does not say, the worse case: taking responses (accepting) is separate from
 * publishing, and a response needs both; a form made on a Workspace account starts taking
 * answers only from people signed in to the domain (customers are not), `setRequireLogin` is
 * not there for a consumer account, and the responses sheet may appear only after the run that
 * linked it (`lateSheets`), found then by its `Sheet.getFormUrl()`.
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import type { FakeSheet } from '../spreadsheet/sheet';
import { FakeItem, FakeItemResponse, FakeTextValidationBuilder, ItemKind } from './formItems';

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
  _accepting = true;
  _requireLogin: boolean;
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
    this._requireLogin = _app._account === 'workspace';
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
  setAcceptingResponses(enabled: boolean) {
    this._accepting = enabled;
    return this;
  }
  isAcceptingResponses() {
    return this._accepting;
  }
  /** Workspace only: a consumer account's form has no domain to keep answers within. */
  setRequireLogin(requireLogin: boolean) {
    if (this._app._account !== 'workspace') {
      throw new Error('Setting login requirements is only available to Google Workspace users.');
    }
    // A domain whose administrator keeps forms inside it ignores the wish.
    this._requireLogin = requireLogin || this._app._domainOnly;
    return this;
  }
  requiresLogin() {
    return this._requireLogin;
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
    const link = () => {
      let n = 1;
      while (ss._sheets.some((s) => s._name === `${base} ${n}`)) n++;
      this._destination = ss._load(`${base} ${n}`, []);
      this._destination._formUrl = this.getEditUrl();
      this._columnsChanged();
    };
    if (this._app._lateSheets) this._env.afterRun(link);
    else link();
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
  _record(
    response: FakeFormResponse,
    at: number,
    outsider = false,
  ): { sheet: FakeSheet; row: number } | undefined {
    if (!this._published || !this._accepting) {
      throw new Error('This form is not accepting responses.');
    }
    if (outsider && this._requireLogin) {
      throw new Error(
        "You need permission: this form can only be viewed by users in the owner's organisation.",
      );
    }
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
    readonly _account: 'consumer' | 'workspace' = 'consumer',
    /** The responses sheet appears after the run that linked it, not at once. */
    public _lateSheets = false,
  ) {}
  /** A Workspace domain whose administrator lets no form be answered from outside it. */
  _domainOnly = false;
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
];

countCalls(FakeFormApp, 'FormApp');
countCalls(FakeForm, 'Form');
countCalls(FakeFormResponse, 'FormResponse');
