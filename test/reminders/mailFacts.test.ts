/**
 * Every default rule, previewed for a real customer of the sample shop, the Tmall export and the
 * Shopify export: each mail greets the customer by the name their orders give, signs with the
 * shop's name, leaves no placeholder, speaks money in the shop's currency, and names the order
 * day and product, or the last purchase, that the orders themselves show (read without
 * SheetCare: the generator's rows and the fixtures' files).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { generateSampleShop, SAMPLE_SHOP_NAME } from '../../src/core/ground/sampleShop';
import { openWorkbook } from '../../local/workbook';
import { ROOT } from '../../scripts/build';
import type { MailPreview, ReminderState } from '../../src/shared/api';
import { PLATFORMS_DIR, records } from '../helpers/platformRecords';

/** One customer's orders as the shop's file has them: day (local, ISO) and product. */
interface Bought {
  readonly day: string;
  readonly product: string;
}

interface Case {
  readonly file: string;
  readonly locale: 'zh_CN' | 'en_US';
  readonly timeZone: string;
  readonly now: string;
  readonly shop: string;
  /** Typed at set-up; '' where the export names the shop. */
  readonly typed: string;
  readonly customer: string;
  readonly name: string;
  readonly bought: readonly Bought[];
  /** The shop's money, as it shows: its symbol or word. */
  readonly currency: RegExp;
  readonly foreign: RegExp;
}

const tmall = records(path.join(PLATFORMS_DIR, 'tmall.csv'));
const shopify = records(path.join(PLATFORMS_DIR, 'shopify.csv'));
const sample = generateSampleShop().rows;
const wall = (d: unknown) => (d as Date).toISOString().slice(0, 10);

const CASES: Case[] = [
  {
    file: path.join(ROOT, 'samples', 'sample-shop.xlsx'),
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: '2026-11-24T02:00:00Z',
    shop: SAMPLE_SHOP_NAME,
    typed: SAMPLE_SHOP_NAME,
    customer: 'C10553',
    name: String(sample.find((r) => r[1] === 'C10553')![2]),
    bought: sample
      .filter((r) => r[1] === 'C10553' && r[10] instanceof Date && Number(r[9]) > 0)
      .filter((r) => r[11] !== '已取消' && r[11] !== '已退款')
      .map((r) => ({ day: wall(r[10]), product: String(r[6]) })),
    currency: /¥|元/,
    foreign: /\$|US|Little Steps/,
  },
  {
    file: path.join(PLATFORMS_DIR, 'tmall.csv'),
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: '2026-11-28T02:00:00Z',
    shop: tmall[0]['店铺名称'],
    typed: '',
    customer: 'tb_chenjing',
    name: tmall.find((r) => r['买家会员名'] === 'tb_chenjing')!['收货人姓名'],
    bought: tmall
      .filter((r) => r['买家会员名'] === 'tb_chenjing')
      .filter((r) => r['订单状态'] !== '交易关闭' && r['订单状态'] !== '等待买家付款')
      .map((r) => ({ day: r['订单创建时间'].slice(0, 10), product: r['宝贝标题'] })),
    currency: /¥|元/,
    foreign: /\$|tmall/i,
  },
  {
    file: path.join(PLATFORMS_DIR, 'shopify.csv'),
    locale: 'en_US',
    timeZone: 'America/New_York',
    now: '2026-11-30T15:00:00Z',
    shop: 'Little Steps',
    typed: 'Little Steps',
    customer: 'amy.lee@example.com',
    name: 'Amy Lee',
    bought: shopify
      .filter((r) => r['Email'].toLowerCase() === 'amy.lee@example.com')
      .map((r) => ({ day: r['Created at'].slice(0, 10), product: r['Lineitem name'] })),
    currency: /\$/,
    foreign: /¥|元|yuan|shopify/i,
  },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The ISO days a text names, in either language's way of writing a day. */
function daysIn(text: string): string[] {
  const zh = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(
    ([, y, m, d]) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
  );
  const en = [
    ...text.matchAll(/(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/g),
  ].map(
    ([, d, m, y]) => `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`,
  );
  return [...zh, ...en];
}

describe.each(CASES)('every default rule for a customer of $file', (c) => {
  it('has the customer’s name, the shop’s, its currency and the days their orders show', async () => {
    const env = new Env({ today: c.now });
    const spreadsheet = await openWorkbook(c.file, {
      env,
      locale: c.locale,
      timeZone: c.timeZone,
    });
    const s = new StandIn({ spreadsheet, userLocale: c.locale });
    const state = s.run('setUpReminders', { shop: c.typed }) as ReminderState;
    expect(state.settings.shop).toBe(c.shop);
    expect(c.bought.length).toBeGreaterThan(0);
    const greeting = c.locale === 'zh_CN' ? `${c.name}，您好！` : `Dear ${c.name},`;
    const lastDay = c.bought
      .map((b) => b.day)
      .sort()
      .at(-1)!;
    for (const rule of state.rules) {
      const mail = s.run('previewMail', { rule: rule.id, customer: c.customer }) as MailPreview;
      const what = `${rule.id}: ${mail.text}`;
      expect(mail.text.startsWith(greeting), what).toBe(true);
      expect(mail.subject + mail.text, what).toContain(c.shop);
      expect(mail.subject + mail.text + mail.html, what).not.toMatch(/\{\{|undefined|NaN|null/);
      expect(mail.subject + mail.text, what).not.toMatch(c.foreign);
      if (rule.kind === 'coupon') expect(mail.text, what).toMatch(c.currency);
      if (rule.kind === 'winBack') {
        expect(daysIn(mail.text), what).toEqual([lastDay]);
      }
      if (rule.kind === 'followUp') {
        const [day] = daysIn(mail.text);
        const on = c.bought.filter((b) => b.day === day);
        expect(on.length, what).toBeGreaterThan(0);
        expect(
          on.some((b) => mail.text.includes(b.product)),
          what,
        ).toBe(true);
      }
      if (rule.kind === 'replenish' && !mail.notSent) {
        expect(
          c.bought.some((b) => mail.subject.includes(b.product)),
          what,
        ).toBe(true);
      }
    }
  });
});
