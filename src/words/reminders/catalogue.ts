/** The words of the reminders wing: the rules, their sheets, the mails themselves, the Reminders panel and what can go wrong. */
import type { Kind, RuleColumn } from '../../core/reminders/rules';
import type { LogStatus, Reason } from '../../core/reminders/sendLog';
import type { ReminderSheetColumns } from '../../core/reminders/reminderSheets';

/** A default rule, as the Reminder rules sheet starts. */
export interface DefaultRule {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  /** A festival's name, for holiday rules. */
  readonly occasion: string;
  readonly days: number;
  readonly audience: string;
  readonly priority: number;
  readonly subject: string;
  readonly body: string;
}

export interface ReminderWords {
  readonly kinds: Readonly<Record<Kind, string>>;
  /** The audience word for every customer. */
  readonly everyone: string;
  /** A day in a mail. */
  readonly date: (year: number, month: number, day: number) => string;
  /** "2 days before", "on the day", "7 days after". */
  readonly when: (days: number) => string;
  readonly ruleHeaders: Readonly<Record<RuleColumn, string>>;
  readonly headers: {
    readonly [S in keyof ReminderSheetColumns]: Readonly<Record<ReminderSheetColumns[S], string>>;
  };
  readonly statuses: Readonly<Record<LogStatus, string>>;
  readonly reasons: Readonly<Record<Reason, string>>;
  /** What a Send log row summarising a month's rows says in its name column. */
  readonly monthSummary: string;
  /** A Send log line standing for many reminders skipped for one reason. */
  readonly skippedCount: (reason: string, count: number) => string;
  /** Said by the sheet protection of SheetCare's ledger, to whoever tries to edit it. */
  readonly ledgerProtection: string;
  /** Put before a mail's plain-text unsubscribe address when the template has none. */
  readonly unsubscribeLine: (shop: string) => string;
  /** The button of a mail's link. */
  readonly buttons: { readonly survey: string; readonly activity: string };
  readonly fallbackName: string;
  /** What {{lastDay}} says on an activity's last day. */
  readonly lastDay: string;
  readonly testSubject: (subject: string) => string;
  readonly unsubscribeForm: {
    readonly title: (shop: string) => string;
    readonly description: string;
    readonly question: string;
    readonly confirmation: string;
  };
  readonly sources: { readonly form: string; readonly panel: string; readonly bounced: string };
  /** The hourly job failed three runs in a row: what failed, and how to fix it. */
  readonly jobFailed: {
    readonly subject: string;
    readonly body: (spreadsheet: string, error: string, fix: string, url: string) => string;
    /** By kind: the spreadsheet would not open, a permission is missing, the run failed. */
    readonly fix: { readonly open: string; readonly scope: string; readonly run: string };
  };
  /** The hourly job did not run for hours: Apps Script stopped its trigger. */
  readonly jobStalled: {
    readonly subject: string;
    readonly body: (spreadsheet: string, from: string, to: string, url: string) => string;
  };
  /** Stand-in values for a preview where the customer has no such occasion yet. */
  readonly sample: {
    readonly activity: string;
    /** An activity's example description, its amounts in the shop's currency. */
    readonly description: (money: (amount: number) => string) => string;
    readonly coupon: string;
    readonly product: string;
    /** The unsubscribe reference of a preview or a test mail: no customer's, and refused. */
    readonly reference: string;
  };
  /**
   * The example row Activities and Coupons start with: its first cell starts with the example
   * mark (示例： / Example:, in either language), so it is never sent.
   */
  readonly examples: {
    readonly activity: { readonly name: string; readonly description: string };
    readonly coupon: { readonly customer: string; readonly code: string };
  };
  readonly defaults: readonly DefaultRule[];
  readonly errors: {
    readonly badOn: (cell: string) => string;
    readonly badId: (cell: string) => string;
    readonly duplicateId: (cell: string, id: string, firstRow: number) => string;
    readonly badKind: (cell: string, value: string, kinds: readonly string[]) => string;
    readonly badOccasion: (cell: string, value: string) => string;
    readonly badWhen: (cell: string, value: string) => string;
    readonly badAudience: (cell: string, value: string) => string;
    readonly badPriority: (cell: string, value: string, max: number) => string;
    readonly emptyTemplate: (cell: string) => string;
    readonly unknownPlaceholder: (cell: string, placeholder: string, allowed: string) => string;
    readonly unclosedSection: (cell: string, placeholder: string) => string;
    /** {{unsubscribe}} only inside a section: a mail without the section has no way out. */
    readonly unsubscribeInSection: (cell: string, section: string) => string;
    readonly placeholderNotForKind: (
      cell: string,
      placeholder: string,
      kind: string,
      allowed: string,
    ) => string;
    readonly badActivity: (sheet: string, cell: string) => string;
    readonly badCoupon: (sheet: string, cell: string) => string;
    readonly unknownCouponCustomer: (sheet: string, cell: string, customer: string) => string;
    readonly noRulesSheet: string;
    /** The chosen order sheet is the sample shop's copy: its customers are never mailed. */
    readonly sampleShopNotMailed: (sheet: string) => string;
    /** Neither the settings nor the orders' export name the shop. */
    readonly noShopName: string;
    readonly badClosedDays: (part: string, maxDays: number) => string;
    readonly rulesInvalid: (sheet: string, count: number, first: string) => string;
    readonly noSuchRule: (id: string) => string;
    readonly noSuchCustomer: (id: string) => string;
    readonly noUserEmail: string;
    readonly noSurveyRule: string;
    readonly badHour: string;
    readonly jobBusy: string;
    /** Another account runs this spreadsheet's reminders. */
    readonly runByOther: (by: string, since: string) => string;
    readonly runNowByOther: (by: string) => string;
    readonly tooManySpreadsheets: (limit: number) => string;
    readonly scopesMissing: (scopes: string) => string;
    readonly badEmail: (value: string) => string;
    readonly bounceNeedsEmail: (value: string) => string;
    readonly noSuchKey: (key: string) => string;
  };
}

export interface ReminderWingWords {
  /** Reminder emails: the rules, their sheets, the mails themselves and what can go wrong. */
  readonly reminders: ReminderWords;

  /** The Reminders panel. */
  readonly remindersPanel: {
    readonly notSetUp: string;
    readonly setUp: string;
    /** Under the shop's name at set-up: where it comes from when left blank. */
    readonly shopHint: string;
    readonly closed: string;
    readonly closedHint: string;
    readonly settingUp: string;
    readonly job: string;
    readonly jobOn: string;
    readonly jobOff: string;
    readonly turnOn: string;
    readonly turnOff: string;
    readonly hour: string;
    readonly hourOption: (hour: number) => string;
    readonly dryRun: string;
    readonly shop: string;
    readonly cap: string;
    /** How long the Send log keeps each row before it becomes part of a monthly total. */
    readonly logDays: string;
    readonly logDaysOption: (days: number) => string;
    readonly save: string;
    readonly saving: string;
    readonly runNow: string;
    readonly running: string;
    readonly lastRun: (at: string, sent: number, waiting: number, failed: number) => string;
    readonly lastDryRun: (at: string, planned: number) => string;
    readonly lastError: (at: string, message: string) => string;
    /** Who runs the job, and since when. */
    readonly runBy: (by: string, since: string) => string;
    readonly runByMe: (since: string) => string;
    /** How many spreadsheets this account runs reminders in, of how many it may. */
    readonly accountJobs: (count: number, limit: number) => string;
    /** Turned off by another account than the one that runs it. */
    readonly offForOther: (by: string) => string;
    /** The job's permissions the user has not granted, in words. */
    readonly scopesMissing: (what: string) => string;
    readonly scopeNames: Readonly<Record<string, string>>;
    /** A form only the shop's own domain can answer. */
    readonly formsClosed: string;
    /** The trigger has not run for hours. */
    readonly stalled: (since: string) => string;
    /** It did not run for some hours, and runs again. */
    readonly gap: (from: string, to: string) => string;
    readonly quota: (left: number) => string;
    readonly plan: string;
    readonly showPlan: string;
    readonly planLine: (today: string, total: number) => string;
    readonly planCounts: (mails: number, contacts: number, skipped: number) => string;
    readonly rules: string;
    readonly ruleErrors: string;
    readonly openSheet: string;
    readonly preview: string;
    readonly rule: string;
    readonly customer: string;
    readonly customerHint: string;
    readonly showPreview: string;
    readonly sendTest: string;
    readonly testSent: (to: string) => string;
    readonly to: (email: string) => string;
    readonly unknowns: string;
    readonly unknownsHelp: string;
    readonly resend: string;
    readonly dismiss: string;
    readonly contacts: (open: number) => string;
    readonly exportContacts: string;
    /** The export's outcome, and the sheet to download from where the browser refused the file. */
    readonly exported: (count: number, file: string, sheet: string) => string;
    readonly nothingToExport: string;
    /** The CSV's file name for an ISO day. */
    readonly exportFile: (day: string) => string;
    /** Why some customers are on the Contact list and what its messages are for. */
    readonly contactsWhy: string;
    readonly doNotEmail: string;
    readonly doNotEmailHint: string;
    readonly markBounced: string;
    /** The first recipients by name (each once), and whether more follow. */
    readonly firstOf: (count: number, first: readonly string[]) => string;
    readonly confirmRunNow: (mails: number, first: string) => string;
    readonly confirmTurnOn: (hour: string, mails: number, first: string) => string;
    readonly confirmQuestionnaire: (
      mails: number,
      contacts: number,
      skipped: number,
      first: string,
    ) => string;
    readonly yesSend: string;
    readonly yesTurnOn: string;
    readonly cancel: string;
    readonly lookAhead: string;
    readonly showLookAhead: string;
    readonly aheadDay: (day: string, mails: number, contacts: number) => string;
    readonly aheadRule: (rule: string, mails: number, contacts: number, skipped: number) => string;
    readonly aheadNothing: string;
    readonly aheadClosed: string;
    readonly aheadMore: (count: number) => string;
    readonly byHand: string;
    /** A preview's customer would not be mailed, and why. */
    readonly wouldNotSend: (why: string) => string;
    readonly toContactList: (why: string) => string;
    /** Why a customer has no occasion for a rule of this kind: the preview shows sample values. */
    readonly noOccasion: Partial<Record<Kind, string>>;
    /** Why bounces are the owner's to mark. */
    readonly bouncedHelp: string;
    readonly add: string;
    readonly remove: string;
    readonly nobody: string;
    readonly counts: string;
  };
}
