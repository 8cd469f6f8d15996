/** Reporting a satisfaction survey from a sheet of answers, such as a form's responses. */
import { Lang } from '../core/i18n';
import { findSurveyColumns, SurveyColumns, surveyResult } from '../core/survey';
import type { SurveyReport } from '../shared/api';
import { words } from '../words';
import { spreadsheetZone } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function columnsOf(sheet: Sheet): SurveyColumns | undefined {
  const lastColumn = sheet.getLastColumn();
  if (sheet.getLastRow() === 0 || lastColumn === 0) return undefined;
  return findSurveyColumns(sheet.getRange(1, 1, 1, lastColumn).getValues()[0]);
}

/** The named sheet, or the first whose header row asks the seven questions. */
export function surveyOnSheet(sheetName: string, lang: Lang): SurveyReport | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let found: { sheet: Sheet; cols: SurveyColumns } | undefined;
  for (const sheet of sheetName
    ? [ss.getSheetByName(sheetName)].filter((s): s is Sheet => !!s)
    : ss.getSheets()) {
    const cols = columnsOf(sheet);
    if (cols) {
      found = { sheet, cols };
      break;
    }
  }
  if (!found) return null;
  const { sheet, cols } = found;
  const lastRow = sheet.getLastRow();
  const rows =
    lastRow > 1 ? sheet.getRange(2, 1, lastRow - 1, sheet.getLastColumn()).getValues() : [];
  const r = surveyResult(rows, cols, spreadsheetZone(ss.getSpreadsheetTimeZone()), 2);
  return {
    sheetName: sheet.getName(),
    respondents: r.respondents,
    index: r.index,
    zeroIndex: r.zeroIndex,
    indicators: r.indicators.map((x) => ({ ...x, name: words(lang).indicators[x.letter] })),
    mostToGain: r.mostToGain,
    byYear: r.byYear,
    bad: r.bad,
  };
}
