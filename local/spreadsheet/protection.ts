/**
 * A sheet's protection (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * what it says to whoever edits, and whether it only warns. Scripts that run as an editor are
 * not stopped by a warning; the stand-in records it so a test can see the sheet is protected.
 */
import { countCalls, Env } from '../env';
import type { FakeSheet } from './sheet';

export class FakeProtection {
  _description = '';
  _warningOnly = false;

  constructor(
    readonly _env: Env,
    readonly _sheet: FakeSheet,
  ) {}

  setDescription(description: string) {
    this._description = String(description);
    return this;
  }
  getDescription() {
    return this._description;
  }
  setWarningOnly(warningOnly: boolean) {
    this._warningOnly = !!warningOnly;
    return this;
  }
  isWarningOnly() {
    return this._warningOnly;
  }
}

countCalls(FakeProtection, 'Protection');
