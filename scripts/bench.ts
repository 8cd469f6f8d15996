/**
 * npm run bench: the figures behind SheetCare's speed and memory targets.
 * 1. Core analytics on 1,000,000 order lines / 100,000 customers: parsing against a plain reader
 *    (target ≤ 1.5×), parse + analyse (target < 2 s, < 700 MB).
 * 2. Apps Script service calls of "Analyze customers" on the sample shop (target ≤ 60), and at 1k,
 *    10k and 100k rows (a constant).
 * 3. The UCI Online Retail file through the custom formulas and through Analyze.
 * 4. Reminders: planning a day for 100,000 customers and 20 rules (target < 1 s); service calls
 *    of a run at 10, 1,000 and 10,000 due mails (a constant plus 2 a mail); the hourly runs a
 *    1,500-mail day takes.
 * 5. The value model: histories and fit for 100,000 customers drawn from the model (target < 5 s,
 *    with the likelihood's evaluations, against one plain pass of the likelihood), and the
 *    parameters it finds on the UCI file and the sample shop.
 * 6. Orders in BigQuery: 10,000,000 order lines / 1,000,000 customers analysed through the
 *    stand-in's BigQuery (DuckDB), beside a plain GROUP BY of the same table: time, memory, bytes
 *    billed and their cost, the rows that come back (scripts/benchWarehouse.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { StandIn } from '../local/runner';
import { openWorkbook, parseCsv } from '../local/workbook';
import { Env } from '../local/env';
import { analysisSettings, DEFAULT_SETTINGS } from '../src/core/customers/settings';
import type { Tier } from '../src/core/customers/abc';
import type { Cn8Class, Rf10Segment } from '../src/core/customers/rfm';
import type { Status } from '../src/core/customers/status';
import { words } from '../src/words';
import { zone } from '../src/core/ground/zone';
import { syntheticRows } from './benchCore';
import type { AnalyzeResult, LastRunInfo } from '../src/shared/api';
import { dueMails, Recipient } from '../src/core/reminders/occasions';
import { defaultRuleRows, parseRules } from '../src/core/reminders/rules';
import { planEntries } from '../src/core/reminders/sendLog';
import { simulate } from '../local/simulation';
import { drawShop } from './benchValue';
import { UCI_INVOICES } from './sliceUci';
import { generateSampleShop } from '../src/core/ground/sampleShop';
import { bgNbdLogLikelihood } from '../src/core/value/bgnbd';
import { valueHistories } from '../src/core/value/histories';
import { fitValueModel, ValueFit } from '../src/core/value/model';
import { parseOrderRows } from '../src/core/ground/orderLines';
import type { OrderLines } from '../src/core/ground/purchases';
import type { ColumnMap } from '../src/core/ground/columns';
import { benchRules } from './benchCore';
import { warehouseBenchmark } from './benchWarehouse';

const ROOT = path.resolve(import.meta.dirname, '..');
const UCI = path.resolve(ROOT, '..', 'shared', 'datasets', 'online-retail.csv.gz');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * An entry of scripts/ bundled as Apps Script runs the core: one esbuild bundle (target es2020,
 * as scripts/build.ts makes Code.js), with no module boundary between its files, which a loader
 * such as tsx adds. Returns the bundle's path.
 */
async function bundled(entry: 'benchCore' | 'benchReaders'): Promise<string> {
  const outfile = path.join(ROOT, 'build', `${entry}.mjs`);
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'scripts', `${entry}.ts`)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2020',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

async function coreBenchmark(): Promise<void> {
  console.log(
    '\n1. Core analytics in Node (parse every row, then analyse), as bundled for Apps Script',
  );
  const core = (await import(
    pathToFileURL(await bundled('benchCore')).href
  )) as typeof import('./benchCore');
  const { analyseOrderLines, parseOrderRows, plainReader, syntheticRows } = core;
  const z = core.zone('Asia/Shanghai');
  const rules = core.benchRules(z);
  const settings = analysisSettings(DEFAULT_SETTINGS);
  // Each trial reads fresh registers, as each Analyze reads fresh cells from the sheet, each
  // reader after a full collection. The ratio is taken within a trial, where both met the same
  // machine.
  const TRIALS = Number(process.env.BENCH_TRIALS ?? 9);
  const trials: { plain: number; parse: number; analyse: number }[] = [];
  let customers = 0;
  let peakHeld = 0;
  const register = () => syntheticRows(1_000_000, 100_000);
  const plainRun = (): number => {
    global.gc?.();
    const rows = register();
    global.gc?.();
    return time(() => plainReader(rows, z))[1];
  };
  const ourRun = () => {
    global.gc?.();
    const rows = register();
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const [parsed, parseMs] = time(() => parseOrderRows(rows, core.BENCH_COLUMNS, rules, 2));
    const [analysis, analyseMs] = time(() => analyseOrderLines(parsed, settings, rows.length));
    peakHeld = Math.max(peakHeld, process.memoryUsage().heapUsed - heapBefore);
    customers = analysis.summary.customers;
    return { parse: parseMs, analyse: analyseMs };
  };
  for (let t = 0; t < TRIALS; t++) {
    // Each reader gets its own copy of the register (strings remember their hash once one reader
    // has asked), and they take turns going first, so neither gains from the other.
    let plain: number;
    let ours: { parse: number; analyse: number };
    if (t % 2 === 0) {
      plain = plainRun();
      ours = ourRun();
    } else {
      ours = ourRun();
      plain = plainRun();
    }
    trials.push({ plain, ...ours });
    console.log(
      `   trial ${t + 1}: plain reader ${plain.toFixed(0)} ms, parse ${ours.parse.toFixed(0)} ms (${(ours.parse / plain).toFixed(2)}×), analyse ${ours.analyse.toFixed(0)} ms`,
    );
  }
  const ratio = median(trials.map((t) => t.parse / t.plain));
  const total = median(trials.map((t) => t.parse + t.analyse));
  console.log(
    `   1,000,000 lines, ${customers.toLocaleString()} customers; medians of ${TRIALS} trials:`,
  );
  console.log(
    `   parse ${median(trials.map((t) => t.parse)).toFixed(0)} ms = ${ratio.toFixed(2)} × the plain reader (target ≤ 1.5×)`,
  );
  console.log(
    `   parse + analyse ${total.toFixed(0)} ms (target < 2000 ms); the register, parsed lines and analysis held ${mb(peakHeld)} of heap at most; peak RSS of the whole process ${mb(process.resourceUsage().maxRSS * 1024)} (target < 700 MB)`,
  );
}

/** Lines of the register each reader reads under callgrind (about 20 s a run there). */
const COUNTED_LINES = Number(process.env.BENCH_COUNTED_LINES ?? 200_000);

/**
 * The same comparison in instructions: valgrind's callgrind counting, V8 on one thread
 * (--single-threaded), each reader alone in a process and a process that only builds the
 * register subtracted. The count is the same from run to run, however busy the machine; it
 * leaves out the waits for memory that the times above include.
 */
function instructionsBenchmark(runner: string): void {
  console.log(
    `\n6. Reading ${COUNTED_LINES.toLocaleString()} lines counted in instructions (callgrind)`,
  );
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.log('   skipped: valgrind is not installed (apt-get install valgrind)');
    return;
  }
  const count = (mode: string): number => {
    const out = path.join(os.tmpdir(), `sheetcare-callgrind-${mode}-${process.pid}`);
    const run = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        `--callgrind-out-file=${out}`,
        process.execPath,
        '--single-threaded',
        runner,
        mode,
        String(COUNTED_LINES),
      ],
      { encoding: 'utf8' },
    );
    fs.rmSync(out, { force: true });
    const collected = /Collected : (\d+)/.exec(run.stderr);
    if (!collected) throw new Error(`callgrind gave no count for ${mode}:\n${run.stderr}`);
    return Number(collected[1]);
  };
  const setUp = count('none');
  const plain = count('plain') - setUp;
  const ours = count('sheetcare') - setUp;
  const g = (x: number) => `${(x / 1e9).toFixed(2)} billion`;
  console.log(
    `   plain reader ${g(plain)}, SheetCare's reader ${g(ours)} instructions: ${(ours / plain).toFixed(2)}× (target ≤ 1.5×)`,
  );
}

async function serviceCalls(): Promise<void> {
  console.log('\n2. "Analyze customers" in the Apps Script stand-in: service calls');
  // The sample shop as `npm run demo` opens it: five sheets, two of them candidates.
  const spreadsheet = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), {
    env: new Env({ today: '2026-11-24T01:00:00Z' }),
  });
  const shop = new StandIn({ spreadsheet });
  const runs = [0, 1].map(() => {
    const before = shop.env.totalCalls();
    shop.run('analyzeCustomers');
    return shop.env.totalCalls() - before;
  });
  console.log(
    `   the sample shop: ${runs[0]} calls (target ≤ 60), ${runs[1]} when run again over its own sheets`,
  );
  for (const n of [1_000, 10_000, 100_000]) {
    const s = new StandIn({ locale: 'en_US' });
    s.spreadsheet._load('Orders', [
      ['Customer ID', 'Amount', 'Order date'],
      ...syntheticRows(n, Math.ceil(n / 6)),
    ]);
    const [r, ms] = time(() => s.run('analyzeCustomers') as AnalyzeResult);
    const simulated = s.env.totalCalls() * s.env.callCostMs;
    console.log(
      `   ${n.toLocaleString().padStart(7)} rows: ${s.env.totalCalls()} calls (≈${(simulated / 1000).toFixed(1)} s of Apps Script at ${s.env.callCostMs} ms a call), ${r.customers.toLocaleString()} customers, ${ms.toFixed(0)} ms here`,
    );
  }
}

function uciBenchmark(): void {
  console.log('\n3. UCI Online Retail (541,909 lines)');
  if (!fs.existsSync(UCI)) {
    console.log(`   skipped: ${UCI} is not here (it lives in ../shared beside the repository)`);
    return;
  }
  const [table, readMs] = time(() =>
    parseCsv(zlib.gunzipSync(fs.readFileSync(UCI)).toString('utf8')),
  );
  const tz = 'Europe/London';
  const z = zone(tz);
  // As Sheets imports the CSV: numbers become numbers, the date-times dates in the sheet's zone.
  const rows = table.slice(1).map((r) => {
    const [, y, mo, d, h, mi, sec] = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/
      .exec(r[4])!
      .map(Number);
    return [
      r[0],
      r[1],
      r[2],
      Number(r[3]),
      new Date(z.toUtc(Date.UTC(y, mo - 1, d, h, mi, sec))),
      Number(r[5]),
      r[6] === '' ? '' : Number(r[6]),
      r[7],
    ];
  });
  console.log(
    `   read and parsed the CSV in ${readMs.toFixed(0)} ms: ${rows.length.toLocaleString()} lines`,
  );

  const s = new StandIn({ locale: 'en_GB', timeZone: tz, callCostMs: 25 });
  s.spreadsheet._load('Online Retail', [table[0], ...rows]);
  const [r, ms] = time(() => s.run('analyzeCustomers') as AnalyzeResult);
  console.log(
    `   Analyze: ${ms.toFixed(0)} ms here, ${s.env.totalCalls()} service calls; ${r.customers.toLocaleString()} customers with an ID, ${r.rowsNotUsed.toLocaleString()} lines not used (no CustomerID)`,
  );
  const w = words(r.lang);
  const named = [
    ...r.tiers.map((g) => [w.tiers[g.key as Tier], g] as const),
    ...r.segments.map((g) => [w.segments[g.key as Rf10Segment], g] as const),
    ...r.classes.map((g) => [w.classes[g.key as Cn8Class], g] as const),
    ...r.statuses.map((g) => [w.statuses[g.key as Status], g] as const),
  ];
  for (const [label, g] of named) {
    console.log(
      `     ${label.padEnd(24)} ${String(g.customers).padStart(5)} customers  ${(g.shareOfSpend * 100).toFixed(1).padStart(5)}% of spend`,
    );
  }
  // The value model's check as Summary shows it: predicted against made, by earlier repeats.
  const check = r.value.model?.holdout;
  if (check) {
    console.log(
      `   value model checked on the ${check.days} days after ${new Date(check.cut * 86_400_000).toISOString().slice(0, 10)}: ${check.predicted.toFixed(0)} purchases predicted, ${check.actual} made`,
    );
    for (const g of check.groups) {
      console.log(
        `     ${String(g.repeats).padStart(2)}${g.repeats === 7 ? '+' : ' '} repeats before: ${String(g.customers).padStart(5)} customers, ${String(g.actual).padStart(5)} made, ${g.predicted.toFixed(1).padStart(7)} predicted`,
      );
    }
  }

  // The formulas take an amount column: a user adds Quantity × UnitPrice beside the data.
  const customers = rows.map((x) => [x[6]]);
  const dates = rows.map((x) => [x[4]]);
  const amounts = rows.map((x) => [Math.round((x[3] as number) * (x[5] as number) * 100) / 100]);
  const f = new StandIn({ locale: 'en_GB', timeZone: tz });
  for (const [name, args] of [
    ['ABC_CLASS', [customers, amounts]],
    ['AVG_ORDER', [customers, amounts, dates]],
    ['RFM_SCORE', [customers, dates, amounts]],
    ['RFM_SEGMENT', [customers, dates, amounts]],
    ['CUSTOMER_STATUS', [customers, dates]],
    ['NEXT_PURCHASE', [customers, dates]],
  ] as const) {
    const [out, fms] = time(() => f.formula(name, ...args) as unknown[][]);
    const counts = new Map<string, number>();
    if (name === 'ABC_CLASS' || name === 'RFM_SEGMENT')
      for (const [v] of out) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    const tally = counts.size
      ? ` rows per answer: ${[...counts].map(([k, n]) => `${k === '' ? '(no purchase)' : k} ${n}`).join(', ')}`
      : '';
    console.log(
      `   =${name}: ${fms.toFixed(0)} ms for ${out.length.toLocaleString()} rows (custom function limit 30 s)${tally}`,
    );
  }
}

/** Customers of a shop, as the reminders see them: bought within the year, some birthdays. */
function recipients(n: number): Recipient[] {
  const today = Date.UTC(2026, 10, 24) / 86_400_000;
  let seed = 7;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const last = today - Math.floor(rnd() * 365);
    return {
      key: `c${i}`,
      id: `C${i}`,
      name: `客户${i}`,
      email: rnd() < 0.9 ? `c${i}@example.com` : '',
      phone: '13800000000',
      product: '婴儿湿巾',
      lastPurchase: last,
      lostFrom: last + 181,
      consent: undefined,
      replenish:
        rnd() < 0.5
          ? [{ product: '婴儿湿巾', lastBought: last, due: last + 20 + Math.floor(rnd() * 60) }]
          : [],
      birthday:
        rnd() < 0.4
          ? { month: 1 + Math.floor(rnd() * 12), day: 1 + Math.floor(rnd() * 28) }
          : undefined,
      tier: i < n * 0.05 ? 'A' : i < n * 0.2 ? 'B' : 'C',
      status: 'returning',
      segment: undefined,
      cn8: undefined,
    } as Recipient;
  });
}

/** The bench shop's rules, as the rules sheet holds them: the 11 defaults and 9 more greetings, all on. */
function twentyRules(): unknown[][] {
  const festivals = ['春节', '中秋', '元宵', '端午', '七夕', '国庆', '重阳', '妇女节', '儿童节'];
  return [
    ...defaultRuleRows('zh'),
    ...festivals.map((f, i) => [
      true,
      `fest-${i}`,
      '节日祝福',
      f,
      f,
      '提前1天',
      'A, B',
      4,
      '{{holiday}}',
      '{{name}}',
      '{{holiday}}',
      '{{name}}',
    ]),
  ].map((r) => [true, ...r.slice(1)]);
}

function reminderBenchmark(): void {
  console.log('\n4. Reminders');
  const zh = words('zh');
  const rows = twentyRules();
  const { rules } = parseRules(rows, 2);
  const people = recipients(100_000);
  const today = Date.UTC(2026, 11, 24) / 86_400_000; // Christmas Eve: two greetings that day
  const activities = [
    {
      name: '双十二',
      start: today + 2,
      end: today + 5,
      description: '',
      link: '',
      lastDay: true,
      row: 2,
    },
  ];
  const coupons = people.slice(0, 20_000).map((p, i) => ({
    customer: p.id,
    code: `LD${i}`,
    value: '10 元',
    expiry: today + 3 + (i % 30),
    row: i + 2,
  }));
  global.gc?.();
  const [planned, ms] = time(() => {
    const dues = dueMails(
      {
        recipients: people,
        rules,
        activities,
        coupons,
        from: today,
        to: today,
      },
      zh,
    );
    return planEntries(dues, new Map(), {
      now: 0,
      blocked: () => undefined,
      capPerDay: 1,
      dryRun: false,
    });
  });
  console.log(
    `   planning a day: 100,000 customers × ${rules.length} rules → ${planned.length.toLocaleString()} reminders in ${ms.toFixed(0)} ms (target < 1,000 ms)`,
  );

  // A run in the stand-in: n customers who bought a week ago, each due a follow-up.
  const shopOf = (n: number, mailQuota: number, account: 'consumer' | 'workspace') => {
    const s = new StandIn({
      locale: 'zh_CN',
      userLocale: 'zh_CN',
      today: '2026-11-24T02:00:00Z',
      mailQuota,
      account,
    });
    const bought = new Date('2026-11-17T10:00:00+08:00');
    s.spreadsheet._load('订单', [
      ['客户ID', '邮箱', '成交金额', '成交时间'],
      ...Array.from({ length: n }, (_, i) => [`C${i}`, `c${i}@example.com`, 100, bought]),
    ]);
    s.run('setUpReminders', { shop: '暖暖母婴' });
    s.run('setRuleOn', { id: 'follow-up', on: true });
    return s;
  };
  // Each mail: getRange and setValues queue its log row, flush() writes it before the send
  // (one round trip), sendEmail sends it (another). The rest is reads, the same at any size.
  // A look at the unsubscribe answers' length, the ledger's row queued and flushed, the send.
  const PER_MAIL = [
    'Sheet.getLastRow',
    'Sheet.getRange',
    'Range.setValues',
    'SpreadsheetApp.flush',
    'MailApp.sendEmail',
  ];
  for (const n of [10, 1_000, 10_000]) {
    const s = shopOf(n, 100_000, 'workspace');
    const before = new Map(s.env.counts);
    const [run] = time(() => s.run('runRemindersNow') as LastRunInfo);
    const used = (name: string) => (s.env.counts.get(name) ?? 0) - (before.get(name) ?? 0);
    const calls = [...s.env.counts.keys()].reduce((t, k) => t + used(k), 0);
    const perMail = PER_MAIL.reduce((t, k) => t + used(k), 0) / run.sent;
    const rest = calls - PER_MAIL.reduce((t, k) => t + used(k), 0);
    console.log(
      `   ${n.toLocaleString().padStart(6)} due: a run sent ${run.sent.toLocaleString()} (${run.waiting.toLocaleString()} left for the next run): ${calls.toLocaleString()} calls = ${rest.toLocaleString()} others + ${perMail.toFixed(2)} × ${run.sent.toLocaleString()} (getLastRow, getRange, setValues, flush, send: 3 round trips a mail)`,
    );
  }
  for (const cost of [25, 150]) {
    const s = shopOf(1_500, 1_500, 'workspace');
    s.env.callCostMs = cost;
    s.run('switchReminderJob', true);
    let runs = 0;
    while (s.mail._sent.length < 1_500 && runs < 48) {
      runs += s.advance({ hours: 1 }).filter((e) => e.status === 'completed').length;
    }
    console.log(
      `   a 1,500-mail day (Workspace) at ${cost} ms a call: ${s.mail._sent.length.toLocaleString()} sent in ${runs} hourly ${runs === 1 ? 'run' : 'runs'} after the hour, ${(s.triggerTimeUsed() / 60_000).toFixed(1)} of 90 trigger minutes`,
    );
  }
}

/**
 * The bench shop as an order sheet: n customers who bought one to three times in the year before
 * 24 November 2026, nine in ten with an email, four in ten with a birthday; and a coupon each for
 * the first 20,000, expiring over the year.
 */
function benchShop(n: number): { orders: unknown[][]; coupons: unknown[][] } {
  let seed = 11;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const start = Date.UTC(2026, 10, 24);
  const orders: unknown[][] = [
    ['客户ID', '姓名', '邮箱', '手机', '商品名称', '成交金额', '成交时间', '生日'],
  ];
  const coupons: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const email = rnd() < 0.9 ? `c${i}@example.com` : '';
    const birthday =
      rnd() < 0.4
        ? new Date(Date.UTC(1990, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)))
        : '';
    const times = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < times; k++) {
      const at = new Date(start - Math.floor(rnd() * 365 * 86_400_000));
      orders.push([
        `C${i}`,
        `客户${i}`,
        email,
        '13800000000',
        '婴儿湿巾',
        50 + Math.floor(rnd() * 1000),
        at,
        birthday,
      ]);
    }
    if (i < 20_000) {
      coupons.push([`C${i}`, `LD${i}`, '10 元', new Date(start + (3 + (i % 365)) * 86_400_000)]);
    }
  }
  return { orders, coupons };
}

/** What a year of reminders leaves in the workbook: cells at the start, at most, and per sheet. */
function cellsLine(name: string, summary: Record<string, unknown>): void {
  const c = summary.cells as {
    atStart: number;
    max: number;
    atEnd: number;
    bySheet: Record<string, number>;
  };
  const n = (x: number) => x.toLocaleString('en-US');
  console.log(
    `   ${name}: ${n(summary.mailsReceived as number)} mails in the year; workbook ${n(c.atStart)} → ${n(c.atEnd)} cells (most ${n(c.max)}; target < 5,000,000, limit 10,000,000); the year added ${n(c.atEnd - c.atStart)}`,
  );
  for (const [sheet, cells] of Object.entries(c.bySheet))
    console.log(`      ${sheet}: ${n(cells)}`);
}

async function cellsBenchmark(): Promise<void> {
  console.log('\n5. Cells: a simulated year of reminders in the stand-in');
  const year = {
    from: '2026-11-24',
    days: Number(process.env.BENCH_DAYS ?? 365),
    failRate: 0,
    killRate: 0,
    seed: 7,
    dryRun: false,
    timeZone: 'Asia/Shanghai',
    locale: 'zh_CN',
  };
  // BENCH_SHOPS=bench runs the large shop alone (about an hour); BENCH_DAYS shortens the year.
  const shops = (process.env.BENCH_SHOPS ?? 'sample,bench').split(',');
  if (shops.includes('sample')) {
    const sample = await simulate({
      ...year,
      workbook: path.join(ROOT, 'samples', 'sample-shop.xlsx'),
      quota: 100,
    });
    cellsLine('sample shop (2,000 customers, 9 rules, consumer quota 100)', sample.summary);
  }
  if (!shops.includes('bench')) return;
  const shop = benchShop(100_000);
  const big = await simulate({
    ...year,
    workbook: { orders: shop.orders },
    sheetRows: { '提醒规则 Reminder rules': twentyRules(), '优惠券 Coupons': shop.coupons },
    account: 'workspace',
    quota: 1_500,
    progress: (line) => console.log(`      ${line.trim()}`),
  });
  cellsLine('bench shop (100,000 customers, 20 rules, Workspace quota 1,500)', big.summary);
}

/** Histories and fit, timed, with what was fitted. */
function fitted(lines: OrderLines, endDay: number): { fit: ValueFit; ms: number; pass: number } {
  const [h, histMs] = time(() => valueHistories(lines, endDay, 1));
  const [fit, fitMs] = time(() => fitValueModel(h));
  // The reference: one plain pass of the likelihood over every customer, no sharing.
  const [, pass] = time(() =>
    fit.ok ? bgNbdLogLikelihood(fit.model.purchases, { x: h.x, tx: h.tx, T: h.T }) : 0,
  );
  return { fit, ms: histMs + fitMs, pass };
}

function describeFit(label: string, r: { fit: ValueFit; ms: number; pass: number }): void {
  if (!r.fit.ok) {
    console.log(
      `   ${label}: no fit, ${r.fit.repeatBuyers} repeat buyers of ${r.fit.needed} needed`,
    );
    return;
  }
  const { purchases: b, spend: g } = r.fit.model;
  console.log(
    `   ${label}: ${r.ms.toFixed(0)} ms = ${(r.ms / r.pass).toFixed(0)} plain likelihood passes; ${b.evaluations + (g?.evaluations ?? 0)} evaluations`,
  );
  console.log(
    `     MBG/NBD r ${b.r.toFixed(4)}, α ${b.alpha.toFixed(2)} days, a ${b.a.toFixed(4)}, b ${b.b.toFixed(4)}, log-likelihood ${b.logLikelihood.toFixed(2)}`,
  );
  if (g) {
    console.log(
      `     Gamma-Gamma p ${g.p.toFixed(3)}, q ${g.q.toFixed(3)}, γ ${g.gamma.toFixed(2)}; ${r.fit.model.spendUsed} repeat buyers used, ${r.fit.model.spendLeftOut} left out`,
    );
  }
}

/** A register's rows read as the analysis reads them, as the value model's lines. */
function linesOf(
  rows: unknown[][],
  columns: ColumnMap,
  tz: string,
): { lines: OrderLines; endDay: number } {
  const parsed = parseOrderRows(rows, columns, benchRules(zone(tz)), 2);
  let last = -Infinity;
  for (const t of parsed.lineAt) last = Math.max(last, t);
  return {
    lines: {
      customerCount: parsed.keys.length,
      customer: parsed.lineCustomer,
      at: parsed.lineAt,
      amount: parsed.lineAmount,
    },
    endDay: Math.floor(last / 86_400_000),
  };
}

function valueBenchmark(): void {
  console.log('\n5. The value model (modified BG/NBD and Gamma-Gamma, in days)');
  const truth = { r: 0.5, alpha: 40, a: 0.9, b: 1.6, p: 6, q: 3.7, gamma: 100 };
  const drawn = drawShop(100_000, 730, truth);
  describeFit(
    '100,000 customers drawn with r 0.5, α 40, a 0.9, b 1.6, p 6, q 3.7, γ 100 (target < 5,000 ms)',
    fitted(drawn.lines, drawn.endDay),
  );
  const sample = generateSampleShop().rows;
  const header = sample[0];
  const col = (name: string) => header.indexOf(name);
  const shop = linesOf(
    sample.slice(1),
    {
      customer: col('客户ID'),
      amount: col('成交金额'),
      date: col('成交时间'),
      status: col('订单状态'),
    },
    'UTC',
  );
  describeFit('the sample shop', fitted(shop.lines, shop.endDay));
  if (fs.existsSync(UCI)) {
    const table = parseCsv(zlib.gunzipSync(fs.readFileSync(UCI)).toString('utf8'));
    // Customer, the line's amount (quantity × price), the invoice time as wall clock.
    const rows = table
      .slice(1)
      .map((r) => [
        r[6] === '' ? '' : r[6],
        Math.round(Number(r[3]) * Number(r[5]) * 100) / 100,
        new Date(`${r[4].replace(' ', 'T')}Z`),
      ]);
    const uci = linesOf(rows, { customer: 0, amount: 1, date: 2 }, 'UTC');
    describeFit('the UCI file', fitted(uci.lines, uci.endDay));
  }
  // The tests' one row per invoice (scripts/sliceUci.ts): the same customers, the same fit.
  const invoices = parseCsv(zlib.gunzipSync(fs.readFileSync(UCI_INVOICES)).toString('utf8'))
    .slice(1)
    .map((r) => [r[2], Number(r[4]), new Date(`${r[1].replace(' ', 'T')}Z`)]);
  const slice = linesOf(invoices, { customer: 0, amount: 1, date: 2 }, 'UTC');
  describeFit('the UCI invoices of the tests', fitted(slice.lines, slice.endDay));
}

// `npm run bench -- reminders` runs one part; no argument runs them all.
const parts: Record<string, () => void | Promise<void>> = {
  core: coreBenchmark,
  calls: serviceCalls,
  uci: uciBenchmark,
  reminders: reminderBenchmark,
  cells: cellsBenchmark,
  value: valueBenchmark,
  instructions: async () => instructionsBenchmark(await bundled('benchReaders')),
  warehouse: warehouseBenchmark,
};
const chosen = process.argv[2];
if (chosen && !parts[chosen]) {
  console.error(`No part "${chosen}": choose ${Object.keys(parts).join(', ')}.`);
  process.exit(2);
}
for (const [name, part] of Object.entries(parts)) if (!chosen || chosen === name) await part();
