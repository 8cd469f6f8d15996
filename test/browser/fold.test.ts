/**
 * The sidebar at the size Sheets gives it, 300 × 600, in both languages: the next action is
 * visible without scrolling, and so are the result after Analyze and an error. Screenshots of
 * every panel are kept in test-output/screenshots.
 */
import path from 'node:path';
import { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { Preview, startPreview } from '../../local/preview';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import { ROOT } from '../../scripts/build';
import { launch, screenshot } from './browser';
import { storedValue } from '../helpers/standIn';
import { SHEET_NAMES } from '../../src/words/sheetNames';

const SAMPLE = path.join(ROOT, 'samples', 'sample-shop.xlsx');
const FOLD = 600;

/** Visible in the viewport now, without scrolling. */
async function aboveTheFold(page: Page, el: Locator): Promise<boolean> {
  await el.waitFor({ state: 'visible' });
  const box = await el.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 40) <= FOLD && scrollY >= 0;
}

interface Setup {
  browser: Browser;
  preview: Preview;
  page: Page;
}

async function open(locale: string, userLocale: string): Promise<Setup> {
  const browser = await launch();
  const env = new Env({ today: '2026-11-24T02:00:00Z' });
  const spreadsheet = await openWorkbook(SAMPLE, { env, locale });
  // A second register: the picker's sheet must be the one analysed.
  const orders = spreadsheet.getSheetByName('订单')!;
  const rows = orders.getDataRange().getValues().slice(0, 41);
  spreadsheet._load('Orders 2', rows);
  const preview = await startPreview(new StandIn({ spreadsheet, userLocale }));
  // The user is in Shanghai: the sidebar shows times in the user's own zone.
  const page = await browser.newPage({
    viewport: { width: 300, height: FOLD },
    locale: userLocale,
    timezoneId: 'Asia/Shanghai',
  });
  await page.goto(`${preview.url}/sidebar`);
  await page.locator('[role=tablist]').waitFor();
  return { browser, preview, page };
}

for (const [lang, locale, userLocale] of [
  ['en', 'en_US', 'en-US'],
  ['zh', 'zh_CN', 'zh-CN'],
] as const) {
  describe(`the sidebar at 300 × 600 (${lang})`, () => {
    let s: Setup;
    beforeAll(async () => {
      s = await open(locale, userLocale);
    });
    afterAll(async () => {
      await s?.browser.close();
      await s?.preview.close();
    });
    const words = {
      // The stand-in's clock stands at 2026-11-24 02:00Z: 10:00 in Shanghai.
      en: { analyzed: /^“订单”, analysed 2026-11-24 10:0\d; orders up to 2026-11-22$/ },
      zh: { analyzed: /^“订单”，分析于 2026-11-24 10:0\d；订单截至 2026-11-22$/ },
    }[lang];

    it('shows the order sheet and Analyze without scrolling', async () => {
      const { page } = s;
      expect(await aboveTheFold(page, page.locator('#order-sheet'))).toBe(true);
      expect(await aboveTheFold(page, page.locator('#analyze'))).toBe(true);
      await screenshot(page, `fold-customers-${lang}`);
    });

    it('brings the result into view after Analyze, naming the sheet and the time', async () => {
      const { page } = s;
      await page.locator('#analyze').click();
      await page.locator('#result').waitFor({ timeout: 60_000 });
      await expect.poll(() => aboveTheFold(page, page.locator('#analysed'))).toBe(true);
      expect(await page.locator('#analysed').textContent()).toMatch(words.analyzed);
      // The first breakdown says what each tier means and what to do.
      expect(await page.locator('#tiers tr[data-key=A] .meaning').textContent()).toBe(
        lang === 'en' ? 'The top 5% of customers by spend' : '消费金额前 5% 的客户',
      );
      await screenshot(page, `fold-result-${lang}`);
    });

    it('shows money in the spreadsheet’s currency, whatever the panel’s language', async () => {
      const { page } = s;
      const kpi = (await page.locator('.kpis').textContent())!;
      // The sample shop's spreadsheet is a Chinese one in the zh run: yuan. In the en run it is
      // en_US: dollars. Never the other.
      // The spend as the Customers sheet sums it, in the spreadsheet's money.
      const [header, ...rows] = s.preview.standIn.spreadsheet
        .getSheetByName(SHEET_NAMES.customers)!
        .getDataRange()
        .getValues();
      const col = header.findIndex((h) => h === '消费金额' || h === 'Spend');
      const spend = rows.reduce((n, r) => n + Math.round(Number(r[col]) * 100), 0);
      const amount = (spend / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
      expect(kpi).toContain(locale === 'zh_CN' ? `¥${amount}` : `$${amount}`);
      expect(kpi).not.toContain(locale === 'zh_CN' ? '$' : '¥');
      const value = (await page.locator('#value').textContent())!;
      expect(value).toMatch(locale === 'zh_CN' ? /¥[\d,]+/ : /\$[\d,]+/);
      expect(value).toContain(lang === 'en' ? 'estimates' : '估算');
    });

    it('analyses the sheet chosen in the picker, and says so', async () => {
      const { page } = s;
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('#order-sheet').selectOption('Orders 2');
      await expect.poll(() => page.locator('#analyze').isEnabled()).toBe(true);
      // The last result was of another sheet: it is not shown as this one's.
      await expect.poll(() => page.locator('#result').count()).toBe(0);
      await page.locator('#analyze').click();
      await page.locator('#result').waitFor({ timeout: 60_000 });
      expect(await page.locator('#analysed').textContent()).toMatch(/^“Orders 2”/);
      const stored = JSON.parse(storedValue(s.preview.standIn, 'sheetcare.orderSheet')!);
      expect(stored.sheetName).toBe('Orders 2');
    });

    it('shows an error beside Analyze, in view, until it is dismissed', async () => {
      const { page, preview } = s;
      await page.evaluate(() => window.scrollTo(0, 0));
      preview.standIn.locks._table.held.set('document', 'other');
      try {
        await page.locator('#analyze').click();
        const box = page.locator('#analyze-status .error-box');
        await expect.poll(() => aboveTheFold(page, box)).toBe(true);
        expect(await box.textContent()).toContain(lang === 'en' ? 'already running' : '正在进行');
        await page.waitForTimeout(1500);
        expect(await box.isVisible()).toBe(true);
        await screenshot(page, `fold-error-${lang}`);
        await box.locator('.dismiss').click();
        await expect.poll(() => box.count()).toBe(0);
      } finally {
        preview.standIn.locks._table.held.delete('document');
      }
    });

    it('keeps every other panel’s action in view, and its words in one language', async () => {
      const { page } = s;
      for (const [tab, action] of [
        ['reminders', '#set-up-reminders'],
        ['survey', '#survey-sheet'],
        ['settings', '#set-aShare'],
      ] as const) {
        await page.locator(`#tab-${tab}`).click();
        await expect.poll(() => aboveTheFold(page, page.locator(action))).toBe(true);
        if (tab !== 'settings') await page.waitForTimeout(300);
        await screenshot(page, `fold-${tab}-${lang}`);
      }
      const text = await page.locator('#app').innerText();
      if (lang === 'zh') {
        // Chinese text with Chinese punctuation: no ASCII colon after a Chinese character.
        expect(text).not.toMatch(/[\u4e00-\u9fff]: /);
      } else {
        // The panel's own words are English; only the shop's data may be Chinese.
        expect(text).toContain('Save settings');
        expect(text).not.toContain('保存设置');
      }
    });
  });
}

describe('while loading', () => {
  it('says what is happening in the user’s language, with a spinner', async () => {
    const browser = await launch();
    const standIn = new StandIn({ locale: 'zh_CN', userLocale: 'zh-CN' });
    standIn.spreadsheet._load('订单', [['客户ID', '金额', '日期']]);
    const preview = await startPreview(standIn);
    try {
      const page = await browser.newPage({
        viewport: { width: 300, height: FOLD },
        locale: 'zh-CN',
      });
      // Hold the first server answer back, to see the loading state.
      await page.route('**/api/run/**', async (route) => {
        await new Promise((r) => setTimeout(r, 800));
        await route.continue();
      });
      await page.goto(`${preview.url}/sidebar`);
      const app: FrameLocator | Page = page;
      await expect.poll(() => app.locator('#app .working').textContent()).toBe('正在读取表格……');
      expect(await app.locator('#app .spinner').count()).toBe(1);
    } finally {
      await browser.close();
      await preview.close();
    }
  });
});
