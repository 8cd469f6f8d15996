/**
 * The order exports of the platforms SheetCare's shops sell on, each recognised by its header
 * signature: which column is which, which money the buyer actually paid, which statuses are
 * sales, and how an order of several lines is written. Headers are compared normalised
 * (normaliseHeader), so 用户实付金额(元) and "Refunded Amount" match however they are spaced.
 *
 * Youzan (有赞) and the WeChat mini-shop (微信小店) publish no export layout, so their
 * exports are read by general recognition (实付金额 / 订单实付金额, 买家昵称, 下单时间 …).
 *
 * To add a platform: a PlatformFormat below with its signature, its columns, its statuses and
 * how it writes an order's totals; a fixture in test/fixtures/platforms/ made from the
 * platform's documentation; its line in the README's list of formats.
 */
import { normaliseHeader } from './headerText';
import type { OrderField } from './fields';

export type PlatformId =
  'tmall' | 'jd' | 'pinduoduo' | 'douyin' | 'shopify' | 'woocommerce' | 'register';

/**
 * How an order's totals sit on its lines: on every line of its own (a plain register: lines
 * are summed), on the first line only (Shopify: later lines are blank), or repeated on every
 * line (the order's total, to be counted once).
 */
export type OrderTotals = 'perLine' | 'firstLine' | 'everyLine';

/**
 * How an order of a given status counts: a sale; not a sale (cancelled, refunded, closed); or
 * not a sale yet (awaiting payment), which is no problem with the row and counts once paid.
 */
export type StatusRule = 'sale' | 'notSale' | 'unpaid';

export interface PlatformFormat {
  readonly id: PlatformId;
  /** Headers that together identify the export; any one list, in any of its languages. */
  readonly signatures: readonly (readonly string[])[];
  /** Field → the platform's headers for it, surest first; they win over general recognition. */
  readonly columns: Partial<Record<OrderField, readonly string[]>>;
  readonly totals: OrderTotals;
  /** The platform's statuses (normalised by statusKey), sales and not. */
  readonly statuses: Readonly<Record<string, StatusRule>>;
}

/** A status as compared: case, spaces and punctuation do not matter. */
export const statusKey = (status: unknown): string =>
  String(status ?? '')
    .toLowerCase()
    .replace(/[\s\u3000,，.。:：;；、()（）_-]/g, '');

const rules = (
  sale: readonly string[],
  notSale: readonly string[],
  unpaid: readonly string[] = [],
) =>
  Object.fromEntries([
    ...sale.map((s) => [statusKey(s), 'sale'] as const),
    ...notSale.map((s) => [statusKey(s), 'notSale'] as const),
    ...unpaid.map((s) => [statusKey(s), 'unpaid'] as const),
  ]) as Record<string, StatusRule>;

/** Statuses every shop writes, in Chinese and English: they hold on every format. */
export const COMMON_STATUSES = rules(
  [
    'paid',
    'completed',
    'complete',
    'processing',
    'shipped',
    'delivered',
    'fulfilled',
    'partially_refunded',
    'partially refunded',
    'partially_paid',
    'ok',
    '已付款',
    '已支付',
    '已完成',
    '完成',
    '已发货',
    '已签收',
    '交易成功',
    '待发货',
    '部分退款',
  ],
  [
    'authorized',
    'voided',
    'void',
    'refunded',
    'fully refunded',
    'cancelled',
    'canceled',
    'failed',
    'draft',
    'trash',
    '已取消',
    '取消',
    '订单取消',
    '交易关闭',
    '已关闭',
    '退款',
    '已退款',
    '退款成功',
    '全额退款',
    '退货退款',
  ],
  [
    'pending',
    'pending payment',
    'unpaid',
    '待付款',
    '等待付款',
    '未付款',
    '等待买家付款',
    '待支付',
  ],
);

/** Most specific first: the first whose signature a sheet has is its format. */
export const PLATFORMS: readonly PlatformFormat[] = [
  {
    id: 'tmall',
    signatures: [['订单编号', '买家会员名', '买家实际支付金额']],
    columns: {
      orderId: ['订单编号'],
      customer: ['买家会员名'],
      amount: ['买家实际支付金额'],
      refund: ['退款金额'],
      shipping: ['买家应付邮费'],
      date: ['订单创建时间', '订单付款时间'],
      status: ['订单状态'],
      name: ['收货人姓名'],
      phone: ['联系手机', '联系电话'],
      product: ['宝贝标题'],
      quantity: ['宝贝总数量'],
    },
    totals: 'everyLine',
    statuses: rules(
      ['交易成功', '买家已付款，等待卖家发货', '卖家已发货，等待买家确认', '卖家部分发货'],
      ['交易关闭'],
      ['等待买家付款'],
    ),
  },
  {
    id: 'jd',
    signatures: [['订单号', '下单帐号', '应付金额']],
    columns: {
      orderId: ['订单号'],
      customer: ['下单帐号'],
      amount: ['应付金额'],
      shipping: ['运费金额'],
      date: ['下单时间'],
      status: ['订单状态'],
      name: ['客户姓名'],
      phone: ['联系电话'],
      product: ['商品名称'],
      quantity: ['订购数量'],
    },
    totals: 'everyLine',
    statuses: rules(
      ['等待出库', '等待确认收货', '完成', '已完成', '等待发货'],
      ['已取消', '锁定', '删除'],
      ['等待付款'],
    ),
  },
  {
    id: 'pinduoduo',
    signatures: [['订单号', '用户实付金额(元)']],
    columns: {
      orderId: ['订单号'],
      // No buyer ID in this export: the buyer's phone says who the customer is.
      amount: ['用户实付金额(元)'],
      shipping: ['邮费(元)'],
      date: ['拼单成功时间', '订单成交时间'],
      status: ['订单状态'],
      name: ['收货人'],
      phone: ['用户购买手机号', '手机'],
      product: ['商品'],
      quantity: ['商品数量(件)'],
    },
    totals: 'perLine',
    statuses: rules(
      ['待发货', '已发货，待签收', '已签收', '已发货'],
      ['未发货，退款成功', '已发货，退款成功', '已取消'],
      ['待支付'],
    ),
  },
  {
    id: 'douyin',
    signatures: [['主订单编号', '子订单编号', '订单应付金额']],
    columns: {
      orderId: ['主订单编号'],
      // No buyer ID in this export: the recipient's phone says who the customer is.
      amount: ['订单应付金额'],
      refund: ['退款金额'],
      shipping: ['运费'],
      date: ['订单提交时间', '支付完成时间'],
      status: ['订单状态'],
      name: ['收件人'],
      phone: ['收件人手机号'],
      product: ['选购商品'],
      quantity: ['商品数量'],
    },
    totals: 'everyLine',
    statuses: rules(['备货中', '已发货', '已完成', '待发货'], ['已关闭', '已取消'], ['待支付']),
  },
  {
    id: 'shopify',
    signatures: [['Name', 'Email', 'Financial Status', 'Lineitem name']],
    columns: {
      orderId: ['Name'],
      customer: ['Email'],
      amount: ['Total'],
      refund: ['Refunded Amount'],
      shipping: ['Shipping'],
      date: ['Created at'],
      status: ['Financial Status'],
      name: ['Billing Name', 'Shipping Name'],
      email: ['Email'],
      phone: ['Phone', 'Billing Phone', 'Shipping Phone'],
      product: ['Lineitem name'],
      quantity: ['Lineitem quantity'],
      consent: ['Accepts Marketing', 'Accepts Email Marketing'],
    },
    totals: 'firstLine',
    statuses: rules(
      ['paid', 'partially_refunded', 'partially_paid'],
      ['refunded', 'voided', 'expired'],
      // Authorised is paid for but not yet taken: still awaiting the payment.
      ['pending', 'authorized'],
    ),
  },
  {
    id: 'woocommerce',
    signatures: [['order_id', 'status', 'order_total', 'billing_email']],
    columns: {
      orderId: ['order_number', 'order_id'],
      // A guest's customer_id is 0: the email is who the customer is.
      customer: ['billing_email'],
      amount: ['order_total'],
      refund: ['refunded_total', 'order_refund'],
      shipping: ['shipping_total', 'order_shipping'],
      date: ['order_date', 'date'],
      status: ['status'],
      name: ['billing_first_name'],
      email: ['billing_email'],
      phone: ['billing_phone'],
      product: ['line_items', 'order_item_1'],
    },
    totals: 'everyLine',
    statuses: rules(
      ['completed', 'processing', 'on-hold', 'printed'],
      ['failed', 'cancelled', 'refunded', 'draft', 'checkout-draft'],
      ['pending'],
    ),
  },
];

/** A register kept by hand, like the brief's: every line its own amount. */
export const REGISTER: PlatformFormat = {
  id: 'register',
  signatures: [],
  columns: {},
  totals: 'perLine',
  statuses: {},
};

/** The platform whose signature the headers carry, else the plain register. */
export function detectPlatform(headers: readonly unknown[]): PlatformFormat {
  const names = new Set(headers.map(normaliseHeader));
  return (
    PLATFORMS.find((p) =>
      p.signatures.some((sig) => sig.every((h) => names.has(normaliseHeader(h)))),
    ) ?? REGISTER
  );
}

export const platformById = (id: PlatformId): PlatformFormat =>
  PLATFORMS.find((p) => p.id === id) ?? REGISTER;

/** How a status counts on this format: its own word, a common one, or undefined (unknown). */
export function statusRule(format: PlatformFormat, status: unknown): StatusRule | undefined {
  const key = statusKey(status);
  return format.statuses[key] ?? COMMON_STATUSES[key];
}
