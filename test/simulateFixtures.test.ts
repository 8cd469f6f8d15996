/**
 * `npm run simulate` on two platforms' exports, six weeks from 24 November 2026 with every rule
 * on: every mail a Shopify customer receives and every contact-list message for a Tmall buyer
 * names the right person, shop, order day and product, as the export itself has them (read
 * without SheetCare); and no customer who declined marketing gets a marketing mail.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../local/simulation';
import { SHEET_NAMES } from '../src/words/sheetNames';
import { PLATFORMS_DIR, records } from './helpers/platformRecords';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Six weeks from 24 November 2026, as `npm run simulate` runs them: no failures, no kills. */
const sixWeeks = (file: string, timeZone: string, locale: string, shop?: string) =>
  simulate({
    workbook: path.join(PLATFORMS_DIR, file),
    shop,
    from: '2026-11-24',
    days: 42,
    quota: 100,
    failRate: 0,
    killRate: 0,
    seed: 1,
    dryRun: false,
    timeZone,
    locale,
  });

describe('six weeks of a Tmall shop, simulated', async () => {
  const run = await sixWeeks('tmall.csv', 'Asia/Shanghai', 'zh_CN');
  const orders = records(path.join(PLATFORMS_DIR, 'tmall.csv'));
  const [header, ...rows] = run.standIn.spreadsheet
    .getSheetByName(SHEET_NAMES.contacts)!
    .getDataRange()
    .getValues();
  const col = (word: string) => header.findIndex((h) => String(h).includes(word));

  it('mails nobody (no buyer has an email) and lists every reminder with true facts', () => {
    expect(run.mails).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const buyer = String(r[col('客户')]);
      const message = String(r[col('消息')]);
      const mine = orders.filter((o) => o['买家会员名'] === buyer);
      expect(mine.length, buyer).toBeGreaterThan(0);
      const o = mine[0];
      expect(message.startsWith(`${o['收货人姓名']}，您好！\n`), message).toBe(true);
      expect(message.endsWith(`\n${o['店铺名称']}`), message).toBe(true);
      expect(message).not.toMatch(/https?:|google|\{\{|undefined|NaN/i);
      const bought = /您在(\d{4})年(\d{1,2})月(\d{1,2})日购买了(.+?)，/.exec(message);
      if (bought) {
        const [, y, m, d, product] = bought;
        const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
        expect(
          mine.some((x) => x['订单创建时间'].startsWith(day) && x['宝贝标题'] === product),
          `${buyer}: ${day} ${product}`,
        ).toBe(true);
      }
    }
    expect(rows.some((r) => /您在.+购买了/.test(String(r[col('消息')])))).toBe(true);
  });
});

describe('six weeks of a Shopify shop, simulated', async () => {
  const run = await sixWeeks('shopify.csv', 'America/New_York', 'en_US', 'Little Steps');
  const orders = records(path.join(PLATFORMS_DIR, 'shopify.csv')).filter((o) => o['Email']);

  it('sends each mail with the customer’s own name, order day and product, in dollars', () => {
    expect(run.mails.length).toBeGreaterThan(0);
    for (const m of run.mails) {
      const mine = orders.filter((o) => o['Email'].toLowerCase() === m.to[0].toLowerCase());
      expect(mine.length, m.to[0]).toBeGreaterThan(0);
      expect(m.body.startsWith(`Dear ${mine[0]['Billing Name']},\n`), m.body).toBe(true);
      expect(m.body).toContain('Little Steps');
      expect(m.body).not.toMatch(/shopify|¥|元|yuan|\{\{|undefined|NaN/i);
      const bought = /You bought (.+) on (\d{1,2}) (\w{3}) (\d{4})\./.exec(m.body);
      if (bought) {
        const [, product, d, mon, y] = bought;
        const day = `${y}-${String(MONTHS.indexOf(mon) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
        expect(
          mine.some((o) => o['Created at'].startsWith(day) && o['Lineitem name'] === product),
          `${m.to[0]}: ${day} ${product}`,
        ).toBe(true);
      }
    }
    expect(run.mails.some((m) => /You bought/.test(m.body))).toBe(true);
  });

  it('sends no marketing mail to a customer who did not accept marketing', () => {
    const declined = new Set(
      orders.filter((o) => o['Accepts Marketing'] === 'no').map((o) => o['Email'].toLowerCase()),
    );
    // Skipped mails are tallied per rule (the Send log's counts), not kept one by one.
    const perRule = run.summary.perRule as Record<string, Record<string, number>>;
    const MARKETING = ['new-year', 'black-friday', 'christmas', 'questionnaire', 'win-back'];
    const marketing = MARKETING.filter((r) => perRule[r]);
    expect(marketing.length).toBeGreaterThan(0);
    for (const r of marketing) expect(perRule[r], r).toEqual({ skipped: perRule[r].skipped });
    expect((run.summary.skipped as Record<string, number>).noConsent).toBeGreaterThan(0);
    expect(run.mails.every((m) => declined.has(m.to[0].toLowerCase()))).toBe(true);
    expect(run.mails.map((m) => m.subject)).toEqual(
      run.mails.map(() => 'Are you happy with your order from Little Steps?'),
    );
  });
});
