/**
 * Conditional-format rules as SheetCare builds and reads them
 * (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule).
 */
import { countCalls, Env } from '../env';
import type { FakeRange } from './range';

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

countCalls(FakeBooleanCondition, 'BooleanCondition');
countCalls(FakeConditionalFormatRule, 'ConditionalFormatRule');
