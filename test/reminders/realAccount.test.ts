/**
 * The reminder job on a real account, as far as the stand-in can show it: clock runs with no
 * active spreadsheet (the default world) or with it, a second editor, a copy of the file,
 * scopes the user did not grant, and failures that must be seen.
 */
import { describe, expect, it } from 'vitest';
import type { StandIn } from '../../local/runner';
import type { LastRunInfo, ReminderState } from '../../src/shared/api';
import { LOG, rowsOf, sentTo, sheet, shop, statuses } from '../helpers/reminderShop';
import { storedValue } from '../helpers/standIn';

const OWNER = 'owner@example.com';
const SECOND = 'second@example.com';
const SCOPE = 'https://www.googleapis.com/auth/';
const state = (s: StandIn) => s.run('reminderState') as ReminderState;
const clocks = (s: StandIn) => s.scriptApp._triggers.filter((t) => t._data.eventType === 'CLOCK');
const failedMails = (s: StandIn) => s.mail._sent.filter((m) => m.to.includes(OWNER));

/** Three days of the hourly job from Friday 15 March, 00:00 in Shanghai. */
function threeDays(clockDocument: boolean): StandIn {
  const s = shop('2024-03-14T16:00:00Z');
  s.clockDocument = clockDocument;
  s.run('switchReminderJob', true);
  s.advance({ days: 3 });
  return s;
}

describe('the hourly job without an open spreadsheet', () => {
  it('sends the same mails, once each, as with the document', () => {
    const without = threeDays(false);
    const withDoc = threeDays(true);
    const mails = (s: StandIn) => s.mail._sent.map((m) => `${m.to.join(',')} ${m.subject}`).sort();
    expect(mails(without)).toEqual(mails(withDoc));
    // The follow-ups and the birthday of reminderJob.test.ts: three mails, none twice.
    expect(sentTo(without).sort()).toEqual([
      'amy@example.com',
      'bo@example.com',
      'eve@example.com',
    ]);
    expect([...statuses(without)]).toEqual([...statuses(withDoc)]);
    expect(rowsOf(without, LOG)).toHaveLength(rowsOf(withDoc, LOG).length);
    // The runs had no document: nothing they did reached for one.
    expect(without.consoleErrors).toEqual([]);
    const last = state(without).lastRun as LastRunInfo;
    expect(last.error).toBeUndefined();
    expect(Date.parse(last.at)).toBeGreaterThan(Date.parse('2024-03-17T00:00:00Z'));
  });

  it('opens the spreadsheet by its ID only with the spreadsheets scope, and says so when it lacks it', () => {
    // The user granted everything but `spreadsheets` (granular consent).
    const s = shop('2024-03-14T16:00:00Z');
    s.run('switchReminderJob', true);
    s.env.granted = new Set([...s.env.manifestScopes].filter((x) => x !== 'spreadsheets'));
    const panel = state(s);
    expect(panel.missingScopes).toEqual(['在表格未打开时打开它']);
    s.advance({ hours: 10 });
    expect(sentTo(s).filter((a) => a !== OWNER)).toEqual([]);
    // In the panel at once, what to allow (said once, not twice), and that the trigger does
    // run; in the execution log every hour.
    const failing = state(s);
    expect(failing.missingScopes).toEqual(['在表格未打开时打开它']);
    expect(failing.runFailure).toBeNull();
    expect(failing.stalledSince).toBeNull();
    expect(s.consoleErrors.length).toBeGreaterThanOrEqual(10);
    expect(s.consoleErrors[0].line).toContain('spreadsheets');
    // The third failure in a row is mailed to the user who runs the job, once that day.
    const told = failedMails(s);
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('三次');
    expect(told[0].body).toContain(
      'https://docs.google.com/spreadsheets/d/stand-in-spreadsheet/edit',
    );
    // Granted again: the next run sends what waited, and the failure count starts over.
    s.env.granted = undefined;
    s.advance({ hours: 1 });
    expect(
      sentTo(s)
        .filter((a) => a !== OWNER)
        .sort(),
    ).toEqual(['amy@example.com', 'bo@example.com', 'eve@example.com']);
    expect(state(s).lastRun!.error).toBeUndefined();
    expect(state(s).runFailure).toBeNull();
  });

  it('mails each kind of failure once a day, and a spreadsheet that is gone stops no other', () => {
    const s = shop('2024-03-14T16:00:00Z');
    s.run('switchReminderJob', true);
    // The account also ran reminders in a spreadsheet since deleted, and the team broke a rule
    // here: every run fails twice over, in two ways.
    const jobs = s.properties._user(OWNER);
    const list = JSON.parse(jobs.getProperty('sheetcare.jobs')!) as Record<string, unknown>;
    jobs.setProperty(
      'sheetcare.jobs',
      JSON.stringify({ ...list, 'deleted-shop': { name: '旧店铺', since: 0 } }),
    );
    sheet(s, '提醒规则 Reminder rules').getRange('J7').setValue('{{name}}，您好！{{coupon}}');
    s.advance({ hours: 20 });
    const told = failedMails(s);
    expect(told).toHaveLength(2);
    expect(told.map((m) => m.body.includes('旧店铺')).sort()).toEqual([false, true]);
    expect(told.find((m) => m.body.includes('旧店铺'))!.body).toContain('deleted-shop');
    expect(told.find((m) => !m.body.includes('旧店铺'))!.body).toContain('J7');
    // Every failed run is in the execution log, each spreadsheet's on its own line.
    expect(s.consoleErrors.filter((e) => e.line.includes('旧店铺')).length).toBe(20);
    // The rule fixed, this spreadsheet sends; the deleted one is told of again the next day.
    sheet(s, '提醒规则 Reminder rules').getRange('J7').setValue('{{name}}，您好！');
    s.advance({ hours: 24 });
    expect(sentTo(s).filter((a) => a !== OWNER).length).toBeGreaterThan(0);
    expect(failedMails(s)).toHaveLength(3);
    expect(state(s).lastRun!.error).toBeUndefined();
    // A week on, the spreadsheet that never opens is let go: no more tries, no more mails.
    s.advance({ days: 7 });
    const left = JSON.parse(jobs.getProperty('sheetcare.jobs')!) as Record<string, unknown>;
    expect(Object.keys(left)).toEqual(['stand-in-spreadsheet']);
    const aboutIt = failedMails(s).filter((m) => m.body.includes('旧店铺')).length;
    expect(aboutIt).toBeLessThanOrEqual(9);
    s.advance({ days: 2 });
    expect(failedMails(s).filter((m) => m.body.includes('旧店铺'))).toHaveLength(aboutIt);
  });
});

describe('one job per spreadsheet, whoever turns it on', () => {
  it('shows a second editor who runs it, refuses them a second job, and lets them turn it off', () => {
    const s = shop('2024-03-14T16:00:00Z');
    const on = s.run('switchReminderJob', true) as ReminderState;
    expect(on.runner).toMatchObject({ by: OWNER, me: true });
    expect(on.account).toEqual({ count: 1, limit: 10 });
    s.advance({ hours: 2 });
    const seen = s.as(SECOND, () => state(s));
    expect(seen.jobOn).toBe(true);
    expect(seen.runner).toMatchObject({ by: OWNER, me: false });
    expect(seen.account.count).toBe(0);
    // The second editor cannot start another job, nor send from their account now.
    expect(() => s.as(SECOND, () => s.run('switchReminderJob', true))).toThrow(
      /owner@example\.com/,
    );
    expect(() => s.as(SECOND, () => s.run('runRemindersNow'))).toThrow(/owner@example\.com/);
    expect(s.as(SECOND, () => s.scriptApp.getProjectTriggers())).toHaveLength(0);
    // They turn it off: the owner's trigger stays until its next run, which stops and goes.
    const off = s.as(SECOND, () => s.run('switchReminderJob', false) as ReminderState);
    expect(off.jobOn).toBe(false);
    expect(clocks(s)).toHaveLength(1);
    const before = s.mail._sent.length;
    s.advance({ days: 2 });
    expect(clocks(s)).toHaveLength(0);
    expect(s.mail._sent).toHaveLength(before);
    expect(s.properties._user(OWNER).getProperty('sheetcare.jobs')).toBeNull();
  });

  it('keeps the owner’s run and a second editor’s panel apart when the run has no document lock', () => {
    const s = shop('2024-03-15T01:30:00Z');
    s.run('switchReminderJob', true);
    let refused: unknown;
    // Mid-run, the second editor switches a rule off from the panel.
    s.env.atCall(60, () => {
      try {
        s.as(SECOND, () => s.run('setRuleOn', { id: 'birthday', on: false }));
      } catch (e) {
        refused = e;
      }
    });
    s.advance({ hours: 1 });
    expect(String(refused)).toMatch(/提醒任务正在运行/);
    // Afterwards the panel is theirs again.
    s.as(SECOND, () => s.run('setRuleOn', { id: 'birthday', on: false }));
  });

  it('installs one trigger per account however often it is switched on', () => {
    const s = shop('2024-03-14T16:00:00Z');
    for (let i = 0; i < 3; i++) s.run('switchReminderJob', true);
    expect(clocks(s)).toHaveLength(1);
    expect(JSON.parse(s.properties._user(OWNER).getProperty('sheetcare.jobs')!)).toHaveProperty(
      'stand-in-spreadsheet',
    );
    s.run('switchReminderJob', false);
    expect(clocks(s)).toHaveLength(0);
  });
});

describe('granular consent', () => {
  it('asks for what setting reminders up needs before it makes anything', () => {
    const s = shop('2024-03-14T16:00:00Z', []);
    const sheets = s.spreadsheet._sheets.length;
    s.env.granted = new Set([...s.env.manifestScopes].filter((x) => x !== 'forms'));
    // A fresh spreadsheet: set up again from nothing.
    const fresh = new (s.constructor as typeof StandIn)({ grantedScopes: [...s.env.granted] });
    fresh.spreadsheet._load('订单', [['客户ID', '成交金额', '成交时间']]);
    expect(() => fresh.run('setUpReminders', { shop: '暖暖母婴' })).toThrow(`${SCOPE}forms`);
    expect(fresh.spreadsheet._sheets).toHaveLength(1);
    expect(fresh.forms._forms.size).toBe(0);
    // Turning the job on asks for every scope the hourly run needs.
    expect(() => s.run('switchReminderJob', true)).toThrow(`${SCOPE}forms`);
    expect(clocks(s)).toHaveLength(0);
    expect(s.spreadsheet._sheets).toHaveLength(sheets);
  });
});

describe('a copy of the spreadsheet', () => {
  it('does not run, link or file answers as the original does', () => {
    const s = shop('2024-03-15T01:30:00Z');
    s.run('switchReminderJob', true);
    s.advance({ hours: 1 });
    const formBefore = JSON.parse(storedValue(s, 'sheetcare.reminderJob')!).form.formId as string;
    const secretBefore = storedValue(s, 'sheetcare.unsubscribeKey');
    // File → Make a copy: the same sheets and metadata under a new ID.
    (s.spreadsheet as unknown as { _id: string })._id = 'copy-of-the-shop';
    const copy = state(s);
    expect(copy.jobOn).toBe(false);
    expect(copy.runner).toBeNull();
    expect(storedValue(s, 'sheetcare.unsubscribeKey')).toBeNull();
    s.run('setUpReminders', { shop: '暖暖母婴' });
    const formAfter = JSON.parse(storedValue(s, 'sheetcare.reminderJob')!).form.formId as string;
    expect(formAfter).not.toBe(formBefore);
    s.run('runRemindersNow');
    expect(storedValue(s, 'sheetcare.unsubscribeKey')).not.toBe(secretBefore);
  });
});
