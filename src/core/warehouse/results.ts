/**
 * What the warehouse sends back, read into the sheet path's own records: a customer row into a
 * CustomerRecord (the Customers sheet and the reminders take it as they take one from a
 * sheet), the Summary's aggregate rows into a Summary. BigQuery's REST answer carries every
 * value as text (or null); each is read once here by its column's meaning.
 */
import { dateOf } from '../ground/cells';
import { readConsent } from '../ground/consent';
import { DAY_MS, Zone } from '../ground/zone';
import type { CustomerRecord, GroupStat, Summary, ValueSummary } from '../customers/analysis';
import { TIERS, Tier } from '../customers/abc';
import { CN8_CLASSES, Cn8Class, RF10_SEGMENTS, Rf10Segment } from '../customers/rfm';
import { LostRule, Status, STATUSES } from '../customers/status';
import type { EstimateSource } from '../customers/value';
import type { CustomerField } from './query';

/** One row as BigQuery answers it: each column's value as text, null for NULL. */
export type WarehouseRow = Readonly<Record<string, string | null>>;

/** The rows of a REST answer (`rows[].f[].v`) by the names of its schema's fields. */
export function restRows(
  schema: GoogleAppsScript.BigQuery.Schema.TableSchema | undefined,
  rows: GoogleAppsScript.BigQuery.Schema.TableRow[] | undefined,
): WarehouseRow[] {
  const names = (schema?.fields ?? []).map((f) => f.name!);
  return (rows ?? []).map((r) =>
    Object.fromEntries(names.map((n, i) => [n, (r.f?.[i]?.v as unknown as string | null) ?? null])),
  );
}

const num = (v: string | null | undefined): number | undefined =>
  v === null || v === undefined ? undefined : Number(v);
const str = (v: string | null | undefined): string => v ?? '';

/** The value model's sufficient statistics of one customer, in days (lifetimes' summary). */
export interface ValueStats {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly monetary: number;
}

export type Row = Readonly<Record<CustomerField, string | null>>;

export function customerRecord(row: Row, zone: Zone): CustomerRecord {
  const birthday = row.birthday ? dateOf(row.birthday, zone) : NaN;
  const days = (v: string | null) => (v === null ? undefined : Number(v) * DAY_MS);
  return {
    key: str(row.customer_key),
    id: str(row.id),
    name: str(row.name),
    email: str(row.email),
    phone: str(row.phone),
    product: str(row.product),
    birthday: birthday === birthday ? birthday : undefined,
    consent: row.consent ? readConsent(row.consent) : undefined,
    purchases: Number(row.purchases),
    spend: Number(row.spend),
    averageOrder: num(row.average_order),
    firstPurchase: num(row.first_ms),
    lastPurchase: num(row.last_ms),
    daysSinceLast: num(row.recency),
    nextPurchase: days(row.next_day),
    lostFrom: days(row.lost_from_day),
    status: (row.status ?? undefined) as Status | undefined,
    tier: row.tier as Tier,
    r: num(row.r),
    f: num(row.f),
    m: num(row.m),
    segment: (row.segment ?? undefined) as Rf10Segment | undefined,
    cn8: (row.cn8 ?? undefined) as Cn8Class | undefined,
    basicValue: num(row.basic_value),
    satisfiedValue: num(row.satisfied_value),
    complaintLoss: num(row.complaint_loss),
    pAlive: undefined,
    expected90: undefined,
    predicted12: undefined,
  };
}

/** The value model's statistics of a customer row; undefined for one who never bought. */
export function valueStats(row: Row): ValueStats | undefined {
  if (row.x === null) return undefined;
  return {
    x: Number(row.x),
    tx: Number(row.tx),
    T: Number(row.age),
    monetary: Number(row.repeat_value),
  };
}

/** The Summary from summaryQuery's rows (kind, k, n, amount), and the as-of time. */
export function warehouseSummary(
  rows: readonly WarehouseRow[],
  lost: LostRule,
): {
  summary: Summary;
  asOf: number | undefined;
  rowsRead: number;
  rowsUsed: number;
  awaitingPayment: number;
  blankRows: number;
} {
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const one = (kind: string, k = '') => rows.find((r) => r.kind === kind && (r.k ?? '') === k);
  const groups = (kind: string, keys: readonly string[]): GroupStat[] => {
    const found = new Map(of(kind).map((r) => [r.k, r]));
    return keys.map((key) => ({
      key,
      customers: Number(found.get(key)?.n ?? 0),
      spend: Number(found.get(key)?.amount ?? 0),
    }));
  };
  const total = one('customers');
  const rate = of('rate')[0];
  const years = of('years')[0];
  const cohort = Number(one('cohort')?.n ?? 0);
  const typical = (k: string) => num(one('typical', k)?.amount);
  const basic = typical('basic');
  const value: ValueSummary = {
    purchasesPerYear: { value: Number(rate.amount), source: rate.k as EstimateSource },
    ownRates: rate.k === 'setting' ? 0 : Number(rate.n),
    years: { value: Number(years.amount), source: years.k as EstimateSource },
    retention: cohort ? { retained: Number(years.n), cohort } : undefined,
    atStakeA: Number(one('atStakeA')?.amount ?? 0),
    typical:
      basic === undefined
        ? undefined
        : { basic, satisfied: typical('satisfied')!, complaintLoss: typical('complaint')! },
    model: undefined,
  };
  const asOf = num(one('asOf')?.amount);
  return {
    asOf,
    rowsRead: Number(one('rowsRead')?.n ?? 0),
    rowsUsed: Number(one('rowsUsed')?.n ?? 0),
    awaitingPayment: Number(one('awaitingPayment')?.n ?? 0),
    blankRows: Number(one('blankRows')?.n ?? 0),
    summary: {
      customers: Number(total?.n ?? 0),
      buyers: Number(one('buyers')?.n ?? 0),
      spend: Number(total?.amount ?? 0),
      tiers: groups('tier', TIERS),
      segments: groups('segment', RF10_SEGMENTS),
      classes: groups('cn8', CN8_CLASSES),
      statuses: groups('status', STATUSES),
      // The warehouse decides "lost" by days: the value model's chance needs every history here.
      lostBy: { rule: lost, applied: 'days' },
      value,
      pareto: of('pareto')
        .map((r) => ({ topShare: Number(r.n) / 10, spendShare: Number(r.amount) }))
        .sort((a, b) => a.topShare - b.topShare),
    },
  };
}
