/**
 * SheetCare's settings, column choices and the reminder job's record, kept in the spreadsheet's
 * own store (see spreadsheetStore.ts: every kind of run reaches it); the last analysis, which
 * only the sidebar reads, in the document's properties.
 */
import { parseClosedDays } from '../../core/reminders/closedDays';
import { ORDER_FIELDS, OrderField } from '../../core/ground/fields';
import { statusKey } from '../../core/ground/platforms';
import { DEFAULT_SETTINGS, Settings, validateSettings } from '../../core/customers/settings';
import type { Period } from '../../core/surveys/responses';
import type { AnalyzeResult, LastRunInfo, ReminderSettings } from '../../shared/api';
import { parsed, readOwn, readValue, Stored, writeOwn, writeValue } from './spreadsheetStore';

const SETTINGS_KEY = 'sheetcare.settings';
const ORDER_SHEET_KEY = 'sheetcare.orderSheet';
const LAST_ANALYSIS_KEY = 'sheetcare.lastAnalysis';
const STATUS_CHOICES_KEY = 'sheetcare.statusChoices';

/**
 * A column the user chose, remembered by its header text: a column inserted or deleted
 * before it moves it, and the text finds it again. The position is only a hint.
 */
export interface ChosenColumn {
  readonly header: string;
  readonly index: number;
}

export interface OrderSheetChoice {
  readonly sheetName?: string;
  /** Columns the user corrected, by field; "none" says the sheet has no such column. */
  readonly columns?: Partial<Record<OrderField, ChosenColumn | 'none'>>;
}

export type { Stored } from './spreadsheetStore';
export { readStored } from './spreadsheetStore';

/** The document's own properties: null in a run without the document. */
const documentProps = () => PropertiesService.getDocumentProperties();

const readJson = <T>(key: string, stored?: Stored): Partial<T> | undefined =>
  parsed<T>(stored ? stored[key] : readValue(key));

/** Stored settings, each field validated again: a hand-edited property cannot break a run. */
export function loadSettings(from?: Stored): Settings {
  const stored = readJson<Settings>(SETTINGS_KEY, from);
  if (!stored) return DEFAULT_SETTINGS;
  return validateSettings(stored as Record<string, unknown>).settings ?? DEFAULT_SETTINGS;
}

export function saveSettings(settings: Settings): void {
  writeValue(SETTINGS_KEY, JSON.stringify(settings));
}

/** The stored choice, keeping only well-formed entries: a hand-edited property cannot break a run. */
export function loadOrderSheetChoice(from?: Stored): OrderSheetChoice {
  const raw = readJson<OrderSheetChoice>(ORDER_SHEET_KEY, from);
  if (!raw || typeof raw.sheetName !== 'string') return {};
  const columns: Partial<Record<OrderField, ChosenColumn | 'none'>> = {};
  const stored = (raw.columns ?? {}) as Record<string, unknown>;
  for (const field of ORDER_FIELDS) {
    const c = stored[field] as Partial<ChosenColumn> | 'none' | undefined;
    if (c === 'none') columns[field] = 'none';
    else if (c && typeof c.header === 'string' && Number.isInteger(c.index) && c.index! >= 0) {
      columns[field] = { header: c.header, index: c.index! };
    }
  }
  return { sheetName: raw.sheetName, columns };
}

export function saveOrderSheetChoice(choice: OrderSheetChoice): void {
  writeValue(ORDER_SHEET_KEY, JSON.stringify(choice));
}

/** How each status the order sheet's format does not know counts, as the user said. */
export function loadStatusChoices(from?: Stored): Record<string, boolean> {
  const stored = readJson<Record<string, unknown>>(STATUS_CHOICES_KEY, from) ?? {};
  return Object.fromEntries(
    Object.entries(stored).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'),
  );
}

export function saveStatusChoice(status: string, counts: boolean): void {
  writeValue(
    STATUS_CHOICES_KEY,
    JSON.stringify({ ...loadStatusChoices(), [statusKey(status)]: counts }),
  );
}

/** The latest analysis, so the sidebar opens on it; a few KB, well within one property. */
export function saveLastAnalysis(result: AnalyzeResult): void {
  documentProps()?.setProperty(LAST_ANALYSIS_KEY, JSON.stringify(result));
}

/**
 * The latest analysis, or null. One that no longer reads as an analysis (written by an older
 * version, edited by hand, holding a number that is not finite) is discarded, not shown as an
 * error on every open.
 */
export function loadLastAnalysis(): AnalyzeResult | null {
  const props = documentProps();
  const text = props?.getProperty(LAST_ANALYSIS_KEY) ?? null;
  if (text === null) return null;
  const raw = parsed<AnalyzeResult>(text);
  if (raw && isAnalyzeResult(raw)) return raw;
  props!.deleteProperty(LAST_ANALYSIS_KEY);
  return null;
}

const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const groupRows = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.every(
    (g: Record<string, unknown>) =>
      g !== null &&
      typeof g === 'object' &&
      typeof g.key === 'string' &&
      ['customers', 'spend', 'shareOfCustomers', 'shareOfSpend'].every((k) => finite(g[k])),
  );

function isAnalyzeResult(v: Record<string, unknown>): v is AnalyzeResult & Record<string, unknown> {
  const value = v.value as Record<string, unknown> | null | undefined;
  const sheets = v.sheets as Record<string, unknown> | null | undefined;
  return (
    (v.lang === 'en' || v.lang === 'zh') &&
    typeof v.orderSheet === 'string' &&
    typeof v.ranAt === 'string' &&
    (v.asOf === null || typeof v.asOf === 'string') &&
    ['customers', 'buyers', 'spend', 'rowsRead', 'rowsUsed', 'rowsNotUsed'].every((k) =>
      finite(v[k]),
    ) &&
    ['tiers', 'segments', 'classes', 'statuses'].every((k) => groupRows(v[k])) &&
    !!value &&
    ['basic', 'satisfied', 'complaintLoss'].every((k) => finite(value[k])) &&
    Array.isArray(v.pareto) &&
    v.pareto.every((p: Record<string, unknown>) => finite(p?.topShare) && finite(p?.spendShare)) &&
    !!sheets &&
    ['customers', 'summary', 'issues'].every((k) => typeof sheets[k] === 'string') &&
    Array.isArray(v.staleChoices) &&
    Array.isArray(v.unknownStatuses) &&
    typeof v.format === 'object' &&
    Array.isArray(v.newSheets)
  );
}

const REMINDERS_KEY = 'sheetcare.reminders';
const JOB_KEY = 'sheetcare.reminderJob';
const SECRET_KEY = 'sheetcare.unsubscribeKey';

/** How the reminder job runs, as the user set it in the panel. */
export type ReminderConfig = ReminderSettings;

/** How long the Send log keeps rows one by one, in days: a month at least, ten years at most. */
export const LOG_DAYS = { min: 30, max: 3650 } as const;

export const DEFAULT_REMINDER_CONFIG: ReminderConfig = {
  hour: 9,
  dryRun: false,
  shop: '',
  capPerDay: 1,
  logDays: 365,
  closed: '',
};

export function loadReminderConfig(): ReminderConfig {
  const c = readJson<ReminderConfig>(REMINDERS_KEY) ?? {};
  const d = DEFAULT_REMINDER_CONFIG;
  return {
    hour: Number.isInteger(c.hour) && c.hour! >= 0 && c.hour! <= 23 ? c.hour! : d.hour,
    dryRun: typeof c.dryRun === 'boolean' ? c.dryRun : d.dryRun,
    shop: typeof c.shop === 'string' ? c.shop : d.shop,
    capPerDay:
      Number.isInteger(c.capPerDay) && c.capPerDay! >= 1 && c.capPerDay! <= 10
        ? c.capPerDay!
        : d.capPerDay,
    logDays:
      Number.isInteger(c.logDays) && c.logDays! >= LOG_DAYS.min && c.logDays! <= LOG_DAYS.max
        ? c.logDays!
        : d.logDays,
    closed: typeof c.closed === 'string' && parseClosedDays(c.closed).ok ? c.closed : d.closed,
  };
}

export function saveReminderConfig(config: ReminderConfig): void {
  writeValue(REMINDERS_KEY, JSON.stringify(config));
}

/** A form SheetCare made: where its answers land, and a link to fill in per customer. */
export interface FormRecord {
  readonly formId: string;
  /** The responses sheet's ID. */
  readonly sheetId: number;
  /** A prefilled link whose answer is a slot each mail fills in. */
  readonly link: string;
  /**
   * Whether anyone with the link can answer: false where a Workspace domain keeps the form to
   * its own people (customers are not); unknown for a form made before this was asked.
   */
  readonly open?: boolean;
}

/** The unsubscribe form: its answers are filed by their own identity, in the ledger. */
export type UnsubscribeFormRecord = FormRecord;

export type LastRun = LastRunInfo;

/** What the job remembers between runs. */
export interface JobState {
  /** The last day planned (a day number, spreadsheet time). */
  readonly plannedDay?: number;
  readonly dryPlannedDay?: number;
  /** The day the user was last told by mail that the job failed. */
  readonly noticeDay?: number;
  readonly form?: UnsubscribeFormRecord;
  readonly lastRun?: LastRun;
  /** A run is sending: left set by a run that was killed, so the next one checks the log. */
  readonly busy?: boolean;
  /** Mails the last run left for want of quota or time. */
  readonly waiting?: number;
  /** The ledger's events up to this number are written out to the Send log. */
  readonly loggedSeq?: number;
  /** The sheet of survey answers that came in since the survey's sheets were last written. */
  readonly surveyPending?: number;
  /** When the survey's sheets were last written after an answer (UTC ms). */
  readonly surveyRefreshedAt?: number;
  /** When the hourly trigger last ran at all (UTC ms): a gap means it was stopped. */
  readonly tickAt?: number;
  /** The last hours the trigger did not run (UTC ms), for the panel. */
  readonly gap?: { readonly from: number; readonly to: number };
  /** The day the user was last told the trigger had stopped. */
  readonly stallNoticeDay?: number;
  /** The month ("2026-11") the Send log's old rows were last summarised in. */
  readonly summarisedMonth?: string;
}

export function loadJobState(): JobState {
  const s = parsed<JobState>(readOwn(JOB_KEY)) ?? {};
  const day = (v: unknown) => (Number.isInteger(v) ? (v as number) : undefined);
  const f = s.form;
  return {
    plannedDay: day(s.plannedDay),
    dryPlannedDay: day(s.dryPlannedDay),
    noticeDay: day(s.noticeDay),
    form: formRecord(f),
    lastRun: s.lastRun && typeof s.lastRun.at === 'string' ? s.lastRun : undefined,
    busy: s.busy === true,
    waiting: Number.isInteger(s.waiting) ? s.waiting : 0,
    loggedSeq: Number.isInteger(s.loggedSeq) ? s.loggedSeq : 0,
    surveyPending: Number.isInteger(s.surveyPending) ? s.surveyPending : undefined,
    surveyRefreshedAt: Number.isFinite(s.surveyRefreshedAt) ? s.surveyRefreshedAt : undefined,
    tickAt: Number.isFinite(s.tickAt) ? s.tickAt : undefined,
    gap:
      s.gap && Number.isFinite(s.gap.from) && Number.isFinite(s.gap.to)
        ? { from: s.gap.from, to: s.gap.to }
        : undefined,
    stallNoticeDay: day(s.stallNoticeDay),
    summarisedMonth: typeof s.summarisedMonth === 'string' ? s.summarisedMonth : undefined,
  };
}

export function saveJobState(state: JobState): void {
  writeOwn(JOB_KEY, JSON.stringify(state));
}

/** The key of the unsubscribe hashes: made once, kept in this spreadsheet only (not a copy). */
export function unsubscribeSecret(): string {
  const stored = readOwn(SECRET_KEY);
  if (stored) return stored;
  const secret = `${Utilities.getUuid()}${Utilities.getUuid()}`;
  writeOwn(SECRET_KEY, secret);
  return secret;
}

const SURVEYS_KEY = 'sheetcare.surveys';

export interface SurveyForms {
  readonly questionnaire?: FormRecord;
  readonly postOrder?: FormRecord;
  /** The period the Satisfaction sheet reports by. */
  readonly period?: Period;
}

function formRecord(f: Partial<FormRecord> | undefined): FormRecord | undefined {
  if (!f || typeof f.formId !== 'string' || !Number.isInteger(f.sheetId)) return undefined;
  if (typeof f.link !== 'string') return undefined;
  const open = typeof f.open === 'boolean' ? { open: f.open } : {};
  return { formId: f.formId, sheetId: f.sheetId!, link: f.link, ...open };
}

export function loadSurveyForms(): SurveyForms {
  const s = parsed<SurveyForms>(readOwn(SURVEYS_KEY)) ?? {};
  return {
    questionnaire: formRecord(s.questionnaire),
    postOrder: formRecord(s.postOrder),
    period: s.period === 'quarter' || s.period === 'month' ? s.period : 'year',
  };
}

export function saveSurveyForms(forms: SurveyForms): void {
  writeOwn(SURVEYS_KEY, JSON.stringify(forms));
}
