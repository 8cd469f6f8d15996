/**
 * "Analyze customers": a whole order register in, every customer's tier, value, status and
 * segment out, with a summary and every row that was not used, and why.
 */
import { abcTiers, AbcShares, Tier } from './abc';
import { implausibleAmount, isBlank, readAmount, readCustomer, readDate, show } from './cells';
import { ColumnMap } from './columns';
import { Bilingual } from './i18n';
import { fromUnits, toUnits } from './money';
import { nextPurchaseDay } from './nextPurchase';
import { purchaseHistories, recencyDays } from './purchases';
import { CN8, cn8Classes, RF10, rf10Segment, rfmScores } from './rfm';
import { customerStatus, Status } from './status';
import { customerValue, ValueSettings } from './value';
import { DAY_MS, dayOf, Zone } from './zone';

export interface AnalysisSettings {
  readonly shares: AbcShares;
  readonly value: ValueSettings;
  readonly lostAfterDays: number;
  /** The largest amount one order line may carry; larger ones are listed, not summed. */
  readonly maxAmount: number;
}

/** Statuses of orders that never became a sale. */
const EXCLUDED_STATUSES = new Set([
  '已取消',
  '取消',
  '订单取消',
  '交易关闭',
  '已关闭',
  '退款',
  '已退款',
  '退款成功',
  '全额退款',
  '退货退款',
  'cancelled',
  'canceled',
  'refunded',
  'voided',
  'void',
  'fully refunded',
]);
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

export const ISSUE_TEXT: Record<IssueCode, Bilingual> = {
  noCustomer: { en: 'No customer ID', zh: '缺少客户ID' },
  totals: { en: 'Totals row', zh: '合计行' },
  badAmount: { en: 'Amount cannot be read', zh: '金额无法识别' },
  implausibleAmount: {
    en: 'Amount too large for one order line (see Settings)',
    zh: '金额超出单笔订单的合理范围（见设置）',
  },
  noAmount: { en: 'No amount', zh: '缺少金额' },
  badDate: { en: 'Date cannot be read', zh: '日期无法识别' },
  noDate: { en: 'No date', zh: '缺少日期' },
  future: { en: 'Dated after today', zh: '日期晚于今天' },
  excludedStatus: { en: 'Cancelled or refunded order', zh: '已取消或已退款的订单' },
};

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
  readonly segment: keyof typeof RF10 | undefined;
  readonly cn8: keyof typeof CN8 | undefined;
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
  readonly value: { basic: number; satisfied: number; complaintLoss: number };
  /** Share of spend from the top 10%, 20% … 100% of paying customers. */
  readonly pareto: { readonly topShare: number; readonly spendShare: number }[];
}

export interface Analysis {
  readonly asOf: number | undefined;
  readonly customers: CustomerRecord[];
  readonly summary: Summary;
  readonly issues: RowIssue[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly blankRows: number;
}

interface Parsed {
  readonly keys: string[];
  readonly ids: string[];
  readonly names: string[];
  readonly emails: string[];
  /** One entry per used line: customer index, amount and local time. */
  readonly lineCustomer: number[];
  readonly lineAmount: number[];
  readonly lineAt: number[];
  readonly issues: RowIssue[];
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
      readonly amount: number;
      readonly at: number;
    }
  | { readonly kind: 'issue'; readonly code: IssueCode; readonly value: unknown }
  | { readonly kind: 'blank' };

const BLANK_ROW: RowReading = { kind: 'blank' };
const rowIssue = (code: IssueCode, value: unknown): RowReading => ({ kind: 'issue', code, value });

/** What decides whether a row can be used, beyond its columns. */
export interface RowRules {
  readonly zone: Zone;
  /** Today's day number in the spreadsheet's zone: later purchases are typos or pre-orders. */
  readonly today: number;
  readonly maxAmount: number;
}

export function readOrderRow(
  row: readonly unknown[],
  columns: ColumnMap,
  rules: RowRules,
): RowReading {
  if (row.every(isBlank)) return BLANK_ROW;
  // A totals row names itself, in any column, whatever else it carries.
  const label = row.find(isTotalsLabel);
  if (label !== undefined) return rowIssue('totals', label);
  const cv = cell(row, columns.customer);
  const customer = readCustomer(cv);
  if (customer.kind !== 'ok') return rowIssue('noCustomer', cv);
  if (
    columns.status !== undefined &&
    EXCLUDED_STATUSES.has(text(row[columns.status]).toLowerCase())
  ) {
    return rowIssue('excludedStatus', row[columns.status]);
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
  if (columns.amount === undefined) amount = fromUnits(toUnits(amount));
  const dv = cell(row, columns.date);
  const d = readDate(dv, rules.zone);
  if (d.kind !== 'ok') return rowIssue(d.kind === 'blank' ? 'noDate' : 'badDate', dv);
  if (dayOf(d.value) > rules.today) return rowIssue('future', dv);
  return {
    kind: 'line',
    key: customer.value,
    id: text(cv),
    name: text(cell(row, columns.name)),
    email: text(cell(row, columns.email)),
    amount,
    at: d.value,
  };
}

/**
 * Parses the register's data rows once into typed lines; every row that cannot be used
 * becomes an issue naming its row. firstRow is the sheet row of rows[0].
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
  const lineCustomer: number[] = [];
  const lineAmount: number[] = [];
  const lineAt: number[] = [];
  const issues: RowIssue[] = [];
  let blankRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = readOrderRow(rows[i], columns, rules);
    if (r.kind === 'blank') {
      blankRows++;
      continue;
    }
    if (r.kind === 'issue') {
      issues.push(issueAt(firstRow + i, r.code, r.value));
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
    }
    // The latest name and email written for a customer win: people change them.
    if (r.name) names[c] = r.name;
    if (r.email) emails[c] = r.email;
    lineCustomer.push(c);
    lineAmount.push(r.amount);
    lineAt.push(r.at);
  }
  return { keys, ids, names, emails, lineCustomer, lineAmount, lineAt, issues, blankRows };
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

export function analyseCustomers(
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
  const customers: CustomerRecord[] = [];
  for (let c = 0; c < n; c++) {
    const bought = h.purchases[c] > 0;
    const spend = fromUnits(h.spendUnits[c]);
    const average = bought ? spend / h.purchases[c] : undefined;
    const value = average === undefined ? undefined : customerValue(average, settings.value);
    const s = scores[c];
    const next = nextPurchaseDay(h, c);
    customers.push({
      key: parsed.keys[c],
      id: parsed.ids[c],
      name: parsed.names[c],
      email: parsed.emails[c],
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
    tiers: group(['A', 'B', 'C'], customers, (r) => r.tier),
    segments: group(Object.keys(RF10), customers, (r) => r.segment),
    classes: group(Object.keys(CN8), customers, (r) => r.cn8),
    statuses: group(['new', 'returning', 'lost'], customers, (r) => r.status),
    value: {
      basic: sum((r) => r.basicValue),
      satisfied: sum((r) => r.satisfiedValue),
      complaintLoss: sum((r) => r.complaintLoss),
    },
    pareto: pareto(customers),
  };
  return {
    asOf: Number.isFinite(h.asOf) ? h.asOf : undefined,
    customers,
    summary,
    issues: parsed.issues,
    rowsRead,
    rowsUsed: parsed.lineCustomer.length,
    blankRows: parsed.blankRows,
  };
}
