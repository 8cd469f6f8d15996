/**
 * What the user must know about an analysis beyond its figures, said the same way in the
 * sidebar and in the menu's dialog: rows that could not be used, sheets that took another name
 * because a sheet of the user's already had it, column choices that no longer match.
 */
import { SHEET_NAMES } from '../words/sheetNames';
import type { Words } from '../words';
import type { AnalyzeResult, StaleChoice } from './api';

export const staleChoiceNotice = (c: StaleChoice, w: Words): string =>
  w.notices.staleChoice(c.header, w.fields[c.field]);

export function analysisNotices(r: AnalyzeResult, w: Words): string[] {
  const notices: string[] = [];
  if (r.rowsUsed === 0) notices.push(w.notices.noRowsUsed(r.rowsRead, r.sheets.issues));
  const defaults: string[] = Object.values(SHEET_NAMES);
  for (const name of r.newSheets.filter((n) => !defaults.includes(n))) {
    notices.push(w.notices.newSheet(name));
  }
  for (const c of r.staleChoices) notices.push(staleChoiceNotice(c, w));
  return notices;
}
