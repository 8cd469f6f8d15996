/**
 * What the user must know about an analysis beyond its figures, said the same way in the
 * sidebar and in the menu's dialog: rows that could not be used, sheets that took another name
 * because a sheet of the user's already had it, column choices that no longer match.
 */
import { FIELD_NAMES } from '../core/fields';
import type { Lang } from '../core/i18n';
import { SHEET_NAMES } from '../core/report';
import type { AnalyzeResult, StaleChoice } from './api';

export function staleChoiceNotice(c: StaleChoice, lang: Lang): string {
  const field = FIELD_NAMES[c.field][lang];
  return lang === 'zh'
    ? `您为“${field}”选择的“${c.header}”列已不在表中，已改用自动识别，请检查列的选择。`
    : `The "${c.header}" column you chose for ${field} is no longer on the sheet: SheetCare recognised the columns itself. Check the column choices.`;
}

export function analysisNotices(r: AnalyzeResult, lang: Lang): string[] {
  const notices: string[] = [];
  if (r.rowsUsed === 0) {
    notices.push(
      lang === 'zh'
        ? `${r.rowsRead} 行中有 0 行可以使用，原因见“${r.sheets.issues}”。`
        : `0 of ${r.rowsRead} rows could be used, see "${r.sheets.issues}".`,
    );
  }
  const defaults: string[] = Object.values(SHEET_NAMES);
  for (const name of r.newSheets.filter((n) => !defaults.includes(n))) {
    notices.push(
      lang === 'zh'
        ? `已有一个同名的工作表不是 SheetCare 创建的，因此结果写入了新的工作表“${name}”，原工作表未改动。`
        : `A sheet of yours already had that name, so SheetCare wrote to a new sheet, "${name}", and left yours as it was.`,
    );
  }
  for (const c of r.staleChoices) notices.push(staleChoiceNotice(c, lang));
  return notices;
}
