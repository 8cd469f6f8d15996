/** The words of the customers wing: Analyze, the Customers, Summary and Issues sheets, the labels and their meanings, customer value, the settings. */
import type { Tier } from '../../core/customers/abc';
import type { Cn8Class, Rf10Segment } from '../../core/customers/rfm';
import type { LostBy, Status } from '../../core/customers/status';
import type { CustomerColumn } from '../../core/customers/titles';
import type { Settings } from '../../core/customers/settings';

/** A share as both languages write it: 0.3 → "30%", 0.255 → "25.5%". */
export const percent = (share: number): string => `${Number((share * 100).toFixed(1))}%`;

/** The settings typed as figures, each with its own line of help. */
export type NumericSetting = Exclude<keyof Settings, 'lang' | 'shipping' | 'currency' | 'lostBy'>;

export interface CustomerWords {
  readonly analysisDone: string;
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
  readonly titles: Readonly<Record<CustomerColumn, string>>;
  readonly tiers: Readonly<Record<Tier, string>>;
  readonly tierPolicies: Readonly<Record<Tier, string>>;
  readonly segments: Readonly<Record<Rf10Segment, string>>;
  readonly classes: Readonly<Record<Cn8Class, string>>;
  readonly statuses: Readonly<Record<Status, string>>;

  /** What each label means, and what to do about a customer who carries it. */
  readonly meanings: {
    readonly tiers: Readonly<Record<Tier, string>>;
    readonly segments: Readonly<Record<Rf10Segment, string>>;
    readonly segmentActions: Readonly<Record<Rf10Segment, string>>;
    readonly classes: Readonly<Record<Cn8Class, string>>;
    readonly classActions: Readonly<Record<Cn8Class, string>>;
    readonly statuses: Readonly<Record<Status, string>>;
    readonly statusActions: Readonly<Record<Status, string>>;
    /** What "lost" meant in an analysis: the days, the model's chance, or days for want of a fit. */
    readonly lostBy: (lost: LostBy) => string;
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
  /** CLV_MODEL's labels of what each part of the fit used. */
  readonly modelTable: {
    readonly customers: string;
    readonly repeatBuyers: string;
    readonly used: string;
    readonly leftOut: string;
  };
  /** The value model beside the brief's formulas (core/value), on Summary and in the panel. */
  readonly model: {
    readonly title: string;
    /** Two plain sentences: what the model assumes and what it predicts. */
    readonly how: string;
    readonly fitted: (customers: number, repeatBuyers: number) => string;
    readonly tooFew: (repeatBuyers: number, needed: number) => string;
    readonly purchases: string;
    readonly spend: string;
    readonly alphaDays: string;
    readonly logLikelihood: string;
    readonly spendUsed: (used: number, leftOut: number) => string;
    readonly noSpend: (needed: number) => string;
    readonly predictedA: string;
    readonly predictedAll: string;
    readonly atRisk: (customers: number) => string;
    readonly checkTitle: string;
    readonly check: (cut: string, days: number) => string;
    readonly checkHeader: readonly [string, string, string, string];
    readonly group: (repeats: number, last: boolean) => string;
    readonly total: string;
    /** The panel's line: predicted and actual purchases in the held-out days. */
    readonly checkLine: (days: number, predicted: number, actual: number) => string;
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
  readonly settingsErrors: {
    readonly currency: string;
    readonly share: string;
    readonly number: (min: number, max: number, whole: boolean) => string;
    readonly shipping: string;
    readonly lang: string;
    readonly bBelowA: string;
    readonly shareWithin: string;
    readonly lostBy: string;
  };

  /** Orders kept in BigQuery: the source, its set-up, and what BigQuery's refusals mean. */
  readonly warehouse: WarehouseWords;

  readonly errors: {
    readonly analysisRunning: string;
    readonly abcShares: string;
    readonly lostAfterDaysNegative: string;
  };

  /** The sidebar. */
  readonly panel: {
    readonly tabCustomers: string;
    readonly orderSheet: string;
    readonly noOrderSheet: string;
    /** The offer of the sample shop, for a spreadsheet with no orders: what it is, where it goes. */
    readonly sampleOffer: string;
    readonly sampleDetails: (sheet: string) => string;
    readonly trySample: string;
    readonly addingSample: string;
    readonly columns: string;
    readonly columnsHint: string;
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
    readonly lostBy: string;
    readonly lostByDays: string;
    readonly lostByChance: string;
    readonly lostChance: string;
    readonly monthlyDiscount: string;
    readonly holdoutShare: string;
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
    readonly columnsOk: string;
    readonly currency: string;
    readonly currencyAuto: string;
    readonly customersLine: (customers: number, buyers: number) => string;
    readonly rowsNotUsed: (rows: number) => string;
    /** A further line item of an order whose money another row holds. */
    readonly lineItemOf: (order: string) => string;
    /** Rows of orders awaiting payment: not sales yet, and not problems. */
    readonly awaitingPayment: (rows: number) => string;
    readonly dataRowsLine: (rows: number, headerRow: number) => string;
    readonly analysed: (sheet: string, ranAt: string, asOf: string) => string;
    readonly perCustomer: string;
    readonly classes: string;
    /** One sentence per setting: what it changes. */
    readonly settingHelp: Readonly<Record<NumericSetting, string>>;
  };
}

export interface WarehouseWords {
  readonly title: string;
  readonly intro: string;
  readonly project: string;
  readonly dataset: string;
  readonly table: string;
  readonly billingProject: string;
  readonly billingHint: string;
  readonly rowCap: string;
  readonly use: string;
  readonly checking: string;
  readonly useSheet: string;
  readonly inUse: (table: string) => string;
  readonly billedTo: (project: string) => string;
  readonly scanned: (bytes: string, cost: string) => string;
  readonly shown: (shown: number, customers: number) => string;
  readonly continuing: (fetched: number, total: number) => string;
  readonly estimate: (bytes: string, cost: string) => string;
  readonly setUpHelp: string;
  readonly errors: {
    readonly badName: (what: string, value: string) => string;
    readonly noProject: (project: string) => string;
    readonly apiDisabled: (project: string) => string;
    readonly noJobUser: (project: string) => string;
    readonly noDataViewer: (table: string) => string;
    readonly notFound: (table: string) => string;
    readonly freeQuota: (project: string) => string;
    readonly billing: (project: string) => string;
    readonly notGranted: string;
    readonly missingColumns: (table: string, fields: readonly string[]) => string;
    readonly noColumn: (field: string, column: string) => string;
    readonly other: (message: string) => string;
    readonly tooLong: string;
  };
}
