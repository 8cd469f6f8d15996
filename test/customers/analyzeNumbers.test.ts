/** Analyze never reports a wrong number silently: what it cannot trust, it lists. */
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import type { FakeSheet } from '../../local/spreadsheet/sheet';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import type { AnalyzeResult, OrderSheetInfo, SidebarState } from '../../src/shared/api';

function shop(sheets: Record<string, unknown[][]>, today = '2024-06-01T02:00:00Z'): StandIn {
  const s = new StandIn({ locale: 'en_US', userLocale: 'en', timeZone: 'UTC', today });
  for (const [name, rows] of Object.entries(sheets)) s.spreadsheet._load(name, rows);
  return s;
}
const analyze = (s: StandIn) => s.run('analyzeCustomers') as AnalyzeResult;
const values = (s: StandIn, name: string) =>
  (s.spreadsheet.getSheetByName(name) as FakeSheet).getDataRange().getValues();
const issues = (s: StandIn) => values(s, SHEET_NAMES.issues).slice(1);
/** [id, spend] per customer, as the Customers sheet shows them. */
const spends = (s: StandIn) =>
  values(s, SHEET_NAMES.customers)
    .slice(1)
    .map((r) => [r[0], r[5]]);

describe('dates after today', () => {
  it('lists a purchase dated after today and keeps "as of" at or before today', () => {
    const s = shop({
      Orders: [
        ['Customer ID', 'Amount', 'Order date'],
        ['A', 10, '2024-05-01'],
        ['B', 20, '2024-05-20'],
        ['C', 30, '2024-06-02'], // tomorrow
        ['D', 40, '2204-03-01'], // a typo
      ],
    });
    const r = analyze(s);
    expect(r.asOf).toBe('2024-05-20');
    expect(issues(s)).toEqual([
      [4, 'Dated after today', '2024-06-02'],
      [5, 'Date cannot be read', '2204-03-01'],
    ]);
    // Both real customers bought within 180 days of 2024-05-20: none is lost.
    expect(r.statuses.find((x) => x.key === 'lost')!.customers).toBe(0);
  });
});

describe('amounts', () => {
  it('sums only amounts it can read, and lists the rest with why', () => {
    const s = shop({
      Orders: [
        ['Customer ID', 'Amount', 'Order date'],
        ['A', '--5', '2024-05-01'],
        ['A', '(-50)', '2024-05-01'],
        ['A', '+-5', '2024-05-01'],
        ['A', '(50)', '2024-05-02'],
        ['A', '¥1,200', '2024-05-03'],
        ['B', '202405011234567890', '2024-05-01'],
        ['B', 1e308, '2024-05-02'],
        ['B', 99, '2024-05-03'],
      ],
    });
    const r = analyze(s);
    // A: −50 + 1,200; B: 99.
    expect(spends(s)).toEqual([
      ['A', 1150],
      ['B', 99],
    ]);
    expect(r.spend).toBe(1249);
    expect(issues(s).map((x) => [x[0], x[1]])).toEqual([
      [2, 'Amount cannot be read'],
      [3, 'Amount cannot be read'],
      [4, 'Amount cannot be read'],
      [7, 'Amount too large for one order line (see Settings)'],
      [8, 'Amount too large for one order line (see Settings)'],
    ]);
    expect(Number.isFinite(r.spend)).toBe(true);
  });

  it('takes the plausible bound from Settings', () => {
    const s = shop({
      Orders: [
        ['Customer ID', 'Amount', 'Order date'],
        ['A', 600, '2024-05-01'],
        ['B', 400, '2024-05-01'],
      ],
    });
    s.run('saveSettings', { maxAmount: 500 });
    expect(analyze(s).spend).toBe(400);
  });
});

describe('totals rows', () => {
  it.each(['合计', '总计：', '合 计', 'Total', 'Grand total:', 'SUBTOTAL', '小　计'])(
    'lists a row labelled %j as a totals row, even with a date and an amount',
    (label) => {
      const s = shop({
        Orders: [
          ['Customer ID', 'Amount', 'Order date'],
          ['A', 100, '2024-05-01'],
          ['B', 200, '2024-05-02'],
          [label, 300, '2024-05-31'],
        ],
      });
      const r = analyze(s);
      expect(r.customers).toBe(2);
      expect(r.spend).toBe(300);
      expect(issues(s)).toEqual([[4, 'Totals row', label]]);
    },
  );
});

describe('the best columns and the best sheet', () => {
  it('takes the customer ID over a customer name, so two 张伟 stay two customers', () => {
    const s = shop({
      订单: [
        ['客户', '客户ID', '成交金额', '成交时间'],
        ['张伟', 'U1', 100, '2024-05-01'],
        ['张伟', 'U2', 200, '2024-05-02'],
      ],
    });
    expect(analyze(s).customers).toBe(2);
    // The name column is the name.
    expect(
      values(s, SHEET_NAMES.customers)
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([
      ['U2', '张伟'],
      ['U1', '张伟'],
    ]);
  });

  it.each([
    [['总金额', '实付金额'], 90],
    [['实付金额', '总金额'], 90],
    [['Subtotal', 'Total'], 95],
    [['Total', 'Subtotal'], 95],
  ])('of amount headers %j, reads what was paid (%d)', (headers, paid) => {
    const pick = (h: string) => ({ 总金额: 100, 实付金额: 90, Subtotal: 100, Total: 95 })[h];
    const s = shop({
      Orders: [
        ['Customer ID', 'Order date', ...headers],
        ['A', '2024-05-01', ...headers.map(pick)],
      ],
    });
    expect(analyze(s).spend).toBe(paid);
  });

  it('takes the order register over a customer list with similar headers', () => {
    const master = [
      ['客户ID', '总金额', '创建时间'],
      ...Array.from({ length: 30 }, (_, i) => [`U${i}`, 1000, '2023-01-01']),
    ];
    const register = [
      ['客户ID', '成交金额', '成交时间', '商品名称'],
      ...Array.from({ length: 12 }, (_, i) => [`U${i % 4}`, 10, '2024-05-01', '奶粉']),
    ];
    for (const order of [
      { 客户: master, 订单: register },
      { 订单: register, 客户: master },
    ]) {
      const s = shop(order);
      s.spreadsheet.setActiveSheet(s.spreadsheet.getSheetByName('客户')!);
      const r = analyze(s);
      expect(r.orderSheet).toBe('订单');
      expect(r.spend).toBe(120);
    }
  });
});

describe('column choices are remembered by header', () => {
  const rows = () => [
    ['Who', 'Paid', 'When', 'Phone'],
    ['a', 10, '2024-05-01', 13800138000],
    ['b', 20, '2024-05-02', 13900139000],
  ];

  it('finds a chosen column again after the user inserts a column before it', () => {
    const s = shop({ Sales: rows() });
    s.run('saveColumnChoice', { sheetName: 'Sales', columns: { customer: 0, date: 2 } });
    const sales = s.spreadsheet.getSheetByName('Sales')!;
    sales.insertColumnsBefore(1, 1);
    sales.getRange(1, 1).setValue('Region');
    const r = analyze(s);
    expect(r.spend).toBe(30);
    expect(spends(s)).toEqual([
      ['b', 20],
      ['a', 10],
    ]);
    expect(r.staleChoices).toEqual([]);
  });

  it('says which choice no longer matches when its column is deleted, and falls back', () => {
    const s = shop({ Sales: rows() });
    s.run('saveColumnChoice', {
      sheetName: 'Sales',
      columns: { customer: 0, amount: 1, date: 2 },
    });
    const sales = s.spreadsheet.getSheetByName('Sales')!;
    sales.deleteColumns(1, 1); // "Who" is gone: "Paid" is column A now
    const info = s.run('inspectOrderSheet', 'Sales') as OrderSheetInfo;
    expect(info.staleChoices).toEqual([{ field: 'customer', header: 'Who' }]);
    expect(info.columns).toMatchObject({ amount: 0, date: 1, phone: 2 });
    // With no customer column left, the phone says who the customer is.
    expect(info.missing).toEqual([]);
    const r = analyze(s);
    expect(r.staleChoices).toEqual([{ field: 'customer', header: 'Who' }]);
    expect(spends(s)).toEqual([
      ['13900139000', 20],
      ['13800138000', 10],
    ]);
  });

  it('never reads phone numbers as amounts after a column moves', () => {
    const s = shop({ Sales: rows() });
    s.run('saveColumnChoice', {
      sheetName: 'Sales',
      columns: { customer: 0, amount: 1, date: 2 },
    });
    const sales = s.spreadsheet.getSheetByName('Sales')!;
    // The user moves Phone to column B.
    sales.insertColumnsBefore(2, 1);
    sales.getRange(1, 2, 3, 1).setValues([['Phone'], [13800138000], [13900139000]]);
    sales.deleteColumns(5, 1);
    expect(analyze(s).spend).toBe(30);
  });
});

describe('the sidebar opens after any stored summary', () => {
  it('opens on a clean state when the stored summary holds a number that is not finite', () => {
    const s = shop({ Orders: [['Customer ID', 'Amount', 'Order date']] });
    s.properties._document.setProperty('sheetcare.lastAnalysis', '{"spend":1e999}');
    const state = s.run('getSidebarState') as SidebarState;
    expect(state.lastAnalysis).toBeNull();
  });
});
