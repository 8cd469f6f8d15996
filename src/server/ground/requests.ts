/**
 * What the sidebar asks of the server, one function per ServerApi method. Each checks what it
 * is handed (google.script.run passes whatever the page sent) and works through the adapters.
 */
import { shopName } from '../reminders/shopName';
import { ColumnMap } from '../../core/ground/columns';
import { ORDER_FIELDS, OrderField } from '../../core/ground/fields';
import { fail } from '../../core/ground/i18n';
import { validateSettings } from '../../core/customers/settings';
import { CURRENCIES, Currency, shopCurrency } from '../../core/ground/currency';
import type {
  AnalyzeContinuing,
  AnalyzeResult,
  ColumnChoice,
  OrderSheetInfo,
  SaveSettingsResult,
  SettingsInput,
  SidebarState,
  StatusChoice,
  SatisfactionReport,
  SurveyFormsInfo,
  SurveyReport,
} from '../../shared/api';
import { words } from '../../words';
import { boolean, integer, record, text } from './input';
import { sheetLang, uiLang } from './lang';
import { findOrderSheet, sheetContext } from '../customers/orderSheet';
import { ownedIds, ownedSheets } from './ownedSheets';
import { writeCustomerAnalysis } from '../customers/analyze';
import { loadWarehouseSource } from '../customers/warehouse';
import {
  ChosenColumn,
  loadLastAnalysis,
  FormRecord,
  loadOrderSheetChoice,
  loadSettings,
  loadSurveyForms,
  saveSurveyForms,
  saveOrderSheetChoice,
  saveSettings,
  saveStatusChoice,
} from './store';
import { surveyOnSheet, writeSatisfaction } from '../surveys/survey';
import type { Period } from '../../core/surveys/responses';
import type { SurveyKind } from '../../core/surveys/questionnaire';
import { createSurveyForm, surveyLink } from '../surveys/surveyForms';
import { Workbook } from './workbook';
import { theSpreadsheet } from './spreadsheetStore';
import { exclusive } from './exclusive';
import { requireScopes } from './scopes';

const active = () => theSpreadsheet();

export function sidebarState(): SidebarState {
  const ss = active();
  const book = new Workbook(ss);
  const settings = loadSettings();
  const ctx = sheetContext(ss, settings);
  return {
    lang: ctx.lang,
    currency: shopCurrency(settings.currency, ss.getSpreadsheetLocale()) ?? null,
    currencies: Object.keys(CURRENCIES) as Currency[],
    sheetNames: book.sheets.map((s) => s.name),
    orderSheet: findOrderSheet(book, ctx, { exclude: ownedIds(ownedSheets(ss)) }) ?? null,
    settings,
    lastAnalysis: loadLastAnalysis(),
    warehouse: loadWarehouseSource() ?? null,
  };
}

/**
 * Analyse the sheet the user has in the picker: it becomes the chosen order sheet (its
 * column choices kept when it already was), so the result is always of the sheet shown.
 */
export function analyzeSheet(sheetName?: unknown): AnalyzeResult | AnalyzeContinuing {
  // With the orders in BigQuery the picker's sheet is not the source.
  if (sheetName !== undefined && sheetName !== null && sheetName !== '' && !loadWarehouseSource()) {
    const name = text(sheetName, 'sheetName');
    if (!active().getSheetByName(name)) fail((w) => w.errors.noSheet(name));
    const choice = loadOrderSheetChoice();
    if (choice.sheetName !== name) saveOrderSheetChoice({ sheetName: name });
  }
  return writeCustomerAnalysis();
}

export function inspectSheet(sheetName: unknown): OrderSheetInfo | null {
  const ss = active();
  return (
    findOrderSheet(new Workbook(ss), sheetContext(ss), { name: text(sheetName, 'sheetName') }) ??
    null
  );
}

/** Keeps the user's column choices by header text; one column is never two fields. */
export function chooseColumns(input: ColumnChoice): OrderSheetInfo | null {
  const choice = record(input, 'choice');
  const sheetName = text(choice.sheetName, 'sheetName');
  const ss = active();
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) return fail((w) => w.errors.noSheet(sheetName));
  const info = findOrderSheet(new Workbook(ss), sheetContext(ss), { name: sheetName })!;
  const columns: Partial<Record<OrderField, ChosenColumn | 'none'>> = {};
  const fieldOf = new Map<number, OrderField>();
  const given = record(choice.columns ?? {}, 'columns') as ColumnMap;
  for (const [key, col] of Object.entries(given)) {
    if (!(ORDER_FIELDS as readonly string[]).includes(key)) {
      fail((w) => w.errors.unknownField(key));
    }
    const field = key as OrderField;
    const index = integer(col, `columns.${field}`, -1, info.headers.length - 1);
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
  return findOrderSheet(new Workbook(ss), sheetContext(ss), { name: sheet.getName() }) ?? null;
}

/** Saves the settings only when every field is valid; each error in the user's language. */
export function applySettings(input: SettingsInput): SaveSettingsResult {
  const current = loadSettings();
  const { settings, errors } = validateSettings({ ...current, ...record(input, 'settings') });
  if (!settings) {
    const w = words(uiLang(current));
    const messages = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v(w)]));
    return { saved: false, settings: current, errors: messages };
  }
  saveSettings(settings);
  return { saved: true, settings, errors: {} };
}

export function openSheet(name: unknown): void {
  const sheetName = text(name, 'name');
  const sheet = active().getSheetByName(sheetName);
  if (!sheet) fail((w) => w.errors.noSheetYet(sheetName));
  sheet.activate();
}

export const surveyOf = (sheetName: unknown): SurveyReport | null =>
  surveyOnSheet(text(sheetName, 'sheetName'), uiLang(loadSettings()));

export function chooseStatus(input: StatusChoice): void {
  const choice = record(input, 'choice');
  saveStatusChoice(text(choice.status, 'status'), boolean(choice.counts, 'counts'));
}

const PERIODS: readonly Period[] = ['year', 'quarter', 'month'];

/** Writes the survey's sheets, holding the document lock as Analyze does. */
export function satisfactionOf(input: unknown): SatisfactionReport | null {
  const r = record(input, 'request');
  const period = text(r.period ?? 'year', 'period') as Period;
  if (!PERIODS.includes(period)) fail((w) => w.input.expectedOneOf('period', PERIODS.join(', ')));
  const sheetName = text(r.sheetName ?? '', 'sheetName');
  // Alone: the reminder job writes the survey forms' record too.
  return exclusive(
    () => {
      saveSurveyForms({ ...loadSurveyForms(), period });
      return writeSatisfaction(sheetName, period);
    },
    () => fail((w) => w.errors.analysisRunning),
  );
}

/** A form's link for anyone: the prefilled one with the customer left blank. */
const openLink = (form: FormRecord | undefined): string | null =>
  form ? surveyLink(form, '') : null;

export function surveyFormsInfo(): SurveyFormsInfo {
  const forms = loadSurveyForms();
  return {
    questionnaire: openLink(forms.questionnaire),
    postOrder: openLink(forms.postOrder),
    period: forms.period ?? 'year',
  };
}

export function makeSurveyForm(kind: unknown): SurveyFormsInfo {
  const k = text(kind, 'kind') as SurveyKind;
  if (k !== 'questionnaire' && k !== 'postOrder') {
    fail((w) => w.input.expectedOneOf('kind', 'questionnaire, postOrder'));
  }
  const ss = active();
  const lang = sheetLang(loadSettings(), ss.getSpreadsheetLocale());
  // The form, and the form-submit trigger that files its answers.
  requireScopes('forms', 'script.scriptapp');
  exclusive(
    () => createSurveyForm(ss, k, lang, shopName(ss)),
    () => fail((w) => w.errors.analysisRunning),
  );
  return surveyFormsInfo();
}
