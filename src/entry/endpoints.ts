/** google.script.run endpoints: each implements one method of ServerApi. */
import type { ServerApi, SidebarState } from '../shared/api';
import { runAnalysis } from '../server/analyze';
import { readable } from '../server/errors';
import { findOrderSheet } from '../server/orderSheet';
import { userLang } from '../server/ui';

export const getSidebarState: ServerApi['getSidebarState'] = readable((): SidebarState => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    lang: userLang(),
    sheetNames: ss.getSheets().map((s) => s.getName()),
    orderSheet: findOrderSheet(ss) ?? null,
  };
});

export const analyzeCustomers: ServerApi['analyzeCustomers'] = readable(runAnalysis);
