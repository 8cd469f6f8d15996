/** The spreadsheet facts every formula and action needs: its time zone and language. */
import { FormulaContext } from '../core/formulas';
import { langFromLocale } from '../core/i18n';
import { spreadsheetZone } from './zone';

export function formulaContext(): FormulaContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = ss ? ss.getSpreadsheetTimeZone() : Session.getScriptTimeZone();
  return {
    zone: spreadsheetZone(tz),
    lang: langFromLocale(ss ? ss.getSpreadsheetLocale() : undefined),
  };
}
