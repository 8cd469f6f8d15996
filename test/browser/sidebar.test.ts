import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { Preview, startPreview } from '../../local/preview';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import { ROOT } from '../../scripts/build';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import type {
  LookAhead,
  MailPreview,
  ReminderState,
  SatisfactionReport,
  SurveyReport,
  TodayPlan,
} from '../../src/shared/api';
import { launch, screenshot } from './browser';
import { storedValue } from '../helpers/standIn';

const SAMPLE = path.join(ROOT, 'samples', 'sample-shop.xlsx');

async function samplePreview(locale: string): Promise<Preview> {
  const env = new Env({ today: '2026-11-24T02:00:00Z' });
  const spreadsheet = await openWorkbook(SAMPLE, { env, locale });
  return startPreview(new StandIn({ spreadsheet, userLocale: locale }));
}

async function openSidebar(page: Page, preview: Preview, menuCaption: string) {
  await page.goto(preview.url);
  await page.getByRole('menuitem', { name: menuCaption }).click();
  const frame = page.frameLocator('#sidebar');
  await frame.locator('[role=tablist]').waitFor();
  return frame;
}

/** Tiers counted straight from the Customers sheet the analysis wrote. */
function tiersOnSheet(preview: Preview): Record<string, number> {
  const rows = preview.standIn.spreadsheet
    .getSheetByName(SHEET_NAMES.customers)!
    .getDataRange()
    .getValues()
    .slice(1);
  const counts: Record<string, number> = { A: 0, B: 0, C: 0 };
  for (const r of rows) counts[String(r[12])]++;
  return counts;
}

describe('the sidebar in a real browser (English)', () => {
  let browser: Browser;
  let preview: Preview;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    preview = await samplePreview('en_US');
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('opens from the menu and shows the columns it recognised, with the first rows as read', async () => {
    const frame = await openSidebar(page, preview, 'Open SheetCare');
    await expect(frame.locator('#order-sheet').inputValue()).resolves.toBe('订单');
    await expect(frame.locator('#col-customer').inputValue()).resolves.toBe('1');
    await expect(frame.locator('#col-amount').inputValue()).resolves.toBe('9');
    await expect(frame.locator('#col-date').inputValue()).resolves.toBe('10');
    // Complete columns fold away under one line; the preview is inside.
    await expect(frame.locator('#columns summary').textContent()).resolves.toBe(
      'Columns recognised ✓ Order register · Change',
    );
    await expect(frame.locator('#columns').getAttribute('open')).resolves.toBeNull();
    await frame.locator('#columns summary').click();
    await expect(frame.locator('#preview tr').count()).resolves.toBe(6);
    await screenshot(page, 'customers-en');
  });

  it('corrects a column mapping with a dropdown, and keeps the correction', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#col-name').selectOption('3'); // the email column, on purpose
    await expect
      .poll(() => frame.locator('#preview tr').nth(1).locator('.sub').textContent())
      .toMatch(/@example\.com$/);
    const stored = JSON.parse(storedValue(preview.standIn, 'sheetcare.orderSheet')!);
    expect(stored).toMatchObject({
      sheetName: '订单',
      columns: { name: { header: '邮箱', index: 3 } },
    });
    await frame.locator('#col-name').selectOption('2');
    await expect
      .poll(() => frame.locator('#preview tr').nth(1).locator('.sub').textContent())
      .not.toMatch(/@/);
  });

  it('analyzes the sample shop; the tier table agrees with the Customers sheet', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#analyze').click();
    await frame.locator('#result').waitFor({ timeout: 60_000 });
    const onSheet = tiersOnSheet(preview);
    for (const tier of ['A', 'B', 'C']) {
      await expect
        .poll(() => frame.locator(`#tiers tr[data-key=${tier}] td`).nth(1).textContent())
        .toBe(String(onSheet[tier]));
    }
    await expect.poll(() => frame.locator('svg.chart polyline').count()).toBe(1);
    // The live view shows the sheet the analysis wrote.
    await expect
      .poll(() => page.locator('footer button[aria-current=true]').textContent())
      .toBe(SHEET_NAMES.customers);
    await frame.locator('#result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'result-en');
  });

  it('takes the analysis only once when Analyze is clicked twice', async () => {
    const frame = page.frameLocator('#sidebar');
    const before = preview.standIn.env.counts.get('Lock.tryLock') ?? 0;
    // A double click: the second lands while the first run is under way.
    await frame.locator('#analyze').evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await expect.poll(() => frame.locator('#analyze').isEnabled(), { timeout: 60_000 }).toBe(true);
    expect(preview.standIn.env.counts.get('Lock.tryLock')).toBe(before + 1);
  });

  it('sets reminders up, shows today’s plan, previews and tests a mail, and switches rules and the job', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#tab-reminders').click();
    // The sample shop's register names no shop: its owner types the name once.
    await frame.locator('#set-up-shop').fill('暖暖母婴');
    await frame.locator('#set-up-reminders').click();
    // The sample shop's own rules sheet is taken as it is: every rule on.
    const rules = preview.standIn.spreadsheet.getSheetByName(SHEET_NAMES.rules)!.getLastRow() - 1;
    expect(rules).toBe(11);
    await expect.poll(() => frame.locator('#rule-list tr').count()).toBe(rules);
    await expect.poll(() => frame.locator('#rule-list input:checked').count()).toBe(rules);
    await expect
      .poll(() => frame.locator('#job-state').textContent())
      .toBe('Off: no mail is sent automatically.');

    await frame.locator('#show-plan').click();
    const plan = preview.standIn.run('planToday') as TodayPlan;
    expect(plan.total).toBeGreaterThan(0);
    await expect
      .poll(() => frame.locator('#plan-line').textContent())
      .toBe(`${plan.today}: ${plan.total} in all`);
    await expect
      .poll(() => frame.locator('#plan-lines tr').count())
      .toBe(Math.min(plan.total, 100));

    // The next 14 days: a line per day with reminders, each opening to its rules and names.
    await frame.locator('#show-ahead').click();
    const ahead = preview.standIn.run('lookAhead') as LookAhead;
    const busy = ahead.days.filter((d) => d.byRule.length);
    expect(busy.length).toBeGreaterThan(5);
    await expect.poll(() => frame.locator('#look-ahead .ahead-day').count()).toBe(busy.length);
    const day = busy[0];
    const rule = day.byRule.find((r) => r.who.length)!;
    const dayLine = frame.locator(`#look-ahead .ahead-day[data-day="${day.day}"]`);
    await dayLine.locator('summary').first().click();
    await dayLine.locator(`.ahead-rule[data-rule="${rule.rule}"] summary`).click();
    await expect
      .poll(() => dayLine.locator(`.ahead-rule[data-rule="${rule.rule}"] li`).first().textContent())
      .toContain(rule.who[0].name);
    await frame.locator('#look-ahead').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'reminders-ahead-en');

    await frame.locator('#preview-rule').selectOption('follow-up');
    await frame.locator('#preview-customer').fill('C10553');
    await frame.locator('#show-preview').click();
    const mail = preview.standIn.run('previewMail', {
      rule: 'follow-up',
      customer: 'C10553',
    }) as MailPreview;
    await expect.poll(() => frame.locator('#mail-subject').textContent()).toBe(mail.subject);
    await expect.poll(() => frame.locator('#mail-text').textContent()).toBe(mail.text);
    const sent = preview.standIn.mail._sent.length;
    await frame.locator('#send-test').click();
    await expect
      .poll(() => frame.locator('#preview-status').textContent())
      .toBe('Test sent to owner@example.com');
    expect(preview.standIn.mail._sent.slice(sent).map((m) => m.subject)).toEqual([
      `[Test] ${mail.subject}`,
    ]);

    await frame.locator('#rule-birthday').uncheck();
    await expect
      .poll(
        () =>
          (preview.standIn.run('reminderState') as ReminderState).rules.find(
            (r) => r.id === 'birthday',
          )!.on,
      )
      .toBe(false);
    await frame.locator('#job-switch').click();
    // It asks first: how many mails go today, and to whom first; nothing is on until answered.
    const today = preview.standIn.run('planToday') as TodayPlan;
    expect(today.toSend).toBeGreaterThan(1);
    await expect
      .poll(() => frame.locator('#job-status .confirm-question').textContent())
      .toMatch(
        new RegExp(
          `^Once on, reminders go every day at \\d+:00\\. Today ${today.toSend} mails go, first to ${today.firstToSend[0]}, `,
        ),
      );
    expect(
      preview.standIn.scriptApp._triggers.filter((t) => t._data.eventType === 'CLOCK'),
    ).toHaveLength(0);
    await screenshot(page, 'reminders-confirm-on-en');
    await frame.locator('#job-status .confirm-yes').click();
    await expect
      .poll(() => frame.locator('#job-state').textContent())
      .toBe('On: every hour SheetCare sends what the rules make due.');
    expect(
      preview.standIn.scriptApp._triggers.filter((t) => t._data.eventType === 'CLOCK'),
    ).toHaveLength(1);
    await expect
      .poll(() => frame.locator('#job-runner').textContent())
      .toMatch(/^Sent from your account since 11\/24\/2026, \d{2}:\d{2}:\d{2}\.$/);
    await expect
      .poll(() => frame.locator('#job-account').textContent())
      .toBe('Your account sends reminders from 1 spreadsheet (at most 10).');

    await frame.locator('#dne-value').fill('c10001@example.com');
    await frame.locator('#dne-add').click();
    await expect.poll(() => frame.locator('#dne-list tr').count()).toBe(1);
    await frame.locator('#plan').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'reminders-en');
  });

  it('shows a second editor whose account sends the reminders, and lets them only turn it off', async () => {
    const frame = page.frameLocator('#sidebar');
    const owner = preview.standIn.env.user;
    preview.standIn.env.user = 'colleague@example.com';
    try {
      // The colleague opens the sidebar in their own browser.
      const theirs = await openSidebar(page, preview, 'Open SheetCare');
      await theirs.locator('#tab-reminders').click();
      await expect
        .poll(() => frame.locator('#job-runner').textContent())
        .toMatch(/^Sent from owner@example\.com's account since /);
      await expect.poll(() => frame.locator('#run-now').isDisabled()).toBe(true);
      expect(await frame.locator('#job-account').count()).toBe(0);
      await frame.locator('#job').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'reminders-second-editor-en');
      await frame.locator('#job-switch').click();
      await expect
        .poll(() => frame.locator('#job-status').textContent())
        .toMatch(/^Turned off\. owner@example\.com's hourly trigger stays/);
      await expect
        .poll(() => frame.locator('#job-state').textContent())
        .toBe('Off: no mail is sent automatically.');
    } finally {
      preview.standIn.env.user = owner;
    }
  });

  it('reports the satisfaction survey on its own panel', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#tab-survey').click();
    const expected = (preview.standIn.run('surveyReport', '') as SurveyReport).index!.toFixed(2);
    await expect.poll(() => frame.locator('#survey-index').textContent()).toBe(expected);
    await expect.poll(() => frame.locator('#survey-years tr').count()).toBe(2);
    await expect.poll(() => frame.locator('#survey-indicators tr[data-letter]').count()).toBe(7);
    await expect.poll(() => frame.locator('#survey-bad').textContent()).toContain('还行吧');
    await screenshot(page, 'survey-en');
  });

  it('writes the Satisfaction and Follow-up sheets, by year and tier, and makes a survey form', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#tab-survey').click();
    await frame.locator('#write-report').click();
    await expect
      .poll(() => frame.locator('#report-sheets').textContent())
      .toBe('Written to "满意度 Satisfaction" and "回访 Follow-up"');
    // The same answers again give the same report: the panel shows what the sheets hold.
    const r = preview.standIn.run('writeSatisfaction', {
      sheetName: '',
      period: 'year',
    }) as SatisfactionReport;
    await expect
      .poll(() => frame.locator('#report-periods tr[data-key]').count())
      .toBe(r.periods.length);
    await expect
      .poll(() => frame.locator('#report-tiers tr[data-key]').count())
      .toBe(r.byTier.length);
    await expect
      .poll(() => frame.locator('#report-tiers tr[data-key=A] td').nth(1).textContent())
      .toBe(r.byTier[0].index!.toFixed(2));
    await expect
      .poll(() => frame.locator('#follow-up-count').textContent())
      .toBe(`Follow-up queue: ${r.followUps} customers`);
    // A customers' answers first.
    await expect
      .poll(() => frame.locator('#follow-up-list tr .tier').first().textContent())
      .toBe('A');
    await frame.locator('#questionnaire-form').click();
    await expect
      .poll(() => frame.locator('#questionnaire-form a').textContent())
      .toBe('Yearly questionnaire');
    expect(preview.standIn.forms._forms.size).toBeGreaterThan(0);
    await frame.locator('#questionnaire-audience').selectOption('A');
    await frame.locator('#send-questionnaire').click();
    // It asks first, with the number the send will plan and the first names.
    const would = preview.standIn.run('questionnaireWouldSend', { audience: 'A' }) as {
      planned: number;
      first: string[];
    };
    await expect
      .poll(() => frame.locator('#forms-status .confirm-question').textContent())
      .toMatch(
        new RegExp(
          `^The questionnaire goes to ${would.planned} customers by mail \\(first ${would.first[0]}, `,
        ),
      );
    await frame.locator('#forms-status .confirm-yes').click();
    await expect
      .poll(() => frame.locator('#forms-status').textContent())
      .toMatch(
        /^\d+ questionnaire mails planned, to go with the next run; \d+ for the contact list, \d+ skipped\.$/,
      );
    await frame
      .locator('#satisfaction-report')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'satisfaction-en');
  });

  it('shows a validation message beside a bad setting and saves nothing', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#tab-settings').click();
    await frame.locator('#set-aShare').fill('150%');
    await frame.locator('#save-settings').click();
    await expect
      .poll(() => frame.locator('#msg-aShare').textContent())
      .toBe('Enter a percentage from 0% to 100%, such as 5%.');
    await expect.poll(() => frame.locator('#set-aShare').getAttribute('aria-invalid')).toBe('true');
    expect(storedValue(preview.standIn, 'sheetcare.settings')).toBeNull();
    await screenshot(page, 'settings-error-en');
  });

  it('changes a setting and sees it applied by the next analysis', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#set-aShare').fill('10%');
    // Lost when the value model's chance falls below 30%, not after 180 days.
    await frame.locator('#set-lostBy').selectOption('chance');
    await frame.locator('#set-lostChance').fill('30%');
    await frame.locator('#save-settings').click();
    await expect.poll(() => frame.locator('#settings-status').textContent()).toMatch(/Saved/);
    await expect.poll(() => frame.locator('#msg-aShare').textContent()).toBe('');
    await screenshot(page, 'settings-en');
    await frame.locator('#tab-customers').click();
    await frame.locator('#analyze').click();
    await frame.locator('#result').waitFor();
    await expect.poll(() => frame.locator('#analyze').isEnabled(), { timeout: 60_000 }).toBe(true);
    const line = (await frame.locator('.kpis span').first().textContent())!;
    const buyers = Number(/\(([\d,]+) paying\)/.exec(line)![1].replace(/,/g, ''));
    const a = tiersOnSheet(preview).A;
    expect(a).toBeGreaterThanOrEqual(Math.ceil(buyers * 0.1));
    expect(a).toBeLessThan(Math.ceil(buyers * 0.1) + 5);
    await expect
      .poll(() => frame.locator('#tiers tr[data-key=A] td').nth(1).textContent())
      .toBe(String(a));
    await expect
      .poll(() => frame.locator('#statuses tr[data-key=lost] .meaning').textContent())
      .toBe('The value model gives them less than 30% chance of buying here still');
    // The model's section from its heading: the tabs stay over the top of the scrolled panel.
    await frame.locator('#model').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      let box = el.parentElement;
      while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
      (box ?? document.scrollingElement!).scrollTop -= 70;
    });
    await screenshot(page, 'value-model-en');
  });

  it('is keyboard usable: arrow keys move between tabs', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#tab-customers').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => frame.locator('#tab-reminders').getAttribute('aria-selected'))
      .toBe('true');
    await expect
      .poll(() => frame.locator('#tab-reminders').evaluate((el) => el === document.activeElement))
      .toBe(true);
    // Left from the first tab wraps round to the last.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => frame.locator('#tab-help').getAttribute('aria-selected')).toBe('true');
    // The narrow Help tab is named for a screen reader.
    await expect.poll(() => frame.locator('#tab-help').getAttribute('aria-label')).toBe('Help');
  });

  it('tells the user why a server action failed', async () => {
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#tab-customers').click();
    preview.standIn.locks._table.held.set('document', 'other');
    try {
      await frame.locator('#analyze').click();
      // Beside the button that failed, not at the top of the panel.
      await expect
        .poll(() => frame.locator('#analyze-status .error-box').textContent())
        .toContain('already running');
    } finally {
      preview.standIn.locks._table.held.delete('document');
    }
  });

  it('refuses a Date as a google.script.run argument, as Apps Script does', async () => {
    const frame = page.frames().find((f) => f.url().includes('/sidebar'))!;
    const message = await frame.evaluate(() => {
      try {
        (
          window as unknown as { google: { script: { run: Record<string, (x: unknown) => void> } } }
        ).google.script.run.showSheet(new Date());
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(message).toBe('Failed due to illegal value in property: 0');
    expect(dialogs).toEqual([]);
  });
});

describe('the sidebar in Chinese', () => {
  it('speaks Chinese for a Chinese user, panel by panel', async () => {
    const browser = await launch();
    const preview = await samplePreview('zh_CN');
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const frame = await openSidebar(page, preview, '打开 SheetCare');
      await expect.poll(() => frame.locator('#tab-customers').textContent()).toBe('客户');
      await expect.poll(() => frame.locator('#analyze').textContent()).toBe('分析客户');
      await screenshot(page, 'customers-zh');
      await frame.locator('#analyze').click();
      await frame.locator('#result').waitFor({ timeout: 60_000 });
      await expect
        .poll(() => frame.locator('#tiers tr[data-key=A] td').first().textContent())
        .toMatch(/^A 关键客户消费金额前 5% 的客户→ 专人负责/);
      await frame.locator('#result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'result-zh');
      await frame.locator('#tab-reminders').click();
      await expect
        .poll(() => frame.locator('#set-up-reminders').textContent())
        .toBe('创建提醒表格');
      await frame.locator('#set-up-shop').fill('暖暖母婴');
      await frame.locator('#set-up-reminders').click();
      await expect.poll(() => frame.locator('#job h2').textContent()).toBe('自动发送');
      await frame.locator('#show-plan').click();
      await expect
        .poll(() => frame.locator('#plan-line').textContent())
        .toMatch(/^2026-11-24：共 \d+ 条$/);
      await expect
        .poll(() => frame.locator('#rule-list tr[data-rule=follow-up] .sub').textContent())
        .toBe('购后回访 · 7天后 · 全部');
      await screenshot(page, 'reminders-zh');
      await frame.locator('#tab-survey').click();
      await expect.poll(() => frame.locator('#survey-gain').textContent()).toMatch(/^最值得改进：/);
      await screenshot(page, 'survey-zh');
      await frame.locator('#write-report').click();
      await expect
        .poll(() => frame.locator('#follow-up-count').textContent())
        .toMatch(/^回访名单：\d+ 位客户$/);
      await expect
        .poll(() => frame.locator('#report-tiers tr[data-key=A] td').first().textContent())
        .toMatch(/^A 关键客户/);
      await frame
        .locator('#satisfaction-report')
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'satisfaction-zh');
      await frame.locator('#tab-settings').click();
      await expect.poll(() => frame.locator('#save-settings').textContent()).toBe('保存设置');
      await screenshot(page, 'settings-zh');
    } finally {
      await browser.close();
      await preview.close();
    }
  });
});

describe('customer text in the sidebar', () => {
  it('renders a name like <img src=x onerror=alert(1)> as text', async () => {
    const browser = await launch();
    const standIn = new StandIn({ locale: 'en_US', userLocale: 'en' });
    const name = '<img src=x onerror=alert(1)>';
    standIn.spreadsheet._load('Orders', [
      ['Customer ID', 'Name', 'Amount', 'Order date'],
      ['C1', name, 10, new Date('2024-01-05T02:00:00Z')],
    ]);
    const preview = await startPreview(standIn);
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const frame = await openSidebar(page, preview, 'Open SheetCare');
      await expect.poll(() => frame.locator('#preview .sub').textContent()).toBe(name);
      await expect.poll(() => frame.locator('img').count()).toBe(0);
      await expect.poll(() => page.locator('#grid img').count()).toBe(0);
      await expect.poll(() => page.locator('#grid').textContent()).toContain(name);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await preview.close();
    }
  });
});
