import { describe, expect, it } from 'vitest';
import { analyseOrderLines, parseOrderRows, readOrderRow, RowRules } from '../../src/core/analysis';
import { analysisSettings, DEFAULT_SETTINGS } from '../../src/core/settings';
import { platformById, REGISTER } from '../../src/core/platforms';
import { zone } from '../../src/core/zone';
import { day } from './lines';

const rules: RowRules = {
  zone: zone('UTC'),
  today: day('2024-06-01'),
  maxAmount: 10_000_000,
  format: REGISTER,
  statusChoices: {},
  shippingIncluded: true,
};
const columns = { customer: 0, amount: 1, date: 2, status: 3 };
const read = (row: unknown[], r: Partial<RowRules> = {}) =>
  readOrderRow(row, columns, { ...rules, ...r });

describe('readOrderRow', () => {
  it('reads a usable line, or names why not', () => {
    expect(read(['C1 ', '¥1,200', '2024-01-05', 'paid'])).toMatchObject({
      kind: 'line',
      key: 'c1',
      id: 'C1',
      amount: 1200,
    });
    expect(read(['', '', '', ''])).toEqual({ kind: 'blank' });
    expect(read(['', 5, '2024-01-05', ''])).toMatchObject({ kind: 'issue', code: 'noCustomer' });
    expect(read(['c', 'abc', '2024-01-05', ''])).toMatchObject({
      kind: 'issue',
      code: 'badAmount',
    });
    expect(read(['c', '', '2024-01-05', ''])).toMatchObject({ kind: 'issue', code: 'noAmount' });
    expect(read(['c', 5, 'soon', ''])).toMatchObject({ kind: 'issue', code: 'badDate' });
    expect(read(['c', 5, '', ''])).toMatchObject({ kind: 'issue', code: 'noDate' });
    expect(read(['c', 5, '2024-06-02', ''])).toMatchObject({ kind: 'issue', code: 'future' });
    expect(read(['c', 5, '2024-06-01', ''])).toMatchObject({ kind: 'line' });
    expect(read(['c', 5, '2024-01-05', '已取消'])).toMatchObject({
      kind: 'issue',
      code: 'excludedStatus',
    });
    expect(read(['c', 11, '2024-01-05', ''], { maxAmount: 10 })).toMatchObject({
      kind: 'issue',
      code: 'implausibleAmount',
    });
    expect(read(['合 计：', 100, '2024-01-05', ''])).toMatchObject({
      kind: 'issue',
      code: 'totals',
    });
  });

  it('counts an unknown status unless the user said not, and says it was unknown', () => {
    expect(read(['c', 5, '2024-01-05', 'On its way'])).toMatchObject({
      kind: 'line',
      unknownStatus: 'On its way',
    });
    expect(
      read(['c', 5, '2024-01-05', 'On its way'], { statusChoices: { onitsway: false } }),
    ).toMatchObject({
      kind: 'issue',
      code: 'excludedStatus',
    });
  });

  it('takes the refund off, and shipping when the shop leaves it out', () => {
    const cols = { customer: 0, amount: 1, date: 2, refund: 3, shipping: 4 };
    const row = ['c', 100, '2024-01-05', 30, 8];
    expect(readOrderRow(row, cols, rules)).toMatchObject({ amount: 70 });
    expect(readOrderRow(row, cols, { ...rules, shippingIncluded: false })).toMatchObject({
      amount: 62,
    });
    expect(readOrderRow(['c', 100, '2024-01-05', 'x', 0], cols, rules)).toMatchObject({
      code: 'badAmount',
    });
  });

  it('finds the customer by email, then by phone, when there is no ID', () => {
    const cols = { customer: 0, amount: 1, date: 2, email: 3, phone: 4 };
    expect(readOrderRow(['', 1, '2024-01-05', 'A@x.com', ''], cols, rules)).toMatchObject({
      key: 'a@x.com',
    });
    expect(readOrderRow(['', 1, '2024-01-05', '', '+86 138 0013 8000'], cols, rules)).toMatchObject(
      {
        key: '13800138000',
      },
    );
  });
});

describe('parseOrderRows', () => {
  it('counts an order written on several lines once, its other lines sharing its fate', () => {
    const cols = { orderId: 0, customer: 1, amount: 2, date: 3, status: 4 };
    const shopify = platformById('shopify');
    const parsed = parseOrderRows(
      [
        ['#1', 'a@x.com', 10, '2024-01-05', 'paid'],
        ['#1', '', '', '', ''],
        ['#2', 'b@x.com', 20, '2024-01-06', 'pending'],
        ['#2', '', '', '', ''],
      ],
      cols,
      { ...rules, format: shopify },
      2,
    );
    expect(parsed.lineAmount).toEqual([10]);
    expect(parsed.continuationRows).toBe(1);
    expect(parsed.issues.map((i) => [i.row, i.code])).toEqual([
      [4, 'excludedStatus'],
      [5, 'excludedStatus'],
    ]);
  });

  it('sums the lines of a plain register, and joins a row without an ID to the customer with that email', () => {
    const cols = { customer: 0, amount: 1, date: 2, email: 3 };
    const parsed = parseOrderRows(
      [
        ['C1', 10, '2024-01-05', 'c1@x.com'],
        ['', 5, '2024-01-06', 'C1@x.com'],
        ['', 7, '2024-01-07', 'new@x.com'],
      ],
      cols,
      rules,
      2,
    );
    expect(parsed.keys).toEqual(['c1', 'new@x.com']);
    expect(parsed.lineCustomer).toEqual([0, 0, 1]);
  });

  it('lists a status it does not know once, with its rows', () => {
    const parsed = parseOrderRows(
      [
        ['a', 1, '2024-01-05', 'Picked up'],
        ['b', 1, '2024-01-05', 'picked  up'],
      ],
      columns,
      rules,
      2,
    );
    expect(parsed.unknownStatuses).toEqual([
      { status: 'Picked up', rows: 2, firstRow: 2, counted: true },
    ]);
  });
});

describe('analyseOrderLines', () => {
  it('ranks customers by spend, biggest first, with their figures', () => {
    const parsed = parseOrderRows(
      [
        ['b', 100, '2024-01-01', ''],
        ['a', 300, '2024-01-02', ''],
        ['b', 100, '2024-01-11', ''],
      ],
      columns,
      rules,
      2,
    );
    const a = analyseOrderLines(parsed, analysisSettings(DEFAULT_SETTINGS), 3);
    expect(a.customers.map((c) => [c.id, c.spend, c.purchases, c.averageOrder, c.status])).toEqual([
      ['a', 300, 1, 300, 'new'],
      ['b', 200, 2, 100, 'returning'],
    ]);
    // Next purchase: 01-11 + 10 days.
    expect(a.customers[1].nextPurchase).toBe(day('2024-01-21') * 86_400_000);
    expect(a.summary.spend).toBe(500);
    expect(a.rowsUsed).toBe(3);
    // Two buyers: the top 20% of spend is a's 300 of 500 … the first decile is one customer.
    expect(a.summary.pareto[0]).toEqual({ topShare: 0.1, spendShare: 0.6 });
  });

  it('gives an empty analysis for no usable row', () => {
    const a = analyseOrderLines(
      parseOrderRows([['', '', '', '']], columns, rules, 2),
      analysisSettings(DEFAULT_SETTINGS),
      1,
    );
    expect([a.customers.length, a.summary.spend, a.asOf, a.summary.pareto]).toEqual([
      0,
      0,
      undefined,
      [],
    ]);
  });
});
