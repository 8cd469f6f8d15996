import { describe, expect, it } from 'vitest';
import { analyseOrderLines } from '../../../src/core/customers/analysis';
import { parseOrderRows } from '../../../src/core/ground/orderLines';
import { readOrderRow, RowRules } from '../../../src/core/ground/orderRow';
import { analysisSettings, DEFAULT_SETTINGS } from '../../../src/core/customers/settings';
import { platformById } from '../../../src/core/ground/platforms';
import { day, parsedLines, REGISTER_RULES } from './lines';

const rules: RowRules = REGISTER_RULES;
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

  it('knows a totals label behind any space Unicode has, in any column, and nothing else', () => {
    // Every character JavaScript's \\s matches (ECMAScript WhiteSpace and LineTerminator).
    const spaces = [
      ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
      ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
    ];
    for (const sp of spaces) {
      for (const label of [
        '合计',
        '总计：',
        '小计',
        '总合计',
        'Grand total',
        'SUBTOTAL',
        'totals',
      ]) {
        expect(
          read(['c', 5, '2024-01-05', `${sp}${label}`]),
          JSON.stringify(sp + label),
        ).toMatchObject({ kind: 'issue', code: 'totals' });
      }
    }
    // Names that open like a label are customers: 合肥, 小王, Sam, Tom, Grace.
    for (const id of ['合肥小店', '小王', '总店', 'Sam', 'Tom', 'Grace', '\u3000张三']) {
      expect(read([id, 5, '2024-01-05', ''])).toMatchObject({ kind: 'line' });
    }
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
        ['#2', 'b@x.com', 20, '2024-01-06', 'voided'],
        ['#2', '', '', '', ''],
        // Awaiting payment: no sale yet and no problem, both its lines counted apart.
        ['#3', 'c@x.com', 30, '2024-01-07', 'pending'],
        ['#3', '', '', '', ''],
      ],
      cols,
      { ...rules, format: shopify },
      2,
    );
    expect(Array.from(parsed.lineAmount)).toEqual([10]);
    expect(parsed.continuationRows).toBe(1);
    expect(parsed.issues.map((i) => [i.row, i.code])).toEqual([
      [4, 'excludedStatus'],
      [5, 'excludedStatus'],
    ]);
    expect(parsed.awaitingPayment).toBe(2);
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
    expect(Array.from(parsed.lineCustomer)).toEqual([0, 0, 1]);
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

describe('parseOrderRows on harder registers', () => {
  it('multiplies quantity by unit price where there is no amount, and names the cell that fails', () => {
    const cols = { customer: 0, quantity: 1, unitPrice: 2, date: 3 };
    const parsed = parseOrderRows(
      [
        ['a', 3, '12.50', '2024-01-05'],
        ['b', '', 4, '2024-01-05'],
        ['c', 2, '', '2024-01-05'],
        ['d', 'two', 4, '2024-01-05'],
        ['e', 2, 'x', '2024-01-05'],
      ],
      cols,
      rules,
      2,
    );
    expect(Array.from(parsed.lineAmount)).toEqual([37.5]);
    expect(parsed.issues.map((i) => [i.row, i.code, i.value])).toEqual([
      [3, 'noAmount', ''],
      [4, 'noAmount', ''],
      [5, 'badAmount', 'two'],
      [6, 'badAmount', 'x'],
    ]);
  });

  it('keeps the latest name, email and phone a customer gave, ignoring blanks', () => {
    const cols = { customer: 0, amount: 1, date: 2, name: 3, email: 4, phone: 5 };
    const parsed = parseOrderRows(
      [
        ['a', 1, '2024-01-05', 'Ann', 'ann@old.com', '13800138000'],
        ['b', 1, '2024-01-05', 'Bo', '', ''],
        ['a', 1, '2024-01-06', 'Ann Li', '', '+86 139 0013 9000'],
        ['a', 1, '2024-01-07', '', 'ann@new.com', ''],
      ],
      cols,
      rules,
      2,
    );
    expect([parsed.names, parsed.emails, parsed.phones]).toEqual([
      ['Ann Li', 'Bo'],
      ['ann@new.com', ''],
      ['13900139000', ''],
    ]);
  });

  it('joins a row without an ID by phone to the first customer that wrote that phone', () => {
    const cols = { customer: 0, amount: 1, date: 2, email: 3, phone: 4 };
    const parsed = parseOrderRows(
      [
        ['A1', 10, '2024-01-05', 'shared@x.com', '138 0013 8000'],
        ['B2', 20, '2024-01-05', 'shared@x.com', '13800138000'],
        ['', 5, '2024-01-06', '', '+86-138-0013-8000'],
        ['', 6, '2024-01-06', 'SHARED@x.com', ''],
        ['', 7, '2024-01-06', '', ''],
      ],
      cols,
      rules,
      2,
    );
    expect(parsed.ids).toEqual(['A1', 'B2']);
    expect(Array.from(parsed.lineCustomer)).toEqual([0, 1, 0, 0]);
    expect(parsed.issues.map((i) => [i.row, i.code])).toEqual([[6, 'noCustomer']]);
  });

  it('takes no contacts without a customer column', () => {
    const cols = { amount: 1, date: 2, email: 3 };
    const parsed = parseOrderRows(
      [
        ['x', 10, '2024-01-05', 'a@x.com'],
        ['y', 5, '2024-01-06', 'a@x.com'],
      ],
      cols,
      rules,
      2,
    );
    // Both join by email, as the email itself.
    expect([parsed.keys, parsed.ids, Array.from(parsed.lineCustomer)]).toEqual([
      ['a@x.com'],
      ['a@x.com'],
      [0, 0],
    ]);
  });

  it('counts blank rows, and order lines that share a used or an unused head', () => {
    const cols = { orderId: 0, customer: 1, amount: 2, date: 3 };
    const shopify = platformById('shopify');
    const parsed = parseOrderRows(
      [
        ['#9', '', '', ''],
        ['#9', 'a', 10, '2024-01-05'],
        ['', '', '', ''],
        ['#8', '', 5, 'never'],
        ['#8', 'b', '', ''],
        ['#9', '', '', ''],
      ],
      cols,
      { ...rules, format: shopify },
      10,
    );
    // #9's totals sit on its second row, wherever the export put them.
    expect([Array.from(parsed.lineAmount), parsed.continuationRows, parsed.blankRows]).toEqual([
      [10],
      2,
      1,
    ]);
    expect(parsed.issues.map((i) => [i.row, i.code])).toEqual([
      [13, 'noCustomer'],
      [14, 'noCustomer'],
    ]);
  });

  it('reads every line of a per-line export that carries its own amount', () => {
    const cols = { orderId: 0, customer: 1, amount: 2, date: 3 };
    const parsed = parseOrderRows(
      [
        ['O1', 'a', 10, '2024-01-05'],
        ['O1', 'a', 15, '2024-01-05'],
        ['O1', 'a', '', '2024-01-05'],
      ],
      cols,
      { ...rules, format: platformById('pinduoduo') },
      2,
    );
    expect([Array.from(parsed.lineAmount), parsed.continuationRows]).toEqual([[10, 15], 1]);
  });

  it('does not group lines under an order number Sheets has rounded', () => {
    const cols = { orderId: 0, customer: 1, amount: 2, date: 3 };
    const parsed = parseOrderRows(
      [
        [Number('6925001112223330001'), 'a', 10, '2024-01-05'],
        [Number('6925001112223330002'), 'b', 20, '2024-01-05'],
      ],
      cols,
      { ...rules, format: platformById('shopify') },
      2,
    );
    expect(Array.from(parsed.lineAmount)).toEqual([10, 20]);
  });

  it('reports a status the user excluded as unknown-and-not-counted, a known one not at all', () => {
    const parsed = parseOrderRows(
      [
        ['a', 1, '2024-01-05', 'paid'],
        ['a', 1, '2024-01-05', 'Lost in post'],
        ['a', 1, '2024-01-05', '已取消'],
        ['a', 1, '2024-01-05', 'lost in post'],
      ],
      columns,
      { ...rules, statusChoices: { lostinpost: false } },
      2,
    );
    expect(parsed.unknownStatuses).toEqual([
      { status: 'Lost in post', rows: 2, firstRow: 3, counted: false },
    ]);
    expect(parsed.issues.map((i) => i.row)).toEqual([3, 4, 5]);
  });
});

describe('parseOrderRows: what each customer is known by', () => {
  it('takes an ID typed as a number, as text and with spaces for one customer, as first written', () => {
    const parsed = parseOrderRows(
      [
        [17850, 10, '2024-01-05'],
        ['17850', 20, '2024-01-06'],
        [' 17850 ', 30, '2024-01-07'],
        ['C1', 5, '2024-01-08'],
        ['c1', 5, '2024-01-09'],
      ],
      { customer: 0, amount: 1, date: 2 },
      rules,
      2,
    );
    expect([parsed.keys, parsed.ids, Array.from(parsed.lineCustomer)]).toEqual([
      ['17850', 'c1'],
      ['17850', 'C1'],
      [0, 0, 0, 1, 1],
    ]);
  });

  it('keeps the latest readable birthday and the product of the latest purchase, rows in any order', () => {
    const cols = { customer: 0, amount: 1, date: 2, product: 3, birthday: 4 };
    const parsed = parseOrderRows(
      [
        ['a', 1, '2024-03-01', 'wipes', '1990-05-06'],
        ['a', 1, '2024-01-01', 'stroller', '?'],
        ['a', 1, '2024-03-01', 'bottle', ''],
        ['b', 1, '2024-02-01', '', '1988-02-29'],
        ['b', 1, '2024-01-01', 'cot', 'soon'],
      ],
      cols,
      rules,
      2,
    );
    // a: 03-01 twice, the later row of the two wins; b: only its 01-01 line names a product.
    expect(parsed.products).toEqual(['bottle', 'cot']);
    // A refund, a price difference or shipping after the purchase is no product they bought.
    const later = parseOrderRows(
      [
        ['a', 459, '2024-03-01', '儿童安全座椅'],
        ['a', -459, '2024-03-05', '退款：儿童安全座椅'],
        ['a', 5, '2024-03-06', '补差价'],
        ['a', 12, '2024-03-07', '【运费】顺丰'],
        ['b', 20, '2024-03-01', 'Wipes'],
        ['b', 5, '2024-03-02', 'Shipping (express)'],
        ['b', 3, '2024-03-03', 'Refund adjustment'],
      ],
      { customer: 0, amount: 1, date: 2, product: 3 },
      rules,
      2,
    );
    expect(later.products).toEqual(['儿童安全座椅', 'Wipes']);
    // Marketing consent as exports write it; the latest order that says it decides, and a line
    // that says nothing (a later line item) changes nothing.
    const consent = parseOrderRows(
      [
        ['a', 10, '2024-03-01', 'yes'],
        ['a', 10, '2024-03-05', 'no'],
        ['a', 10, '2024-03-06', ''],
        ['b', 10, '2024-03-05', '否'],
        ['b', 10, '2024-03-01', '是'],
        ['c', 10, '2024-03-01', 'TRUE'],
        ['d', 10, '2024-03-01', 'maybe'],
        ['e', 10, '2024-03-01', false],
      ],
      { customer: 0, amount: 1, date: 2, consent: 3 },
      rules,
      2,
    );
    expect(consent.consents).toEqual([false, false, true, undefined, false]);
    expect(parsed.birthdays).toEqual([Date.UTC(1990, 4, 6), Date.UTC(1988, 1, 29)]);
  });
});

describe('parseOrderRows: orders written on several lines', () => {
  const shopify = platformById('shopify');
  const cols = { orderId: 0, customer: 1, quantity: 2, unitPrice: 3, date: 4 };

  it('reads an order from the line with its totals, and its other lines share its fate', () => {
    const parsed = parseOrderRows(
      [
        ['#1', 'a@x.com', '', '', '2024-01-05'],
        ['#2', 'b@x.com', 2, 'x', '2024-01-05'],
        ['#1', 'a@x.com', 2, 10, '2024-01-05'],
        ['#2', '', '', '', '2024-01-05'],
        ['#1', '合计', '', '', ''],
        ['#3', 'c@x.com', 1, 7, '2024-01-06'],
      ],
      cols,
      { ...rules, format: shopify },
      2,
    );
    // #1's totals are on its third row (the first with an amount): its other row is a further
    // line; a totals row names itself whatever its order number; #2 cannot be read on either row.
    expect(Array.from(parsed.lineAmount)).toEqual([20, 7]);
    expect(parsed.continuationRows).toBe(1);
    expect(parsed.issues).toEqual([
      { row: 3, code: 'badAmount', value: 'x' },
      { row: 5, code: 'badAmount', value: 'x' },
      { row: 6, code: 'totals', value: '合计' },
    ]);
  });
});

describe('the summary of an analysis', () => {
  it('counts payers only, groups every customer, and makes Pareto deciles over payers', () => {
    const parsed = parseOrderRows(
      [
        ['a', 50, '2024-01-01', ''],
        ['b', 0, '2024-01-02', ''],
        ['c', -5, '2024-01-03', ''],
        ['d', 30, '2024-01-04', ''],
        ['e', 20, '2024-01-05', ''],
      ],
      columns,
      rules,
      2,
    );
    const a = analyseOrderLines(parsed, analysisSettings(DEFAULT_SETTINGS), 5);
    // b's zero and c's refund are no purchase.
    expect([a.summary.customers, a.summary.buyers, a.summary.spend, a.rowsUsed]).toEqual([
      5, 3, 95, 5,
    ]);
    // Ties broken by ID: b before c at 0 and −5 is by spend, then the IDs.
    expect(a.customers.map((c) => c.id)).toEqual(['a', 'd', 'e', 'b', 'c']);
    expect(a.summary.tiers).toEqual([
      { key: 'A', customers: 1, spend: 50 },
      { key: 'B', customers: 0, spend: 0 },
      { key: 'C', customers: 4, spend: 45 },
    ]);
    expect(a.summary.statuses.map((s) => [s.key, s.customers, s.spend])).toEqual([
      ['new', 3, 100],
      ['returning', 0, 0],
      ['lost', 0, 0],
    ]);
    // Payers 50, 30, 20 of 100: deciles 1–3 hold one, 4–6 two, 7–10 all three.
    expect(a.summary.pareto.map((p) => p.spendShare)).toEqual([
      0.5, 0.5, 0.5, 0.8, 0.8, 0.8, 1, 1, 1, 1,
    ]);
    expect(a.summary.pareto.map((p) => p.topShare)).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    const none = a.customers.find((c) => c.id === 'b')!;
    expect([none.r, none.f, none.m, none.basicValue, none.averageOrder, none.status]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('breaks spend ties by customer ID, whatever order the rows came in', () => {
    const rowsFor = (ids: string[]) =>
      parseOrderRows(
        ids.map((id) => [id, 10, '2024-01-01', '']),
        columns,
        rules,
        2,
      );
    const order = (ids: string[]) =>
      analyseOrderLines(rowsFor(ids), analysisSettings(DEFAULT_SETTINGS), ids.length).customers.map(
        (c) => c.id,
      );
    expect(order(['m', 'b', 'x', 'a'])).toEqual(['a', 'b', 'm', 'x']);
    expect(order(['x', 'a', 'm', 'b'])).toEqual(['a', 'b', 'm', 'x']);
  });
});

describe('a very large shop', () => {
  it('analyses half a million buyers without running out of stack', () => {
    const n = 500_000;
    const a = analyseOrderLines(
      parsedLines(
        {
          customerCount: n,
          customer: Int32Array.from({ length: n }, (_, i) => i),
          amount: new Float64Array(n).fill(10),
          // One purchase each, spread over the year 2024's first 100 days.
          at: Float64Array.from(
            { length: n },
            (_, i) => (day('2024-01-01') + (i % 100)) * 86_400_000,
          ),
        },
        (i) => `c${i}`,
      ),
      analysisSettings(DEFAULT_SETTINGS),
      n,
    );
    // Every buyer once over the half year the data is taken to cover at least: 2 a year.
    expect([a.summary.buyers, a.summary.value.purchasesPerYear]).toEqual([
      n,
      { value: 2, source: 'shop' },
    ]);
  });
});
