/**
 * Analyze on orders kept in BigQuery, through the built add-on and the stand-in's BigQuery (on
 * DuckDB): the team names the table in the panel, SheetCare recognises its columns as a
 * sheet's headers, and the Customers and Summary sheets it writes are the ones it writes from
 * the same orders on a sheet. Then what goes wrong for real: a role missing, the API off, the
 * sandbox's free TiB spent, BigQuery left unticked on the consent screen, and a result too big
 * for one run.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import { SCOPE_PREFIX } from '../../local/scopes';
import type { AnalyzeContinuing, AnalyzeResult, WarehouseInfo } from '../../src/shared/api';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import { isDateObject } from '../../src/core/ground/cells';

const ROOT = path.join(import.meta.dirname, '..', '..');
const TODAY = '2026-11-23T02:00:00Z';
const TABLE = { project: 'nuannuan-shop', dataset: 'orders', table: 'lines' };
const cell = (v: unknown) => (isDateObject(v) ? v.getTime() : v);
const opened: StandIn[] = [];
afterAll(async () => {
  for (const s of opened) await s.bigquery._close();
});

/** The sample shop twice: on a sheet, and loaded into BigQuery in a spreadsheet without it. */
async function shops() {
  const env = new Env({ today: TODAY });
  const book = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), { env });
  const sheetShop = new StandIn({ spreadsheet: book });
  const sheetResult = sheetShop.run('analyzeCustomers') as AnalyzeResult;
  const values = book._sheets[0].getDataRange().getValues();
  const bq = new StandIn({ today: TODAY, locale: 'zh_CN', userLocale: 'zh' });
  opened.push(bq);
  bq.spreadsheet._load('笔记', [['我的笔记']]);
  bq.bigquery._project(TABLE.project);
  bq.bigquery._load(
    `${TABLE.project}.${TABLE.dataset}.${TABLE.table}`,
    values[0].map(String),
    values.slice(1),
    'Asia/Shanghai',
  );
  return { sheetShop, sheetResult, bq };
}

const analyzeAll = (s: StandIn): AnalyzeResult => {
  let r = s.run('analyzeCustomers') as AnalyzeResult | AnalyzeContinuing;
  for (let runs = 1; 'continuing' in r; runs++) {
    expect(runs).toBeLessThan(50);
    r = s.run('analyzeCustomers') as AnalyzeResult | AnalyzeContinuing;
  }
  return r;
};

describe('orders in BigQuery, analysed there', async () => {
  const { sheetShop, sheetResult, bq } = await shops();
  const info = bq.run('useWarehouse', TABLE) as WarehouseInfo;
  const result = analyzeAll(bq);
  const sheetOf = (s: StandIn, name: string) =>
    s.spreadsheet
      .getSheetByName(name)!
      .getDataRange()
      .getValues()
      .map((r) => r.map(cell));

  it("recognises the table's columns as the sheet's headers, and says who pays", () => {
    expect(info.missing).toEqual([]);
    expect(info.recognised).toMatchObject({
      customer: '客户ID',
      amount: '成交金额',
      date: '成交时间',
      status: '订单状态',
    });
    expect(info.source.billing).toBe(TABLE.project);
    expect(result.warehouse).toMatchObject({
      table: 'nuannuan-shop.orders.lines',
      billing: TABLE.project,
    });
  });

  it('writes the Customers sheet the sheet path writes, customer by customer', () => {
    expect(result.customers).toBe(sheetResult.customers);
    expect(sheetOf(bq, SHEET_NAMES.customers)).toEqual(
      sheetOf(sheetShop, SHEET_NAMES.customers).map((r) =>
        // The value model's three columns: a fit of every history, which only the sheet path makes.
        r.map((v, i) => (i >= r.length - 3 && typeof v === 'number' ? '' : v)),
      ),
    );
  });

  it('reports the same figures: tiers, segments, statuses, value, Pareto', () => {
    for (const k of [
      'customers',
      'buyers',
      'spend',
      'tiers',
      'segments',
      'classes',
      'statuses',
      'pareto',
    ] as const) {
      expect(result[k], k).toEqual(sheetResult[k]);
    }
    expect({ ...result.value, model: undefined }).toEqual({
      ...sheetResult.value,
      model: undefined,
    });
  });

  it('charges the bytes the queries read: at least 10 MB each, and counts its calls', () => {
    expect(bq.bigquery._billed.length).toBe(3);
    expect(bq.bigquery._billed.every((b) => b >= 10 * 2 ** 20)).toBe(true);
    expect(result.warehouse!.bytes).toBe(bq.bigquery._billed.reduce((a, b) => a + b, 0));
  });
});

describe('a Customers sheet capped, the Summary whole', async () => {
  it('lists the biggest spenders up to the cap; the Summary counts everyone', async () => {
    const { sheetResult, bq } = await shops();
    bq.run('useWarehouse', { ...TABLE, rowCap: 100 });
    const r = analyzeAll(bq);
    const rows = bq.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getDataRange().getValues();
    expect(rows.length).toBe(101);
    expect(r.customers).toBe(sheetResult.customers);
    expect(r.tiers).toEqual(sheetResult.tiers);
    expect(r.warehouse).toMatchObject({ shown: 100, rowCap: 100 });
  });
});

describe('a result longer than a run', async () => {
  it('goes on in the next runs, each within its budget, and writes what one run writes', async () => {
    const { bq } = await shops();
    bq.run('useWarehouse', TABLE);
    analyzeAll(bq);
    const once = bq.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getDataRange().getValues();
    // Pages of some 200 customers, each taking a minute and a half to come: a few a run.
    bq.bigquery._maxPageBytes = 60_000;
    bq.env.extraCostMs.set('BigQuery.Jobs.getQueryResults', 90_000);
    const seen: number[] = [];
    let r = bq.run('analyzeCustomers') as AnalyzeResult | AnalyzeContinuing;
    while ('continuing' in r) {
      seen.push(r.continuing.fetched);
      expect(r.continuing.total).toBe(once.length - 1);
      // The half-read result waits on a hidden sheet of SheetCare's, not on the Customers sheet.
      expect(
        bq.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getDataRange().getValues(),
      ).toEqual(once);
      r = bq.run('analyzeCustomers') as AnalyzeResult | AnalyzeContinuing;
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(bq.env.executions.every((e) => e.status === 'completed')).toBe(true);
    const again = bq.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getDataRange().getValues();
    expect(again.map((row) => row.map(cell))).toEqual(once.map((row) => row.map(cell)));
    expect(bq.spreadsheet.getSheetByName('SheetCare BigQuery pages')).toBeNull();
  });

  it('runs killed at every call in turn, as Apps Script may kill one, lose and repeat nothing', async () => {
    const { bq } = await shops();
    bq.run('useWarehouse', TABLE);
    analyzeAll(bq);
    const once = bq.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getDataRange().getValues();
    bq.bigquery._maxPageBytes = 60_000;
    bq.env.extraCostMs.set('BigQuery.Jobs.getQueryResults', 90_000);
    const total = () => [...bq.env.counts.values()].reduce((a, b) => a + b, 0);
    const before = total();
    expect('continuing' in (bq.run('analyzeCustomers') as object)).toBe(true);
    const perRun = total() - before;
    for (let k = 1; k <= perRun; k++) {
      bq.env.killAtCall(k);
      try {
        bq.run('analyzeCustomers');
      } catch {
        // Killed: in Apps Script the run simply stops there.
      }
    }
    expect(analyzeAll(bq).customers).toBe(once.length - 1);
    const again = bq.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getDataRange().getValues();
    expect(again.map((row) => row.map(cell))).toEqual(once.map((row) => row.map(cell)));
  });
});

describe('what BigQuery refuses, said with the fix', async () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['no BigQuery Job User role', { roles: new Set(['dataViewer']) }, /作业用户/],
    ['no BigQuery Data Viewer role', { roles: new Set(['jobUser']) }, /数据查看者/],
    ['the API not enabled', { api: false }, /启用 BigQuery API/],
  ];
  it.each(cases)('%s', async (_name, project, said) => {
    const { bq } = await shops();
    bq.bigquery._project(TABLE.project, project);
    expect(() => bq.run('useWarehouse', TABLE)).toThrow(said);
  });

  it("a table that isn't there", async () => {
    const { bq } = await shops();
    expect(() => bq.run('useWarehouse', { ...TABLE, table: 'line' })).toThrow(
      /找不到表 nuannuan-shop\.orders\.line/,
    );
  });

  it('the sandbox with its free TiB spent', async () => {
    const { bq } = await shops();
    bq.run('useWarehouse', TABLE);
    bq.bigquery._project(TABLE.project, { billing: 'sandbox', freeBytesLeft: 1 });
    expect(() => bq.run('analyzeCustomers')).toThrow(/免费查询额度/);
  });

  it('BigQuery left unticked on the consent screen: asked for, nothing written', async () => {
    const { bq } = await shops();
    bq.env.granted = new Set([...bq.env.manifestScopes].filter((x) => x !== 'bigquery'));
    expect(() => bq.run('useWarehouse', TABLE)).toThrow(new RegExp(`${SCOPE_PREFIX}bigquery`));
    expect(bq.bigquery._billed).toEqual([]);
  });

  it('a project name that is not one, before anything is asked of Google', async () => {
    const { bq } = await shops();
    expect(() => bq.run('useWarehouse', { ...TABLE, project: 'My Shop' })).toThrow(/My Shop/);
    expect(bq.env.counts.get('BigQuery.Tables.get') ?? 0).toBe(0);
  });
});
