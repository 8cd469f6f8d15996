/**
 * The one form-submit trigger SheetCare owns (an add-on may have one per document) serves every
 * form it makes: an unsubscribe answer goes on the Do-not-email list at once; a survey answer
 * refreshes the Satisfaction and Follow-up sheets, at most once in `SURVEY_BATCH_MS`. A flood of
 * answers so costs a few refreshes an hour, not one analysis each, and leaves the day's trigger
 * time to the reminder job; what is pending, the hourly job refreshes. Answers to forms of the
 * user's own are not its business.
 */
import { writeSatisfaction } from './survey';
import { fileUnsubscribes } from '../reminders/unsubscribe';
import {
  JobState,
  loadJobState,
  loadSurveyForms,
  saveJobState,
  SurveyForms,
} from '../ground/store';
import { linksForm, settleFormSheets } from '../ground/formSheets';
import { theSpreadsheet } from '../ground/spreadsheetStore';
import { exclusive } from '../ground/exclusive';

/** Survey answers that come within this time of a refresh wait for the next one. */
export const SURVEY_BATCH_MS = 15 * 60_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A survey refresh is due: answers are pending and the last refresh is long enough ago. */
export const surveyDue = (state: JobState, now: number): boolean =>
  state.surveyPending !== undefined && now - (state.surveyRefreshedAt ?? 0) >= SURVEY_BATCH_MS;

/**
 * Refreshes the survey's sheets from the pending sheet of answers; the caller runs alone
 * (exclusive.ts), and saves the state it returns after the sheets are written (flushed), so a run killed
 * between leaves the answers pending for the next.
 */
export function refreshSurvey(ss: Spreadsheet, state: JobState): JobState {
  const sheet = ss.getSheets().find((s) => s.getSheetId() === state.surveyPending);
  if (sheet) writeSatisfaction(sheet.getName(), loadSurveyForms().period ?? 'year');
  return { ...state, surveyPending: undefined, surveyRefreshedAt: Date.now() };
}

export function fileFormAnswer(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  const sheet = e?.range?.getSheet();
  if (!sheet) return;
  const id = sheet.getSheetId();
  let surveys = loadSurveyForms();
  let state = loadJobState();
  const ours = (s: SurveyForms, j: JobState) => ({
    unsubscribe: j.form?.sheetId === id,
    survey: [s.questionnaire, s.postOrder].some((f) => f?.sheetId === id),
  });
  let found = ours(surveys, state);
  if (!found.unsubscribe && !found.survey) {
    // The first answer may land before any run learned where: the sheet names its form.
    const url = sheet.getFormUrl();
    const forms = [state.form, surveys.questionnaire, surveys.postOrder];
    if (!forms.some((f) => f && f.sheetId < 0 && linksForm(url, f.formId))) return;
    ({ state, surveys } = settleFormSheets(theSpreadsheet(), state, surveys));
    found = ours(surveys, state);
  }
  const { unsubscribe } = found;
  // A run going on files unsubscribes itself before its next send; a survey answer left here
  // is refreshed by the hourly job or the next answer.
  exclusive(
    () => {
      const ss = theSpreadsheet();
      if (unsubscribe) return fileUnsubscribes(ss);
      // Read again now it runs alone: the job may have changed it meanwhile.
      const pending = { ...loadJobState(), surveyPending: id };
      if (!surveyDue(pending, Date.now())) return saveJobState(pending);
      const refreshed = refreshSurvey(ss, pending);
      SpreadsheetApp.flush();
      saveJobState(refreshed);
    },
    () => undefined,
  );
}
