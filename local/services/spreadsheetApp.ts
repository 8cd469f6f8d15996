/**
 * SpreadsheetApp itself: the active spreadsheet and its UI
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app). A run with
 * no document (an add-on's clock trigger, in the world the stand-in assumes by default) has no
 * active spreadsheet and must open it by its ID, which needs the `spreadsheets` scope.
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import { FakeConditionalFormatRuleBuilder } from '../spreadsheet/conditionalFormat';
import type { FakeSpreadsheet } from '../spreadsheet/spreadsheet';
import { FakeUi } from './ui';

export class FakeSpreadsheetApp {
  constructor(
    readonly _env: Env,
    readonly _ss: FakeSpreadsheet,
  ) {}
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' };
  getActiveSpreadsheet() {
    return this._env.hasDocument() ? this._ss : null;
  }
  getActive() {
    return this.getActiveSpreadsheet();
  }
  openById(id: string) {
    if (id !== this._ss._id) {
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
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
