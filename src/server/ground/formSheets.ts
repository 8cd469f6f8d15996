/**
 * Where a form's answers land. Sheets links a form's responses sheet when the form is given
 * this spreadsheet as its destination; Google does not say the sheet is there before the run
 * that linked it ends, so a record may be made without it (sheet ID -1) and given it later:
 * the sheet names its form by URL (`Sheet.getFormUrl()`). No answer waits on that.
 */
import { FormRecord, JobState, saveJobState, saveSurveyForms, SurveyForms } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Whether a sheet's form URL is this form's (an edit or a view URL, both carry its ID). */
export const linksForm = (url: string | null, formId: string): boolean =>
  !!url && url.includes(`/d/${formId}/`);

/**
 * The forms' records, each whose sheet was not known given it once it appears; saved only when
 * one changed, so a run with every sheet known spends no call here.
 */
export function settleFormSheets(
  ss: Spreadsheet,
  state: JobState,
  surveys: SurveyForms,
): { state: JobState; surveys: SurveyForms } {
  const unsettled = [state.form, surveys.questionnaire, surveys.postOrder].some(
    (f) => f && f.sheetId < 0,
  );
  if (!unsettled) return { state, surveys };
  const sheets = ss.getSheets().map((s) => ({ id: s.getSheetId(), url: s.getFormUrl() }));
  const settle = (f: FormRecord | undefined): FormRecord | undefined => {
    if (!f || f.sheetId >= 0) return f;
    const found = sheets.find((s) => linksForm(s.url, f.formId));
    return found ? { ...f, sheetId: found.id } : f;
  };
  const form = settle(state.form);
  const next = {
    ...surveys,
    questionnaire: settle(surveys.questionnaire),
    postOrder: settle(surveys.postOrder),
  };
  const out = { state: form === state.form ? state : { ...state, form }, surveys: next };
  if (out.state !== state) saveJobState(out.state);
  if (next.questionnaire !== surveys.questionnaire || next.postOrder !== surveys.postOrder) {
    saveSurveyForms(next);
  }
  return out;
}
