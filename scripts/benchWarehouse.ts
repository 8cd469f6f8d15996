/**
 * npm run bench -- warehouse: orders past one spreadsheet. A table of 10,000,000 order lines of
 * about 1,000,000 customers (BENCH_LINES to change it) is made in the stand-in's BigQuery
 * (DuckDB), and the built add-on analyses it as it would a real BigQuery table: time, the
 * process's peak memory, the bytes BigQuery would bill and what that costs, and the rows that
 * come back to the sheet. Beside it, in the same run, the plainest per-customer query (a
 * GROUP BY of count and sum) on the same table: SheetCare's SQL as a multiple of it. Then the
 * reminders plan a day from the same table: how many customers come back for it.
 */
import fs from 'node:fs';
import { StandIn } from '../local/runner';
import type { AnalyzeContinuing, AnalyzeResult, TodayPlan } from '../src/shared/api';
import { bytes, onDemandCost } from '../src/shared/bigQueryCost';
import { SHEET_NAMES } from '../src/words/sheetNames';

const TABLE = { project: 'bench-shop', dataset: 'orders', table: 'lines' };
const REF = `${TABLE.project}.${TABLE.dataset}.${TABLE.table}`;

/** A shop's export as a table: lines spread over three years, a few refunded or closed. */
const generate = (lines: number, customers: number) => `
CREATE OR REPLACE TABLE "${REF}" AS
SELECT
  'T' || LPAD(CAST(i AS VARCHAR), 10, '0') AS "订单编号",
  'c' || CAST(hash(i) % ${customers} AS VARCHAR) AS "买家会员名",
  ROUND(9.9 + (hash(i * 5 + 1) % 50000) / 100.0, 2) AS "买家实际支付金额",
  TIMESTAMP '2023-12-01 00:00:00' + to_seconds(CAST(hash(i * 3 + 2) % (3 * 365 * 86400) AS BIGINT)) AS "订单创建时间",
  CASE WHEN hash(i * 7 + 3) % 100 < 4 THEN '交易关闭' ELSE '交易成功' END AS "订单状态",
  '商品' || CAST(hash(i * 11 + 4) % 500 AS VARCHAR) AS "宝贝标题"
FROM range(${lines}) t(i)`;

/** The process's peak resident memory so far (Linux's VmHWM): the worker's DuckDB is in it. */
function peakRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : process.memoryUsage().rss;
}
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

const PLAIN = `SELECT "买家会员名", COUNT(*) AS n, SUM("买家实际支付金额") AS spend FROM "${REF}" GROUP BY "买家会员名"`;

export async function warehouseBenchmark(): Promise<void> {
  const lines = Number(process.env.BENCH_LINES ?? 10_000_000);
  const customers = Math.round(lines / 10);
  console.log(
    `\n6. Orders in BigQuery: ${lines.toLocaleString('en')} order lines, about ${customers.toLocaleString('en')} customers (the stand-in's BigQuery, DuckDB)`,
  );
  const s = new StandIn({ today: '2026-12-05T02:00:00Z', locale: 'zh_CN', userLocale: 'zh' });
  s.bigquery._project(TABLE.project);
  try {
    let t = performance.now();
    s.bigquery._exec(generate(lines, customers));
    s.bigquery._register(REF);
    console.log(`  table made in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // The baseline, twice (the first warms DuckDB's caches as the analysis will find them).
    const engine = s.bigquery._engine();
    engine.run(PLAIN);
    t = performance.now();
    const plain = engine.run(PLAIN);
    const plainMs = performance.now() - t;

    s.run('useWarehouse', TABLE);
    const before = peakRss();
    t = performance.now();
    let r = s.run('analyzeCustomers') as AnalyzeResult | AnalyzeContinuing;
    let runs = 1;
    while ('continuing' in r) {
      r = s.run('analyzeCustomers') as AnalyzeResult | AnalyzeContinuing;
      runs++;
    }
    const ms = performance.now() - t;
    const sheetRows = s.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getLastRow() - 1;
    const billed = s.bigquery._billed.reduce((a, b) => a + b, 0);
    const queries = s.bigquery._engineMs;
    const sql = queries.reduce((a, b) => a + b, 0);
    console.log(
      `  Analyze: ${(ms / 1000).toFixed(1)} s in ${runs} run(s), of which the queries ${(sql / 1000).toFixed(1)} s (${queries.map((q) => (q / 1000).toFixed(1)).join(' + ')} s: statuses, Summary, customers) and the rest the add-on reading pages and writing the sheets`,
    );
    console.log(
      `  beside it, a plain GROUP BY customer of count and sum on the same table: ${(plainMs / 1000).toFixed(1)} s (${plain.rows.length.toLocaleString('en')} customers) → SheetCare's queries ×${(sql / plainMs).toFixed(1)} of it`,
    );
    console.log(
      `  peak memory of the process (DuckDB's worker included): ${mb(peakRss())} (${mb(before)} once the table was made)`,
    );
    console.log(
      `  rows back to the sheet: ${sheetRows.toLocaleString('en')} (the cap) of ${r.customers.toLocaleString('en')} customers; ${r.rowsRead.toLocaleString('en')} lines read, ${r.rowsUsed.toLocaleString('en')} used`,
    );
    console.log(
      `  bytes billed: ${bytes(billed)} over ${s.bigquery._billed.length} queries (statuses, Summary, customers) → $${onDemandCost(billed).toFixed(4)} at $6.25/TiB (the first TiB a month is free)`,
    );

    // A day's reminders: only the customers it could make due come back.
    s.run('setUpReminders', { shop: '暖暖母婴' });
    s.run('setRuleOn', { id: 'follow-up', on: true });
    s.run('setRuleOn', { id: 'win-back', on: true });
    const jobs = s.bigquery._jobs.size;
    t = performance.now();
    const plan = s.run('planToday') as TodayPlan;
    const planMs = performance.now() - t;
    const back = [...s.bigquery._jobs.values()].slice(jobs).at(-1)!.rows.length;
    console.log(
      `  today's reminders (follow-up, win-back): planned in ${(planMs / 1000).toFixed(1)} s from ${back.toLocaleString('en')} customers read back, ${plan.total.toLocaleString('en')} reminders`,
    );
  } finally {
    await s.bigquery._close();
  }
}
