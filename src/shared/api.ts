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
import type { Currency } from '../core/ground/currency';
import type { ValueSummary } from '../core/customers/analysis';

import type { Kind } from '../core/reminders/rules';
import type { LogStatus } from '../core/reminders/sendLog';
import type { Period } from '../core/surveys/responses';
import type { SurveyKind } from '../core/surveys/questionnaire';

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

export type ReminderSheetRole =
  'rules' | 'activities' | 'coupons' | 'log' | 'contacts' | 'doNotEmail';

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
  readonly tiers: GroupRow[];
  readonly segments: GroupRow[];
  readonly classes: GroupRow[];
  readonly statuses: GroupRow[];
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

/** A satisfaction survey's results, labelled in the user's language. */
export interface SurveyReport {
  readonly sheetName: string;
  readonly respondents: number;
  /** 0–100, 5 points = 100 (the brief's formula); null when an indicator has no answers. */
  readonly index: number | null;
  /** 0–100 with 1 point = 0. */
  readonly zeroIndex: number | null;
  readonly indicators: {
    readonly letter: string;
    readonly name: string;
    readonly weight: number;
    readonly mean: number | null;
    readonly answered: number;
  }[];
  /** The indicator where a better mean would lift the index most (weight × room to 5). */
  readonly mostToGain: string | null;
  readonly byYear: {
    readonly year: number;
    readonly respondents: number;
    readonly index: number | null;
  }[];
  /** Answers no scale can read, by sheet row and indicator letter. */
  readonly bad: {
    readonly row: number;
    readonly letter: string;
    readonly value: string;
    /** The sheet column, A1 letters. */
    readonly column?: string;
  }[];
}

/** A reminder rule as the panel lists it, in the spreadsheet's language. */
export interface RuleInfo {
  readonly id: string;
  readonly on: boolean;
  readonly kind: Kind;
  readonly name: string;
  readonly when: string;
  readonly audience: string;
  readonly priority: number;
}

/** A due reminder: planned, sent, waiting or skipped, as the Send log holds it. */
export interface ReminderLine {
  readonly key: string;
  readonly customer: string;
  readonly name: string;
  readonly email: string;
  readonly tier: string;
  readonly rule: string;
  readonly status: LogStatus;
  /** Why it was skipped or failed, in words; '' when nothing went wrong. */
  readonly note: string;
  /** ISO day it is for. */
  readonly day: string;
}

export interface ReminderSettings {
  readonly hour: number;
  readonly dryRun: boolean;
  readonly shop: string;
  readonly capPerDay: number;
  /** Days the Send log keeps each row; older rows become monthly totals. */
  readonly logDays: number;
}

export interface ReminderState {
  readonly lang: Lang;
  /** ISO day, spreadsheet time. */
  readonly today: string;
  readonly timeZone: string;
  /** The reminder sheets that exist, by role. */
  readonly sheets: Partial<Record<ReminderSheetRole, string>>;
  readonly rules: RuleInfo[];
  /** What is wrong on the rules sheet, first first; no mail goes until it is fixed. */
  readonly ruleErrors: string[];
  readonly settings: ReminderSettings;
  /** The shop's name as mails say it. */
  readonly shop: string;
  /** The hourly trigger is installed for this user and document. */
  readonly jobOn: boolean;
  readonly lastRun: LastRunInfo | null;
  /** Each key's latest status, counted. */
  readonly counts: Readonly<Record<LogStatus, number>>;
  /** Sends nobody knows the end of: for the user to resend or dismiss. */
  readonly unknowns: ReminderLine[];
  /** Contact-list rows not yet ticked done. */
  readonly contactsOpen: number;
  readonly doNotEmail: {
    readonly customer: string;
    readonly email: string;
    readonly source: string;
  }[];
  /** Mails this account may still send today. */
  readonly quota: number;
  /** The job is on but its trigger has not run since this time (ISO): Google stopped it. */
  readonly stalledSince: string | null;
  /** The last hours within a week when the trigger did not run (ISO times), if any. */
  readonly lastGap: { readonly from: string; readonly to: string } | null;
}

export interface LastRunInfo {
  readonly at: string;
  readonly planned: number;
  readonly sent: number;
  readonly failed: number;
  readonly unknown: number;
  readonly waiting: number;
  readonly dryRun: boolean;
  readonly error?: string;
}

/** Today's plan: what the rules make due today, and where each stands. */
export interface TodayPlan {
  readonly today: string;
  readonly total: number;
  readonly byRule: {
    readonly rule: string;
    readonly name: string;
    readonly mails: number;
    readonly contacts: number;
    readonly skipped: number;
  }[];
  /** The first lines, first first. */
  readonly lines: ReminderLine[];
  /** Problems on the Activities and Coupons sheets. */
  readonly problems: string[];
}

export interface MailRequest {
  readonly rule: string;
  /** A customer ID, or '' for a sample customer. */
  readonly customer: string;
}

export interface MailPreview {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The Satisfaction and Follow-up sheets as written, for the panel. */
export interface SatisfactionReport {
  readonly sheetName: string;
  readonly period: Period;
  readonly respondents: number;
  readonly index: number | null;
  readonly zeroIndex: number | null;
  readonly nps: number | null;
  readonly periods: {
    readonly key: string;
    readonly respondents: number;
    readonly index: number | null;
    readonly change: number | null;
    readonly nps: number | null;
  }[];
  readonly byTier: SatisfactionGroup[];
  readonly byStatus: SatisfactionGroup[];
  /** Responses on the Follow-up sheet. */
  readonly followUps: number;
  /** Its first rows: A customers first, then the most at stake. */
  readonly firstFollowUps: {
    readonly customer: string;
    readonly name: string;
    readonly tier: string;
    readonly loss: number | null;
    readonly low: string;
    readonly text: string;
  }[];
  /** Answers no scale can read. */
  readonly bad: number;
  /**
   * Answers on SheetCare's forms that gave a customer number without the reference of that
   * customer's mail: counted in the index, filed as nobody.
   */
  readonly unverified: number;
  readonly sheets: { readonly satisfaction: string; readonly followUp: string };
}

/** The survey forms SheetCare made: each one's link for anyone to answer, or null. */
export interface SurveyFormsInfo {
  readonly questionnaire: string | null;
  readonly postOrder: string | null;
  readonly period: Period;
}

export interface SatisfactionGroup {
  readonly key: string;
  readonly respondents: number;
  readonly index: number | null;
  readonly nps: number | null;
}

export interface ServerApi {
  getSidebarState(): SidebarState;
  inspectOrderSheet(sheetName: string): OrderSheetInfo | null;
  saveColumnChoice(choice: ColumnChoice): OrderSheetInfo | null;
  /** Analyses the named order sheet (the one in the picker), else the chosen or detected one. */
  analyzeCustomers(sheetName?: string): AnalyzeResult;
  saveSettings(input: SettingsInput): SaveSettingsResult;
  showSheet(name: string): void;
  /** The survey on the named sheet, or on the first sheet of answers when the name is ''. */
  surveyReport(sheetName: string): SurveyReport | null;
  /** Says whether rows of a status the format does not know count as sales. */
  saveStatusChoice(choice: StatusChoice): void;
  reminderState(): ReminderState;
  /** Makes the reminder sheets that do not exist yet (rules with defaults, all off) and the unsubscribe form. */
  setUpReminders(): ReminderState;
  setRuleOn(change: { readonly id: string; readonly on: boolean }): ReminderState;
  saveReminderSettings(settings: ReminderSettings): ReminderState;
  /** Installs the hourly job (installing twice leaves one), or removes it. */
  switchReminderJob(on: boolean): ReminderState;
  /** Runs the job now, as the trigger would. */
  runRemindersNow(): LastRunInfo;
  planToday(): TodayPlan;
  previewMail(request: MailRequest): MailPreview;
  /** Sends the preview to the user's own address; returns the address. */
  sendTestMail(request: MailRequest): string;
  resolveUnknown(change: { readonly key: string; readonly resend: boolean }): ReminderState;
  /** An email or a customer ID. */
  addDoNotEmail(value: string): ReminderState;
  removeDoNotEmail(value: string): ReminderState;
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
}

export interface QuestionnairePlanned {
  readonly planned: number;
  readonly contacts: number;
  readonly skipped: number;
}

export interface StatusChoice {
  readonly status: string;
  readonly counts: boolean;
}
