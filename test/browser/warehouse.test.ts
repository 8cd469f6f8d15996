/**
 * Orders in BigQuery, in a real browser, as a shop would use it: a Tmall export (Chinese) and a
 * Shopify export (English) loaded into the stand-in's BigQuery, the table named in the
 * Customers panel, its columns recognised, Analyze, and the result with what it read and cost.
 * Screenshots go to test-output/screenshots (bigquery-*.png).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../local/preview';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import { Env } from '../../local/env';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import { launch, screenshot } from './browser';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'platforms');
const SHOPS = [
  {
    name: 'tmall',
    locale: 'zh_CN',
    tz: 'Asia/Shanghai',
    open: '打开 SheetCare',
    billed: /计入 Google Cloud 项目 tmall-shop/,
  },
  {
    name: 'shopify',
    locale: 'en_US',
    tz: 'America/New_York',
    open: 'Open SheetCare',
    billed: /billed to the Google Cloud project shopify-shop/,
  },
] as const;

describe.each(SHOPS)('a $name export in BigQuery, analysed from the sidebar', (shop) => {
  it('names the table, recognises its columns, analyses it, says what it read and cost', async () => {
    const env = new Env({ today: '2026-12-05T02:00:00Z' });
    const book = await openWorkbook(path.join(FIXTURES, `${shop.name}.csv`), {
      env,
      timeZone: shop.tz,
    });
    const rows = book._sheets[0].getDataRange().getValues();
    const s = new StandIn({
      today: '2026-12-05T02:00:00Z',
      locale: shop.locale,
      userLocale: shop.locale,
      timeZone: shop.tz,
    });
    s.spreadsheet._load('Notes', [['']]);
    const project = `${shop.name}-shop`;
    s.bigquery._project(project);
    s.bigquery._load(`${project}.orders.lines`, rows[0].map(String), rows.slice(1), shop.tz);
    const browser = await launch();
    const preview = await startPreview(s);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(preview.url);
      await page.getByRole('menuitem', { name: shop.open }).click();
      const frame = page.frameLocator('#sidebar');
      await frame.locator('#warehouse summary').click();
      await frame.locator('#bq-project').fill(project);
      await frame.locator('#bq-dataset').fill('orders');
      await frame.locator('#bq-table').fill('lines');
      await frame.locator('#bq-use').click();
      await frame.locator('#warehouse-source').waitFor();
      await expect.poll(() => frame.locator('#billed-to').textContent()).toMatch(shop.billed);
      expect(await frame.locator('#missing').count()).toBe(0);
      await expect.poll(() => frame.locator('#bq-estimate').textContent()).toMatch(/\d/);
      await screenshot(page, `bigquery-${shop.name}-source`);
      await frame.locator('#analyze').click();
      await frame.locator('#result').waitFor({ timeout: 60_000 });
      await expect.poll(() => frame.locator('#warehouse-result').textContent()).toMatch(/\$0\.0/);
      const customers = s.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getLastRow() - 1;
      expect(customers).toBeGreaterThan(0);
      await expect
        .poll(() => frame.locator('#warehouse-result').textContent())
        .toContain(String(customers));
      await frame.locator('#result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `bigquery-${shop.name}-analysed`);
    } finally {
      await preview.close();
      await browser.close();
      await s.bigquery._close();
    }
  }, 120_000);
});
