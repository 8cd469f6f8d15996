/**
 * Finding the order register on a sheet: which row holds the headers and which column is
 * which, from Chinese and English header names as shops really write them.
 */
import { ORDER_FIELDS, OrderField } from './fields';
import { normaliseHeader } from './headerText';
import { detectPlatform, PlatformFormat } from './platforms';

export { normaliseHeader };

/** Column index (0-based) of each field found. */
export type ColumnMap = Partial<Record<OrderField, number>>;

/**
 * Header names per field, each with how surely it names the field: 3 sure, 2 likely, 1 a weak
 * guess. When several columns could be a field the surest wins, so 客户ID beats 客户 (often a
 * name) for the customer, and 实付金额 (what the buyer paid) beats 总金额 (before discounts).
 */
const SYNONYMS: Record<OrderField, Readonly<Record<string, 1 | 2 | 3>>> = {
  customer: {
    客户id: 3,
    客户编号: 3,
    客户号: 3,
    客户代码: 3,
    买家id: 3,
    买家会员名: 3,
    买家昵称: 3,
    会员id: 3,
    会员号: 3,
    会员编号: 3,
    customerid: 3,
    customerno: 3,
    customernumber: 3,
    customercode: 3,
    buyerid: 3,
    memberid: 3,
    clientid: 3,
    下单帐号: 3,
    下单账号: 3,
    买家: 2,
    会员: 2,
    customer: 2,
    buyer: 2,
    member: 2,
    client: 2,
    客户: 1,
  },
  amount: {
    实付: 3,
    实付金额: 3,
    买家实际支付金额: 3,
    用户实付金额元: 3,
    用户实付金额: 3,
    订单实付金额: 3,
    实付款: 3,
    应付金额: 2,
    订单应付金额: 2,
    实收金额: 3,
    实收: 3,
    支付金额: 3,
    付款金额: 3,
    paid: 3,
    amountpaid: 3,
    net: 3,
    netamount: 3,
    netsales: 3,
    成交金额: 2,
    金额: 2,
    订单金额: 2,
    销售额: 2,
    amount: 2,
    total: 2,
    ordertotal: 2,
    totalamount: 2,
    orderamount: 2,
    revenue: 2,
    sales: 2,
    总金额: 1,
    合计金额: 1,
    subtotal: 1,
  },
  date: {
    成交时间: 3,
    下单时间: 3,
    订单创建时间: 3,
    订单提交时间: 3,
    拼单成功时间: 2,
    订单日期: 3,
    成交日期: 3,
    下单日期: 3,
    订单时间: 3,
    orderdate: 3,
    ordertime: 3,
    invoicedate: 3,
    purchasedate: 3,
    日期: 2,
    付款时间: 2,
    支付时间: 2,
    date: 2,
    time: 2,
    datetime: 2,
    createdat: 2,
    创建时间: 1,
    paidat: 1,
  },
  name: {
    姓名: 3,
    客户姓名: 3,
    customername: 3,
    fullname: 3,
    buyername: 3,
    名字: 2,
    name: 2,
    收货人: 2,
    收件人: 2,
    联系人: 2,
    客户: 1,
  },
  email: {
    邮箱: 3,
    电子邮箱: 3,
    邮件: 2,
    邮箱地址: 3,
    电子邮件: 3,
    email: 3,
    emailaddress: 3,
    billingemail: 3,
    mail: 2,
  },
  status: {
    状态: 2,
    订单状态: 3,
    交易状态: 3,
    支付状态: 2,
    status: 2,
    orderstatus: 3,
    paymentstatus: 2,
    financialstatus: 2,
  },
  product: {
    商品名称: 3,
    商品: 2,
    产品: 2,
    产品名称: 3,
    宝贝名称: 3,
    宝贝标题: 3,
    product: 2,
    productname: 3,
    item: 2,
    itemname: 3,
    description: 1,
    lineitemname: 3,
  },
  phone: {
    买家手机号: 3,
    收货人手机号: 2,
    收件人手机号: 2,
    电话: 2,
    手机: 2,
    手机号: 3,
    手机号码: 3,
    联系电话: 3,
    phone: 2,
    mobile: 2,
    tel: 2,
    telephone: 2,
  },
  quantity: { 数量: 3, 购买数量: 3, 件数: 2, quantity: 3, qty: 3, lineitemquantity: 3 },
  unitPrice: {
    单价: 3,
    商品单价: 3,
    价格: 2,
    unitprice: 3,
    price: 2,
    lineitemprice: 3,
  },
  orderId: {
    订单号: 3,
    订单编号: 3,
    订单id: 3,
    orderid: 3,
    orderno: 3,
    ordernumber: 3,
    invoiceno: 3,
    invoice: 2,
    order: 2,
    主订单编号: 3,
  },
  refund: {
    退款金额: 3,
    已退款金额: 3,
    refundedamount: 3,
    refunded: 2,
    refund: 2,
    refundamount: 3,
  },
  consent: {
    acceptsmarketing: 3,
    acceptsemailmarketing: 3,
    emailmarketingconsent: 3,
    marketingconsent: 3,
    marketingoptin: 3,
    接受营销: 3,
    同意营销: 3,
    接受推广: 3,
    营销许可: 3,
  },
  birthday: {
    生日: 3,
    出生日期: 3,
    出生年月日: 3,
    birthday: 3,
    dateofbirth: 3,
    birthdate: 3,
    dob: 2,
  },
  shipping: {
    运费: 2,
    邮费: 2,
    运费金额: 3,
    买家应付邮费: 3,
    邮费元: 3,
    shipping: 2,
    shippingamount: 3,
    shippingtotal: 3,
  },
};

/** Which column is which field, and how surely (the sum of the chosen headers' weights). */
export interface Recognised {
  readonly columns: ColumnMap;
  readonly score: number;
  /** The platform export the headers are, or the plain register. */
  readonly format: PlatformFormat;
}

/** A platform's own columns count as sure as a sure header. */
const PLATFORM_WEIGHT = 3;

/**
 * Each field gets the column that names it most surely, each column at most one field. Ties
 * go to the earlier field in ORDER_FIELDS (the ones analysis needs come first), then to the
 * leftmost column.
 */
export function recogniseHeaders(headers: readonly unknown[]): Recognised {
  const names = headers.map(normaliseHeader);
  const format = detectPlatform(headers);
  const columns: ColumnMap = {};
  const taken = new Set<number>();
  let score = 0;
  // The platform's own mapping first: its "Name" is an order number, not a person.
  for (const field of ORDER_FIELDS) {
    for (const header of format.columns[field] ?? []) {
      const col = names.indexOf(normaliseHeader(header));
      if (col < 0 || taken.has(col)) continue;
      columns[field] = col;
      taken.add(col);
      score += PLATFORM_WEIGHT;
      break;
    }
  }
  const candidates: { field: OrderField; col: number; weight: number; rank: number }[] = [];
  names.forEach((name, col) => {
    ORDER_FIELDS.forEach((field, rank) => {
      const weight = SYNONYMS[field][name];
      if (weight) candidates.push({ field, col, weight, rank });
    });
  });
  candidates.sort((a, b) => b.weight - a.weight || a.rank - b.rank || a.col - b.col);
  for (const c of candidates) {
    if (columns[c.field] !== undefined || taken.has(c.col)) continue;
    columns[c.field] = c.col;
    taken.add(c.col);
    score += c.weight;
  }
  return { columns, score, format };
}

/**
 * Enough to analyse: who the customer is (an ID, else an email or a phone), a date, and an
 * amount or a quantity with a unit price.
 */
export function missingFields(map: ColumnMap): OrderField[] {
  const missing: OrderField[] = [];
  if (map.customer === undefined && map.email === undefined && map.phone === undefined) {
    missing.push('customer');
  }
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
  /** How surely the headers name the fields. */
  readonly score: number;
  readonly format: PlatformFormat;
}

/** The header row is the one among the first rows that names the fields most surely. */
export function findHeaderRow(top: readonly (readonly unknown[])[]): HeaderFind | undefined {
  let best: HeaderFind | undefined;
  let bestScore = -Infinity;
  top.forEach((row, i) => {
    const { columns, score, format } = recogniseHeaders(row);
    const missing = missingFields(columns);
    const rowScore = score - 10 * missing.length;
    if (Object.keys(columns).length > 0 && rowScore > bestScore) {
      best = { headerRow: i, columns, missing, score, format };
      bestScore = rowScore;
    }
  });
  return best;
}

/**
 * How much a sheet looks like an order register rather than a customer list: sure headers,
 * order-line columns (order number, product, status, quantity), customers who come back, and
 * many rows. `customers` are the first data rows' customer cells; `rows` the data row count.
 */
export function registerScore(
  find: HeaderFind,
  customers: readonly string[],
  rows: number,
): number {
  if (find.missing.length) return -10 * find.missing.length + find.score;
  const lineColumns = (['orderId', 'product', 'status', 'quantity'] as const).filter(
    (f) => find.columns[f] !== undefined,
  ).length;
  const seen = customers.filter((c) => c !== '');
  const repeats = seen.length ? (seen.length - new Set(seen).size) / seen.length : 0;
  return 100 + find.score + lineColumns + 5 * repeats + Math.log10(1 + rows);
}
