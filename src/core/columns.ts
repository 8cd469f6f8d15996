/**
 * Finding the order register on a sheet: which row holds the headers and which column is
 * which, from Chinese and English header names as shops really write them.
 */
import { ORDER_FIELDS, OrderField } from './fields';

/** Column index (0-based) of each field found. */
export type ColumnMap = Partial<Record<OrderField, number>>;

const SYNONYMS: Record<OrderField, readonly string[]> = {
  customer: [
    '客户id',
    '客户',
    '客户编号',
    '客户号',
    '买家',
    '买家id',
    '买家昵称',
    '买家会员名',
    '会员',
    '会员id',
    '会员号',
    '会员编号',
    'customer',
    'customerid',
    'customerno',
    'customercode',
    'buyer',
    'buyerid',
    'member',
    'memberid',
    'client',
    'clientid',
  ],
  amount: [
    '成交金额',
    '金额',
    '实付',
    '实付金额',
    '实收金额',
    '订单金额',
    '支付金额',
    '付款金额',
    '总金额',
    '合计金额',
    '销售额',
    'amount',
    'total',
    'paid',
    'amountpaid',
    'orderamount',
    'ordertotal',
    'totalamount',
    'revenue',
    'sales',
    'subtotal',
  ],
  date: [
    '成交时间',
    '下单时间',
    '日期',
    '订单日期',
    '成交日期',
    '下单日期',
    '付款时间',
    '支付时间',
    '创建时间',
    '订单时间',
    'date',
    'orderdate',
    'ordertime',
    'time',
    'invoicedate',
    'purchasedate',
    'createdat',
    'paidat',
    'datetime',
  ],
  name: [
    '姓名',
    '客户姓名',
    '名字',
    '收货人',
    '收件人',
    '联系人',
    'name',
    'customername',
    'fullname',
    'buyername',
  ],
  email: ['邮箱', '电子邮箱', '邮件', '邮箱地址', '电子邮件', 'email', 'emailaddress', 'mail'],
  status: [
    '状态',
    '订单状态',
    '交易状态',
    '支付状态',
    'status',
    'orderstatus',
    'paymentstatus',
    'financialstatus',
  ],
  product: [
    '商品名称',
    '商品',
    '产品',
    '产品名称',
    '宝贝名称',
    '宝贝标题',
    'product',
    'productname',
    'item',
    'itemname',
    'description',
    'lineitemname',
  ],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', 'phone', 'mobile', 'tel', 'telephone'],
  quantity: ['数量', '购买数量', '件数', 'quantity', 'qty', 'lineitemquantity'],
  unitPrice: ['单价', '价格', '商品单价', 'unitprice', 'price', 'lineitemprice'],
  orderId: [
    '订单号',
    '订单编号',
    '订单id',
    'orderid',
    'orderno',
    'ordernumber',
    'invoiceno',
    'invoice',
    'order',
  ],
};

const normalise = (header: unknown): string =>
  String(header ?? '')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）#/]/g, '');

const LOOKUP = new Map<string, OrderField>();
for (const field of ORDER_FIELDS) for (const s of SYNONYMS[field]) LOOKUP.set(s, field);

/** Each header matched to at most one field, the first column winning a field. */
export function recogniseHeaders(headers: readonly unknown[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((h, i) => {
    const field = LOOKUP.get(normalise(h));
    if (field !== undefined && map[field] === undefined) map[field] = i;
  });
  return map;
}

/** Enough to analyse: a customer, a date, and an amount or a quantity with a unit price. */
export function missingFields(map: ColumnMap): OrderField[] {
  const missing: OrderField[] = [];
  if (map.customer === undefined) missing.push('customer');
  if (map.date === undefined) missing.push('date');
  if (map.amount === undefined && (map.quantity === undefined || map.unitPrice === undefined)) {
    missing.push('amount');
  }
  return missing;
}

export interface HeaderFind {
  /** 0-based row of the headers. */
  readonly headerRow: number;
  readonly columns: ColumnMap;
  readonly missing: OrderField[];
}

/** The header row is the one among the first rows that names the most fields. */
export function findHeaderRow(top: readonly (readonly unknown[])[]): HeaderFind | undefined {
  let best: HeaderFind | undefined;
  let bestScore = 0;
  top.forEach((row, i) => {
    const columns = recogniseHeaders(row);
    const missing = missingFields(columns);
    const score = Object.keys(columns).length - 10 * missing.length;
    if (Object.keys(columns).length > 0 && (best === undefined || score > bestScore)) {
      best = { headerRow: i, columns, missing };
      bestScore = score;
    }
  });
  return best;
}
