/**
 * The one form-submit trigger SheetCare owns (an add-on may have one per document) serves every
 * form it makes: an unsubscribe answer goes on the Do-not-email list, a survey answer refreshes
 * the Satisfaction and Follow-up sheets. Answers to forms of the user's own are not its business.
 */
import { writeSatisfaction } from './survey';
import { fileUnsubscribes } from './unsubscribe';
import { loadJobState, loadSurveyForms } from './store';

export function fileFormAnswer(e: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): void {
  const sheet = e?.range?.getSheet();
  if (!sheet) return;
  const id = sheet.getSheetId();
  const surveys = loadSurveyForms();
  const unsubscribe = loadJobState().form?.sheetId === id;
  const survey = [surveys.questionnaire, surveys.postOrder].some((f) => f?.sheetId === id);
  if (!unsubscribe && !survey) return;
  const lock = LockService.getDocumentLock();
  // A run holding the lock files unsubscribes itself; a survey is refreshed by the next answer.
  if (!lock.tryLock(20_000)) return;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (unsubscribe) fileUnsubscribes(ss);
    else writeSatisfaction(sheet.getName(), surveys.period ?? 'year');
  } finally {
    lock.releaseLock();
  }
}
