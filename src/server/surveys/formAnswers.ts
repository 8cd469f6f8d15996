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
import { JobState, loadJobState, loadSurveyForms, saveJobState } from '../ground/store';

/** Survey answers that come within this time of a refresh wait for the next one. */
export const SURVEY_BATCH_MS = 15 * 60_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A survey refresh is due: answers are pending and the last refresh is long enough ago. */
export const surveyDue = (state: JobState, now: number): boolean =>
  state.surveyPending !== undefined && now - (state.surveyRefreshedAt ?? 0) >= SURVEY_BATCH_MS;

/**
 * Refreshes the survey's sheets from the pending sheet of answers; the caller holds the document
 * lock, and saves the state it returns after the sheets are written (flushed), so a run killed
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
  const surveys = loadSurveyForms();
  const unsubscribe = loadJobState().form?.sheetId === id;
  const survey = [surveys.questionnaire, surveys.postOrder].some((f) => f?.sheetId === id);
  if (!unsubscribe && !survey) return;
  const lock = LockService.getDocumentLock();
  // A run holding the lock files unsubscribes itself before its next send; a survey answer
  // left here is refreshed by the hourly job or the next answer.
  if (!lock.tryLock(20_000)) return;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (unsubscribe) return fileUnsubscribes(ss);
    // Read again under the lock: the job may have changed it while this run waited.
    const pending = { ...loadJobState(), surveyPending: id };
    if (!surveyDue(pending, Date.now())) return saveJobState(pending);
    const refreshed = refreshSurvey(ss, pending);
    SpreadsheetApp.flush();
    saveJobState(refreshed);
  } finally {
    lock.releaseLock();
  }
}
