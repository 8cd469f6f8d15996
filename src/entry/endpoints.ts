/** google.script.run endpoints: each method of ServerApi, a readable error on any failure. */
import type { ServerApi } from '../shared/api';
import { readable } from '../server/ground/errors';
import * as requests from '../server/ground/requests';
import * as sample from '../server/customers/sampleShop';
import * as warehouse from '../server/customers/warehouse';
import * as contacts from '../server/reminders/contactsExport';
import * as lists from '../server/reminders/panelLists';
import * as mails from '../server/reminders/panelMails';
import * as setup from '../server/reminders/panelSetup';
import * as state from '../server/reminders/panelState';

export const getSidebarState: ServerApi['getSidebarState'] = readable(requests.sidebarState);
export const inspectOrderSheet: ServerApi['inspectOrderSheet'] = readable(requests.inspectSheet);
export const addSampleShop: ServerApi['addSampleShop'] = readable(sample.addSampleShop);
export const saveColumnChoice: ServerApi['saveColumnChoice'] = readable(requests.chooseColumns);
export const analyzeCustomers: ServerApi['analyzeCustomers'] = readable(requests.analyzeSheet);
export const useWarehouse: ServerApi['useWarehouse'] = readable(warehouse.useWarehouse);
export const leaveWarehouse: ServerApi['leaveWarehouse'] = readable(warehouse.leaveWarehouse);
export const saveSettings: ServerApi['saveSettings'] = readable(requests.applySettings);
export const showSheet: ServerApi['showSheet'] = readable(requests.openSheet);
export const surveyReport: ServerApi['surveyReport'] = readable(requests.surveyOf);
export const saveStatusChoice: ServerApi['saveStatusChoice'] = readable(requests.chooseStatus);
export const reminderState: ServerApi['reminderState'] = readable(state.reminderState);
export const setUpReminders: ServerApi['setUpReminders'] = readable(setup.setUpReminders);
export const setRuleOn: ServerApi['setRuleOn'] = readable(setup.setRuleOn);
export const saveReminderSettings: ServerApi['saveReminderSettings'] = readable(
  setup.saveReminderSettings,
);
export const switchReminderJob: ServerApi['switchReminderJob'] = readable(setup.switchReminderJob);
export const runRemindersNow: ServerApi['runRemindersNow'] = readable(setup.runRemindersNow);
export const planToday: ServerApi['planToday'] = readable(mails.planToday);
export const lookAhead: ServerApi['lookAhead'] = readable(mails.lookAhead);
export const previewMail: ServerApi['previewMail'] = readable(mails.previewMail);
export const sendTestMail: ServerApi['sendTestMail'] = readable(mails.sendTestMail);
export const resolveUnknown: ServerApi['resolveUnknown'] = readable(lists.resolveUnknown);
export const addDoNotEmail: ServerApi['addDoNotEmail'] = readable(lists.addDoNotEmail);
export const removeDoNotEmail: ServerApi['removeDoNotEmail'] = readable(lists.removeDoNotEmail);
export const markBounced: ServerApi['markBounced'] = readable(lists.markBounced);
export const exportContacts: ServerApi['exportContacts'] = readable(contacts.exportContacts);
export const writeSatisfaction: ServerApi['writeSatisfaction'] = readable(requests.satisfactionOf);
export const surveyForms: ServerApi['surveyForms'] = readable(requests.surveyFormsInfo);
export const createSurveyForm: ServerApi['createSurveyForm'] = readable(requests.makeSurveyForm);
export const sendQuestionnaire: ServerApi['sendQuestionnaire'] = readable(mails.sendQuestionnaire);
export const questionnaireWouldSend: ServerApi['questionnaireWouldSend'] = readable(
  mails.questionnaireWouldSend,
);
