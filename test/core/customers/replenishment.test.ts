/**
 * Replenishment learned from the orders: goods some customers buy again are used up; goods
 * bought once by everyone are not, whatever their name. Expected days are worked by hand from
 * the rows below (day numbers through day(), intervals counted on a calendar).
 */
import { describe, expect, it } from 'vitest';
import { analyseOrderLines } from '../../../src/core/customers/analysis';
import { analysisSettings, DEFAULT_SETTINGS } from '../../../src/core/customers/settings';
import { parseOrderRows } from '../../../src/core/ground/orderLines';
import { RowRules } from '../../../src/core/ground/orderRow';
import { platformById } from '../../../src/core/ground/platforms';
import { DURABLE_PRODUCTS, generateSampleShop } from '../../../src/core/ground/sampleShop';
import { day, REGISTER_RULES } from './lines';

const rules: RowRules = REGISTER_RULES;
const columns = { customer: 0, amount: 1, date: 2, product: 3 };

const analysed = (rows: unknown[][], cols: object = columns, r: RowRules = rules) =>
  analyseOrderLines(
    parseOrderRows(rows, cols, r, 2),
    analysisSettings(DEFAULT_SETTINGS),
    rows.length,
  );

describe('replenishment from the orders', () => {
  // Unsorted, as registers are; a car seat bought once by two customers, wipes bought again.
  const rows = [
    ['b', 49, '2024-03-05 20:00', '婴儿湿巾'],
    ['a', 49, '2024-01-01', '婴儿湿巾'],
    ['a', 1299, '2024-01-01', '儿童安全座椅'],
    ['c', 49, '2024-04-01', '婴儿湿巾'],
    ['a', 49, '2024-01-31', '婴儿湿巾'],
    ['b', 49, '2024-02-15', '婴儿湿巾'],
    ['b', 49, '2024-02-15 21:00', '婴儿湿巾'],
    ['d', 1099, '2024-02-01', '儿童安全座椅'],
    // A refund line is no product, whatever it names; a zero line is no purchase.
    ['a', -1299, '2024-01-05', '退款：儿童安全座椅'],
    ['d', 0, '2024-03-01', '儿童安全座椅'],
  ];

  it('reminds of goods bought again, on each customer’s own rhythm', () => {
    const a = analysed(rows);
    // a: 1 Jan and 31 Jan, 30 days apart: due 1 March. b: 15 Feb (twice that day: one day)
    // and 5 March, 19 days: due 24 March.
    expect(a.replenishments('a')).toEqual([
      { product: '婴儿湿巾', lastBought: day('2024-01-31'), due: day('2024-03-01') },
    ]);
    expect(a.replenishments('b')).toEqual([
      { product: '婴儿湿巾', lastBought: day('2024-03-05'), due: day('2024-03-24') },
    ]);
  });

  it('gives a one-time buyer of such goods the typical interval, the median of repeat gaps', () => {
    // Gaps 30 (a) and 19 (b): the median of two is their mean, 24.5, rounded up to 25.
    expect(analysed(rows).replenishments('c')).toEqual([
      { product: '婴儿湿巾', lastBought: day('2024-04-01'), due: day('2024-04-26') },
    ]);
  });

  it('never calls durable goods bought once "running low", nor a refund a product', () => {
    const a = analysed(rows);
    expect(a.replenishments('d')).toEqual([]);
    const all = ['a', 'b', 'c', 'd'].flatMap((k) => a.replenishments(k).map((g) => g.product));
    expect(all).not.toContain('儿童安全座椅');
    expect(all.some((p) => p.startsWith('退款'))).toBe(false);
    expect(a.replenishments('nobody')).toEqual([]);
  });

  it('needs two customers who bought it again: one loyal buyer does not make goods used up', () => {
    const a = analysed([
      ['a', 10, '2024-01-01', '奶粉'],
      ['a', 10, '2024-02-01', '奶粉'],
      ['b', 10, '2024-01-10', '奶粉'],
    ]);
    expect(a.replenishments('a')).toEqual([]);
    expect(a.replenishments('b')).toEqual([]);
  });

  it('learns from every line item of an order written on several lines (Shopify)', () => {
    const shopify = { ...rules, format: platformById('shopify') };
    const cols = { orderId: 0, customer: 1, amount: 2, date: 3, product: 4 };
    const a = analysed(
      [
        ['#1', 'x@e.com', 30, '2024-01-01', 'Onesie'],
        ['#1', '', '', '2024-01-01', 'Diapers'],
        ['#2', 'x@e.com', 20, '2024-01-21', 'Diapers'],
        ['#3', 'y@e.com', 25, '2024-01-05', 'Stroller'],
        ['#3', '', '', '2024-01-05', 'Diapers'],
        ['#4', 'y@e.com', 20, '2024-01-15', 'Diapers'],
      ],
      cols,
      shopify,
    );
    // Diapers: x every 20 days, y every 10; Onesie and Stroller never again.
    expect(a.replenishments('x@e.com')).toEqual([
      { product: 'Diapers', lastBought: day('2024-01-21'), due: day('2024-02-10') },
    ]);
    expect(a.replenishments('y@e.com')).toEqual([
      { product: 'Diapers', lastBought: day('2024-01-15'), due: day('2024-01-25') },
    ]);
  });
});

describe('replenishment on the sample shop', () => {
  // Its families buy a stroller, a car seat and maternity wear once, and come back for the rest.
  const shop = generateSampleShop();
  const header = shop.rows[0];
  const col = (name: string) => header.indexOf(name);
  const cols = {
    customer: col('客户ID'),
    amount: col('成交金额'),
    date: col('成交时间'),
    product: col('商品名称'),
    status: col('订单状态'),
  };
  const a = analysed(shop.rows.slice(1), cols, {
    ...rules,
    today: day('2026-11-24'),
  });
  const reminded = new Set(
    a.customers.flatMap((c) => a.replenishments(c.key).map((g) => g.product)),
  );

  it('never reminds of durable goods, and learns every consumable it sells', () => {
    expect(DURABLE_PRODUCTS.length).toBe(3);
    for (const p of DURABLE_PRODUCTS) expect(reminded.has(p), p).toBe(false);
    const sold = new Set(shop.rows.slice(1).map((r) => String(r[cols.product] ?? '')));
    const consumables = [...sold].filter(
      (p) => p !== '' && !p.startsWith('退款') && !DURABLE_PRODUCTS.includes(p),
    );
    expect([...reminded].sort()).toEqual(consumables.sort());
  });
});
