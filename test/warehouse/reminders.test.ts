/**
 * The reminders from orders kept in BigQuery: the job plans a day from the customers the day
 * could make due, read from the warehouse (not every customer), and plans what it plans from
 * the same orders on a sheet: today's plan, the next 14 days, the run itself. The shop is the
 * sample shop's register on an ordinary sheet (the sample sheet itself is never mailed).
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import type { LastRunInfo, LookAhead, TodayPlan } from '../../src/shared/api';
import { LOG, rowsOf } from '../helpers/reminderShop';

const ROOT = path.join(import.meta.dirname, '..', '..');
const TODAY = '2026-11-23T01:30:00Z';
const TABLE = { project: 'nuannuan-shop', dataset: 'orders', table: 'lines' };
const RULES = ['activity', 'follow-up', 'coupon', 'birthday', 'win-back'];
const opened: StandIn[] = [];
afterAll(async () => {
  for (const s of opened) await s.bigquery._close();
});

async function worlds(rules: readonly string[], storeWeek = true) {
  const env = new Env({ today: TODAY });
  const book = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), { env });
  const values = book._sheets[0].getDataRange().getValues();
  const make = (bq: boolean) => {
    const s = new StandIn({
      today: TODAY,
      locale: 'zh_CN',
      userLocale: 'zh_CN',
      timeZone: 'Asia/Shanghai',
    });
    opened.push(s);
    if (bq) {
      s.spreadsheet._load('笔记', [['我的笔记']]);
      s.bigquery._project(TABLE.project);
      s.bigquery._load(
        `${TABLE.project}.${TABLE.dataset}.${TABLE.table}`,
        values[0].map(String),
        values.slice(1),
        'Asia/Shanghai',
      );
      s.run('useWarehouse', TABLE);
    } else {
      s.spreadsheet._load('订单', values);
    }
    s.run('setUpReminders', { shop: '暖暖母婴' });
    for (const id of rules) s.run('setRuleOn', { id, on: true });
    // A store week in four days: its announcement goes to everyone.
    if (storeWeek)
      s.spreadsheet
        .getSheetByName('店铺活动 Activities')!
        .appendRow([
          '店庆周',
          new Date('2026-11-27T00:00:00+08:00'),
          new Date('2026-12-03T00:00:00+08:00'),
          '全场九折',
          'https://shop.example.com/week',
          '否',
        ]);
    return s;
  };
  return {
    sheet: make(false),
    bq: make(true),
    customers: new Set(values.slice(1).map((r) => r[1])).size,
  };
}

describe('reminders planned from BigQuery', async () => {
  const { sheet, bq } = await worlds(RULES);

  it("plan today as from the sheet: each rule's mails, by hand and skipped, and who", () => {
    const a = sheet.run('planToday') as TodayPlan;
    const b = bq.run('planToday') as TodayPlan;
    expect(b).toEqual(a);
    expect(a.total).toBeGreaterThan(0);
    expect(a.lines.length).toBeGreaterThan(0);
  });

  it('plan the next 14 days as from the sheet, the store week to everyone among them', () => {
    const a = sheet.run('lookAhead') as LookAhead;
    const b = bq.run('lookAhead') as LookAhead;
    expect(b).toEqual(a);
  });

  it('run the day: the same Send log and the same mails', () => {
    const a = sheet.run('runRemindersNow') as LastRunInfo;
    const b = bq.run('runRemindersNow') as LastRunInfo;
    expect(b.sent).toBe(a.sent);
    expect(b.sent).toBeGreaterThan(0);
    const log = (s: StandIn) => rowsOf(s, LOG).map((r) => r.slice(1).map(String));
    expect(log(bq)).toEqual(log(sheet));
    // Each spreadsheet signs its unsubscribe links with a key of its own.
    const unsigned = (body: string) => body.replace(/(entry\.\d+=[^%\s]+)%20[\w-]+/g, '$1 …');
    const mails = (s: StandIn) =>
      s.mail._sent.map((m) => [m.to.join(), m.subject, unsigned(m.body)]);
    expect(mails(bq)).toEqual(mails(sheet));
  });
});

describe('days with no greeting: only the customers they could make due, the same plan', async () => {
  const { sheet, bq, customers } = await worlds(
    ['follow-up', 'coupon', 'birthday', 'win-back'],
    false,
  );

  it('the next 14 days, and the run', () => {
    expect(bq.run('lookAhead')).toEqual(sheet.run('lookAhead'));
    const read = [...bq.bigquery._jobs.values()].at(-1)!.rows.length;
    expect(read).toBeLessThan(customers / 5);
    const a = sheet.run('runRemindersNow') as LastRunInfo;
    const b = bq.run('runRemindersNow') as LastRunInfo;
    expect(b.sent).toBe(a.sent);
    const log = (s: StandIn) => rowsOf(s, LOG).map((r) => r.slice(1).map(String));
    expect(log(bq)).toEqual(log(sheet));
  });
});

describe('only the customers a day could make due come back', async () => {
  it('a follow-up day brings the week-ago buyers, not the shop', async () => {
    const { bq, customers } = await worlds(['follow-up']);
    bq.run('planToday');
    const jobs = [...bq.bigquery._jobs.values()];
    const last = jobs[jobs.length - 1];
    expect(last.rows.length).toBeGreaterThan(0);
    expect(last.rows.length).toBeLessThan(customers / 20);
  });
});
