/**
 * Several ranges of one sheet, for one call over all of them
 * (https://developers.google.com/apps-script/reference/spreadsheet/range-list).
 */
import { countCalls, Env } from '../env';
import type { FakeRange } from './range';

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

countCalls(FakeRangeList, 'RangeList');
