/**
 * The sample shop: a mother-and-baby online store's order register over two years, generated
 * from a seed so it is the same on every machine. Spending is heavy-tailed, as in real shops,
 * and the sheet is as messy as real ones: text amounts and dates, refunds, cancellations,
 * blank rows, a totals row, and customer names that try to be formulas or HTML.
 */
import { seededRandom } from './random';

export const SAMPLE_SEED = 20261124;
/**
 * The sample shop's name, as its owner types it when setting reminders up: its register, like
 * most a shop keeps itself, has no shop name column.
 */
export const SAMPLE_SHOP_NAME = '暖暖母婴';
export const SAMPLE_HEADERS = [
  '订单号',
  '客户ID',
  '姓名',
  '邮箱',
  '手机',
  '客户ID等级',
  '商品名称',
  '数量',
  '单价',
  '成交金额',
  '成交时间',
  '订单状态',
];
/** Wall-clock times are given as UTC Dates: the loader places them in the sheet's zone. */
export type SampleCell = string | number | boolean | Date | null;

/**
 * Durable goods are bought once by a family, as in a real shop: nobody buys a second car seat,
 * so reminders must never learn that one "runs low".
 */
const PRODUCTS: readonly { name: string; price: number; durable?: true }[] = [
  { name: '婴儿配方奶粉 3段 900g', price: 268 },
  { name: '婴儿纸尿裤 L码 62片', price: 139 },
  { name: '婴儿湿巾 80抽×6包', price: 49.9 },
  { name: '婴儿洗衣液 1.5L', price: 59 },
  { name: '儿童牙膏 草莓味', price: 29.9 },
  { name: '宽口径玻璃奶瓶 240ml', price: 129 },
  { name: '婴儿沐浴露 洗发二合一', price: 79 },
  { name: '辅食米粉 原味', price: 45 },
  { name: '婴儿推车 轻便折叠', price: 1299, durable: true },
  { name: '儿童安全座椅 ISOFIX', price: 1999, durable: true },
  { name: '孕妇防辐射服', price: 399, durable: true },
  { name: '婴儿连体衣 纯棉3件装', price: 159 },
];
export const DURABLE_PRODUCTS: readonly string[] = PRODUCTS.filter((p) => p.durable).map(
  (p) => p.name,
);
const CONSUMABLES = PRODUCTS.filter((p) => !p.durable);
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN =
  '欣怡子涵梓萱雨桐可馨思琪浩然宇轩子轩一诺晨曦佳怡嘉怡语嫣若曦俊杰博文明轩天佑雅琪诗涵静怡';
const PINYIN = [
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
  'hu',
  'guo',
];
const LEVELS = ['普通会员', '银卡会员', '金卡会员', '钻石会员'];

export interface SampleShop {
  readonly rows: SampleCell[][];
  readonly customers: number;
  readonly orderLines: number;
}

/** A customer's staple is what they come back for: a durable one is read as its consumable neighbour. */
function consumable(p: (typeof PRODUCTS)[number]): (typeof PRODUCTS)[number] {
  return p.durable ? CONSUMABLES[PRODUCTS.indexOf(p) % CONSUMABLES.length] : p;
}

/** The bundled sample's last day of orders (samples/sample-shop.xlsx), a UTC midnight. */
const SAMPLE_END = Date.UTC(2026, 10, 23);
/** Two years of orders, less two days: the register starts on 2024-11-25. */
const SAMPLE_SPAN = SAMPLE_END - Date.UTC(2024, 10, 25);

/**
 * The register, ending on `end` (a UTC midnight): the add-on's copy ends the day before the user
 * takes it, so its customers are as fresh as the bundled file's were on its day.
 */
export function generateSampleShop(
  seed = SAMPLE_SEED,
  customers = 2000,
  targetLines = 12000,
  end = SAMPLE_END,
): SampleShop {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[] | string): T => xs[Math.floor(rnd() * xs.length)] as T;
  const start = end - SAMPLE_SPAN;

  // Heavy-tailed appetite: a few customers buy very often, most once or twice.
  const people = Array.from({ length: customers }, (_, i) => {
    const id = `C${10001 + i}`;
    const appetite = Math.min(25, Math.pow(1 - rnd(), -0.75));
    let name =
      pick<string>(SURNAMES) + pick<string>(GIVEN) + (rnd() < 0.5 ? pick<string>(GIVEN) : '');
    if (i === 17) name = '=HYPERLINK("http://example.com","点我领券")';
    if (i === 42) name = '<img src=x onerror=alert(1)>';
    const email = rnd() < 0.9 ? `${pick(PINYIN)}.${id.toLowerCase()}@example.com` : '';
    const phone = `1${pick(['38', '39', '58', '86', '87'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
    return {
      id,
      name,
      email,
      phone,
      appetite,
      joined: start + rnd() * SAMPLE_SPAN * 0.85,
      staple: consumable(pick(PRODUCTS)),
      owned: new Set<string>(),
    };
  });
  const totalAppetite = people.reduce((n, p) => n + p.appetite, 0);

  const lines: { at: number; cells: SampleCell[] }[] = [];
  let orderNo = 202400001;
  for (const p of people) {
    const orders = Math.max(1, Math.round((p.appetite / totalAppetite) * targetLines * 0.68));
    const level = LEVELS[orders >= 20 ? 3 : orders >= 8 ? 2 : orders >= 3 ? 1 : 0];
    for (let k = 0; k < orders; k++) {
      const at =
        Math.floor(p.joined + rnd() * (end - p.joined)) - (Math.floor(rnd() * 60) % 60) * 1000;
      const n = 1 + Math.floor(rnd() * rnd() * 3.5);
      const status =
        rnd() < 0.03 ? pick(['已取消', '已退款']) : pick(['已完成', '已完成', '已付款']);
      const order = `SO${orderNo++}`;
      for (let j = 0; j < n; j++) {
        const wanted = j === 0 && rnd() < 0.6 ? p.staple : pick(PRODUCTS);
        // A family that has its stroller buys its staple instead of a second stroller.
        const product = wanted.durable && p.owned.has(wanted.name) ? p.staple : wanted;
        if (product.durable && status !== '已取消' && status !== '已退款')
          p.owned.add(product.name);
        const many = 1 + Math.floor(rnd() * rnd() * 4);
        const qty = product.durable ? 1 : many;
        const amount = Math.round(product.price * qty * 100) / 100;
        lines.push({
          at,
          cells: [
            order,
            p.id,
            p.name,
            p.email,
            p.phone,
            level,
            product.name,
            qty,
            product.price,
            amount,
            new Date(Math.floor(at / 60000) * 60000),
            status,
          ],
        });
      }
      if (rnd() < 0.02) {
        // A partial refund after the sale, entered as a negative line.
        const refund = -Math.round(p.staple.price * 0.3 * 100) / 100;
        lines.push({
          at: at + 3 * 86_400_000,
          cells: [
            order,
            p.id,
            p.name,
            p.email,
            p.phone,
            '',
            `退款：${p.staple.name}`,
            1,
            refund,
            refund,
            new Date(Math.floor((at + 3 * 86_400_000) / 60000) * 60000),
            '部分退款',
          ],
        });
      }
    }
  }
  lines.sort((a, b) => a.at - b.at);

  // Real registers are typed in by hand: some cells are text, some rows blank or summed.
  const rows: SampleCell[][] = [];
  for (const line of lines) {
    const c = line.cells;
    const r = rnd();
    if (r < 0.02)
      c[9] = `¥${(c[9] as number).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    else if (r < 0.035) c[9] = `${c[9]}元`;
    const when = c[10] as Date;
    const q = rnd();
    if (q < 0.02)
      c[10] = `${when.getUTCFullYear()}/${when.getUTCMonth() + 1}/${when.getUTCDate()} ${String(when.getUTCHours()).padStart(2, '0')}:${String(when.getUTCMinutes()).padStart(2, '0')}`;
    else if (q < 0.03)
      c[10] = `${when.getUTCFullYear()}年${when.getUTCMonth() + 1}月${when.getUTCDate()}日 ${when.getUTCHours()}:${String(when.getUTCMinutes()).padStart(2, '0')}`;
    if (rnd() < 0.0015) c[9] = pick(['待定', '见备注', 'N/A']);
    if (rnd() < 0.001) c[1] = '';
    rows.push(c);
    if (rnd() < 0.004) rows.push(Array<SampleCell>(SAMPLE_HEADERS.length).fill(null));
  }
  const total = lines.reduce(
    (n, l) => n + (typeof l.cells[9] === 'number' ? (l.cells[9] as number) : 0),
    0,
  );
  const totals: SampleCell[] = Array<SampleCell>(SAMPLE_HEADERS.length).fill(null);
  totals[0] = '合计';
  totals[9] = Math.round(total * 100) / 100;
  rows.push(Array<SampleCell>(SAMPLE_HEADERS.length).fill(null), totals);
  // Birthdays come from a generator of their own, so the orders stay as they were.
  const birthdays = sampleBirthdays(
    people.map((p) => p.id),
    seed + 7,
  );
  const withBirthdays = rows.map((r) => [...r, birthdays.get(String(r[1])) ?? null]);
  return {
    rows: [[...SAMPLE_HEADERS, BIRTHDAY_HEADER], ...withBirthdays],
    customers,
    orderLines: lines.length,
  };
}

/** The register's last column: some customers told the shop their birthday. */
export const BIRTHDAY_HEADER = '生日';

/** About two in five customers have a birthday on file; one was born on 29 February. */
function sampleBirthdays(ids: readonly string[], seed: number): Map<string, Date> {
  const rnd = seededRandom(seed);
  const out = new Map<string, Date>();
  ids.forEach((id, i) => {
    if (i === 7) out.set(id, new Date(Date.UTC(1992, 1, 29)));
    else if (rnd() < 0.4) {
      const year = 1975 + Math.floor(rnd() * 30);
      out.set(id, new Date(Date.UTC(year, 0, 1) + Math.floor(rnd() * 365) * 86_400_000));
    }
  });
  return out;
}
