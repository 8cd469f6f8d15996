/**
 * The rest of the bundled sample file (npm run sample): the shop's activities, its coupons and
 * the satisfaction questionnaire's answers. Test data only: the add-on copies the register alone
 * (src/core/ground/sampleShop.ts), so none of this is in the bundle.
 */
import { seededRandom } from '../src/core/ground/random';
import { SAMPLE_SEED, SampleCell } from '../src/core/ground/sampleShop';

/** The shop's activities over the year after the orders end: name, start, end, text, link, last day. */
export const SAMPLE_ACTIVITIES: readonly SampleCell[][] = [
  [
    '双十二年终大促',
    utcDay(2026, 12, 10),
    utcDay(2026, 12, 12),
    '全场满 199 减 30，奶粉买二送一。',
    'https://shop.example.com/1212',
    true,
  ],
  [
    '年货节',
    utcDay(2027, 1, 15),
    utcDay(2027, 2, 3),
    '年货礼盒 8 折，满 299 包邮。',
    'https://shop.example.com/nianhuo',
    false,
  ],
  [
    '三八妈妈节',
    utcDay(2027, 3, 5),
    utcDay(2027, 3, 8),
    '孕妈用品满 200 减 40。',
    'https://shop.example.com/38',
    false,
  ],
  [
    '618 年中大促',
    utcDay(2027, 6, 1),
    utcDay(2027, 6, 18),
    '纸尿裤、湿巾囤货价。',
    'https://shop.example.com/618',
    true,
  ],
  ['开学季', utcDay(2027, 8, 20), utcDay(2027, 9, 5), '儿童用品满 150 减 20。', '', false],
  [
    '双十一',
    utcDay(2027, 11, 1),
    utcDay(2027, 11, 11),
    '全年最低价，预售定金翻倍。',
    'https://shop.example.com/1111',
    true,
  ],
];

function utcDay(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Coupons (domain brief §5): a purchase of 200 or more in the register's last three months
 * earned a lucky draw of 5, 10 or 20 yuan, valid 60 days; some five-star reviews earned 5 yuan,
 * valid 30 days. Rows: customer, code, value, expiry.
 */
export function generateCoupons(
  rows: readonly SampleCell[][],
  seed = SAMPLE_SEED + 11,
): SampleCell[][] {
  const rnd = seededRandom(seed);
  const since = Date.UTC(2026, 7, 24);
  const out: SampleCell[][] = [];
  let n = 1;
  for (const r of rows.slice(1)) {
    const [order, customer, , , , , , , , amount, at] = r;
    if (!(at instanceof Date) || at.getTime() < since || typeof amount !== 'number' || !customer)
      continue;
    const day = Math.floor(at.getTime() / 86_400_000) * 86_400_000;
    if (amount >= 200 && rnd() < 0.5) {
      const value = [5, 10, 20][Math.floor(rnd() * 3)];
      out.push([
        customer,
        `LD${String(n++).padStart(5, '0')}`,
        `${value} 元`,
        new Date(day + 60 * 86_400_000),
      ]);
    } else if (rnd() < 0.05) {
      out.push([
        customer,
        `FS${String(n++).padStart(5, '0')}-${String(order).slice(-3)}`,
        '5 元',
        new Date(day + 30 * 86_400_000),
      ]);
    }
  }
  return out;
}

/** The questionnaire of domain brief §4, as a form's responses sheet: questions 6 and 7 are
 * communication then complaints, the opposite order to the indicator letters F and G. */
export const SURVEY_HEADERS = [
  '时间戳',
  '您的客户编号（已自动填好，请勿修改）',
  '1. 您对我们的品牌与形象是否满意？',
  '2. 您对商品质量是否满意？',
  '3. 您对商品价格是否满意？',
  '4. 您对售后服务质量是否满意？',
  '5. 您对退货处理情况是否满意？',
  '6. 您对我们的沟通与宣传是否满意？',
  '7. 您对投诉处理是否满意？',
  '8. 您是否购买过我们的产品？',
  '9. 如果没有，原因是什么？',
  '10. 您的建议',
];
const ANSWER_WORDS = ['很不满意', '不满意', '一般满意', '满意', '非常满意'];

/**
 * Survey answers over the sample shop's two years: the second year is better after the shop
 * improved its after-sales service and complaint handling, as the brief's trend story goes.
 */
export function generateSurvey(seed = SAMPLE_SEED + 1, respondents = 360): SampleCell[][] {
  const rnd = seededRandom(seed);
  // Mean score per question (in questionnaire order), first year and second year.
  const means = [
    [4.3, 4.4, 3.7, 3.5, 3.6, 3.9, 3.3],
    [4.4, 4.5, 3.8, 4.2, 4.0, 4.0, 4.1],
  ];
  const rows: SampleCell[][] = [SURVEY_HEADERS];
  // Who answered, and the odd complaint, from a generator of their own: the answers stay.
  const who = seededRandom(seed + 100);
  for (let i = 0; i < respondents; i++) {
    const year = i < respondents / 2 ? 0 : 1;
    const at = Date.UTC(
      2025 + year,
      Math.floor(rnd() * 10),
      1 + Math.floor(rnd() * 28),
      9 + Math.floor(rnd() * 12),
      Math.floor(rnd() * 60),
    );
    const answers = means[year].map((m) => {
      if (rnd() < 0.03) return null;
      const score = Math.max(1, Math.min(5, Math.round(m + (rnd() + rnd() + rnd() - 1.5) * 1.4)));
      return ANSWER_WORDS[score - 1];
    });
    const bought = rnd() < 0.85 ? '是' : '否';
    const suggestion = rnd() < 0.2 ? '希望发货再快一些' : null;
    const customer = `C${10001 + Math.floor(who() * 2000)}`;
    const complaint = who() < 0.04 ? '收到的奶粉罐有破损，投诉后一直没人处理' : null;
    rows.push([
      new Date(at),
      customer,
      ...answers,
      bought,
      bought === '否' ? '还在比较其他品牌' : null,
      complaint ?? suggestion,
    ]);
  }
  // People mistype: one answer no scale can read.
  rows[7][4] = '还行吧';
  return rows.sort((a, b) =>
    a === SURVEY_HEADERS
      ? -1
      : b === SURVEY_HEADERS
        ? 1
        : (a[0] as Date).getTime() - (b[0] as Date).getTime(),
  );
}
