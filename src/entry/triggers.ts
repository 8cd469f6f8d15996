/** Simple triggers and menu handlers: Apps Script calls these by name. */
import { writeCustomerAnalysis } from '../server/customers/analyze';
import { reminderTick as runReminderTick } from '../server/reminders/reminderTick';
import { fileFormAnswer } from '../server/surveys/formAnswers';
import { buildMenu, reportAnalysis, showSidebar, withAlert } from '../server/ground/ui';

/** Builds the SheetCare menu; runs with limited authorization, so it reads no data. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Installing the add-on opens the spreadsheet's menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuOpenSidebar(): void {
  showSidebar();
}

export function menuAnalyze(): void {
  withAlert(() => reportAnalysis(writeCustomerAnalysis({ release: true })));
}

export function menuReminders(): void {
  showSidebar('reminders');
}

export function menuSurvey(): void {
  showSidebar('survey');
}

export function menuSettings(): void {
  showSidebar('settings');
}

export function menuHelp(): void {
  showSidebar('help');
}

/** The hourly reminder job's trigger. */
export function reminderTick(): void {
  runReminderTick();
}

/** The one form-submit trigger, for every form SheetCare makes. */
export function onSheetCareFormSubmit(e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  fileFormAnswer(e);
}
