/**
 * A new user's first minute: a spreadsheet with no orders, the sidebar's offer of the sample
 * shop, one click, an analysis. The witness is the bundled samples/sample-shop.xlsx, made by
 * `npm run sample` outside the add-on: copied on the day after its last orders, the add-on's
 * sheet holds the same cells; copied on any other day, the same register moved in time.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { CELL_LIMIT } from '../../local/spreadsheet/cells';
import { openWorkbook } from '../../local/workbook';
import { ROOT } from '../../scripts/build';
import type {
  AnalyzeResult,
  LastRunInfo,
  OrderSheetInfo,
  SidebarState,
  TodayPlan,
} from '../../src/shared/api';
import { isDateObject } from '../../src/core/ground/cells';
import { SHEET_NAMES } from '../../src/words/sheetNames';

const SAMPLE = SHEET_NAMES.sampleOrders;
const DAY = 86_400_000;
// Dates come from the script's realm: not instances of this realm's Date.
const cell = (v: unknown) => (isDateObject(v) ? v.getTime() : v);

/** A new spreadsheet, as Sheets makes one, in Shanghai; the user has typed a note in it. */
function fresh(today: string): StandIn {
  const s = new StandIn({ today, locale: 'zh_CN', userLocale: 'zh' });
  s.spreadsheet._load('工作表1', [['我的笔记']]);
  return s;
}

describe('the sample shop, offered where there are no orders', async () => {
  const env = new Env({ today: '2026-11-23T02:00:00Z' });
  const bundled = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), { env });
  const bundledRows = bundled._sheets[0].getDataRange().getValues();
  const bundledResult = new StandIn({ spreadsheet: bundled }).run(
    'analyzeCustomers',
  ) as AnalyzeResult;

  it('is offered because the spreadsheet has no order sheet', () => {
    const state = fresh('2026-11-23T02:00:00Z').run('getSidebarState') as SidebarState;
    expect(state.orderSheet).toBeNull();
  });

  it('copied the day after the bundled file ends, is that file cell for cell, as text where it is text', () => {
    const s = fresh('2026-11-23T02:00:00Z');
    const info = s.run('addSampleShop') as OrderSheetInfo;
    expect(info.sheetName).toBe(SAMPLE);
    expect(info.missing).toEqual([]);
    const sheet = s.spreadsheet.getSheetByName(SAMPLE)!;
    const rows = sheet.getDataRange().getValues();
    expect(rows.length).toBe(bundledRows.length);
    expect(rows.map((r) => r.map(cell))).toEqual(bundledRows.map((r) => r.map(cell)));
    // A customer whose name is a formula stays a name; an amount typed as text stays text.
    const formulas = sheet.getDataRange().getFormulas().flat();
    expect(formulas.every((f) => f === '')).toBe(true);
    expect(rows.flat()).toContain('=HYPERLINK("http://example.com","点我领券")');
    expect(rows.some((r) => typeof r[9] === 'string' && r[9].startsWith('¥'))).toBe(true);
    // As wide and as long as the register: no empty cells spent of the cell limit.
    expect(sheet.getMaxColumns()).toBe(bundledRows[0].length);
    expect(sheet.getMaxRows()).toBe(bundledRows.length);
    // Every amount, order time and birthday shown as the bundled file shows it.
    const width = bundledRows[0].length;
    const mine = sheet.getRange(2, 1, 400, width).getNumberFormats();
    const theirs = bundled._sheets[0].getRange(2, 1, 400, width).getNumberFormats();
    let typed = 0;
    bundledRows.slice(1, 401).forEach((r, i) =>
      r.forEach((v, c) => {
        if (!isDateObject(v) && typeof v !== 'number') return;
        if (theirs[i][c] === '') return;
        typed++;
        expect(mine[i][c], `row ${i + 2}, column ${c + 1}`).toBe(theirs[i][c]);
      }),
    );
    expect(typed).toBeGreaterThan(800);
    expect(s.spreadsheet.getSheets()[0].getRange('A1').getValue()).toBe('我的笔记');
  });

  it('copied on another day ends the day before it, and one more click analyses it as the bundled file is analysed', () => {
    const s = fresh('2027-06-01T02:00:00Z');
    const info = s.run('addSampleShop') as OrderSheetInfo;
    const r = s.run('analyzeCustomers', info.sheetName) as AnalyzeResult;
    // The latest purchase is yesterday in Shanghai; the bundled file's was on 2026-11-22.
    expect(r.asOf).toBe('2027-05-31');
    expect(bundledResult.asOf).toBe('2026-11-22');
    const moved = Date.UTC(2027, 4, 31) - Date.UTC(2026, 10, 22);
    const rows = s.spreadsheet.getSheetByName(SAMPLE)!.getDataRange().getValues();
    const at = rows.findIndex((row) => isDateObject(row[10]));
    expect((rows[at][10] as Date).getTime() - (bundledRows[at][10] as Date).getTime()).toBe(moved);
    expect(moved % DAY).toBe(0);
    // Moved in time, the shop is the same shop: every count and share as the bundled file's.
    for (const key of ['customers', 'buyers', 'spend', 'rowsUsed', 'rowsNotUsed'] as const) {
      expect(r[key], key).toBe(bundledResult[key]);
    }
    expect(r.tiers).toEqual(bundledResult.tiers);
    expect(r.segments).toEqual(bundledResult.segments);
    expect(r.statuses).toEqual(bundledResult.statuses);
  });

  it('asked twice (a second click, a second editor) makes one sheet', () => {
    const s = fresh('2026-12-05T02:00:00Z');
    s.run('addSampleShop');
    // The team has started work in the sample: a second ask keeps it.
    const sheet = s.spreadsheet.getSheetByName(SAMPLE)!;
    sheet.getRange('C2').setValue('改过的名字');
    const info = s.run('addSampleShop') as OrderSheetInfo;
    expect(info.sheetName).toBe(SAMPLE);
    expect(s.spreadsheet.getSheets().filter((x) => x.getName().startsWith(SAMPLE))).toHaveLength(1);
    expect(sheet.getRange('C2').getValue()).toBe('改过的名字');
  });

  it('with no room left in the spreadsheet, says so with the figures and adds nothing', () => {
    const s = fresh('2026-12-05T02:00:00Z');
    const archive = s.spreadsheet.insertSheet('Archive');
    archive.insertRowsAfter(
      1000,
      Math.floor((CELL_LIMIT - s.spreadsheet._cellCount()) / 26) - 1000,
    );
    const names = s.spreadsheet.getSheets().map((x) => x.getName());
    // The register's cells, and what is left of Google's ten million.
    const needed = (bundledRows.length * bundledRows[0].length).toLocaleString('en-US');
    const left = (CELL_LIMIT - s.spreadsheet._cellCount()).toLocaleString('en-US');
    expect(() => s.run('addSampleShop')).toThrow(new RegExp(`${needed}.*${left}.*10,000,000`));
    expect(s.spreadsheet.getSheets().map((x) => x.getName())).toEqual(names);
  });

  it('is a shop in yuan: an English user who chose no currency sees ¥, one who chose dollars keeps them', () => {
    const auto = new StandIn({ today: '2026-12-05T02:00:00Z', locale: 'en_US', userLocale: 'en' });
    auto.spreadsheet._load('Sheet1', [[]]);
    auto.run('addSampleShop');
    expect((auto.run('analyzeCustomers', SAMPLE) as AnalyzeResult).currency).toBe('CNY');
    const chosen = new StandIn({
      today: '2026-12-05T02:00:00Z',
      locale: 'en_US',
      userLocale: 'en',
    });
    chosen.spreadsheet._load('Sheet1', [[]]);
    chosen.run('saveSettings', { currency: 'USD' });
    chosen.run('addSampleShop');
    expect((chosen.run('analyzeCustomers', SAMPLE) as AnalyzeResult).currency).toBe('USD');
  });

  it('is planned and previewed for, never mailed: the job says why, and mails the shop’s own customers once it has them', () => {
    const s = fresh('2026-11-24T02:00:00Z');
    s.run('addSampleShop');
    s.run('analyzeCustomers', SAMPLE);
    s.run('setUpReminders', { shop: '暖暖母婴' });
    s.run('setRuleOn', { id: 'follow-up', on: true });
    const plan = s.run('planToday') as TodayPlan;
    expect(plan.byRule.find((r) => r.rule === 'follow-up')!.mails).toBeGreaterThan(0);
    // The user is told, in their language, naming the sheet.
    expect(() => s.run('runRemindersNow')).toThrow(`示例店铺“${SAMPLE}”`);
    expect(() => s.run('runRemindersNow')).toThrow(/绝不发送/);
    // Nor by hand: the questionnaire sent from the panel goes through the same door.
    expect(() => s.run('sendQuestionnaire', { audience: '' })).toThrow(/绝不发送/);
    // The team renames the sheet: still the sample, by its mark, not its name.
    s.spreadsheet.getSheetByName(SAMPLE)!.setName('试用订单');
    s.run('analyzeCustomers', '试用订单');
    expect(() => s.run('runRemindersNow')).toThrow('示例店铺“试用订单”');
    expect(s.mail._sent).toHaveLength(0);
    // The shop's own orders, analysed: the job mails them (a follow-up a week after a purchase).
    s.spreadsheet._load('我的订单', [
      ['客户ID', '邮箱', '成交金额', '成交时间'],
      ['K1', 'k1@example.com', 120, new Date('2026-11-17T03:00:00Z')],
    ]);
    s.run('analyzeCustomers', '我的订单');
    const mine = s.run('runRemindersNow') as LastRunInfo;
    expect(mine.error).toBeUndefined();
    expect(s.mail._sent.map((m) => m.to[0])).toEqual(['k1@example.com']);
  });
});
