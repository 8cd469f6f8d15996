/** SpreadsheetApp itself: the active spreadsheet and its UI (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app). */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import { FakeConditionalFormatRuleBuilder } from '../spreadsheet/conditionalFormat';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import { FakeUi } from './ui';

export class FakeSpreadsheetApp {
  constructor(
    readonly _env: Env,
    readonly _ss: FakeSpreadsheet,
  ) {}
  getActiveSpreadsheet() {
    return this._ss;
  }
  getActive() {
    return this._ss;
  }
  getActiveSheet() {
    return this._ss.getActiveSheet();
  }
  getUi() {
    return new FakeUi(this._env, this._ss._ui);
  }
  newConditionalFormatRule() {
    return new FakeConditionalFormatRuleBuilder(this._env);
  }
  flush() {}
}

export type _Checks = [
  Check<NotInRealApi<FakeSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
];

countCalls(FakeSpreadsheetApp, 'SpreadsheetApp');
