/**
 * A shop's first day, as a new user clicks through it in the preview: from its platform export,
 * after Analyze, to the first correct reminder in at most five clicks. A Tmall shop reaches a
 * row of the contact list (its buyers have no email) and exports today's contacts, in a browser
 * that takes the file and in one that refuses it; a Shopify shop sends its first mail. Every
 * fact in what the customer would read is checked against the export itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { Preview, startPreview } from '../../local/preview';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import { PLATFORMS_DIR, records } from '../helpers/platformRecords';
import { launch, screenshot } from './browser';

async function platformPreview(
  file: string,
  now: string,
  locale: string,
  timeZone: string,
): Promise<Preview> {
  const env = new Env({ today: now });
  const spreadsheet = await openWorkbook(path.join(PLATFORMS_DIR, file), {
    env,
    locale,
    timeZone,
  });
  return startPreview(new StandIn({ spreadsheet, userLocale: locale }));
}

/** Opens the sidebar from the menu and runs Analyze: where a new user's clicks start. */
async function analysed(page: Page, url: string, menu: string): Promise<FrameLocator> {
  await page.goto(url);
  await page.getByRole('menuitem', { name: menu }).click();
  const frame = page.frameLocator('#sidebar');
  await frame.locator('#analyze').click();
  await expect.poll(() => frame.locator('#analysed').count(), { timeout: 60_000 }).toBe(1);
  return frame;
}

/** Counts the user's clicks from here on. */
function clicker(frame: FrameLocator) {
  let clicks = 0;
  return {
    click: async (selector: string) => {
      clicks++;
      await frame.locator(selector).first().click();
    },
    get clicks() {
      return clicks;
    },
  };
}

const rowsOf = (preview: Preview, name: string) =>
  preview.standIn.spreadsheet.getSheetByName(name)!.getDataRange().getValues();

describe('a Tmall shop’s first day', () => {
  let browser: Browser;
  let preview: Preview;
  // 28 November 2026, 10:00 in Shanghai: a week after tb_chenjing's order of the 21st.
  beforeAll(async () => {
    browser = await launch();
    preview = await platformPreview('tmall.csv', '2026-11-28T02:00:00Z', 'zh_CN', 'Asia/Shanghai');
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('reaches a correct contact-list row in five clicks after Analyze', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const frame = await analysed(page, preview.url, '打开 SheetCare');
    const user = clicker(frame);
    await user.click('#tab-reminders');
    // The shop's name is the export's 店铺名称: nothing to type.
    await user.click('#set-up-reminders');
    await user.click('#rule-follow-up');
    await expect.poll(() => frame.locator('#rule-follow-up').isChecked()).toBe(true);
    // No buyer of the export has an email: nothing to mail, so nothing to confirm.
    await user.click('#run-now');
    await expect.poll(() => frame.locator('#last-run').count()).toBe(1);
    await user.click('#contacts-open button.link');
    expect(user.clicks).toBeLessThanOrEqual(5);
    expect(preview.standIn.mail._sent).toEqual([]);

    // Her row, as the export tells it: 收货人姓名, the order's day, 宝贝标题 and 店铺名称.
    const order = records(path.join(PLATFORMS_DIR, 'tmall.csv')).find(
      (r) => r['买家会员名'] === 'tb_chenjing',
    )!;
    const [y, m, d] = order['订单创建时间'].slice(0, 10).split('-').map(Number);
    const [header, ...rows] = rowsOf(preview, SHEET_NAMES.contacts);
    const col = (word: string) => header.findIndex((h) => String(h).includes(word));
    const row = rows.find((r) => r[col('客户')] === 'tb_chenjing')!;
    expect(row[col('手机')]).toBe(order['联系手机'].replace(/^'/, ''));
    expect(row[col('消息')]).toBe(
      `${order['收货人姓名']}，您好！\n您在${y}年${m}月${d}日购买了${order['宝贝标题']}，用得还满意吗？有任何问题，直接回复我们，我们会尽快处理。\n${order['店铺名称']}`,
    );
    expect(preview.standIn.spreadsheet.getActiveSheet().getName()).toBe(SHEET_NAMES.contacts);
    await screenshot(page, 'first-week-tmall-contact-list');
    await page.close();
  });

  it('exports today’s contacts as a file the care tools read, where the browser takes it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(preview.url);
    await page.getByRole('menuitem', { name: '客户提醒' }).click();
    const frame = page.frameLocator('#sidebar');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator('#export-contacts').click(),
    ]);
    expect(download.suggestedFilename()).toBe('今日联系-2026-11-28.csv');
    const bytes = fs.readFileSync((await download.path())!);
    // UTF-8 with the byte-order mark Excel and WPS need.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...lines] = parse(bytes.toString('utf8').slice(1)) as string[][];
    expect(head).toEqual(['买家昵称', '手机', '消息']);
    const [header, ...listed] = rowsOf(preview, SHEET_NAMES.contacts);
    const col = (word: string) => header.findIndex((h) => String(h).includes(word));
    expect(lines).toEqual(
      listed.map((r) => [String(r[col('客户')]), String(r[col('手机')]), String(r[col('消息')])]),
    );
    await expect
      .poll(() => frame.locator('#contacts-export-status').textContent())
      .toContain(`已导出 ${lines.length} 位客户的联系消息`);
    await page.close();
  });

  it('gives the same list on a sheet to download where the browser refuses the file', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const downloads: unknown[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.goto(`${preview.url}?downloads=off`);
    await page.getByRole('menuitem', { name: '客户提醒' }).click();
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#export-contacts').click();
    await expect
      .poll(() => frame.locator('#contacts-export-status').textContent())
      .toContain(`“${SHEET_NAMES.contactsExport}”工作表：菜单“文件 → 下载 → 逗号分隔值 (.csv)”`);
    await page.waitForTimeout(1000);
    expect(downloads).toEqual([]);
    // The sheet is open: File → Download gives the rows the file would have held.
    expect(preview.standIn.spreadsheet.getActiveSheet().getName()).toBe(SHEET_NAMES.contactsExport);
    const [header, ...listed] = rowsOf(preview, SHEET_NAMES.contacts);
    const col = (word: string) => header.findIndex((h) => String(h).includes(word));
    expect(rowsOf(preview, SHEET_NAMES.contactsExport).slice(1)).toEqual(
      listed.map((r) => [r[col('客户')], r[col('手机')], r[col('消息')]]),
    );
    await screenshot(page, 'first-week-tmall-export-sheet');
    await page.close();
  });
});

describe('a Shopify shop’s first day', () => {
  let browser: Browser;
  let preview: Preview;
  // 30 November 2026, 10:00 in New York: a week after Amy Lee's order of 23 November.
  beforeAll(async () => {
    browser = await launch();
    preview = await platformPreview(
      'shopify.csv',
      '2026-11-30T15:00:00Z',
      'en_US',
      'America/New_York',
    );
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('sends its first correct mail in five clicks after Analyze, after saying to whom', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const frame = await analysed(page, preview.url, 'Open SheetCare');
    const user = clicker(frame);
    await user.click('#tab-reminders');
    // The export names no shop: the owner types it (typing is no click).
    await frame.locator('#set-up-shop').fill('Little Steps');
    await user.click('#set-up-reminders');
    await user.click('#rule-follow-up');
    await expect.poll(() => frame.locator('#rule-follow-up').isChecked()).toBe(true);
    await user.click('#run-now');
    await expect
      .poll(() => frame.locator('#job-status .confirm-question').textContent())
      .toBe('Running now sends 1 mail, first to Amy Lee. Send it?');
    await screenshot(page, 'first-week-shopify-confirm');
    expect(preview.standIn.mail._sent).toEqual([]);
    await user.click('#job-status .confirm-yes');
    await expect.poll(() => preview.standIn.mail._sent.length).toBe(1);
    expect(user.clicks).toBeLessThanOrEqual(5);

    // Amy's order of 23 November as the export has it: #1259, its first line item.
    const order = records(path.join(PLATFORMS_DIR, 'shopify.csv')).find(
      (r) => r['Name'] === '#1259' && r['Email'] !== '',
    )!;
    expect(order['Created at'].slice(0, 10)).toBe('2026-11-23');
    const [mail] = preview.standIn.mail._sent;
    expect(mail.to).toEqual([order['Email']]);
    expect(mail.subject).toBe('Are you happy with your order from Little Steps?');
    expect(mail.body).toContain(
      `Dear ${order['Billing Name']},\n\nYou bought ${order['Lineitem name']} on 23 Nov 2026.`,
    );
    expect(mail.body).not.toMatch(/shopify|¥|yuan/i);
    await frame.locator('#last-run').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'first-week-shopify-sent');
    await page.close();
  });
});
