/**
 * The SQL path and the sheet path agree, customer by customer, on every column Analyze writes
 * (the value model's predictions aside: the warehouse returns its sufficient statistics, not
 * a fit), on the Summary's figures, and on the value model's statistics: on the sample shop,
 * on UCI Online Retail (its first 3,000 raw lines, and all 22,221 invoices of customers with an
 * ID), and on every platform's export. The SQL runs on DuckDB as the stand-in's BigQuery runs
 * it; the sheet path is what Analyze runs on a sheet. The expected values come from the sheet
 * path, which its own tests hold to hand-worked figures and to the formulas.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../local/bigquery/engine';
import { bothPaths, BothPaths, customerQuery, runQuery, summaryQuery } from '../helpers/warehouse';
import {
  customerRecord,
  Row,
  valueStats,
  warehouseSummary,
} from '../../src/core/warehouse/results';
import type { CustomerRecord } from '../../src/core/customers/analysis';
import { valueHistories } from '../../src/core/value/histories';
import { dayOf } from '../../src/core/ground/zone';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const CASES: [string, string, string][] = [
  ['the sample shop', path.join(ROOT, 'samples', 'sample-shop.xlsx'), 'Asia/Shanghai'],
  ['UCI, 3,000 raw lines', path.join(FIXTURES, 'online-retail-head.csv'), 'Europe/London'],
  ['UCI, every invoice', path.join(FIXTURES, 'online-retail-invoices.csv.gz'), 'Europe/London'],
  ...[
    'tmall',
    'shopify',
    'jd',
    'pinduoduo',
    'douyin',
    'youzan',
    'wechat',
    'woocommerce',
    'register',
  ].map((p): [string, string, string] => [
    p,
    path.join(FIXTURES, 'platforms', `${p}.csv`),
    p === 'shopify' ? 'America/New_York' : p === 'woocommerce' ? 'Europe/Berlin' : 'Asia/Shanghai',
  ]),
];

/** The record without the value model's predictions, which only the sheet path makes. */
const comparable = ({ pAlive: _p, expected90: _e, predicted12: _v, ...rest }: CustomerRecord) =>
  rest;

const engine = new DuckDbEngine();
afterAll(() => engine.close());

describe.each(CASES)('%s: SQL and sheet agree', (_name, file, timeZone) => {
  let both: BothPaths;
  let rows: Row[];
  const load = async () => {
    both ??= await bothPaths(file, timeZone, { engine });
    rows ??= runQuery(engine, customerQuery(both.register, both.rules)) as unknown as Row[];
    return { both, rows };
  };

  it('on every customer, every column, in the same order', async () => {
    const { both, rows } = await load();
    expect(both.sheet.customers.length).toBeGreaterThan(0);
    const sql = rows.map((r) => comparable(customerRecord(r, both.zone)));
    expect(sql).toEqual(both.sheet.customers.map(comparable));
  });

  it("on the value model's statistics (frequency, recency, age, mean repeat value)", async () => {
    const { both, rows } = await load();
    const p = both.parsed;
    const asOfDay = dayOf(both.sheet.asOf!);
    const h = valueHistories(
      {
        customerCount: p.keys.length,
        customer: p.lineCustomer,
        at: p.lineAt,
        amount: p.lineAmount,
      },
      asOfDay,
      1,
    );
    const index = new Map(p.keys.map((k, c) => [k, c]));
    for (const r of rows) {
      const c = index.get(r.customer_key!)!;
      const stats = valueStats(r);
      if (!h.seen[c]) {
        expect(stats).toBeUndefined();
        continue;
      }
      expect(stats, r.customer_key!).toMatchObject({ x: h.x[c], tx: h.tx[c], T: h.T[c] });
      expect(stats!.monetary).toBeCloseTo(h.monetary[c], 6);
    }
  });

  it("on the Summary's figures, from aggregates", async () => {
    const { both } = await load();
    const s = both.sheet.summary;
    const got = warehouseSummary(
      runQuery(engine, summaryQuery(both.register, both.rules)),
      s.lostBy.rule,
    );
    expect(got.asOf).toBe(both.sheet.asOf);
    // The rows: used (an order's further lines with it), awaiting payment, blank, the rest not used.
    expect(got.rowsRead).toBe(both.sheet.rowsRead);
    expect(got.rowsUsed).toBe(both.sheet.rowsUsed);
    expect(got.awaitingPayment).toBe(both.sheet.awaitingPayment);
    expect(got.rowsRead - got.rowsUsed - got.awaitingPayment - got.blankRows).toBe(
      both.sheet.issues.length,
    );
    expect(got.summary).toEqual({ ...s, value: { ...s.value, model: undefined } });
  });
});

describe('the order sheet sorted another way (as the team sorts it)', () => {
  it('reads the same customers, details and products, as the warehouse does in any order', async () => {
    const file = path.join(ROOT, 'samples', 'sample-shop.xlsx');
    const both = await bothPaths(file, 'Asia/Shanghai', { engine });
    // Newest first, then by customer: a sort the team makes, not a shuffle of no meaning.
    const header = both.headers;
    const date = header.indexOf('成交时间');
    const id = header.indexOf('客户ID');
    const at = (v: unknown) => (v instanceof Date ? v.getTime() : 0);
    const sorted = [...both.rows].sort(
      (a, b) => at(b[date]) - at(a[date]) || String(a[id]).localeCompare(String(b[id])),
    );
    const { parseOrderRows } = await import('../../src/core/ground/orderLines');
    const { analyseOrderLines } = await import('../../src/core/customers/analysis');
    const { analysisSettings, DEFAULT_SETTINGS } =
      await import('../../src/core/customers/settings');
    const { recogniseHeaders } = await import('../../src/core/ground/columns');
    const { columns, format } = recogniseHeaders(header);
    const rules = {
      zone: both.zone,
      today: both.rules.today,
      maxAmount: DEFAULT_SETTINGS.maxAmount,
      format,
      statusChoices: {},
      shippingIncluded: true,
    };
    const again = analyseOrderLines(
      parseOrderRows(sorted, columns, rules, 2),
      analysisSettings(DEFAULT_SETTINGS),
      sorted.length,
    );
    expect(again.customers.map(comparable)).toEqual(both.sheet.customers.map(comparable));
  });
});
