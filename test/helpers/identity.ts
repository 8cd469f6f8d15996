/**
 * What SheetCare makes of an order sheet, captured whole so that two versions of the reading
 * code can be compared: the Analyze result and the three sheets it writes, and the order
 * formulas over the sheet's own columns. Used by test/identity.test.ts.
 */
import path from 'node:path';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import type { AnalyzeResult, SidebarState } from '../../src/shared/api';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** JSON with Dates as their instants, so captures compare and store as text. */
const plain = (v: unknown): unknown =>
  JSON.parse(
    JSON.stringify(v, function (this: Record<string, unknown>, key) {
      const raw = this[key];
      return Object.prototype.toString.call(raw) === '[object Date]'
        ? `Date(${(raw as Date).toISOString()})`
        : raw;
    }),
  );

/** The formulas that read order lines, each with the columns it takes. */
const FORMULAS: readonly [string, readonly ('customer' | 'amount' | 'date')[]][] = [
  ['ABC_CLASS', ['customer', 'amount']],
  ['AVG_ORDER', ['customer', 'amount', 'date']],
  ['RFM_SCORE', ['customer', 'date', 'amount']],
  ['RFM_SEGMENT', ['customer', 'date', 'amount']],
  ['CUSTOMER_STATUS', ['customer', 'date']],
  ['NEXT_PURCHASE', ['customer', 'date']],
];

export type Capture = Record<string, unknown>;

/** Analyze once, and every formula over the register's columns as a user would point them. */
function capture(s: StandIn, extra?: (s: StandIn) => void): Capture {
  const out: Capture = {};
  const state = s.run('getSidebarState') as SidebarState;
  const found = state.orderSheet!;
  const sheet = s.spreadsheet.getSheetByName(found.sheetName)!;
  const all = sheet
    .getDataRange()
    .getValues()
    .slice(found.headerRow - 1);
  const col = (c: number | undefined) => all.map((r) => [c === undefined ? '' : r[c]]);
  const cols = found.columns;
  // The formulas take one amount column: a user adds Quantity × UnitPrice beside the data.
  const amounts =
    cols.amount !== undefined
      ? col(cols.amount)
      : all.map((r, i) => {
          const q = r[cols.quantity!];
          const u = r[cols.unitPrice!];
          if (i === 0) return ['Amount'];
          return [
            typeof q === 'number' && typeof u === 'number' ? Math.round(q * u * 100) / 100 : u,
          ];
        });
  const args = {
    customer: col(cols.customer ?? cols.email ?? cols.phone),
    amount: amounts,
    date: col(cols.date),
  };
  const analyse = (label: string) => {
    const result = s.run('analyzeCustomers') as AnalyzeResult;
    out[`${label}result`] = { ...result, ranAt: undefined };
    for (const role of ['customers', 'summary', 'issues'] as const) {
      const name = result.sheets[role];
      out[`${label}${role}`] = s.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
    }
  };
  analyse('');
  for (const [name, takes] of FORMULAS) {
    out[`=${name}`] = s.formula(name, ...takes.map((t) => args[t]));
  }
  if (extra) {
    extra(s);
    analyse('again: ');
  }
  return plain(out) as Capture;
}

async function fromFile(file: string, timeZone: string, locale: string): Promise<StandIn> {
  const env = new Env();
  const spreadsheet = await openWorkbook(file, { env, timeZone, locale });
  return new StandIn({ spreadsheet, userLocale: locale === 'zh_CN' ? 'zh-CN' : 'en' });
}

/** A seeded generator, so a hostile register is the same sheet in every run. */
function random(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return {
    next,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

const CUSTOMERS = ['C1', ' c1 ', 'C2', '00123', 17850, '17850', '张伟', 'ＣＳ９', 'C3', 'C4', ''];
const AMOUNTS = [
  '¥1,200.00',
  '1,299',
  '300元',
  'RMB 88',
  '(50)',
  '-20',
  '--5',
  '(-50)',
  '+-5',
  '1e308',
  1e308,
  '123456789012345678',
  'abc',
  '',
  0,
  '１２３.５',
  '$ 19.99',
  '1,23,4',
  '12.',
  '.5',
  'US$5',
];
const DATES = [
  '2024/1/5 10:00',
  '2024年3月4日',
  '2024年3月4日 9时5分',
  '2024-03-04T08:30:00+08:00',
  '2024-03-04 23:30:00 -0500',
  '2024.2.29',
  45296,
  45296.75,
  '2024-02-30',
  '0024-01-05',
  2024,
  'soon',
  '',
  '2204-03-01',
  '２０２４－０５－０１',
  '2024-05-01 25:00',
];
const STATUSES = [
  'paid',
  '',
  'cancelled',
  '已取消',
  '交易成功',
  '交易关闭',
  'on hold (manual)',
  '待审核',
  'Partially Refunded',
  'refunded',
];
const PHONES = ['+86 138-0013-8000', '13800138000', '0086 13900139000', '(021) 5555-1234', ''];
const EMAILS = ['A@x.com', 'a@x.com ', 'b@y.cn', '', ''];
const TOTALS = ['合计', '总计：', 'Grand total', ' 小 计 ', 'Totals:'];

/**
 * A register written by many hands: amounts and dates in every way people type them and many
 * they should not, totals rows, blank rows, statuses known and unknown, orders on several
 * lines, customers named only by an email or a phone. Laid out under the given headers.
 */
function hostileRows(headers: Record<string, string>, rows: number, seed: number): unknown[][] {
  const r = random(seed);
  const fields = Object.keys(headers);
  const out: unknown[][] = [fields.map((f) => headers[f])];
  const start = Date.UTC(2023, 0, 1);
  let order = 1000;
  while (out.length <= rows) {
    const kind = r.next();
    if (kind < 0.02) {
      out.push(fields.map(() => (r.next() < 0.5 ? '' : '  ')));
      continue;
    }
    if (kind < 0.04) {
      const row: unknown[] = fields.map(() => '');
      row[r.int(0, fields.length - 1)] = r.pick(TOTALS);
      row[fields.indexOf('amount')] = r.int(1000, 99999);
      out.push(row);
      continue;
    }
    const lines = r.next() < 0.25 ? r.int(2, 3) : 1;
    const id =
      r.next() < 0.05 ? 6925001112223330000 + r.int(0, 9) : r.next() < 0.05 ? '' : `#${order++}`;
    const who = r.next() < 0.7 ? `C${r.int(1, 400)}` : r.pick(CUSTOMERS);
    const email = r.pick(EMAILS);
    const phone = r.pick(PHONES);
    const status = r.next() < 0.6 ? r.pick(['', 'paid', '交易成功']) : r.pick(STATUSES);
    for (let k = 0; k < lines; k++) {
      const value: Record<string, unknown> = {
        orderId: id,
        customer: who,
        name: r.pick(['王芳', 'Amy Lee', '', '李雷']),
        email,
        phone,
        product: r.pick(['婴儿湿巾', 'Muslin Swaddle', '']),
        status,
        amount:
          k > 0 && r.next() < 0.5
            ? ''
            : r.next() < 0.6
              ? Math.round(r.next() * 50_000) / 100
              : r.pick(AMOUNTS),
        refund: r.next() < 0.8 ? '' : r.pick([10, '5.5', 'x', 0]),
        shipping: r.next() < 0.6 ? '' : r.pick([8, '12', '包邮']),
        date:
          r.next() < 0.6
            ? new Date(start + Math.floor(r.next() * 700 * 86_400_000))
            : r.pick(DATES),
        birthday: r.next() < 0.7 ? '' : r.pick([new Date(Date.UTC(1990, 4, 6)), '1988-02-29', '?']),
      };
      out.push(fields.map((f) => value[f]));
    }
  }
  return out;
}

const REGISTER_HEADERS = {
  orderId: '订单编号',
  customer: '客户ID',
  name: '姓名',
  email: '邮箱',
  phone: '手机',
  product: '商品名称',
  status: '订单状态',
  amount: '成交金额',
  refund: '退款金额',
  shipping: '运费',
  date: '成交时间',
  birthday: '生日',
};
const SHOPIFY_HEADERS = {
  orderId: 'Name',
  customer: 'Email',
  status: 'Financial Status',
  product: 'Lineitem name',
  amount: 'Total',
  shipping: 'Shipping',
  refund: 'Refunded Amount',
  date: 'Created at',
  name: 'Billing Name',
  phone: 'Phone',
};
const TMALL_HEADERS = {
  orderId: '订单编号',
  customer: '买家会员名',
  amount: '买家实际支付金额',
  refund: '退款金额',
  shipping: '买家应付邮费',
  status: '订单状态',
  name: '收货人姓名',
  phone: '联系手机',
  date: '订单创建时间',
  product: '宝贝标题',
};

function hostile(headers: Record<string, string>, seed: number, locale: string): StandIn {
  const s = new StandIn({ locale, timeZone: 'Asia/Shanghai' });
  s.spreadsheet._load('Orders', hostileRows(headers, 3_000, seed));
  return s;
}

/** The shop turns shipping off and says an unknown status is not a sale, then analyses again. */
const reconsider = (s: StandIn) => {
  s.run('saveSettings', { shipping: 'excluded' });
  s.run('saveStatusChoice', { status: '待审核', counts: false });
};

export const IDENTITY_CASES: Record<string, () => Promise<Capture>> = {
  'sample-shop': async () =>
    capture(
      await fromFile(path.join(ROOT, 'samples', 'sample-shop.xlsx'), 'Asia/Shanghai', 'zh_CN'),
    ),
  'uci-head': async () =>
    capture(
      await fromFile(path.join(FIXTURES, 'online-retail-head.csv'), 'Europe/London', 'en_GB'),
    ),
  ...Object.fromEntries(
    [
      'tmall',
      'jd',
      'pinduoduo',
      'douyin',
      'youzan',
      'wechat',
      'shopify',
      'woocommerce',
      'register',
    ].map((p) => [
      `platform-${p}`,
      async () =>
        capture(
          await fromFile(path.join(FIXTURES, 'platforms', `${p}.csv`), 'Asia/Shanghai', 'en_US'),
        ),
    ]),
  ),
  'hostile-register': async () => capture(hostile(REGISTER_HEADERS, 1, 'zh_CN'), reconsider),
  'hostile-shopify': async () => capture(hostile(SHOPIFY_HEADERS, 2, 'en_US'), reconsider),
  'hostile-tmall': async () => capture(hostile(TMALL_HEADERS, 3, 'zh_CN'), reconsider),
};
