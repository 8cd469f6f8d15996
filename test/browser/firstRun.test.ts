/**
 * A new user's first minutes, in each language, in a real browser at the Marketplace's
 * screenshot size (1280 × 800): a spreadsheet with no orders, the offer of the sample shop, one
 * click to an analysis, then the reminders. These pictures are the listing's screenshots:
 * `npm run listing` runs this file with LISTING_SHOTS set to docs/publishing/screenshots (Help's
 * picture stays with the other test screenshots).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../local/preview';
import { StandIn } from '../../local/runner';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import { launch, SCREENSHOTS } from './browser';
import { pngSize } from '../../scripts/listing/png';

const OUT = process.env.LISTING_SHOTS ?? SCREENSHOTS;
const SIZE = { width: 1280, height: 800 };

async function shot(page: Page, name: string, dir = OUT): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  expect(pngSize(fs.readFileSync(file))).toEqual(SIZE);
}

const LANGS = [
  {
    lang: 'zh',
    locale: 'zh_CN',
    sheet: '工作表1',
    open: '打开 SheetCare',
    shop: '暖暖母婴',
    tier: /^A 关键客户/,
    privacy: 'SheetCare 隐私政策',
  },
  {
    lang: 'en',
    locale: 'en_US',
    sheet: 'Sheet1',
    open: 'Open SheetCare',
    shop: 'Warm Baby',
    tier: /^A · key customers/,
    privacy: 'SheetCare privacy policy',
  },
] as const;

describe.each(LANGS)('a new spreadsheet, first run ($lang)', (l) => {
  it('offers the sample shop, analyses it in one click, and sets reminders up', async () => {
    const browser = await launch();
    const standIn = new StandIn({
      today: '2026-11-24T02:00:00Z',
      locale: l.locale,
      userLocale: l.locale,
    });
    standIn.spreadsheet._load(l.sheet, [[]]);
    const preview = await startPreview(standIn);
    try {
      const page = await browser.newPage({ viewport: SIZE });
      await page.goto(preview.url);
      await page.getByRole('menuitem', { name: l.open }).click();
      const frame = page.frameLocator('#sidebar');
      await frame.locator('#sample-offer').waitFor();
      await expect
        .poll(() => frame.locator('#sample-offer').textContent())
        .toContain(SHEET_NAMES.sampleOrders);
      // Five tabs in the sidebar's 300 px, none cut or run into the next.
      const overflow = await frame
        .locator('[role=tab], .tabs')
        .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).length);
      expect(overflow).toBe(0);
      await shot(page, `1-first-run-${l.lang}`);

      await frame.locator('#try-sample').click();
      await frame.locator('#result').waitFor({ timeout: 60_000 });
      await expect
        .poll(() => frame.locator('#order-sheet').inputValue())
        .toBe(SHEET_NAMES.sampleOrders);
      await expect
        .poll(() => frame.locator('#tiers tr[data-key=A] td').first().textContent())
        .toMatch(l.tier);
      // What the panel says is what the sheet holds: the sample's customers, analysed.
      const customers = standIn.spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getLastRow() - 1;
      await expect
        .poll(() =>
          frame
            .locator('#tiers tr[data-key]')
            .evaluateAll((rows) =>
              rows.reduce((n, r) => n + Number(r.querySelectorAll('td')[1]?.textContent ?? 0), 0),
            ),
        )
        .toBe(customers);
      await frame.locator('#result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, `2-analysis-${l.lang}`);

      await frame.locator('#tab-reminders').click();
      await frame.locator('#set-up-shop').fill(l.shop);
      await frame.locator('#set-up-reminders').click();
      for (const rule of ['follow-up', 'replenish', 'win-back']) {
        await frame.locator(`#rule-${rule}`).check();
      }
      await expect.poll(() => frame.locator('#rule-list input:checked').count()).toBe(3);
      await frame.locator('#show-plan').click();
      // The sample's customers bought up to yesterday: today has mails to plan.
      await expect.poll(() => frame.locator('#plan-line').textContent()).toMatch(/[1-9]/);
      await shot(page, `3-reminders-${l.lang}`);

      // Help says which SheetCare this is, what changed, and opens the privacy policy.
      await frame.locator('#tab-help').click();
      await expect.poll(() => frame.locator('#help-version').textContent()).toMatch(/SheetCare/);
      await expect.poll(() => frame.locator('#help ul.changes li').count()).toBeGreaterThan(0);
      await frame.locator('#help-privacy summary').click();
      await expect.poll(() => frame.locator('#help-privacy h3').textContent()).toBe(l.privacy);
      await frame.locator('#help-privacy').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, `help-${l.lang}`, SCREENSHOTS);
    } finally {
      await browser.close();
      await preview.close();
    }
  });
});
