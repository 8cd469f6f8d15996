/** google.script.run endpoints: each implements one method of ServerApi, small, over the core. */
import { ColumnMap } from '../core/columns';
import { ORDER_FIELDS, OrderField } from '../core/fields';
import { fail } from '../core/i18n';
import { validateSettings } from '../core/settings';
import { spreadsheetZone } from '../server/zone';
import type { ServerApi } from '../shared/api';
import { words } from '../words';
import { runAnalysis, sheetRules } from '../server/analyze';
import { readable } from '../server/errors';
import { boolean, integer, number, record, text } from '../server/input';
import { findOrderSheet, SheetContext } from '../server/orderSheet';
import { ownedSheetIds } from '../server/ownedSheets';
import { uiLang } from '../server/lang';
import { dueReminders as runDueReminders } from '../server/reminders';
import { surveyReport as runSurveyReport } from '../server/survey';
import {
  ChosenColumn,
  loadLastAnalysis,
  loadOrderSheetChoice,
  loadSettings,
  saveOrderSheetChoice,
  saveSettings as storeSettings,
  saveStatusChoice as storeStatusChoice,
} from '../server/store';

const noSheet = (name: string): never => fail((w) => w.errors.noSheet(name));

function context(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetContext {
  const settings = loadSettings();
  return {
    rules: sheetRules(spreadsheetZone(ss.getSpreadsheetTimeZone()), settings),
    lang: uiLang(settings),
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
    orderSheet: findOrderSheet(ss, ctx, { exclude: ownedSheetIds(ss) }) ?? null,
    settings,
    lastAnalysis: loadLastAnalysis(),
  };
});

export const inspectOrderSheet: ServerApi['inspectOrderSheet'] = readable((sheetName: string) => {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return findOrderSheet(ss, context(ss), { name: text(sheetName, 'sheetName') }) ?? null;
});

export const saveColumnChoice: ServerApi['saveColumnChoice'] = readable((input) => {
  const choice = record(input, 'choice');
  const sheetName = text(choice.sheetName, 'sheetName');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) return noSheet(sheetName);
  const info = findOrderSheet(ss, context(ss), { name: sheetName })!;
  const width = info.headers.length;
  const columns: Partial<Record<OrderField, ChosenColumn | 'none'>> = {};
  const fieldOf = new Map<number, OrderField>();
  const given = record(choice.columns ?? {}, 'columns') as ColumnMap;
  for (const [key, col] of Object.entries(given)) {
    if (!(ORDER_FIELDS as readonly string[]).includes(key)) {
      fail((w) => w.errors.unknownField(key));
    }
    const field = key as OrderField;
    const index = integer(col, `columns.${field}`, -1, width - 1);
    if (index === -1) {
      columns[field] = 'none';
      continue;
    }
    const other = fieldOf.get(index);
    if (other) {
      fail((w) => w.errors.columnTwice(info.headers[index], w.fields[other], w.fields[field]));
    }
    fieldOf.set(index, field);
    columns[field] = { header: info.headers[index], index };
  }
  saveOrderSheetChoice({ sheetName: sheet.getName(), columns });
  return findOrderSheet(ss, context(ss), { name: sheet.getName() }) ?? null;
});

export const analyzeCustomers: ServerApi['analyzeCustomers'] = readable(runAnalysis);

export const saveSettings: ServerApi['saveSettings'] = readable((input) => {
  const current = loadSettings();
  const { settings, errors } = validateSettings({ ...current, ...record(input, 'settings') });
  const lang = uiLang(settings ?? current);
  if (!settings) {
    const w = words(lang);
    const messages = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v(w)]));
    return { saved: false, settings: current, errors: messages };
  }
  storeSettings(settings);
  return { saved: true, settings, errors: {} };
});

export const showSheet: ServerApi['showSheet'] = readable((input: string) => {
  const name = text(input, 'name');
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) {
    return fail((w) => w.errors.noSheetYet(name));
  }
  sheet.activate();
});

export const surveyReport: ServerApi['surveyReport'] = readable((sheetName: string) =>
  runSurveyReport(text(sheetName, 'sheetName'), uiLang(loadSettings())),
);

export const dueReminders: ServerApi['dueReminders'] = readable((horizonDays: number) =>
  runDueReminders(number(horizonDays, 'horizonDays'), uiLang(loadSettings())),
);

export const saveStatusChoice: ServerApi['saveStatusChoice'] = readable((input) => {
  const choice = record(input, 'choice');
  storeStatusChoice(text(choice.status, 'status'), boolean(choice.counts, 'counts'));
});
