/**
 * "Analyze customers": a whole order register in, every customer's tier, value, status and
 * segment out, with a summary and every row that was not used, and why.
 */
import { abcTiers, AbcShares, Tier, TIERS } from './abc';
import { fromUnits, toUnits } from '../ground/money';
import { nextPurchaseDay } from './nextPurchase';
import { Replenishment, replenishments } from './replenishment';
import { ParsedOrders, RowIssue, UnknownStatus } from '../ground/orderLines';
import { CustomerDetails } from '../ground/orderRow';
import { Histories, purchaseHistories, recencyDays } from '../ground/purchases';
import {
  Cn8Class,
  CN8_CLASSES,
  cn8Classes,
  RF10_SEGMENTS,
  Rf10Segment,
  rf10Segment,
  rfmScores,
} from './rfm';
import { LostBy, LostRule, lostByDays, Status, STATUSES, statusOn } from './status';
import {
  customerValue,
  CustomerValue,
  DEFAULT_VALUE_SETTINGS,
  Estimate,
  Estimated,
  median,
  ownPurchaseRate,
  ValueSettings,
  yearlyRetention,
  yearsFromRetention,
} from './value';
import { DAY_MS, dayOf } from '../ground/zone';
import { fitShop, lostDays, Outlook, outlook, OutlookSettings } from '../value/predict';
import type { ValueFit } from '../value/model';
import type { Holdout } from '../value/holdout';

/** The value parameters, the rate and the stay left to the shop's own orders when 'auto'. */
export type ValueInputs = Omit<ValueSettings, 'purchasesPerYear' | 'years'> & {
  readonly purchasesPerYear: Estimated;
  readonly years: Estimated;
};

export interface AnalysisSettings {
  readonly shares: AbcShares;
  readonly value: ValueInputs;
  readonly lost: LostRule;
  /** The largest amount one order line may carry; larger ones are listed, not summed. */
  readonly maxAmount: number;
  /**
   * What the value model predicts for each customer, and over how long; undefined to skip it
   * (the reminders and surveys read the analysis for other things, and a fit takes a while).
   */
  readonly outlook: OutlookSettings | undefined;
}

export interface CustomerRecord extends CustomerDetails {
  readonly purchases: number;
  readonly spend: number;
  readonly averageOrder: number | undefined;
  /** Local milliseconds (wall-clock time in the sheet's zone). */
  readonly firstPurchase: number | undefined;
  readonly lastPurchase: number | undefined;
  readonly daysSinceLast: number | undefined;
  /** Local midnight of the predicted day. */
  readonly nextPurchase: number | undefined;
  /** Local midnight of the first day they count as lost if they buy nothing more. */
  readonly lostFrom: number | undefined;
  readonly status: Status | undefined;
  readonly tier: Tier;
  readonly r: number | undefined;
  readonly f: number | undefined;
  readonly m: number | undefined;
  readonly segment: Rf10Segment | undefined;
  readonly cn8: Cn8Class | undefined;
  readonly basicValue: number | undefined;
  readonly satisfiedValue: number | undefined;
  readonly complaintLoss: number | undefined;
  /** The value model's outlook (core/value): undefined where it has none. */
  readonly pAlive: number | undefined;
  readonly expected90: number | undefined;
  readonly predicted12: number | undefined;
}

export interface GroupStat {
  readonly key: string;
  readonly customers: number;
  readonly spend: number;
}

export interface Summary {
  readonly customers: number;
  readonly buyers: number;
  readonly spend: number;
  readonly tiers: GroupStat[];
  readonly segments: GroupStat[];
  readonly classes: GroupStat[];
  readonly statuses: GroupStat[];
  /**
   * How "lost" was decided: by the model's chance only if asked for and the model could be
   * fitted, else by days.
   */
  readonly lostBy: LostBy;
  readonly value: ValueSummary;
  /** Share of spend from the top 10%, 20% … 100% of paying customers. */
  readonly pareto: { readonly topShare: number; readonly spendShare: number }[];
}

/**
 * Customer value as estimates from this shop's orders: the parameters used and where they
 * came from, the value at stake among A customers, and what a typical customer is worth.
 */
export interface ValueSummary {
  /** Purchases a year for a customer without enough history of their own. */
  readonly purchasesPerYear: Estimate;
  /** Customers whose own history gave their rate. */
  readonly ownRates: number;
  readonly years: Estimate;
  readonly retention: { readonly retained: number; readonly cohort: number } | undefined;
  /** Basic value summed over A customers: what the shop stands to lose if they leave. */
  readonly atStakeA: number;
  /** The paying customer in the middle by basic value. */
  readonly typical: CustomerValue | undefined;
  /** The value model beside the brief's formulas: its fit and what it predicts (when asked). */
  readonly model: ModelSummary | undefined;
}

export interface ModelSummary {
  readonly fit: ValueFit;
  /** Predicted value over the next 12 months: the A tier's and everyone's (no spend model: undefined). */
  readonly predictedA: number | undefined;
  readonly predictedAll: number | undefined;
  /** Customers more likely gone than not (chance still a customer below one half). */
  readonly atRiskCustomers: number;
  /**
   * What they would bring in the next 12 months if they stayed, less what they are still
   * expected to bring: the value their leaving takes away.
   */
  readonly atRisk: number | undefined;
  /** The model fitted without the last part of the history, against what happened in it. */
  readonly holdout: Holdout | undefined;
}

/** The model's totals over the customers (see ModelSummary). */
function modelSummary(
  { fit, holdout }: Outlook,
  customers: readonly CustomerRecord[],
): ModelSummary {
  const spend = fit.ok && fit.model.spend !== undefined;
  let a = 0;
  let all = 0;
  let risk = 0;
  let atRiskCustomers = 0;
  for (const r of customers) {
    const v = r.predicted12 ?? 0;
    all += v;
    if (r.tier === 'A') a += v;
    if (r.pAlive !== undefined && r.pAlive < 0.5) {
      atRiskCustomers++;
      // E[value | active] = E[value] / P(active); the part leaving takes is (1 − P) of it.
      if (r.pAlive > 0) risk += (v * (1 - r.pAlive)) / r.pAlive;
    }
  }
  return {
    fit,
    predictedA: spend ? a : undefined,
    predictedAll: spend ? all : undefined,
    atRiskCustomers,
    atRisk: spend ? risk : undefined,
    holdout,
  };
}

export interface Analysis {
  readonly asOf: number | undefined;
  readonly customers: CustomerRecord[];
  readonly summary: Summary;
  readonly issues: RowIssue[];
  readonly unknownStatuses: UnknownStatus[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly blankRows: number;
  /** Rows of orders awaiting payment: counted once paid, never listed as issues. */
  readonly awaitingPayment: number;
  /**
   * The goods a customer (by key) will need again, soonest first: worked out on first asking,
   * as only the reminders ask, never Analyze.
   */
  readonly replenishments: (key: string) => readonly Replenishment[];
}

function group(
  keys: readonly string[],
  records: readonly CustomerRecord[],
  keyOf: (r: CustomerRecord) => string | undefined,
): GroupStat[] {
  const stats = new Map(keys.map((k) => [k, { customers: 0, units: 0 }]));
  for (const r of records) {
    const k = keyOf(r);
    const s = k === undefined ? undefined : stats.get(k);
    if (!s) continue;
    s.customers++;
    s.units += toUnits(r.spend);
  }
  return keys.map((key) => {
    const s = stats.get(key)!;
    return { key, customers: s.customers, spend: fromUnits(s.units) };
  });
}

function pareto(records: readonly CustomerRecord[]): Summary['pareto'] {
  const spends = records
    .map((r) => toUnits(r.spend))
    .filter((u) => u > 0)
    .sort((a, b) => b - a);
  const total = spends.reduce((a, b) => a + b, 0);
  const out: { topShare: number; spendShare: number }[] = [];
  if (total === 0) return out;
  let cum = 0;
  let taken = 0;
  for (let decile = 1; decile <= 10; decile++) {
    const upTo = Math.ceil(Number(((spends.length * decile) / 10).toFixed(9)));
    while (taken < upTo) cum += spends[taken++];
    out.push({ topShare: decile / 10, spendShare: cum / total });
  }
  return out;
}

/**
 * The value parameters for this shop. Purchases a year: the user's figure; else each
 * customer's own, where half a year of history shows it, and the median of those for the
 * rest; else, with no such history, the shop's purchases per buyer per year observed.
 * Years: the user's figure; else from the yearly retention, bounded; else the brief's 4.
 */
function valueBasis(h: Histories, v: ValueInputs) {
  const own: (number | undefined)[] = [];
  const firstDays: number[] = [];
  const lastDays: number[] = [];
  let purchases = 0;
  for (let c = 0; c < h.count; c++) {
    if (h.purchases[c] === 0) {
      own.push(undefined);
      continue;
    }
    const first = dayOf(h.first[c]);
    const last = dayOf(h.last[c]);
    own.push(ownPurchaseRate(h.purchases[c], first, last));
    firstDays.push(first);
    lastDays.push(last);
    purchases += h.purchases[c];
  }
  const rates = own.filter((r): r is number => r !== undefined);
  const asOfDay = dayOf(h.asOf);
  // A loop, not Math.min(...firstDays): a spread of half a million buyers overflows the stack.
  const firstDay = firstDays.reduce((a, b) => Math.min(a, b), Infinity);
  const spanYears = firstDays.length ? Math.max(0.5, (asOfDay - firstDay + 1) / 365.25) : 1;
  const shopRate =
    median(rates) ?? (firstDays.length ? purchases / firstDays.length / spanYears : undefined);
  const purchasesPerYear: Estimate =
    v.purchasesPerYear !== 'auto'
      ? { value: v.purchasesPerYear, source: 'setting' }
      : shopRate !== undefined
        ? { value: shopRate, source: 'shop' }
        : { value: DEFAULT_VALUE_SETTINGS.purchasesPerYear, source: 'brief' };
  const retention = firstDays.length ? yearlyRetention(firstDays, lastDays, asOfDay) : undefined;
  const years: Estimate =
    v.years !== 'auto'
      ? { value: v.years, source: 'setting' }
      : retention
        ? { value: yearsFromRetention(retention.retained, retention.cohort), source: 'shop' }
        : { value: DEFAULT_VALUE_SETTINGS.years, source: 'brief' };
  const useOwn = v.purchasesPerYear === 'auto';
  return {
    purchasesPerYear,
    ownRates: useOwn ? rates.length : 0,
    years,
    retention,
    rateOf: (c: number) => (useOwn ? own[c] : undefined) ?? purchasesPerYear.value,
  };
}

function typicalValue(customers: readonly CustomerRecord[]): CustomerValue | undefined {
  const payers = customers
    .filter((r) => r.basicValue !== undefined && r.basicValue > 0)
    .sort((a, b) => a.basicValue! - b.basicValue!);
  if (payers.length === 0) return undefined;
  const mid = payers[(payers.length - 1) >> 1];
  return {
    basic: mid.basicValue!,
    satisfied: mid.satisfiedValue!,
    complaintLoss: mid.complaintLoss!,
  };
}

export function analyseOrderLines(
  parsed: ParsedOrders,
  settings: AnalysisSettings,
  rowsRead: number,
): Analysis {
  const n = parsed.ids.length;
  const lines = {
    customerCount: n,
    customer: parsed.lineCustomer,
    at: parsed.lineAt,
    amount: parsed.lineAmount,
  };
  const h = purchaseHistories(lines);
  const tiers = abcTiers(h.spendUnits, settings.shares);
  const asOfDay = Number.isFinite(h.asOf) ? dayOf(h.asOf) : 0;
  const byChance = settings.lost.by === 'chance';
  // The model is fitted when Analyze asks for its outlook or "lost" follows its chance.
  const shop = settings.outlook || byChance ? fitShop(lines, asOfDay) : undefined;
  const ahead = settings.outlook && outlook(lines, shop!, settings.outlook);
  const chanceLost = byChance && shop!.fit.ok ? lostDays(shop!, settings.lost.below) : undefined;
  const known = (v: number) => (Number.isNaN(v) ? undefined : v);
  const scores = rfmScores(h);
  const classes = cn8Classes(h);
  const basis = valueBasis(h, settings.value);
  // Biggest spenders first, the list reading as the Pareto view; ties by ID (a customer's key
  // is their folded ID, so no two tie on both). Sorted by index on the typed spends, before
  // any record is made.
  const ids = parsed.ids;
  const order = Array.from({ length: n }, (_, c) => c).sort(
    (a, b) => h.spendUnits[b] - h.spendUnits[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0),
  );
  const customers: CustomerRecord[] = [];
  for (const c of order) {
    const bought = h.purchases[c] > 0;
    const spend = fromUnits(h.spendUnits[c]);
    const average = bought ? spend / h.purchases[c] : undefined;
    const value =
      average === undefined
        ? undefined
        : customerValue(average, {
            ...settings.value,
            purchasesPerYear: basis.rateOf(c),
            years: basis.years.value,
          });
    const s = scores[c];
    const next = nextPurchaseDay(h, c);
    const lostFrom = !bought
      ? undefined
      : chanceLost
        ? chanceLost[c]
        : lostByDays(dayOf(h.last[c]), settings.lost.days);
    customers.push({
      key: parsed.keys[c],
      id: parsed.ids[c],
      name: parsed.names[c],
      email: parsed.emails[c],
      phone: parsed.phones[c],
      product: parsed.products[c],
      birthday: parsed.birthdays[c],
      consent: parsed.consents[c],
      purchases: h.purchases[c],
      spend,
      averageOrder: average,
      firstPurchase: bought ? h.first[c] : undefined,
      lastPurchase: bought ? h.last[c] : undefined,
      daysSinceLast: bought ? recencyDays(h, c) : undefined,
      nextPurchase: next === undefined ? undefined : next * DAY_MS,
      lostFrom: lostFrom === undefined ? undefined : lostFrom * DAY_MS,
      status: lostFrom === undefined ? undefined : statusOn(h.purchases[c], lostFrom, asOfDay),
      tier: tiers[c],
      r: s?.r,
      f: s?.f,
      m: s?.m,
      segment: s ? rf10Segment(s) : undefined,
      cn8: classes[c],
      basicValue: value?.basic,
      satisfiedValue: value?.satisfied,
      complaintLoss: value?.complaintLoss,
      pAlive: ahead && known(ahead.pAlive[c]),
      expected90: ahead && known(ahead.expected[c]),
      predicted12: ahead && known(ahead.value[c]),
    });
  }
  const sum = (f: (r: CustomerRecord) => number | undefined) =>
    fromUnits(customers.reduce((t, r) => t + toUnits(f(r) ?? 0), 0));
  const summary: Summary = {
    customers: n,
    buyers: customers.filter((r) => r.purchases > 0).length,
    spend: sum((r) => r.spend),
    tiers: group(TIERS, customers, (r) => r.tier),
    segments: group(RF10_SEGMENTS, customers, (r) => r.segment),
    classes: group(CN8_CLASSES, customers, (r) => r.cn8),
    statuses: group(STATUSES, customers, (r) => r.status),
    lostBy: { rule: settings.lost, applied: chanceLost ? 'chance' : 'days' },
    value: {
      purchasesPerYear: basis.purchasesPerYear,
      ownRates: basis.ownRates,
      years: basis.years,
      retention: basis.retention,
      atStakeA: sum((r) => (r.tier === 'A' ? r.basicValue : 0)),
      typical: typicalValue(customers),
      model: ahead && modelSummary(ahead, customers),
    },
    pareto: pareto(customers),
  };
  let byKey: Map<string, number> | undefined;
  let all: Replenishment[][] | undefined;
  return {
    asOf: Number.isFinite(h.asOf) ? h.asOf : undefined,
    customers,
    summary,
    issues: parsed.issues,
    unknownStatuses: parsed.unknownStatuses,
    rowsRead,
    rowsUsed: parsed.lineCustomer.length + parsed.continuationRows,
    blankRows: parsed.blankRows,
    awaitingPayment: parsed.awaitingPayment,
    replenishments: (key) => {
      byKey ??= new Map(parsed.keys.map((k, c) => [k, c]));
      all ??= replenishments(parsed.bought, n);
      const c = byKey.get(key);
      return c === undefined ? [] : all[c];
    },
  };
}
