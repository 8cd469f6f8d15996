/** The Reminders panel's half of the contract with the server (api.ts holds ServerApi). */
import type { Kind } from '../core/reminders/rules';
import type { Lang } from '../core/ground/i18n';
import type { LogStatus } from '../core/reminders/sendLog';

export type ReminderSheetRole =
  'rules' | 'activities' | 'coupons' | 'log' | 'contacts' | 'doNotEmail' | 'contactsExport';
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
  /** Days the shop is closed, as typed ("2027-02-10 ~ 2027-02-17, 2027-10-01"): see closedDays. */
  readonly closed: string;
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
  /** The spreadsheet's job is on (run by whichever account `runner` names). */
  readonly jobOn: boolean;
  /** Who sends this spreadsheet's reminders, since when (ISO); `me` when it is this user. */
  readonly runner: { readonly by: string; readonly since: string; readonly me: boolean } | null;
  /** How many spreadsheets this user's account sends reminders from, and the most it may. */
  readonly account: { readonly count: number; readonly limit: number };
  /** This account's last run could not open this spreadsheet, or lacked a permission: why. */
  readonly runFailure: string | null;
  /** The job's permissions this user has not granted, in words. */
  readonly missingScopes: string[];
  /** A form of SheetCare's (unsubscribe, surveys) only people in the shop's domain can answer. */
  readonly formsClosed: boolean;
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

/** A rule's reminders on a day: by mail, on the contact list, and skipped. */
export interface RuleCounts {
  readonly rule: string;
  readonly name: string;
  readonly mails: number;
  readonly contacts: number;
  /** Due but not to be sent (unsubscribed, no consent, outside the audience…). */
  readonly skipped: number;
}

/** Today's plan: what the rules make due today, and where each stands. */
export interface TodayPlan {
  readonly today: string;
  readonly total: number;
  readonly byRule: RuleCounts[];
  /** The first lines, first first. */
  readonly lines: ReminderLine[];
  /** Mails still to go today (planned or to retry), and the first of their recipients. */
  readonly toSend: number;
  readonly firstToSend: string[];
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
  /** Why the job would not mail it to this customer, in words; '' when it would. */
  readonly notSent: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The next days as the job would plan them today: per day and rule, how many and who. */
export interface LookAhead {
  /** ISO day the look starts after. */
  readonly today: string;
  readonly days: LookAheadDay[];
}

export interface LookAheadDay {
  /** ISO day. */
  readonly day: string;
  /** The shop marked it closed: replenishment waits, other reminders still go. */
  readonly closed: boolean;
  readonly byRule: (RuleCounts & {
    /** The first of those who get it, by mail or by hand, in sending order. */
    readonly who: { readonly name: string; readonly reach: string; readonly byHand: boolean }[];
    /** How many more get it than `who` lists. */
    readonly more: number;
  })[];
}

/** Today's open contacts as a file, and the sheet that holds them too. */
export interface ContactsExport {
  readonly count: number;
  /** The file name to save as. */
  readonly file: string;
  /** The sheet the rows were written to ('' when there were none). */
  readonly sheet: string;
  /** The file's text (the sidebar adds the byte-order mark Excel and WPS need for UTF-8). */
  readonly csv: string;
}

export interface QuestionnairePlanned {
  readonly planned: number;
  readonly contacts: number;
  readonly skipped: number;
  /** The first who get it by mail, in sending order. */
  readonly first: string[];
}
