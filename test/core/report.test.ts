import { describe, expect, it } from 'vitest';
import { analyseOrderLines, parseOrderRows, RowRules } from '../../src/core/analysis';
import { REGISTER } from '../../src/core/platforms';
import { currencyFormat, customersTable, issuesTable, summaryTable } from '../../src/core/report';
import { analysisSettings, DEFAULT_SETTINGS } from '../../src/core/settings';
import { zone } from '../../src/core/zone';
import { en, zh } from '../../src/words';
import { day } from './lines';

const rules: RowRules = {
  zone: zone('Asia/Shanghai'),
  today: day('2024-06-01'),
  maxAmount: 10_000_000,
  format: REGISTER,
  statusChoices: {},
  shippingIncluded: true,
};
const analysis = analyseOrderLines(
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
const options = { words: en, zone: zone('Asia/Shanghai'), locale: 'en_US' };

describe('the Customers table', () => {
  it('has one row per customer, biggest spenders first, dates as the instant of that local day', () => {
    const t = customersTable(analysis, options);
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
    const t = customersTable(analysis, { ...options, words: zh, locale: 'zh_CN' });
    expect(t.values[0][0]).toBe('客户ID');
    expect(t.values[1][11]).toBe('新客户');
    expect(t.formats[1][5]).toBe('¥#,##0.00');
  });
});

describe('the Summary table', () => {
  it('gives customers and spend per tier with shares and the service policy, and charts', () => {
    const t = summaryTable(analysis, options);
    const row = (label: string) => t.values.find((r) => r[0] === label)!;
    // Three customers, spend 380: A is a (300), C the other two (80).
    expect(row('A · key customers').slice(1, 6)).toEqual([
      1,
      1 / 3,
      300,
      300 / 380,
      'Dedicated representative, regular visits, fastest service, best terms; complaints first',
    ]);
    expect(row('C · ordinary customers').slice(1, 5)).toEqual([2, 2 / 3, 80, 80 / 380]);
    expect(row('Order rows not used (see Issues)')[1]).toBe(1);
    expect(t.charts.map((c) => c.type)).toEqual(['COLUMN', 'LINE']);
  });
});

describe('the Issues table', () => {
  it('lists each unused row with why and the cell', () => {
    expect(issuesTable(analysis, options).values).toEqual([
      ['Row', 'Why it was not used', 'Cell'],
      [4, 'No customer ID', ''],
    ]);
  });
});

describe('currencyFormat', () => {
  it.each([
    ['zh_CN', '¥#,##0.00'],
    ['en_US', '$#,##0.00'],
    ['en_GB', '£#,##0.00'],
    ['de_DE', '€#,##0.00'],
    ['ja_JP', '#,##0.00'],
  ])('%s: %s', (locale, format) => expect(currencyFormat(locale)).toBe(format));
});
