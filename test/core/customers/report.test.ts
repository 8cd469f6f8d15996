import { describe, expect, it } from 'vitest';
import { analyseOrderLines } from '../../../src/core/customers/analysis';
import { parseOrderRows } from '../../../src/core/ground/orderLines';
import { RowRules } from '../../../src/core/ground/orderRow';
import { REGISTER } from '../../../src/core/ground/platforms';
import { customersTable, issuesTable, summaryTable } from '../../../src/core/customers/report';
import { currencyFormat, currencyOfLocale, shopCurrency } from '../../../src/core/ground/currency';
import { analysisSettings, DEFAULT_SETTINGS } from '../../../src/core/customers/settings';
import { zone } from '../../../src/core/ground/zone';
import { en, zh } from '../../../src/words';
import { day } from './lines';

const rules: RowRules = {
  zone: zone('Asia/Shanghai'),
  today: day('2024-06-01'),
  maxAmount: 10_000_000,
  format: REGISTER,
  statusChoices: {},
  shippingIncluded: true,
};
// Built inside each test: a mutation run activates its mutant per test, not at load.
const analysis = () =>
  analyseOrderLines(
    parseOrderRows(
      [
        ['b', 100, '2024-01-01'],
        ['a', 300, '2024-01-02'],
        ['', 5, '2024-01-03'],
        ['c', -20, '2024-01-04'],
      ],
      { customer: 0, amount: 1, date: 2 },
      rules,
      2,
    ),
    analysisSettings(DEFAULT_SETTINGS),
    4,
  );
const options = { words: en, zone: zone('Asia/Shanghai'), currency: 'USD' as const };

describe('the Customers table', () => {
  it('has one row per customer, biggest spenders first, dates as the instant of that local day', () => {
    const t = customersTable(analysis(), options);
    expect(t.values[0].slice(0, 6)).toEqual([
      'Customer ID',
      'Name',
      'Email',
      'Phone',
      'Purchases',
      'Spend',
    ]);
    expect(t.values.slice(1).map((r) => [r[0], r[5], r[12]])).toEqual([
      ['a', 300, 'A'],
      ['b', 100, 'C'],
      ['c', -20, 'C'],
    ]);
    // 2024-01-02 in Shanghai is 2024-01-01T16:00Z.
    expect((t.values[1][7] as Date).toISOString()).toBe('2024-01-01T16:00:00.000Z');
    expect(t.formats[1][5]).toBe('$#,##0.00');
    expect(t.rules.map((r) => r.formula)).toEqual([
      '=AND($A2<>"",$F2<=0)',
      '=$M2="A"',
      '=$M2="B"',
      '=$M2="C"',
    ]);
    expect(t.keyOf([' A '], 0)).toBe('a');
  });

  it('speaks the language it is given', () => {
    const t = customersTable(analysis(), { ...options, words: zh, currency: 'CNY' });
    expect(t.values[0][0]).toBe('客户ID');
    expect(t.values[1][11]).toBe('新客户');
    expect(t.formats[1][5]).toBe('¥#,##0.00');
  });
});

describe('the Summary table', () => {
  it('gives customers and spend per tier with shares and the service policy, and charts', () => {
    const t = summaryTable(analysis(), options);
    const row = (label: string) => t.values.find((r) => r[0] === label)!;
    // Three customers, spend 380: A is a (300), C the other two (80).
    expect(row('A · key customers').slice(1, 7)).toEqual([
      1,
      1 / 3,
      300,
      300 / 380,
      'The top 5% of customers by spend',
      'Dedicated representative, regular visits, fastest service, best terms; complaints first',
    ]);
    expect(row('C · ordinary customers').slice(1, 5)).toEqual([2, 2 / 3, 80, 80 / 380]);
    expect(row('Order rows not used (see Issues)')[1]).toBe(1);
    expect(t.charts.map((c) => c.type)).toEqual(['COLUMN', 'LINE']);
  });
});

describe('the Issues table', () => {
  it('lists each unused row with why and the cell', () => {
    expect(issuesTable(analysis(), options).values).toEqual([
      ['Row', 'Why it was not used', 'Cell'],
      [4, 'No customer ID', ''],
    ]);
  });
});

describe('the shop’s currency', () => {
  it.each([
    ['zh_CN', 'CNY', '¥#,##0.00'],
    ['en_US', 'USD', '$#,##0.00'],
    ['en_GB', 'GBP', '£#,##0.00'],
    ['de_DE', 'EUR', '€#,##0.00'],
    ['zh_HK', 'HKD', '"HK$"#,##0.00'],
    ['ja_JP', 'JPY', '¥#,##0.00'],
    ['sw_KE', undefined, '#,##0.00'],
  ])('%s: %s, %s', (locale, currency, format) => {
    expect(currencyOfLocale(locale)).toBe(currency);
    expect(currencyFormat(currencyOfLocale(locale))).toBe(format);
  });

  it('follows the spreadsheet, not the language, unless the user set one', () => {
    // An RMB shop read in English still counts in yuan; a USD shop in Chinese in dollars.
    expect(shopCurrency('auto', 'zh_CN')).toBe('CNY');
    expect(shopCurrency('auto', 'en_US')).toBe('USD');
    expect(shopCurrency('EUR', 'zh_CN')).toBe('EUR');
  });
});

describe('the whole Summary sheet, cell by cell', () => {
  // Four customers: a 300, b 100, d two orders of 10, c a refund of −20; one row has no
  // customer; d's status is one SheetCare does not know (counted as a sale, and reported).
  const shop = () =>
    analyseOrderLines(
      parseOrderRows(
        [
          ['b', 100, '2024-01-01', 'paid'],
          ['a', 300, '2024-01-02', 'paid'],
          ['', 5, '2024-01-03', 'paid'],
          ['c', -20, '2024-01-04', 'paid'],
          ['d', 10, '2024-01-04', 'weird'],
          ['d', 10, '2024-01-05', 'weird'],
        ],
        { customer: 0, amount: 1, date: 2, status: 3 },
        { ...rules, today: day('2024-06-01') },
        2,
      ),
      analysisSettings(DEFAULT_SETTINGS),
      6,
    );
  const blank = ['', '', '', '', '', '', ''];
  const money = '$#,##0.00';
  const group = ['', '0', '0.0%', money, '0.0%', '', ''];

  it('says the headline figures first, as of the last order day', () => {
    const t = summaryTable(shop(), options);
    expect(t.values.slice(0, 8)).toEqual([
      ['SheetCare customer summary', '', '', '', '', '', ''],
      ['As of', '2024-01-05', '', '', '', '', ''],
      ['Customers', 4, '', '', '', '', ''],
      ['Paying customers', 3, '', '', '', '', ''],
      // 300 + 100 + 20 − 20
      ['Spend', 400, '', '', '', '', ''],
      ['Order rows used', 5, '', '', '', '', ''],
      ['Order rows not used (see Issues)', 1, '', '', '', '', ''],
      blank,
    ]);
    expect(t.formats.slice(0, 8)).toEqual([
      blank,
      blank,
      ['', '0', '', '', '', '', ''],
      ['', '0', '', '', '', '', ''],
      ['', money, '', '', '', '', ''],
      ['', '0', '', '', '', '', ''],
      ['', '0', '', '', '', '', ''],
      blank,
    ]);
  });

  it('gives each tier its customers, spend, shares, what it means and the service policy', () => {
    const t = summaryTable(shop(), options);
    expect(t.values.slice(8, 13)).toEqual([
      [
        'ABC tier',
        'Customers',
        'Share of customers',
        'Spend',
        'Share of spend',
        'What it means',
        'What to do',
      ],
      [
        'A · key customers',
        1,
        1 / 4,
        300,
        300 / 400,
        'The top 5% of customers by spend',
        'Dedicated representative, regular visits, fastest service, best terms; complaints first',
      ],
      [
        'B · major customers',
        0,
        0,
        0,
        0,
        'The next 15%: the top 20% by spend, less the A customers',
        'Dedicated representative and regular contact; watch for changes',
      ],
      [
        'C · ordinary customers',
        3,
        3 / 4,
        100,
        100 / 400,
        'Everyone else',
        'Standard service, convenient and timely; look for rising stars',
      ],
      blank,
    ]);
    expect(t.formats.slice(9, 12)).toEqual([group, group, group]);
  });

  it('lists all ten segments, eight classes and three statuses, empty ones at zero, each explained', () => {
    const t = summaryTable(shop(), options);
    const labels = (from: number, to: number) => t.values.slice(from, to).map((r) => r[0]);
    expect(labels(13, 25)).toEqual([
      'RFM segment (rf10)',
      'Champions',
      'Loyal',
      'Potential Loyalists',
      // Not "New Customers": the status "New" is another thing.
      'Recent Newcomers',
      'Promising',
      'Need Attention',
      'About to Sleep',
      'At Risk',
      "Can't Lose Them",
      'Hibernating',
      '',
    ]);
    expect(t.values[21].slice(5)).toEqual([
      'Bought often, but not for a long time',
      'Win back with a personal message',
    ]);
    expect(labels(25, 26)[0]).toMatch(/^R, F, M: recency, frequency and spend scored 1–5/);
    expect(labels(27, 37)).toHaveLength(10);
    expect(labels(27, 28)).toEqual(['RFM value quadrant (8 classes)']);
    expect(t.values[37].slice(0, 5)).toEqual([
      'Status',
      'Customers',
      'Share of customers',
      'Spend',
      'Share of spend',
    ]);
    // a and b bought once (new), d twice (returning); c has no purchase and no status.
    expect(t.values.slice(38, 41)).toEqual([
      [
        'New',
        2,
        2 / 4,
        400,
        400 / 400,
        'One purchase so far',
        'Follow up and invite a second purchase',
      ],
      [
        'Returning',
        1,
        1 / 4,
        20,
        20 / 400,
        'Two purchases or more',
        'Keep serving well; remind before they run out',
      ],
      ['Lost', 0, 0, 0, 0, 'No purchase for more than 180 days', 'Win back, most valuable first'],
    ]);
  });

  it('estimates value from the shop’s own orders and says where each figure came from', () => {
    const t = summaryTable(shop(), options);
    // No customer has half a year of history: 4 purchases by 3 buyers over the half year the
    // data is taken to cover at least, 4 / 3 / 0.5 = 2.67 a year. No customer is a year old:
    // the brief's 4 years. a: 300 × 2.67 × 4 = 3,200 (the only A customer); b: 1,066.67;
    // d: 106.67. The typical (median) customer is b: word of mouth × 10 × 60% and × 10 × 90%.
    expect(t.values.slice(42, 50).map((r) => r.slice(0, 3))).toEqual([
      ['Customer value (estimates)', '', ''],
      ['Purchases a year', 4 / 3 / 0.5, 'purchases per customer per year in these orders'],
      ['Years a customer stays', 4, 'a common rule of thumb: too little history to estimate'],
      ['Value at stake among A customers', 3200, ''],
      ['A typical customer is worth', 1066.6667, ''],
      ['A happy one brings, by word of mouth', 6400.0002, ''],
      ['An unhappy one costs, by word of mouth', 9600.0003, ''],
      [
        'Value = average order × purchases a year × years; word of mouth = value × people told × the share who follow (Settings).',
        '',
        '',
      ],
    ]);
    expect(t.formats[43].slice(0, 2)).toEqual(['', '0.0']);
    expect(t.formats[45].slice(0, 2)).toEqual(['', money]);
  });

  it('draws the Pareto curve over paying customers: 300, 100, 20 of 420', () => {
    const t = summaryTable(shop(), options);
    expect(t.values.slice(51).map((r) => r.slice(0, 2))).toEqual([
      ['Pareto: top customers', 'Cumulative share of spend'],
      // Top 10–30%: ⌈0.3⌉ = 1 customer; 40–60%: 2; 70% on: all 3.
      ...[0.1, 0.2, 0.3].map((p) => [p, 300 / 420]),
      ...[0.4, 0.5, 0.6].map((p) => [p, 400 / 420]),
      ...[0.7, 0.8, 0.9, 1].map((p) => [p, 1]),
    ]);
    expect(t.formats[52]).toEqual(['0%', '0.0%', '', '', '', '', '']);
  });

  it('bolds the headings only, and places the two charts beside the table', () => {
    const t = summaryTable(shop(), options);
    expect(t.boldRows).toEqual([0, 8, 13, 27, 37, 42, 51]);
    expect(t.charts).toEqual([
      {
        type: 'COLUMN',
        title: 'Spend by ABC tier',
        ranges: [
          { row: 8, col: 0, rows: 4, cols: 1 },
          { row: 8, col: 3, rows: 4, cols: 1 },
        ],
        at: { row: 1, col: 8 },
      },
      {
        type: 'LINE',
        title: 'Pareto curve: share of spend from the top customers',
        ranges: [{ row: 51, col: 0, rows: 11, cols: 2 }],
        at: { row: 20, col: 8 },
      },
    ]);
    expect(t.values.every((r) => r.length === 7)).toBe(true);
    expect(t.formats.every((r) => r.length === 7)).toBe(true);
    expect([t.role, t.name, t.frozenRows, t.rules, t.keyOf(['x'], 7)]).toEqual([
      'summary',
      '汇总 Summary',
      0,
      [],
      '7',
    ]);
  });

  it('has the Issues sheet list unused rows and unknown statuses, row numbers as whole numbers', () => {
    const i = issuesTable(shop(), options);
    expect(i.values).toEqual([
      ['Row', 'Why it was not used', 'Cell'],
      [4, 'No customer ID', ''],
      [6, 'Status not recognised, 2 rows, counted as sales (change it in SheetCare)', 'weird'],
    ]);
    expect(i.formats).toEqual([
      ['', '', ''],
      ['0', '', ''],
      ['0', '', ''],
    ]);
    expect([i.role, i.boldRows, i.frozenRows, i.rules, i.charts, i.keyOf([6, 'x'], 0)]).toEqual([
      'issues',
      [0],
      1,
      [],
      [],
      '6',
    ]);
  });

  it('writes the Customers sheet with the words of the language and blanks where nothing is known', () => {
    const c = customersTable(shop(), options);
    const d = c.values.find((r) => r[0] === 'd')!;
    expect([d[4], d[5], d[6], d[9], d[11], d[12]]).toEqual([2, 20, 10, 0, 'Returning', 'C']);
    // d bought on the 4th and the 5th: next purchase one day after the last.
    expect((d[10] as Date).toISOString()).toBe('2024-01-05T16:00:00.000Z');
    const refundOnly = c.values.find((r) => r[0] === 'c')!;
    expect(refundOnly.slice(4)).toEqual([
      0,
      -20,
      // average, first, last, days since, next purchase, status
      ...Array(6).fill(''),
      'C',
      // R, F, M, segment, quadrant, the three values; no outlook (this analysis asks for none)
      ...Array(11).fill(''),
    ]);
    expect(c.formats[0]).toEqual(Array(24).fill(''));
    expect(c.formats[1]).toEqual([
      ...['', '', '', '', '0', money, money],
      ...['yyyy-mm-dd', 'yyyy-mm-dd', '0', 'yyyy-mm-dd', '', ''],
      ...['0', '0', '0', '', '', money, money, money],
      // chance still a customer, expected purchases, predicted value
      ...['0.0%', '0.00', money],
    ]);
    expect([c.role, c.boldRows, c.frozenRows, c.charts]).toEqual(['customers', [0], 1, []]);
    expect(c.rules.map((r) => [r.columns.length, r.background])).toEqual([
      [24, '#f4c7c3'],
      [1, '#b7e1cd'],
      [1, '#c9daf8'],
      [1, '#e8eaed'],
    ]);
    expect(c.keyOf([''], 0)).toBe('');
  });
});
