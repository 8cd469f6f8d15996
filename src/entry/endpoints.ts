/** google.script.run endpoints: each method of ServerApi, a readable error on any failure. */
import type { ServerApi } from '../shared/api';
import { readable } from '../server/errors';
import * as requests from '../server/requests';

export const getSidebarState: ServerApi['getSidebarState'] = readable(requests.sidebarState);
export const inspectOrderSheet: ServerApi['inspectOrderSheet'] = readable(requests.inspectSheet);
export const saveColumnChoice: ServerApi['saveColumnChoice'] = readable(requests.chooseColumns);
export const analyzeCustomers: ServerApi['analyzeCustomers'] = readable(requests.analyzeSheet);
export const saveSettings: ServerApi['saveSettings'] = readable(requests.applySettings);
export const showSheet: ServerApi['showSheet'] = readable(requests.openSheet);
export const surveyReport: ServerApi['surveyReport'] = readable(requests.surveyOf);
export const dueReminders: ServerApi['dueReminders'] = readable(requests.dueWithin);
export const saveStatusChoice: ServerApi['saveStatusChoice'] = readable(requests.chooseStatus);
