/**
 * Each platform's order export, as the platform writes the file, analysed with no manual
 * choice. What the buyers actually paid is computed here from the fixture's own columns (the
 * platform's paid amount less its refund, once per order, for the statuses that are sales),
 * and by hand in the comments.
 */
import path from 'node:path';
import { records } from '../helpers/platformRecords';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import type { AnalyzeResult, OrderSheetInfo } from '../../src/shared/api';
import { words } from '../../src/words';

const DIR = path.join(import.meta.dirname, '..', 'fixtures', 'platforms');

interface Spec {
  readonly format: string;
  /** The order number, the paid amount, its refund and the status, as the file heads them. */
  readonly order?: string;
  readonly paid: string;
  readonly refund?: string;
  readonly status?: string;
  /** Statuses that are sales, as the platform writes them. */
  readonly sales?: readonly string[];
  /** By hand, from the fixture. */
  readonly paidByHand: number;
  readonly customers: number;
}

const SPECS: Record<string, Spec> = {
  // 238 + (139 − 39) + 189 + 329 + 79; 等待买家付款 and 交易关闭 are not sales.
  tmall: {
    format: 'Tmall / Taobao order export (千牛)',
    order: '订单编号',
    paid: '买家实际支付金额',
    refund: '退款金额',
    status: '订单状态',
    sales: ['交易成功', '买家已付款，等待卖家发货', '卖家已发货，等待买家确认'],
    paidByHand: 935,
    customers: 4,
  },
  // Order 001's two lines repeat 516 once; 35.90 + 187; cancelled and unpaid left out.
  jd: {
    format: 'JD order export (京东商家)',
    order: '订单号',
    paid: '应付金额',
    status: '订单状态',
    sales: ['完成', '等待确认收货', '等待出库'],
    paidByHand: 738.9,
    customers: 2,
  },
  // 51.90 + 37.90 + 26.80 + 169; the refunded order is not a sale.
  pinduoduo: {
    format: 'Pinduoduo order export (拼多多商家后台)',
    order: '订单号',
    paid: '用户实付金额(元)',
    status: '订单状态',
    sales: ['已签收', '已发货，待签收', '待发货'],
    paidByHand: 285.6,
    customers: 3,
  },
  // 148 once for two sub-orders, 99 − 30 refunded; one buyer, by phone (+86 135-1234-0001).
  douyin: {
    format: 'Douyin shop order export (抖店)',
    order: '主订单编号',
    paid: '订单应付金额',
    refund: '退款金额',
    status: '订单状态',
    sales: ['已完成', '已发货'],
    paidByHand: 217,
    customers: 1,
  },
  // No published layout: general recognition. 88 + 137 + (79 − 20).
  youzan: {
    format: 'Order register',
    order: '订单号',
    paid: '订单实付金额',
    refund: '退款金额',
    status: '订单状态',
    sales: ['已完成', '已发货'],
    paidByHand: 284,
    customers: 2,
  },
  // No published layout: general recognition. 60 + 118 + 45.
  wechat: {
    format: 'Order register',
    order: '订单号',
    paid: '实付金额',
    status: '订单状态',
    sales: ['已完成', '待发货', '已发货'],
    paidByHand: 223,
    customers: 2,
  },
  // 63.32 + (129.60 − 40) + 32; pending, refunded and voided are not sales.
  shopify: {
    format: 'Shopify orders export',
    order: 'Name',
    paid: 'Total',
    refund: 'Refunded Amount',
    status: 'Financial Status',
    sales: ['paid', 'partially_refunded'],
    paidByHand: 184.92,
    customers: 2,
  },
  // 49.90 + 28.40 + (75 − 15) + 19.90 (on hold: paid, awaiting stock).
  woocommerce: {
    format: 'WooCommerce orders export',
    order: 'order_id',
    paid: 'order_total',
    refund: 'refunded_total',
    status: 'status',
    sales: ['completed', 'processing', 'on-hold'],
    paidByHand: 158.2,
    customers: 3,
  },
  // 1,200 + 899 + 399 + 1,599 − 899 (a return); the 合计 row is not a customer.
  register: { format: 'Order register', paid: '成交金额', paidByHand: 3198, customers: 3 },
};

const money = (s: string | undefined) => Number((s ?? '').replace(/[¥元,\s]/g, '') || 0);

/** What the buyers paid: per order, once, its paid amount less its refund, if a sale. */
function paidFromColumns(spec: Spec, rows: Record<string, string>[]): number {
  const seen = new Set<string>();
  let cents = 0;
  for (const r of rows) {
    if (/^合\s*计/.test(Object.values(r).join(''))) continue;
    const order = spec.order ? r[spec.order] : String(seen.size);
    if (!r[spec.paid] || seen.has(order)) continue;
    seen.add(order);
    if (spec.status && !spec.sales!.includes(r[spec.status])) continue;
    cents += Math.round((money(r[spec.paid]) - money(spec.refund && r[spec.refund])) * 100);
  }
  return cents / 100;
}

async function analysed(name: string, locale = 'en_US') {
  const env = new Env({ today: '2026-11-24T02:00:00Z' });
  const spreadsheet = await openWorkbook(path.join(DIR, `${name}.csv`), {
    env,
    timeZone: 'Asia/Shanghai',
    locale,
  });
  const s = new StandIn({ spreadsheet, userLocale: locale === 'en_US' ? 'en' : 'zh-CN' });
  const info = s.run('inspectOrderSheet', spreadsheet.getSheets()[0].getName()) as OrderSheetInfo;
  const result = s.run('analyzeCustomers') as AnalyzeResult;
  return { s, info, result };
}

describe('platform exports, read without a single manual choice', () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    it(`${name}: recognised as "${spec.format}", spend is what its buyers paid`, async () => {
      const paid = paidFromColumns(spec, records(path.join(DIR, `${name}.csv`)));
      expect(paid).toBeCloseTo(spec.paidByHand, 2);
      const { info, result } = await analysed(name);
      expect(words('en').platforms[info.format.id]).toBe(spec.format);
      expect(info.missing).toEqual([]);
      expect(result.spend).toBeCloseTo(paid, 2);
      expect(result.customers).toBe(spec.customers);
    });
  }
});

describe('the Tmall export that went wrong', () => {
  it('reads 买家实际支付金额 and 订单创建时间, and counts no unpaid order', async () => {
    const { info, s, result } = await analysed('tmall', 'zh_CN');
    expect(info.headers[info.columns.amount!]).toBe('买家实际支付金额');
    expect(info.headers[info.columns.date!]).toBe('订单创建时间');
    // 总金额 of the sales, unpaid orders included, would be 6% or more above what was paid.
    const total = records(path.join(DIR, 'tmall.csv'))
      .filter((r) => r['订单状态'] !== '交易关闭')
      .reduce((t, r) => t + money(r['总金额']), 0);
    expect(total / result.spend).toBeGreaterThan(1.06);
    // The order awaiting payment is no sale yet, and no problem: counted apart, not on Issues.
    const issues = s.spreadsheet.getSheetByName(SHEET_NAMES.issues)!.getDataRange().getValues();
    expect(issues.map((r) => r[2])).toContain('交易关闭');
    expect(issues.map((r) => r[2])).not.toContain('等待买家付款');
    const unpaid = records(path.join(DIR, 'tmall.csv')).filter(
      (r) => r['订单状态'] === '等待买家付款',
    );
    expect(unpaid.length).toBeGreaterThan(0);
    expect(result.awaitingPayment).toBe(unpaid.length);
  });
});

describe('the Shopify export that went wrong', () => {
  it('takes Name for the order number, Email for the customer, Total and Created at', async () => {
    const { info, s } = await analysed('shopify');
    const header = (f: keyof OrderSheetInfo['columns']) => info.headers[info.columns[f]!];
    expect([header('orderId'), header('customer'), header('name')]).toEqual([
      'Name',
      'Email',
      'Billing Name',
    ]);
    expect([header('amount'), header('date'), header('refund')]).toEqual([
      'Total',
      'Created at',
      'Refunded Amount',
    ]);
    const customers = s.spreadsheet
      .getSheetByName(SHEET_NAMES.customers)!
      .getDataRange()
      .getValues();
    expect(customers.slice(1).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      // 63.32 + 129.60 − 40: two orders, the second written Amy.Lee@…; the customer is known by
      // the address, which is also where the mail goes, as her latest order writes it.
      ['amy.lee@example.com', 'Amy Lee', 'Amy.Lee@example.com', 152.92],
      ['carol.diaz@example.com', 'Carol Diaz', 'carol.diaz@example.com', 32],
    ]);
  });

  it('reads "2026-11-23 13:15:37 -0500" as that instant, and leaves no line-item row on Issues', async () => {
    const { s, result } = await analysed('shopify');
    // 13:15 at −05:00 is 02:15 the next day in Shanghai.
    expect(result.asOf).toBe('2026-11-24');
    const issues = s.spreadsheet.getSheetByName(SHEET_NAMES.issues)!.getDataRange().getValues();
    // Row 4's order is pending (awaiting payment): not a sale yet, and not a problem.
    expect(issues.slice(1).map((r) => [r[0], r[2]])).toEqual([
      [7, 'refunded'],
      [9, 'voided'],
    ]);
    expect(result.awaitingPayment).toBe(1);
  });

  it('shows its later line items in the first rows as items of their order, not as rows without an amount', async () => {
    const { info } = await analysed('shopify');
    // From the file: a row whose order (Name) came before and whose Total is blank.
    const seen = new Set<string>();
    const items = records(path.join(DIR, 'shopify.csv')).flatMap((r, i) => {
      const later = seen.has(r['Name']) && r['Total'] === '';
      seen.add(r['Name']);
      return later ? [[i + 2, r['Name']]] : [];
    });
    const shown = info.preview.filter((p) => p.row <= 1 + info.preview.length);
    expect(items.length).toBeGreaterThan(0);
    expect(shown.filter((p) => p.lineOf).map((p) => [p.row, p.lineOf])).toEqual(
      items.filter(([row]) => (row as number) <= 1 + info.preview.length),
    );
    expect(shown.some((p) => p.lineOf)).toBe(true);
    expect(shown.filter((p) => p.lineOf).every((p) => p.problem === '')).toBe(true);
  });
});

describe('statuses SheetCare does not know', () => {
  it('are counted, listed once with their rows, and the user’s choice is kept', () => {
    const s = new StandIn({ locale: 'en_US', userLocale: 'en', timeZone: 'UTC' });
    s.spreadsheet._load('Orders', [
      ['Customer ID', 'Amount', 'Order date', 'Status'],
      ['a', 10, '2024-05-01', 'Awaiting pickup'],
      ['b', 20, '2024-05-02', 'awaiting  pickup'],
      ['c', 40, '2024-05-03', 'paid'],
    ]);
    let r = s.run('analyzeCustomers') as AnalyzeResult;
    expect(r.spend).toBe(70);
    expect(r.unknownStatuses).toEqual([
      { status: 'Awaiting pickup', rows: 2, firstRow: 2, counted: true },
    ]);
    s.run('saveStatusChoice', { status: 'AWAITING PICKUP', counts: false });
    r = s.run('analyzeCustomers') as AnalyzeResult;
    expect(r.spend).toBe(40);
    expect(r.unknownStatuses).toEqual([
      { status: 'Awaiting pickup', rows: 2, firstRow: 2, counted: false },
    ]);
    expect(() => s.run('saveStatusChoice', { status: 'x', counts: 'no' })).toThrow(
      'counts: expected true or false.',
    );
  });
});

describe('shipping is the shop’s choice', () => {
  it('counts as spend by default, and not when the setting says so', async () => {
    const { s, result } = await analysed('shopify');
    expect(result.spend).toBeCloseTo(184.92, 2);
    s.run('saveSettings', { shipping: 'excluded' });
    // Less the shipping of the three sales: 5 + 0 + 5.
    expect((s.run('analyzeCustomers') as AnalyzeResult).spend).toBeCloseTo(174.92, 2);
  });
});
