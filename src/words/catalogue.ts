/**
 * Every word SheetCare says to a user or a customer: one interface, implemented once per
 * language (en.ts, zh.ts), so a missing or extra translation fails the typecheck. Messages
 * with values are functions. Code elsewhere never holds a sentence: it names an entry here,
 * and the edge (a sheet, a dialog, a panel, a formula's cell) looks it up in the language
 * that the language rule picks (README, "Languages").
 */
import type { Tier } from '../core/customers/abc';
import type { IssueCode } from '../core/ground/orderRow';
import type { OrderField } from '../core/ground/fields';
import type { PlatformId } from '../core/ground/platforms';
import type { Cn8Class, Rf10Segment } from '../core/customers/rfm';
import type { Status } from '../core/customers/status';
import type { CustomerColumn } from '../core/customers/titles';
import type { Festival } from '../core/calendar/holidays';
import type { Settings } from '../core/customers/settings';
import type { Kind, RuleColumn } from '../core/reminders/rules';
import type { Period } from '../core/surveys/responses';
import type { LogStatus, Reason } from '../core/reminders/sendLog';
import type { ReminderSheetColumns } from '../core/reminders/reminderSheets';

/** The settings typed as figures, each with its own line of help. */
export type NumericSetting = Exclude<keyof Settings, 'lang' | 'shipping' | 'currency'>;

export type Lang = 'en' | 'zh';

/** A sentence not yet in a language: the edge says it in the user's. */
export type Message = (w: Words) => string;

/** The seven indicators of the satisfaction model, by letter. */
export type IndicatorLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

export interface Words {
  /** Digits and separators as this language writes numbers, for toLocaleString. */
  readonly numberLocale: string;
  /** Between a label and its value: ": " or "：". */
  readonly colon: string;
  /** Between the items of a list: ", " or "、". */
  readonly listSeparator: string;
  /** A remark in brackets: " (…)" or "（…）". */
  readonly inParens: (text: string) => string;

  readonly menu: {
    readonly open: string;
    readonly analyze: string;
    readonly reminders: string;
    readonly survey: string;
    readonly settings: string;
    readonly help: string;
  };
  readonly sidebarTitle: string;
  readonly help: string;
  readonly analysisDone: string;
  readonly errorTitle: string;
  readonly couldNotFinish: (message: string) => string;
  readonly analysisReport: {
    readonly summary: (
      sheet: string,
      customers: number,
      rowsUsed: number,
      rowsNotUsed: number,
      issues: string,
    ) => string;
    readonly seeSheets: (customers: string, summary: string) => string;
  };

  /** The domain's names. */
  readonly fields: Readonly<Record<OrderField, string>>;
  readonly titles: Readonly<Record<CustomerColumn, string>>;
  readonly tiers: Readonly<Record<Tier, string>>;
  readonly tierPolicies: Readonly<Record<Tier, string>>;
  readonly segments: Readonly<Record<Rf10Segment, string>>;
  readonly classes: Readonly<Record<Cn8Class, string>>;
  readonly statuses: Readonly<Record<Status, string>>;
  readonly indicators: Readonly<Record<IndicatorLetter, string>>;
  readonly festivals: Readonly<Record<Festival, string>>;
  readonly issues: Readonly<Record<IssueCode, string>>;
  readonly platforms: Readonly<Record<PlatformId, string>>;

  /** What each label means, and what to do about a customer who carries it. */
  readonly meanings: {
    readonly tiers: Readonly<Record<Tier, string>>;
    readonly segments: Readonly<Record<Rf10Segment, string>>;
    readonly segmentActions: Readonly<Record<Rf10Segment, string>>;
    readonly classes: Readonly<Record<Cn8Class, string>>;
    readonly classActions: Readonly<Record<Cn8Class, string>>;
    readonly statuses: Readonly<Record<Status, string>>;
    readonly statusActions: Readonly<Record<Status, string>>;
    readonly scores: string;
  };

  /** Customer value as estimates from the shop's own orders. */
  readonly value: {
    readonly title: string;
    readonly purchasesPerYear: string;
    readonly years: string;
    readonly ownRates: (customers: number) => string;
    readonly observedRate: string;
    readonly fromSetting: string;
    readonly fromBrief: string;
    readonly fromRetention: (retainedShare: string, cohort: number) => string;
    readonly atStakeA: string;
    readonly typical: string;
    readonly happy: string;
    readonly unhappy: string;
    readonly how: string;
  };

  /** Help: the ideas behind the figures, a few lines each. */
  readonly ideas: {
    readonly abc: string;
    readonly value: string;
    readonly rfm: string;
    readonly status: string;
    readonly index: string;
    readonly more: string;
  };

  /** The Summary and Issues sheets, and rows kept for the user's cells. */
  readonly summary: {
    readonly title: string;
    readonly asOf: string;
    readonly customers: string;
    readonly buyers: string;
    readonly rowsUsed: string;
    readonly rowsNotUsed: string;
    readonly tier: string;
    readonly shareCustomers: string;
    readonly shareSpend: string;
    readonly meaning: string;
    readonly action: string;
    readonly segment: string;
    readonly cls: string;
    readonly pareto: string;
    readonly cumulative: string;
    readonly tierChart: string;
    readonly paretoChart: string;
  };
  readonly issuesSheet: { readonly row: string; readonly why: string; readonly cell: string };
  readonly kept: { readonly customers: string; readonly summary: string; readonly issues: string };
  readonly unknownStatus: (rows: number, counted: boolean) => string;

  /** What the user must know about an analysis beyond its figures. */
  readonly notices: {
    readonly noRowsUsed: (rowsRead: number, issuesSheet: string) => string;
    readonly newSheet: (name: string) => string;
    readonly staleChoice: (header: string, field: string) => string;
  };

  readonly errors: {
    readonly noOrderSheet: string;
    readonly missingColumns: (sheet: string, fields: readonly string[]) => string;
    readonly analysisRunning: string;
    readonly noRoom: (needed: string, room: string, limit: string) => string;
    readonly noSheet: (name: string) => string;
    readonly noSheetYet: (name: string) => string;
    readonly unknownField: (field: string) => string;
    readonly columnTwice: (header: string, first: string, second: string) => string;
    readonly unknownTimeZone: (zone: string) => string;
    readonly abcShares: string;
    readonly badLang: (value: string) => string;
    readonly oneColumn: (name: string, width: number) => string;
    readonly sameRows: (a: string, aRows: number, b: string, bRows: number) => string;
    readonly singleValue: (name: string, hint: string) => string;
    readonly unreadableSetting: (name: string, value: string, hint: string) => string;
    readonly rowValue: (why: string, row: number, column: string, value: string) => string;
    readonly rateRange: (name: string) => string;
    readonly notNegative: (name: string) => string;
    readonly badModel: (value: string) => string;
    readonly badScale: (value: string) => string;
    readonly weightNotNumber: (item: number, value: string) => string;
    readonly answersWidth: (width: number) => string;
    readonly notAnAnswer: (row: number, letter: string, value: string) => string;
    readonly noAnswers: (letter: string, name: string) => string;
    readonly sevenWeights: string;
    readonly weightsSum: (sum: number) => string;
    readonly lostAfterDaysNegative: string;
    readonly unknownFestival: (name: string, known: string) => string;
    readonly festivalYear: (value: string, first: number, last: number) => string;
  };
  /** Hints that follow a formula argument's error. */
  readonly hints: {
    readonly date: string;
    readonly shares: string;
    readonly model: string;
    readonly days: string;
    readonly scale: string;
  };
  /** A sidebar call's argument of the wrong type or shape. */
  readonly input: {
    readonly expectedText: (field: string) => string;
    readonly expectedNumber: (field: string) => string;
    readonly expectedBoolean: (field: string) => string;
    readonly expectedObject: (field: string) => string;
    readonly expectedOneOf: (field: string, choices: string) => string;
    readonly expectedInteger: (field: string, min: number, max: number) => string;
  };
  readonly settingsErrors: {
    readonly currency: string;
    readonly share: string;
    readonly number: (min: number, max: number, whole: boolean) => string;
    readonly shipping: string;
    readonly lang: string;
    readonly bBelowA: string;
  };

  /** Reminder emails: the rules, their sheets, the mails themselves and what can go wrong. */
  readonly reminders: ReminderWords;

  /** The survey forms SheetCare makes: the brief's questionnaire and the post-order survey. */
  readonly surveyForms: {
    /** The seven rated questions, by the indicator each measures. */
    readonly rated: Readonly<Record<IndicatorLetter, string>>;
    readonly bought: string;
    readonly whyNot: string;
    readonly suggestions: string;
    /** The five answers, best first. */
    readonly answers: readonly string[];
    readonly yesNo: readonly [string, string];
    readonly customer: string;
    readonly questionnaireTitle: (shop: string) => string;
    readonly questionnaireIntro: string;
    readonly postOrderTitle: (shop: string) => string;
    readonly postOrderIntro: string;
    readonly overall: string;
    readonly delivery: string;
    readonly again: string;
    readonly againChoices: readonly [string, string, string];
    readonly nps: string;
    readonly comment: string;
    readonly thanks: string;
  };

  /** The Satisfaction and Follow-up sheets. */
  readonly satisfactionSheet: {
    readonly periods: Readonly<Record<Period, string>>;
    readonly respondents: string;
    readonly index: string;
    readonly zeroIndex: string;
    readonly change: string;
    readonly nps: string;
    readonly indicator: string;
    readonly weight: string;
    readonly mean: string;
    readonly gain: string;
    readonly tier: string;
    readonly status: string;
    readonly chartMeans: string;
    readonly chartTrend: string;
    readonly kept: string;
  };
  readonly followUpSheet: {
    readonly date: string;
    readonly customer: string;
    readonly name: string;
    readonly tier: string;
    readonly loss: string;
    readonly low: string;
    readonly nps: string;
    readonly text: string;
    readonly source: string;
    /** The team's own columns, beside SheetCare's: kept on every run. */
    readonly team: readonly [string, string, string];
    readonly overall: string;
    readonly delivery: string;
    readonly complaint: string;
    readonly kept: string;
    /** A customer number an answer gave without the reference of a mail: shown, not trusted. */
    readonly unverified: (claimed: string) => string;
  };

  /** The Reminders panel. */
  readonly remindersPanel: {
    readonly notSetUp: string;
    readonly setUp: string;
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
    readonly lastError: (message: string) => string;
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
    readonly doNotEmail: string;
    readonly doNotEmailHint: string;
    readonly add: string;
    readonly remove: string;
    readonly nobody: string;
    readonly counts: string;
  };

  /** The sidebar. */
  readonly panel: {
    readonly loading: string;
    readonly tabCustomers: string;
    /** A customer to reach another way: no email, but a phone or a platform nickname. */
    readonly surveySheet: string;
    readonly surveyAuto: string;
    readonly noSurvey: string;
    readonly satisfactionIndex: string;
    readonly zeroIndex: string;
    readonly byYear: string;
    readonly indicator: string;
    readonly weight: string;
    readonly mean: string;
    readonly mostToGain: string;
    readonly refresh: string;
    readonly orderSheet: string;
    readonly noOrderSheet: string;
    readonly columns: string;
    readonly columnsHint: string;
    readonly none: string;
    readonly missing: string;
    readonly preview: string;
    readonly row: string;
    readonly analyzing: string;
    readonly asOf: string;
    readonly tiers: string;
    readonly segments: string;
    readonly value: string;
    readonly openIssues: string;
    readonly openCustomers: string;
    readonly openSummary: string;
    readonly pareto: string;
    readonly paretoSentence: (top: string, share: string) => string;
    readonly aShare: string;
    readonly bShare: string;
    readonly purchasesPerYear: string;
    readonly years: string;
    readonly referrals: string;
    readonly satisfiedRate: string;
    readonly complaintRate: string;
    readonly lostAfterDays: string;
    readonly readingParams: string;
    readonly maxAmount: string;
    readonly shipping: string;
    readonly shippingIncluded: string;
    readonly shippingExcluded: string;
    readonly unknownStatuses: string;
    readonly countsAsSale: string;
    readonly notASale: string;
    readonly analyzeAgain: string;
    readonly lang: string;
    readonly langAuto: string;
    readonly save: string;
    readonly saved: string;
    readonly notSaved: string;
    readonly error: string;
    readonly dismiss: string;
    readonly change: string;
    readonly columnsOk: string;
    readonly saving: string;
    readonly currency: string;
    readonly currencyAuto: string;
    readonly customersLine: (customers: number, buyers: number) => string;
    readonly rowsNotUsed: (rows: number) => string;
    readonly dataRowsLine: (rows: number, headerRow: number) => string;
    readonly respondentsCount: (n: number) => string;
    readonly badAnswersCount: (n: number) => string;
    readonly unverifiedAnswers: (n: number) => string;
    readonly countIn: (title: string, n: number) => string;
    readonly analysed: (sheet: string, ranAt: string, asOf: string) => string;
    readonly perCustomer: string;
    readonly classes: string;
    readonly surveyFormsTitle: string;
    readonly makeQuestionnaire: string;
    readonly makePostOrder: string;
    readonly questionnaireLink: string;
    readonly postOrderLink: string;
    readonly reportPeriod: string;
    readonly writeReport: string;
    readonly followUpQueue: (n: number) => string;
    readonly reportWritten: (satisfaction: string, followUp: string) => string;
    readonly sendQuestionnaire: string;
    readonly audience: string;
    readonly questionnairePlanned: (mails: number, contacts: number, skipped: number) => string;
    /** One sentence per setting: what it changes. */
    readonly settingHelp: Readonly<Record<NumericSetting, string>>;
  };
}

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
  readonly sources: { readonly form: string; readonly panel: string };
  readonly jobFailed: {
    readonly subject: string;
    readonly body: (spreadsheet: string, error: string, url: string) => string;
  };
  /** The hourly job did not run for hours: Apps Script stopped its trigger. */
  readonly jobStalled: {
    readonly subject: string;
    readonly body: (spreadsheet: string, from: string, to: string, url: string) => string;
  };
  /** Stand-in values for a preview where the customer has no such occasion yet. */
  readonly sample: {
    readonly activity: string;
    readonly description: string;
    readonly coupon: string;
    readonly value: string;
    readonly product: string;
    /** The unsubscribe reference of a preview or a test mail: no customer's, and refused. */
    readonly reference: string;
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
    readonly rulesInvalid: (sheet: string, count: number, first: string) => string;
    readonly noSuchRule: (id: string) => string;
    readonly noSuchCustomer: (id: string) => string;
    readonly noUserEmail: string;
    readonly noSurveyRule: string;
    readonly badHour: string;
    readonly jobBusy: string;
    readonly badEmail: (value: string) => string;
    readonly noSuchKey: (key: string) => string;
  };
}
