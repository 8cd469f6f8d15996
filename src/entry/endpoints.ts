/** google.script.run endpoints: each implements one method of ServerApi. */
import type { ServerApi, SidebarState } from '../shared/api';
import { findOrderSheet } from '../server/orderSheet';
import { userLang } from '../server/ui';

export const getSidebarState: ServerApi['getSidebarState'] = (): SidebarState => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    lang: userLang(),
    sheetNames: ss.getSheets().map((s) => s.getName()),
    orderSheet: findOrderSheet(ss) ?? null,
  };
};
