/** The spreadsheet facts every formula needs, and errors told in the spreadsheet's language. */
import { FormulaContext } from '../../core/formulas/formulaArgs';
import { langFromLocale, LocalizedError } from '../../core/ground/i18n';
import { spreadsheetZone } from '../ground/zone';

function formulaContext(): FormulaContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = ss ? ss.getSpreadsheetTimeZone() : Session.getScriptTimeZone();
  return {
    zone: spreadsheetZone(tz),
    lang: langFromLocale(ss ? ss.getSpreadsheetLocale() : undefined),
  };
}

/** Runs a formula; an error shows in the cell in the spreadsheet's language. */
export function runFormula<T>(formula: (ctx: FormulaContext) => T): T {
  const ctx = formulaContext();
  try {
    return formula(ctx);
  } catch (e) {
    if (e instanceof LocalizedError) throw new Error(e.in(ctx.lang), { cause: e });
    throw e;
  }
}
