/** google.script.run endpoints: each implements one method of ServerApi, small, over the core. */
import { ORDER_FIELDS } from '../core/fields';
import { fail } from '../core/i18n';
import { validateSettings } from '../core/settings';
import { spreadsheetZone } from '../server/zone';
import type { ServerApi } from '../shared/api';
import { runAnalysis } from '../server/analyze';
import { readable } from '../server/errors';
import { findOrderSheet, SheetContext } from '../server/orderSheet';
import { uiLang } from '../server/lang';
import { dueReminders as runDueReminders } from '../server/reminders';
import { surveyReport as runSurveyReport } from '../server/survey';
import {
  loadLastAnalysis,
  loadOrderSheetChoice,
  loadSettings,
  saveOrderSheetChoice,
  saveSettings as storeSettings,
} from '../server/store';

const noSheet = (name: string): never =>
  fail(`There is no sheet named "${name}".`, `没有名为“${name}”的工作表。`);

function context(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetContext {
  return {
    zone: spreadsheetZone(ss.getSpreadsheetTimeZone()),
    lang: uiLang(loadSettings()),
    choice: loadOrderSheetChoice(),
  };
}

export const getSidebarState: ServerApi['getSidebarState'] = readable(() => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = loadSettings();
  const ctx = context(ss);
  return {
    lang: ctx.lang,
    sheetNames: ss.getSheets().map((s) => s.getName()),
    orderSheet: findOrderSheet(ss, ctx) ?? null,
    settings,
    lastAnalysis: loadLastAnalysis(),
  };
});

export const inspectOrderSheet: ServerApi['inspectOrderSheet'] = readable((sheetName: string) => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return findOrderSheet(ss, context(ss), String(sheetName)) ?? null;
});

export const saveColumnChoice: ServerApi['saveColumnChoice'] = readable((choice) => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(String(choice?.sheetName));
  if (!sheet) return noSheet(String(choice?.sheetName));
  const width = sheet.getLastColumn();
  const columns: Record<string, number> = {};
  for (const [field, col] of Object.entries(choice.columns ?? {})) {
    if (!(ORDER_FIELDS as readonly string[]).includes(field)) {
      fail(`Unknown field "${field}".`, `未知字段 "${field}"。`);
    }
    if (!Number.isInteger(col) || (col as number) < -1 || (col as number) >= width) {
      fail(
        `Column ${String(col)} for ${field} is not on sheet "${sheet.getName()}".`,
        `工作表“${sheet.getName()}”没有第 ${String(col)} 列（${field}）。`,
      );
    }
    columns[field] = col as number;
  }
  saveOrderSheetChoice({ sheetName: sheet.getName(), columns });
  return findOrderSheet(ss, context(ss), sheet.getName()) ?? null;
});

export const analyzeCustomers: ServerApi['analyzeCustomers'] = readable(runAnalysis);

export const saveSettings: ServerApi['saveSettings'] = readable((input) => {
  const current = loadSettings();
  const { settings, errors } = validateSettings({ ...current, ...(input ?? {}) });
  const lang = uiLang(settings ?? current);
  if (!settings) {
    const messages = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v[lang]]));
    return { saved: false, settings: current, errors: messages };
  }
  storeSettings(settings);
  return { saved: true, settings, errors: {} };
});

export const showSheet: ServerApi['showSheet'] = readable((name: string) => {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(name));
  if (!sheet) {
    return fail(
      `There is no sheet named "${String(name)}" yet: run Analyze customers first.`,
      `还没有名为“${String(name)}”的工作表：请先运行“分析客户”。`,
    );
  }
  sheet.activate();
});

export const surveyReport: ServerApi['surveyReport'] = readable((sheetName: string) =>
  runSurveyReport(String(sheetName ?? ''), uiLang(loadSettings())),
);

export const dueReminders: ServerApi['dueReminders'] = readable((horizonDays: number) =>
  runDueReminders(Number(horizonDays), uiLang(loadSettings())),
);
