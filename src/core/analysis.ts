/**
 * "Analyze customers": a whole order register in, every customer's tier, value, status and
 * segment out, with a summary and every row that was not used, and why.
 */
import { abcTiers, AbcShares, Tier, TIERS } from './abc';
import {
  implausibleAmount,
  normalisePhone,
  isBlank,
  readAmount,
  readCustomer,
  readDate,
  show,
} from './cells';
import { ColumnMap } from './columns';
import { PlatformFormat, statusKey, statusRule } from './platforms';
import { fromUnits, toUnits } from './money';
import { nextPurchaseDay } from './nextPurchase';
import { Histories, purchaseHistories, recencyDays } from './purchases';
import {
  Cn8Class,
  CN8_CLASSES,
  cn8Classes,
  RF10_SEGMENTS,
  Rf10Segment,
  rf10Segment,
  rfmScores,
} from './rfm';
import { customerStatus, Status, STATUSES } from './status';
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
import { DAY_MS, dayOf, Zone } from './zone';

/** The value parameters, the rate and the stay left to the shop's own orders when 'auto'. */
export type ValueInputs = Omit<ValueSettings, 'purchasesPerYear' | 'years'> & {
  readonly purchasesPerYear: Estimated;
  readonly years: Estimated;
};

export interface AnalysisSettings {
  readonly shares: AbcShares;
  readonly value: ValueInputs;
  readonly lostAfterDays: number;
  /** The largest amount one order line may carry; larger ones are listed, not summed. */
  readonly maxAmount: number;
}

/**
 * A totals row's label, with or without spaces and a trailing colon: 合计, 总计：, 合 计, Grand
 * total. One anchored pattern, so the usual cell fails at its first character.
 */
const TOTALS =
  /^[\s\u3000]*(?:[合总小][\s\u3000]*计|总[\s\u3000]*合[\s\u3000]*计|(?:grand|sub)?[\s\u3000]*totals?)[\s\u3000]*[:：]?[\s\u3000]*$/i;
const isTotalsLabel = (v: unknown): boolean => typeof v === 'string' && TOTALS.test(v);

export type IssueCode =
  | 'noCustomer'
  | 'totals'
  | 'badAmount'
  | 'implausibleAmount'
  | 'noAmount'
  | 'badDate'
  | 'noDate'
  | 'future'
  | 'excludedStatus';

export interface RowIssue {
  /** The sheet row, as the user sees it. */
  readonly row: number;
  readonly code: IssueCode;
  /** The offending cell, as text. */
  readonly value: string;
}

export interface CustomerRecord {
  /** The customer as the analysis knows them: trimmed, case-folded ID. */
  readonly key: string;
  /** The ID as first written in the register. */
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  /** The product of the latest purchase, '' when the sheet has no product column. */
  readonly product: string;
  /** Local ms of the birthday (any year), where the sheet has a birthday column. */
  readonly birthday: number | undefined;
  readonly purchases: number;
  readonly spend: number;
  readonly averageOrder: number | undefined;
  /** Local milliseconds (wall-clock time in the sheet's zone). */
  readonly firstPurchase: number | undefined;
  readonly lastPurchase: number | undefined;
  readonly daysSinceLast: number | undefined;
  /** Local midnight of the predicted day. */
  readonly nextPurchase: number | undefined;
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
}

/** A status the format does not know, met on some rows: counted unless the user said not. */
export interface UnknownStatus {
  readonly status: string;
  readonly rows: number;
  /** The sheet row where it was first met. */
  readonly firstRow: number;
  readonly counted: boolean;
}

interface Parsed {
  readonly keys: string[];
  readonly ids: string[];
  readonly names: string[];
  readonly emails: string[];
  readonly phones: string[];
  /** The product of each customer's latest purchase line. */
  readonly products: string[];
  readonly birthdays: (number | undefined)[];
  /** One entry per used line: customer index, amount and local time. */
  readonly lineCustomer: number[];
  readonly lineAmount: number[];
  readonly lineAt: number[];
  /** Further lines of orders whose totals were counted on their first line. */
  readonly continuationRows: number;
  readonly issues: RowIssue[];
  readonly unknownStatuses: UnknownStatus[];
  readonly blankRows: number;
}

const text = (v: unknown): string => (isBlank(v) ? '' : String(v).trim());
const cell = (row: readonly unknown[], c: number | undefined): unknown =>
  c === undefined ? '' : row[c];
const issueAt = (row: number, code: IssueCode, v: unknown): RowIssue => ({
  row,
  code,
  value: isBlank(v) ? '' : show(v),
});

/** How one order row reads: a usable line, a row to report, or a blank row. */
export type RowReading =
  | {
      readonly kind: 'line';
      readonly key: string;
      readonly id: string;
      readonly name: string;
      readonly email: string;
      readonly phone: string;
      readonly product: string;
      /** Local ms of the birthday as written (any year). */
      readonly birthday: number | undefined;
      readonly amount: number;
      readonly at: number;
      /** The row's status when the format does not know it. */
      readonly unknownStatus?: string;
    }
  | { readonly kind: 'issue'; readonly code: IssueCode; readonly value: unknown }
  | { readonly kind: 'blank' };

const BLANK_ROW: RowReading = { kind: 'blank' };
const rowIssue = (code: IssueCode, value: unknown): RowReading => ({ kind: 'issue', code, value });

/** What decides whether a row can be used, beyond its columns and its sheet's format. */
export type SheetRules = Omit<RowRules, 'format'>;

/** What decides whether a row can be used, beyond its columns. */
export interface RowRules {
  readonly zone: Zone;
  /** Today's day number in the spreadsheet's zone: later purchases are typos or pre-orders. */
  readonly today: number;
  readonly maxAmount: number;
  /** The export's format: its statuses, and how it writes an order of several lines. */
  readonly format: PlatformFormat;
  /** Statuses the format does not know, by statusKey: whether the user said they count. */
  readonly statusChoices: Readonly<Record<string, boolean>>;
  /** Whether the shipping a buyer paid counts as spend (a shop's choice; it does by default). */
  readonly shippingIncluded: boolean;
}

interface Customer {
  readonly key: string;
  readonly id: string;
}

/** The customers the register names by ID, by their email and by their phone. */
export interface KnownContacts {
  readonly byEmail: ReadonlyMap<string, Customer>;
  readonly byPhone: ReadonlyMap<string, Customer>;
}

const NO_CONTACTS: KnownContacts = { byEmail: new Map(), byPhone: new Map() };

/**
 * Who the customer is: the platform's buyer ID or nickname; else the customer with an ID who
 * wrote the same email or phone on another row; else the email; else the phone.
 */
function customerOf(
  row: readonly unknown[],
  columns: ColumnMap,
  known: KnownContacts,
): Customer | undefined {
  const id = readCustomer(cell(row, columns.customer));
  if (id.kind === 'ok') return { key: id.value, id: text(cell(row, columns.customer)) };
  const email = readCustomer(cell(row, columns.email));
  if (email.kind === 'ok') {
    return (
      known.byEmail.get(email.value) ?? { key: email.value, id: text(cell(row, columns.email)) }
    );
  }
  const phone = normalisePhone(cell(row, columns.phone));
  if (!phone) return undefined;
  return known.byPhone.get(phone) ?? { key: phone, id: phone };
}

/** Emails and phones written beside a customer ID, so rows without the ID still find them. */
function knownContacts(rows: readonly (readonly unknown[])[], columns: ColumnMap): KnownContacts {
  if (
    columns.customer === undefined ||
    (columns.email === undefined && columns.phone === undefined)
  ) {
    return NO_CONTACTS;
  }
  const byEmail = new Map<string, Customer>();
  const byPhone = new Map<string, Customer>();
  for (const row of rows) {
    const id = readCustomer(row[columns.customer]);
    if (id.kind !== 'ok') continue;
    const customer = { key: id.value, id: text(row[columns.customer]) };
    const email = readCustomer(cell(row, columns.email));
    if (email.kind === 'ok' && !byEmail.has(email.value)) byEmail.set(email.value, customer);
    const phone = normalisePhone(cell(row, columns.phone));
    if (phone && !byPhone.has(phone)) byPhone.set(phone, customer);
  }
  return { byEmail, byPhone };
}

/** A birthday as written; one that does not read is left out, not an issue with the order. */
function birthdayOf(v: unknown, zone: Zone): number | undefined {
  if (isBlank(v)) return undefined;
  const d = readDate(v, zone);
  return d.kind === 'ok' ? d.value : undefined;
}

/** An amount cell that reduces the order (a refund, shipping): blank is 0. */
function deduction(row: readonly unknown[], c: number | undefined): number | RowReading {
  const r = readAmount(cell(row, c));
  if (r.kind === 'blank') return 0;
  return r.kind === 'ok' ? r.value : rowIssue('badAmount', cell(row, c));
}

export function readOrderRow(
  row: readonly unknown[],
  columns: ColumnMap,
  rules: RowRules,
  known: KnownContacts = NO_CONTACTS,
): RowReading {
  if (row.every(isBlank)) return BLANK_ROW;
  // A totals row names itself, in any column, whatever else it carries.
  const label = row.find(isTotalsLabel);
  if (label !== undefined) return rowIssue('totals', label);
  const customer = customerOf(row, columns, known);
  if (!customer) return rowIssue('noCustomer', cell(row, columns.customer));
  let unknownStatus: string | undefined;
  const status = cell(row, columns.status);
  if (!isBlank(status)) {
    const rule = statusRule(rules.format, status);
    if (rule === 'notSale') return rowIssue('excludedStatus', status);
    if (rule === undefined) {
      if (rules.statusChoices[statusKey(status)] === false) {
        return rowIssue('excludedStatus', status);
      }
      unknownStatus = text(status);
    }
  }
  let amount: number;
  let amountCell: unknown;
  if (columns.amount !== undefined) {
    amountCell = row[columns.amount];
    const a = readAmount(amountCell);
    if (a.kind !== 'ok') return rowIssue(a.kind === 'blank' ? 'noAmount' : 'badAmount', amountCell);
    amount = a.value;
  } else {
    const q = readAmount(cell(row, columns.quantity));
    const u = readAmount(cell(row, columns.unitPrice));
    if (q.kind !== 'ok' || u.kind !== 'ok') {
      const bad = q.kind !== 'ok' ? cell(row, columns.quantity) : cell(row, columns.unitPrice);
      return rowIssue(q.kind === 'blank' || u.kind === 'blank' ? 'noAmount' : 'badAmount', bad);
    }
    amountCell = cell(row, columns.unitPrice);
    amount = q.value * u.value;
  }
  if (implausibleAmount(amount, rules.maxAmount)) return rowIssue('implausibleAmount', amountCell);
  // What the buyer paid, less what was refunded, and less shipping where the shop leaves it out.
  const refund = deduction(row, columns.refund);
  if (typeof refund !== 'number') return refund;
  const shipping = rules.shippingIncluded ? 0 : deduction(row, columns.shipping);
  if (typeof shipping !== 'number') return shipping;
  amount = fromUnits(toUnits(amount) - toUnits(refund) - toUnits(shipping));
  const dv = cell(row, columns.date);
  const d = readDate(dv, rules.zone);
  if (d.kind !== 'ok') return rowIssue(d.kind === 'blank' ? 'noDate' : 'badDate', dv);
  if (dayOf(d.value) > rules.today) return rowIssue('future', dv);
  return {
    kind: 'line',
    key: customer.key,
    id: customer.id,
    name: text(cell(row, columns.name)),
    email: text(cell(row, columns.email)),
    phone: isBlank(cell(row, columns.phone)) ? '' : normalisePhone(cell(row, columns.phone)),
    product: text(cell(row, columns.product)),
    birthday: birthdayOf(cell(row, columns.birthday), rules.zone),
    amount,
    at: d.value,
    unknownStatus,
  };
}

/**
 * The row that carries each order's totals, by order number: the first with an amount (an
 * export sorted another way may put it anywhere), else the order's first row.
 */
function orderHeads(
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
): Map<string, number> | undefined {
  if (columns.orderId === undefined) return undefined;
  const heads = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = orderKey(row[columns.orderId!]);
    if (!id) return;
    const head = heads.get(id);
    if (head === undefined || (!hasAmount(rows[head], columns) && hasAmount(row, columns))) {
      heads.set(id, i);
    }
  });
  return heads;
}

/**
 * An order number to group lines by. A number past 2^53 is not one: Sheets has already rounded
 * it (6925001112223330001 and …0002 read alike), so its lines are taken one by one.
 */
const orderKey = (v: unknown): string =>
  typeof v === 'number' && !Number.isSafeInteger(v) ? '' : text(v);

const hasAmount = (row: readonly unknown[], columns: ColumnMap): boolean =>
  columns.amount !== undefined
    ? !isBlank(row[columns.amount])
    : !isBlank(cell(row, columns.quantity)) || !isBlank(cell(row, columns.unitPrice));

/**
 * Parses the register's data rows once into typed lines; every row that cannot be used
 * becomes an issue naming its row. firstRow is the sheet row of rows[0]. An order written on
 * several lines counts once: its totals come from the line that carries them (the first, on
 * Shopify; any, where every line repeats them), and its other lines share that line's fate.
 */
export function parseOrderRows(
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
  rules: RowRules,
  firstRow: number,
): Parsed {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const ids: string[] = [];
  const names: string[] = [];
  const emails: string[] = [];
  const phones: string[] = [];
  const products: string[] = [];
  const productAt: number[] = [];
  const birthdays: (number | undefined)[] = [];
  const lineCustomer: number[] = [];
  const lineAmount: number[] = [];
  const lineAt: number[] = [];
  const issues: RowIssue[] = [];
  const unknown = new Map<
    string,
    { status: string; rows: number; firstRow: number; counted: boolean }
  >();
  const countUnknown = (status: string, i: number, counted: boolean) => {
    const k = statusKey(status);
    const u = unknown.get(k) ?? { status, rows: 0, firstRow: firstRow + i, counted };
    u.rows++;
    unknown.set(k, u);
  };
  let blankRows = 0;
  let continuationRows = 0;
  const heads = orderHeads(rows, columns);
  const known = knownContacts(rows, columns);
  const headOutcome = new Map<number, RowReading>();
  const further: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const orderId = heads ? orderKey(row[columns.orderId!]) : '';
    const head = orderId ? heads!.get(orderId)! : i;
    if (head !== i && (rules.format.totals !== 'perLine' || !hasAmount(row, columns))) {
      if (!row.every(isBlank) && row.find(isTotalsLabel) === undefined) {
        further.push(i);
        continue;
      }
    }
    const r = readOrderRow(row, columns, rules, known);
    headOutcome.set(i, r);
    if (r.kind === 'blank') {
      blankRows++;
      continue;
    }
    if (r.kind === 'issue') {
      issues.push(issueAt(firstRow + i, r.code, r.value));
      if (r.code === 'excludedStatus' && statusRule(rules.format, r.value) === undefined) {
        countUnknown(text(r.value), i, false);
      }
      continue;
    }
    let c = index.get(r.key);
    if (c === undefined) {
      c = ids.length;
      index.set(r.key, c);
      keys.push(r.key);
      ids.push(r.id);
      names.push('');
      emails.push('');
      phones.push('');
      products.push('');
      productAt.push(-Infinity);
      birthdays.push(undefined);
    }
    // The latest name, email and phone written for a customer win: people change them.
    if (r.name) names[c] = r.name;
    if (r.email) emails[c] = r.email;
    if (r.phone) phones[c] = r.phone;
    if (r.birthday !== undefined) birthdays[c] = r.birthday;
    if (r.product && r.at >= productAt[c]) {
      products[c] = r.product;
      productAt[c] = r.at;
    }
    lineCustomer.push(c);
    lineAmount.push(r.amount);
    lineAt.push(r.at);
    if (r.unknownStatus !== undefined) countUnknown(r.unknownStatus, i, true);
  }
  for (const i of further) {
    const outcome = headOutcome.get(heads!.get(orderKey(rows[i][columns.orderId!]))!);
    if (outcome?.kind === 'line') continuationRows++;
    else if (outcome?.kind === 'issue')
      issues.push(issueAt(firstRow + i, outcome.code, outcome.value));
  }
  issues.sort((a, b) => a.row - b.row);
  return {
    keys,
    ids,
    names,
    emails,
    phones,
    products,
    birthdays,
    lineCustomer,
    lineAmount,
    lineAt,
    continuationRows,
    issues,
    unknownStatuses: [...unknown.values()],
    blankRows,
  };
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
  parsed: Parsed,
  settings: AnalysisSettings,
  rowsRead: number,
): Analysis {
  const n = parsed.ids.length;
  const h = purchaseHistories({
    customerCount: n,
    customer: Int32Array.from(parsed.lineCustomer),
    at: Float64Array.from(parsed.lineAt),
    amount: Float64Array.from(parsed.lineAmount),
  });
  const tiers = abcTiers(h.spendUnits, settings.shares);
  const scores = rfmScores(h);
  const classes = cn8Classes(h);
  const basis = valueBasis(h, settings.value);
  const customers: CustomerRecord[] = [];
  for (let c = 0; c < n; c++) {
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
    customers.push({
      key: parsed.keys[c],
      id: parsed.ids[c],
      name: parsed.names[c],
      email: parsed.emails[c],
      phone: parsed.phones[c],
      product: parsed.products[c],
      birthday: parsed.birthdays[c],
      purchases: h.purchases[c],
      spend,
      averageOrder: average,
      firstPurchase: bought ? h.first[c] : undefined,
      lastPurchase: bought ? h.last[c] : undefined,
      daysSinceLast: bought ? recencyDays(h, c) : undefined,
      nextPurchase: next === undefined ? undefined : next * DAY_MS,
      status: customerStatus(h, c, settings.lostAfterDays),
      tier: tiers[c],
      r: s?.r,
      f: s?.f,
      m: s?.m,
      segment: s ? rf10Segment(s) : undefined,
      cn8: classes[c],
      basicValue: value?.basic,
      satisfiedValue: value?.satisfied,
      complaintLoss: value?.complaintLoss,
    });
  }
  // Biggest spenders first: the list reads as the Pareto view.
  customers.sort((a, b) => b.spend - a.spend || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
    value: {
      purchasesPerYear: basis.purchasesPerYear,
      ownRates: basis.ownRates,
      years: basis.years,
      retention: basis.retention,
      atStakeA: sum((r) => (r.tier === 'A' ? r.basicValue : 0)),
      typical: typicalValue(customers),
    },
    pareto: pareto(customers),
  };
  return {
    asOf: Number.isFinite(h.asOf) ? h.asOf : undefined,
    customers,
    summary,
    issues: parsed.issues,
    unknownStatuses: parsed.unknownStatuses,
    rowsRead,
    rowsUsed: parsed.lineCustomer.length + parsed.continuationRows,
    blankRows: parsed.blankRows,
  };
}
