import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import { ROOT } from '../../scripts/build';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import type { AnalyzeResult } from '../../src/shared/api';
import { storedValue } from '../helpers/standIn';

const HOSTILE_NAME = '=HYPERLINK("http://evil.example","click")';
const XSS_NAME = '<img src=x onerror=alert(1)>';

/** A register as people keep them: a title above the headers, English headers, mess. */
function register(): unknown[][] {
  return [
    ['Orders 2024', '', '', '', '', ''],
    ['', '', '', '', '', ''],
    ['Order Date', 'Customer ID', 'Name', 'Email', 'Total', 'Status'],
    [new Date('2024-01-05T02:00:00Z'), 'C1', 'Amy', 'amy@example.com', 1000, 'paid'],
    ['2024/2/5 10:00', 'c1 ', 'Amy Li', '', '¥1,200.00', 'paid'],
    [new Date('2024-03-01T02:00:00Z'), '00123', HOSTILE_NAME, 'x@example.com', '300元', 'paid'],
    [new Date('2024-03-02T02:00:00Z'), 'C3', XSS_NAME, '', 50, 'Cancelled'],
    ['', '', '', '', '', ''],
    [new Date('2024-03-03T02:00:00Z'), 'C4', 'Bo', '', 'abc', 'paid'],
    ['2024年3月4日', 'C4', 'Bo', '', 80, 'paid'],
    ['not a date', 'C5', 'Cy', '', 20, 'paid'],
    [new Date('2024-03-05T02:00:00Z'), '', 'Nobody', '', 20, 'paid'],
    [new Date('2024-03-06T02:00:00Z'), 'C6', 'Di', '', 100, 'paid'],
    [new Date('2024-03-07T02:00:00Z'), 'C6', 'Di', '', -100, 'refund line'],
    ['', 'Total', '', '', 2700, ''],
  ];
}

function analysed(rows = register(), options = {}, settings?: Record<string, unknown>) {
  const s = new StandIn({ locale: 'en_US', userLocale: 'en', ...options });
  s.spreadsheet._load('Orders', rows);
  if (settings) s.run('saveSettings', settings);
  const result = s.run('analyzeCustomers') as AnalyzeResult;
  const sheet = (name: string) => s.spreadsheet.getSheetByName(name)!;
  return { s, result, sheet };
}

describe('Analyze customers', () => {
  it('finds the register below a title and writes one row per customer, biggest spenders first', () => {
    const { result, sheet } = analysed();
    expect(result.orderSheet).toBe('Orders');
    const rows = sheet(SHEET_NAMES.customers).getDataRange().getValues();
    expect(rows[0].slice(0, 6)).toEqual([
      'Customer ID',
      'Name',
      'Email',
      'Phone',
      'Purchases',
      'Spend',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['C1', 2, 2200],
      ['00123', 1, 300],
      ['C4', 1, 80],
      ['C6', 1, 0],
    ]);
    // The latest name written wins; an email written once is kept.
    expect(rows[1].slice(1, 3)).toEqual(['Amy Li', 'amy@example.com']);
  });

  it('writes customer text as text: never a formula, never a number', () => {
    const { sheet } = analysed();
    const customers = sheet(SHEET_NAMES.customers);
    const row =
      customers
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === '00123') + 1;
    expect(customers.getRange(row, 2).getFormula()).toBe('');
    expect(customers.getRange(row, 2).getValue()).toBe(HOSTILE_NAME);
    expect(customers.getRange(row, 1).getValue()).toBe('00123');
  });

  it('lists every row it did not use, with its row number and why', () => {
    const { result, sheet } = analysed();
    const issues = sheet(SHEET_NAMES.issues).getDataRange().getValues();
    expect(issues).toEqual([
      ['Row', 'Why it was not used', 'Cell'],
      [7, 'Cancelled or refunded order', 'Cancelled'],
      [9, 'Amount cannot be read', 'abc'],
      [11, 'Date cannot be read', 'not a date'],
      [12, 'No customer ID', ''],
      [15, 'Totals row', 'Total'],
      // A status no platform uses is counted, and said once with its rows.
      [
        14,
        'Status not recognised, 1 row, counted as sales (change it in SheetCare)',
        'refund line',
      ],
    ]);
    expect(result.rowsNotUsed).toBe(5);
    expect(result.rowsRead).toBe(12);
  });

  it('computes status, RFM, value and next purchase per customer', () => {
    // With the brief's 52 purchases a year and 4 years set, the brief's formula holds.
    const { sheet } = analysed(register(), {}, { purchasesPerYear: 52, years: 4 });
    const header = sheet(SHEET_NAMES.customers).getDataRange().getValues()[0] as string[];
    const amy = Object.fromEntries(
      header.map((h, i) => [h, sheet(SHEET_NAMES.customers).getDataRange().getValues()[1][i]]),
    );
    expect(amy['Average order']).toBe(1100);
    expect(amy['Basic value']).toBe(1100 * 52 * 4);
    expect(amy['Satisfied customer value']).toBe(1100 * 52 * 4 * 10 * 0.6);
    expect(amy['Status']).toBe('Returning');
    expect(amy['ABC tier']).toBe('A');
    expect((amy['Next purchase'] as Date).toISOString()).toBe('2024-03-06T16:00:00.000Z');
    expect(amy['Days since last']).toBe(30);
  });

  it('formats the Customers sheet: frozen header, money and date formats, tier and loss colours', () => {
    const { sheet } = analysed();
    const c = sheet(SHEET_NAMES.customers);
    expect(c.getFrozenRows()).toBe(1);
    expect(c.getRange(2, 6).getDisplayValue()).toBe('$2,200.00');
    expect(c.getRange(2, 8).getDisplayValue()).toBe('2024-01-05');
    const rules = c._rules.map((r) => r._data);
    expect(rules).toContainEqual({
      condition: { type: 'CUSTOM_FORMULA', values: ['=$M2="A"'] },
      format: { background: '#b7e1cd' },
      ranges: [`${SHEET_NAMES.customers}!M2:M5`],
    });
    expect(rules[0].condition.values[0]).toBe('=AND($A2<>"",$F2<=0)');
    expect(rules[0].ranges).toEqual([`${SHEET_NAMES.customers}!A2:X5`]);
  });

  it('writes a Summary whose tier table agrees with the Customers sheet, with charts', () => {
    const { result, sheet } = analysed();
    const tiers = sheet(SHEET_NAMES.customers)
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => r[12]);
    for (const t of result.tiers) expect(t.customers).toBe(tiers.filter((x) => x === t.key).length);
    const summary = sheet(SHEET_NAMES.summary);
    const values = summary.getDataRange().getValues();
    const tierRow = values.findIndex((r) => r[0] === 'A · key customers');
    expect(values[tierRow].slice(1, 5)).toEqual([1, 0.25, 2200, 2200 / 2580]);
    expect(summary._charts.map((c) => c._data.type)).toEqual(['COLUMN', 'LINE']);
  });

  it('gives the same sheets when run twice, and keeps the user’s own columns with their customers', () => {
    const { s, sheet } = analysed();
    const c = sheet(SHEET_NAMES.customers);
    c.getRange(1, 25).setValue('Notes');
    c.getRange(3, 25).setValue('Prefers WeChat'); // row of customer 00123
    s.run('analyzeCustomers');
    const first = c.getDataRange().getValues();
    // Now C4 buys a lot and moves up: the note must follow 00123, not stay on row 3.
    s.spreadsheet
      .getSheetByName('Orders')!
      .appendRow([new Date('2024-04-01T02:00:00Z'), 'C4', 'Bo', '', 5000, 'paid']);
    s.run('analyzeCustomers');
    const after = c.getDataRange().getValues();
    expect(after.length).toBe(first.length);
    expect(after[0][24]).toBe('Notes');
    const noteRow = after.find((r) => r[24] === 'Prefers WeChat')!;
    expect(noteRow[0]).toBe('00123');
    expect(s.spreadsheet.getSheets().map((x) => x.getName())).toEqual([
      'Orders',
      SHEET_NAMES.customers,
      SHEET_NAMES.summary,
      SHEET_NAMES.issues,
    ]);
    expect(sheet(SHEET_NAMES.summary)._charts).toHaveLength(2);
  });

  it('clears rows left from a longer earlier run', () => {
    const { s, sheet } = analysed();
    const orders = s.spreadsheet.getSheetByName('Orders')!;
    orders.getRange(7, 1, 9, 6).clearContent();
    s.run('analyzeCustomers');
    expect(sheet(SHEET_NAMES.customers).getLastRow()).toBe(3);
  });

  it('makes as many service calls for 10,000 order rows as for 50,000', () => {
    // 200 customers fit the thousand rows Sheets gives a new sheet; 2,000 and 10,000 need the
    // Customers sheet grown, once, by a call of its own: a step, not a cost per row.
    const calls = (n: number) => {
      const rows: unknown[][] = [['客户ID', '成交金额', '成交时间']];
      for (let i = 0; i < n; i++)
        rows.push([`C${i % (n / 5)}`, 10 + (i % 7), new Date(Date.UTC(2024, 0, 1 + (i % 365)))]);
      const { s, result } = analysed(rows);
      expect(result.customers).toBe(n / 5);
      return s.env.totalCalls();
    };
    const [small, large, larger] = [calls(1000), calls(10_000), calls(50_000)];
    expect(large).toBe(larger);
    expect(large - small).toBe(1);
  });

  it('uses a column mapping the user corrected, stored in document properties', () => {
    const s = new StandIn({ locale: 'en_US', userLocale: 'en' });
    s.spreadsheet._load('Sales', [
      ['Who', 'Paid', 'When'],
      ['a', 10, '2024-01-01'],
      ['b', 20, '2024-01-02'],
    ]);
    expect(() => s.run('analyzeCustomers')).toThrow(
      'Sheet "Sales" has no Customer and Date columns that SheetCare recognises',
    );
    s.run('saveColumnChoice', { sheetName: 'Sales', columns: { customer: 0, date: 2 } });
    expect(storedValue(s, 'sheetcare.orderSheet')).toContain('"header":"Who"');
    const r = s.run('analyzeCustomers') as AnalyzeResult;
    expect(r.customers).toBe(2);
  });

  it('says which column is missing, in the user’s language', () => {
    const s = new StandIn({ locale: 'zh_CN' });
    s.spreadsheet._load('订单', [
      ['客户ID', '成交金额'],
      ['a', 1],
    ]);
    expect(() => s.run('analyzeCustomers')).toThrow('工作表“订单”缺少日期列');
  });

  it('from the menu, reports success or failure in a dialog', () => {
    const { s } = analysed();
    s.run('menuAnalyze');
    expect(s.spreadsheet._ui.alerts.at(-1)?.title).toBe('Customers analysed');
    expect(s.spreadsheet._ui.alerts.at(-1)?.prompt).toContain('A · key customers: 1 (25.0%)');
    s.locks._table.held.set('document', 'other');
    s.run('menuAnalyze');
    expect(s.spreadsheet._ui.alerts.at(-1)?.prompt).toContain('already running');
  });

  it('reads dates in the spreadsheet’s time zone', () => {
    const rows = [
      ['customer', 'amount', 'date'],
      ['a', 10, new Date('2024-01-04T16:30:00Z')],
    ];
    const shanghai = analysed(rows, { timeZone: 'Asia/Shanghai' }).result;
    const utc = analysed(rows, { timeZone: 'UTC' }).result;
    expect(shanghai.asOf).toBe('2024-01-05');
    expect(utc.asOf).toBe('2024-01-04');
  });
});

describe('Analyze customers near the cell limit', () => {
  it('refuses before writing anything when the results would not fit', () => {
    const s = new StandIn({ locale: 'en_US', userLocale: 'en' });
    s.spreadsheet._load('Orders', [
      ['Customer', 'Amount', 'Date'],
      ['a', 10, '2024-01-01'],
    ]);
    // Another sheet fills the spreadsheet to 10,020 cells short of the limit: three new
    // 1000 × 26 sheets need 78,000.
    s.spreadsheet.insertSheet('Archive').insertRowsAfter(1000, 382_230);
    expect(() => s.run('analyzeCustomers')).toThrow(
      /more cells, but this spreadsheet has room for .*Nothing was written/,
    );
    expect(s.spreadsheet.getSheets().map((x) => x.getName())).toEqual(['Orders', 'Archive']);
  });
});

describe('the value model on the sample shop', async () => {
  const env = new Env({ today: '2026-11-24T02:00:00Z' });
  const spreadsheet = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), { env });
  const s = new StandIn({ spreadsheet });
  const r = s.run('analyzeCustomers') as AnalyzeResult;
  const [header, ...rows] = spreadsheet
    .getSheetByName(SHEET_NAMES.customers)!
    .getDataRange()
    .getValues();
  const col = (title: string) => header.indexOf(title);

  it('gives every customer a chance, expected purchases and a value, and the panel the sums of the sheet', () => {
    const m = r.value.model!;
    expect(m.fit.ok).toBe(true);
    const p = rows.map((x) => x[col('仍是活跃客户的概率')]);
    expect(p.every((v) => typeof v === 'number' && v >= 0 && v <= 1)).toBe(true);
    const value = (x: unknown[]) => Number(x[col('未来 12 个月预测价值')]);
    const tierA = rows.filter((x) => x[col('ABC 分类')] === 'A');
    expect(tierA.length).toBeGreaterThan(0);
    expect(tierA.reduce((n, x) => n + value(x), 0)).toBeCloseTo(m.predictedA!, 4);
    expect(rows.filter((x) => Number(x[col('仍是活跃客户的概率')]) < 0.5)).toHaveLength(
      m.atRiskCustomers,
    );
    // The model predicts a year of a shop whose customers buy a few times a year: the same
    // order of magnitude as a year of its sales, not the brief's rule of thumb.
    expect(m.predictedAll!).toBeGreaterThan(r.spend / 10);
    expect(m.predictedAll!).toBeLessThan(r.spend);
  });

  it('shows on Summary how its prediction of the last quarter met what customers did', () => {
    const summary = spreadsheet.getSheetByName(SHEET_NAMES.summary)!.getDataRange().getValues();
    const at = summary.findIndex((x) => x[0] === '用之后的实际购买检验');
    const check = r.value.model!.holdout!;
    // The sample's orders run two years to 22 November 2026: the last quarter is 182 days.
    expect(check.days).toBe(182);
    expect(String(summary[at + 1][0])).toContain(`之后 ${check.days} 天`);
    const rows = summary.slice(at + 3, at + 3 + check.groups.length);
    expect(rows.map((x) => x[0])).toEqual([
      ...['0 次', '1 次', '2 次', '3 次', '4 次', '5 次', '6 次', '7 次及以上'],
    ]);
    const total = summary[at + 3 + check.groups.length];
    expect(total[0]).toBe('合计');
    for (const c of [1, 2, 3]) {
      expect(total[c]).toBeCloseTo(
        rows.reduce((n, x) => n + Number(x[c]), 0),
        6,
      );
    }
  });

  it('explains itself on Summary, with the fit anyone can check', () => {
    const summary = spreadsheet.getSheetByName(SHEET_NAMES.summary)!.getDataRange().getValues();
    const at = summary.findIndex((x) => String(x[0]).startsWith('预测价值（BG/NBD'));
    expect(at).toBeGreaterThan(0);
    expect(String(summary[at + 1][0])).toContain('每位客户在仍是客户时按自己的节奏购买');
    const fit = r.value.model!.fit;
    if (!fit.ok) throw new Error('the sample shop has repeat buyers');
    expect(summary[at + 4].slice(1, 6)).toEqual([
      fit.model.purchases.r,
      fit.model.purchases.alpha,
      fit.model.purchases.a,
      fit.model.purchases.b,
      fit.model.purchases.logLikelihood,
    ]);
  });
});
