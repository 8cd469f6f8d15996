/** google.script.run endpoints: each method of ServerApi, a readable error on any failure. */
import type { ServerApi } from '../shared/api';
import { readable } from '../server/ground/errors';
import * as requests from '../server/ground/requests';
import * as reminders from '../server/reminders/reminderPanel';

export const getSidebarState: ServerApi['getSidebarState'] = readable(requests.sidebarState);
export const inspectOrderSheet: ServerApi['inspectOrderSheet'] = readable(requests.inspectSheet);
export const saveColumnChoice: ServerApi['saveColumnChoice'] = readable(requests.chooseColumns);
export const analyzeCustomers: ServerApi['analyzeCustomers'] = readable(requests.analyzeSheet);
export const saveSettings: ServerApi['saveSettings'] = readable(requests.applySettings);
export const showSheet: ServerApi['showSheet'] = readable(requests.openSheet);
export const surveyReport: ServerApi['surveyReport'] = readable(requests.surveyOf);
export const saveStatusChoice: ServerApi['saveStatusChoice'] = readable(requests.chooseStatus);
export const reminderState: ServerApi['reminderState'] = readable(reminders.reminderState);
export const setUpReminders: ServerApi['setUpReminders'] = readable(reminders.setUpReminders);
export const setRuleOn: ServerApi['setRuleOn'] = readable(reminders.setRuleOn);
export const saveReminderSettings: ServerApi['saveReminderSettings'] = readable(
  reminders.saveReminderSettings,
);
export const switchReminderJob: ServerApi['switchReminderJob'] = readable(
  reminders.switchReminderJob,
);
export const runRemindersNow: ServerApi['runRemindersNow'] = readable(reminders.runRemindersNow);
export const planToday: ServerApi['planToday'] = readable(reminders.planToday);
export const previewMail: ServerApi['previewMail'] = readable(reminders.previewMail);
export const sendTestMail: ServerApi['sendTestMail'] = readable(reminders.sendTestMail);
export const resolveUnknown: ServerApi['resolveUnknown'] = readable(reminders.resolveUnknown);
export const addDoNotEmail: ServerApi['addDoNotEmail'] = readable(reminders.addDoNotEmail);
export const removeDoNotEmail: ServerApi['removeDoNotEmail'] = readable(reminders.removeDoNotEmail);
export const writeSatisfaction: ServerApi['writeSatisfaction'] = readable(requests.satisfactionOf);
export const surveyForms: ServerApi['surveyForms'] = readable(requests.surveyFormsInfo);
export const createSurveyForm: ServerApi['createSurveyForm'] = readable(requests.makeSurveyForm);
export const sendQuestionnaire: ServerApi['sendQuestionnaire'] = readable(
  reminders.sendQuestionnaire,
);
