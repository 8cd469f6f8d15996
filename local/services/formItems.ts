/**
 * FormApp's items (https://developers.google.com/apps-script/reference/forms/item): scale,
 * multiple-choice, grid, text and paragraph items in one class, their text validation, and an
 * item's answer in a response. forms.ts holds the form, its responses and FormApp.
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import type { FakeForm } from './forms';

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

export type _ItemChecks = [
  Check<NotInRealApi<FakeItemResponse, GoogleAppsScript.Forms.ItemResponse>>,
  Check<NotInRealApi<FakeTextValidationBuilder, GoogleAppsScript.Forms.TextValidationBuilder>>,
];

countCalls(FakeItem, 'Item');
countCalls(FakeItemResponse, 'ItemResponse');
countCalls(FakeTextValidationBuilder, 'TextValidationBuilder');
