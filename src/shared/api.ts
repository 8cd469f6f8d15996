/**
 * The one interface between the sidebar and the server. Each method is a google.script.run
 * endpoint taking at most one argument; the build generates a top-level function for each.
 * Only plain data crosses: Apps Script refuses Dates, so dates travel as ISO strings.
 */
import type { ColumnMap } from '../core/ground/columns';
import type { OrderField } from '../core/ground/fields';
import type { Lang } from '../core/ground/i18n';
import type { PlatformId } from '../core/ground/platforms';
import type { Settings } from '../core/customers/settings';
import type { LostBy } from '../core/customers/status';
import type { Currency } from '../core/ground/currency';
import type { ValueSummary } from '../core/customers/analysis';

import type { Kind } from '../core/reminders/rules';
import type { LogStatus } from '../core/reminders/sendLog';
import type { Period } from '../core/surveys/responses';
import type { SurveyKind } from '../core/surveys/questionnaire';

import type {
  ReminderSettings,
  ReminderState,
  LastRunInfo,
  TodayPlan,
  MailRequest,
  MailPreview,
  QuestionnairePlanned,
  ContactsExport,
  LookAhead,
} from './reminderApi';
import type { SurveyReport, SatisfactionReport, SurveyFormsInfo } from './surveyApi';

// The panels' halves of the contract, so that every importer names one file.
export type * from './reminderApi';
export type * from './surveyApi';

export type {
  Currency,
  Kind,
  Lang,
  LogStatus,
  OrderField,
  Period,
  Settings,
  SurveyKind,
  ValueSummary,
};

/** A data row as SheetCare reads it, for the user to check the column mapping. */
export interface PreviewRow {
  readonly row: number;
  readonly customer: string;
  readonly name: string;
  /** The amount read, or '' when the row is not used. */
  readonly amount: number | '';
  /** ISO date-time (local wall clock), or ''. */
  readonly date: string;
  /** Why the row is not used, in the user's language; '' when it is. */
  readonly problem: string;
  /** The order this row is a further line item of (counted on that order's row), or ''. */
  readonly lineOf: string;
}

/** A column the user chose whose header is no longer on the sheet; recognition stands in. */
export interface StaleChoice {
  readonly field: OrderField;
  /** The header the choice was made on. */
  readonly header: string;
}

/** The export format SheetCare recognised by its headers. */
export interface FormatInfo {
  readonly id: PlatformId;
}

/** A status the format does not know, and how it counts (the user can change it). */
export interface UnknownStatusInfo {
  readonly status: string;
  readonly rows: number;
  readonly firstRow: number;
  readonly counted: boolean;
}

export interface OrderSheetInfo {
  readonly sheetName: string;
  /** 1-based row of the headers. */
  readonly headerRow: number;
  readonly headers: string[];
  /** The mapping in force: detected, with the user's corrections applied. */
  readonly columns: ColumnMap;
  readonly detected: ColumnMap;
  readonly missing: OrderField[];
  readonly staleChoices: StaleChoice[];
  readonly format: FormatInfo;
  readonly dataRows: number;
  /** The shop's name as the export writes it (店铺名称), '' when it has no such column. */
  readonly shopName: string;
  readonly preview: PreviewRow[];
}

/** One row of a breakdown (a tier, segment, class or status), by key: the panel names it. */
export interface GroupRow {
  readonly key: string;
  readonly customers: number;
  readonly spend: number;
  readonly shareOfCustomers: number;
  readonly shareOfSpend: number;
}

export interface AnalyzeResult {
  readonly lang: Lang;
  readonly orderSheet: string;
  /** ISO day (yyyy-mm-dd) the analysis is taken as of: the latest purchase. */
  readonly asOf: string | null;
  /** ISO instant the analysis ran. */
  readonly ranAt: string;
  readonly customers: number;
  readonly buyers: number;
  readonly spend: number;
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsNotUsed: number;
  /** Rows of orders awaiting payment: not sales yet, not problems (0 in results saved before). */
  readonly awaitingPayment?: number;
  readonly tiers: GroupRow[];
  readonly segments: GroupRow[];
  readonly classes: GroupRow[];
  readonly statuses: GroupRow[];
  /** What "lost" meant (absent in results saved before the choice existed). */
  readonly lostBy?: LostBy;
  /** The shop's currency, from the spreadsheet or the settings; null when unknown. */
  readonly currency: Currency | null;
  /** Customer value as estimates, with the parameters used and where they came from. */
  readonly value: ValueSummary;
  readonly pareto: { readonly topShare: number; readonly spendShare: number }[];
  /** The sheets written, by role: SheetCare's own, or new ones under a free name. */
  readonly sheets: {
    readonly customers: string;
    readonly summary: string;
    readonly issues: string;
  };
  /** Sheets this run created (a user's sheet already had the name it would have taken). */
  readonly newSheets: string[];
  /** Column choices that no longer match their header and were not applied. */
  readonly staleChoices: StaleChoice[];
  readonly format: FormatInfo;
  readonly unknownStatuses: UnknownStatusInfo[];
  /** Where the orders came from, when a BigQuery table (absent: the order sheet). */
  readonly warehouse?: WarehouseResultInfo;
}

/** An Analyze on a BigQuery table: what it read and paid, and how much came back. */
export interface WarehouseResultInfo {
  readonly table: string;
  readonly billing: string;
  /** Bytes the queries read, as BigQuery bills them. */
  readonly bytes: number;
  /** Customers on the Customers sheet (the biggest spenders, up to the cap). */
  readonly shown: number;
  readonly rowCap: number;
}

/** A BigQuery result read in part: the next call goes on where this one stopped. */
export interface AnalyzeContinuing {
  readonly continuing: { readonly fetched: number; readonly total: number };
}

/** The table the team chose for its orders, as typed in the panel. */
export interface WarehouseSourceInput {
  readonly project: string;
  readonly dataset: string;
  readonly table: string;
  /** The project billed for queries; empty: the table's. */
  readonly billing?: string;
  readonly rowCap?: number;
  /** Columns chosen by the team, by field: a column name, or "none". */
  readonly columns?: Partial<Record<OrderField, string>>;
}

/** The chosen table as SheetCare read it: its columns, which is which, who pays. */
export interface WarehouseInfo {
  readonly source: Required<Omit<WarehouseSourceInput, 'columns'>> & {
    readonly columns: Partial<Record<OrderField, string>>;
  };
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  /** Field → column name, as recognised and corrected. */
  readonly recognised: Partial<Record<OrderField, string>>;
  readonly missing: OrderField[];
  readonly format: FormatInfo;
  /** Bytes one Analyze would read, as BigQuery's dry run measures them. */
  readonly estimate: number;
}

export interface SidebarState {
  readonly lang: Lang;
  readonly currency: Currency | null;
  /** The currencies a shop can choose in Settings. */
  readonly currencies: readonly Currency[];
  readonly sheetNames: string[];
  readonly orderSheet: OrderSheetInfo | null;
  readonly settings: Settings;
  readonly lastAnalysis: AnalyzeResult | null;
  /** The BigQuery table the orders are read from, when one is chosen. */
  readonly warehouse: WarehouseSourceInput | null;
}

/** Settings as typed in the sidebar: numbers or text such as "5%". */
export type SettingsInput = { readonly [K in keyof Settings]?: string | number };

export interface SaveSettingsResult {
  readonly saved: boolean;
  readonly settings: Settings;
  /** Per field, in the user's language. */
  readonly errors: { readonly [K in keyof Settings]?: string };
}

export interface ColumnChoice {
  readonly sheetName: string;
  /** Field → 0-based column; -1 means "this sheet has no such column". */
  readonly columns: ColumnMap;
}

export interface ServerApi {
  getSidebarState(): SidebarState;
  inspectOrderSheet(sheetName: string): OrderSheetInfo | null;
  /** Copies the sample shop's register into a new sheet (once) and makes it the order sheet. */
  addSampleShop(): OrderSheetInfo;
  saveColumnChoice(choice: ColumnChoice): OrderSheetInfo | null;
  /** Analyses the named order sheet (the one in the picker), else the chosen or detected one. */
  analyzeCustomers(sheetName?: string): AnalyzeResult | AnalyzeContinuing;
  /** Reads a BigQuery table's columns and, when it can be analysed, makes it the order source. */
  useWarehouse(input: WarehouseSourceInput): WarehouseInfo;
  /** Back to the order sheet. */
  leaveWarehouse(): void;
  saveSettings(input: SettingsInput): SaveSettingsResult;
  showSheet(name: string): void;
  /** The survey on the named sheet, or on the first sheet of answers when the name is ''. */
  surveyReport(sheetName: string): SurveyReport | null;
  /** Says whether rows of a status the format does not know count as sales. */
  saveStatusChoice(choice: StatusChoice): void;
  reminderState(): ReminderState;
  /** Makes the reminder sheets that do not exist yet (rules with defaults, all off) and the unsubscribe form. */
  /** The shop's name may be left blank when the orders' export carries it. */
  setUpReminders(setup?: { readonly shop?: string }): ReminderState;
  setRuleOn(change: { readonly id: string; readonly on: boolean }): ReminderState;
  saveReminderSettings(settings: ReminderSettings): ReminderState;
  /** Installs the hourly job (installing twice leaves one), or removes it. */
  switchReminderJob(on: boolean): ReminderState;
  /** Runs the job now, as the trigger would. */
  runRemindersNow(): LastRunInfo;
  planToday(): TodayPlan;
  /** The next 14 days, as the job would plan them today; nothing is recorded. */
  lookAhead(): LookAhead;
  previewMail(request: MailRequest): MailPreview;
  /** Sends the preview to the user's own address; returns the address. */
  sendTestMail(request: MailRequest): string;
  resolveUnknown(change: { readonly key: string; readonly resend: boolean }): ReminderState;
  /** An email or a customer ID. */
  addDoNotEmail(value: string): ReminderState;
  removeDoNotEmail(value: string): ReminderState;
  /** An address the owner saw bounce: on the list as bounced, never mailed again. */
  markBounced(email: string): ReminderState;
  /** Today's contacts not yet done, as a CSV and on the Contacts export sheet (made active). */
  exportContacts(): ContactsExport;
  /** Writes the Satisfaction and Follow-up sheets from the named sheet of answers ('' finds one). */
  writeSatisfaction(request: {
    readonly sheetName: string;
    readonly period: Period;
  }): SatisfactionReport | null;
  surveyForms(): SurveyFormsInfo;
  /** Makes the questionnaire or the post-order survey as a Google Form, once. */
  createSurveyForm(kind: SurveyKind): SurveyFormsInfo;
  /**
   * Plans the yearly questionnaire for today to an audience ('' for all, or the rules sheet's
   * words: "A, B", "流失客户"…), with the survey rule's mail, through the job, log and quota.
   */
  sendQuestionnaire(request: { readonly audience: string }): QuestionnairePlanned;
  /** What sendQuestionnaire would plan, for the user to confirm; nothing is recorded. */
  questionnaireWouldSend(request: { readonly audience: string }): QuestionnairePlanned;
}

export interface StatusChoice {
  readonly status: string;
  readonly counts: boolean;
}
