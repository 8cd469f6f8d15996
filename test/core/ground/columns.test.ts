import { describe, expect, it } from 'vitest';
import {
  findHeaderRow,
  missingFields,
  recogniseHeaders,
  registerScore,
} from '../../../src/core/ground/columns';

describe('recogniseHeaders', () => {
  it('reads Chinese and English headers however they are spaced and cased', () => {
    expect(
      recogniseHeaders(['成交时间', ' Customer-ID ', '金额', 'E-mail', '状态']).columns,
    ).toEqual({
      date: 0,
      customer: 1,
      amount: 2,
      email: 3,
      status: 4,
    });
  });

  it('gives each field its surest column, and no column two fields', () => {
    // 客户 is most often a name; 客户ID the customer.
    expect(recogniseHeaders(['客户', '客户ID', '成交金额', '成交时间']).columns).toMatchObject({
      customer: 1,
      name: 0,
    });
    expect(recogniseHeaders(['客户', '成交金额', '成交时间']).columns.customer).toBe(0);
    expect(recogniseHeaders(['总金额', '实付金额']).columns.amount).toBe(1);
    expect(recogniseHeaders(['Subtotal', 'Total']).columns.amount).toBe(1);
    expect(recogniseHeaders(['Paid at', 'Created at']).columns.date).toBe(1);
  });

  it('uses a platform’s own mapping when the headers carry its signature', () => {
    const shopify = recogniseHeaders([
      'Name',
      'Email',
      'Financial Status',
      'Total',
      'Created at',
      'Lineitem name',
    ]);
    expect(shopify.format.id).toBe('shopify');
    expect(shopify.columns).toMatchObject({
      orderId: 0,
      customer: 1,
      status: 2,
      amount: 3,
      date: 4,
    });
    expect(shopify.columns.name).toBeUndefined();
    // Without the signature, Name is a person.
    expect(recogniseHeaders(['Name', 'Total', 'Date']).columns.name).toBe(0);
  });
});

describe('missingFields', () => {
  it('needs who, when and how much: an ID or an email or a phone; an amount or quantity × price', () => {
    expect(missingFields({})).toEqual(['customer', 'date', 'amount']);
    expect(missingFields({ email: 0, date: 1, quantity: 2, unitPrice: 3 })).toEqual([]);
    expect(missingFields({ phone: 0, date: 1, quantity: 2 })).toEqual(['amount']);
  });
});

describe('findHeaderRow', () => {
  it('finds the headers below a title, the row that names the fields most surely', () => {
    const found = findHeaderRow([
      ['Orders 2024'],
      [],
      ['Customer ID', 'Amount', 'Order date'],
      ['C1', 10, '2024-01-01'],
    ]);
    expect(found?.headerRow).toBe(2);
    expect(found?.missing).toEqual([]);
  });

  it('finds nothing where no row names a field', () => {
    expect(
      findHeaderRow([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBeUndefined();
  });
});

describe('registerScore', () => {
  const find = (headers: string[]) => findHeaderRow([headers])!;
  it('prefers order lines, customers who come back, to a customer list', () => {
    const register = registerScore(
      find(['客户ID', '成交金额', '成交时间', '商品名称']),
      ['a', 'b', 'a', 'c'],
      4,
    );
    const list = registerScore(find(['客户ID', '总金额', '创建时间']), ['a', 'b', 'c', 'd'], 4);
    expect(register).toBeGreaterThan(list);
    // A sheet missing a field always ranks below a complete one.
    expect(registerScore(find(['客户ID', '成交金额']), ['a'], 1)).toBeLessThan(list);
  });
});

describe('registerScore by hand', () => {
  const base = {
    headerRow: 0,
    format: findHeaderRow([['Customer', 'Date', 'Amount']])!.format,
  };
  it('adds 100, the header score, one per order-line column, 5 × the share of repeats and log10(1 + rows)', () => {
    const score = registerScore(
      {
        ...base,
        columns: {
          customer: 0,
          date: 1,
          amount: 2,
          orderId: 3,
          status: 4,
          product: 5,
          quantity: 6,
        },
        missing: [],
        score: 7,
      },
      ['a', '', 'a', 'b', '', 'a'],
      99,
    );
    // Four seen customers, two of them repeats: 5 × 2/4.
    expect(score).toBeCloseTo(100 + 7 + 4 + 2.5 + 2, 9);
    expect(
      registerScore(
        { ...base, columns: { customer: 0, date: 1, amount: 2 }, missing: [], score: 7 },
        ['', ''],
        0,
      ),
    ).toBe(107);
  });

  it('sinks a sheet 10 a missing field, over its header score', () => {
    expect(
      registerScore(
        { ...base, columns: { customer: 0 }, missing: ['date', 'amount'], score: 3 },
        ['a', 'a'],
        1000,
      ),
    ).toBe(-17);
  });
});

describe('findHeaderRow ties', () => {
  it('keeps the first of two equally sure header rows, and a complete row over a surer partial one', () => {
    expect(
      findHeaderRow([
        ['Customer ID', 'Date', 'Amount'],
        ['Customer ID', 'Date', 'Amount'],
      ])!.headerRow,
    ).toBe(0);
    const f = findHeaderRow([
      ['客户ID', '客户名称', '收货人手机', '买家邮箱', '商品名称'],
      ['Customer', 'Date', 'Amount'],
    ])!;
    expect([f.headerRow, f.missing]).toEqual([1, []]);
  });
});
