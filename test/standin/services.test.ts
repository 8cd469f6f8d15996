import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from '../../local/services/properties';
import { TRIGGER_LIMIT } from '../../local/services/scriptApp';
import { inScript } from '../helpers/standIn';

describe('stand-in services', () => {
  it('MailApp sends in both forms and stops at the consumer quota of 100 recipients a day', () => {
    const s = new StandIn({ today: '2026-03-01T02:00:00Z' });
    expect(s.mail.getRemainingDailyQuota()).toBe(100);
    s.mail.sendEmail('a@example.com', 'Hi', 'Body');
    s.mail.sendEmail({ to: 'b@example.com,c@example.com', subject: 'Hi', body: 'x', name: 'Shop' });
    expect(s.mail.getRemainingDailyQuota()).toBe(97);
    for (let i = 0; i < 97; i++) s.mail.sendEmail(`u${i}@example.com`, 'Hi', 'x');
    expect(() => s.mail.sendEmail('late@example.com', 'Hi', 'x')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(s.mail._sent).toHaveLength(99);
    // A recipient frees up 24 hours after the send that used it, not at midnight.
    s.env.setNow('2026-03-02T01:59:00Z');
    expect(s.mail.getRemainingDailyQuota()).toBe(0);
    s.env.setNow('2026-03-02T02:01:00Z');
    expect(s.mail.getRemainingDailyQuota()).toBe(100);
  });

  it('MailApp quota is configurable and invalid addresses are refused', () => {
    const s = new StandIn({ mailQuota: 1500 });
    expect(s.mail.getRemainingDailyQuota()).toBe(1500);
    expect(() => s.mail.sendEmail('not-an-address', 'Hi', 'x')).toThrow('Invalid email');
  });

  it('PropertiesService holds the 9 KB value and 500 KB store limits', () => {
    const s = new StandIn();
    const p = s.properties._document;
    p.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    expect(() => p.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow(
      'Argument too large',
    );
    expect(p.getProperty('big')).toBeNull();
    const many: Record<string, string> = {};
    for (let i = 0; i < PROPERTY_STORE_LIMIT / 8000 + 1; i++) many[`k${i}`] = 'x'.repeat(8000);
    expect(() => p.setProperties(many)).toThrow('property storage quota');
    expect(p.getKeys()).toEqual(['ok']);
    expect(s.properties.getUserProperties().getProperty('ok')).toBeNull();
  });

  it('LockService: a lock held by another execution makes tryLock fail and waitLock throw', () => {
    const s = new StandIn();
    s.locks._table.held.set('script', 'other');
    const lock = s.locks.getScriptLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout');
    s.locks._table.held.delete('script');
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('CacheService forgets entries when they expire on the simulated clock', () => {
    const s = new StandIn({ today: '2026-01-01T00:00:00Z' });
    const c = s.cache.getScriptCache();
    c.put('k', 'v', 60);
    expect(c.get('k')).toBe('v');
    s.env.setNow('2026-01-01T00:02:00Z');
    expect(c.get('k')).toBeNull();
  });

  it('ScriptApp builds triggers, lists and deletes them, and stops at 20', () => {
    // Outside an add-on: an add-on may not have two clock triggers at all.
    const s = new StandIn({ addOn: false });
    const created = inScript(
      s,
      `ScriptApp.newTrigger('dailyReminders').timeBased().everyDays(1).atHour(9).create().getUniqueId()`,
    );
    expect(s.scriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'dailyReminders',
    ]);
    for (let i = 1; i < TRIGGER_LIMIT; i++)
      s.scriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => s.scriptApp.newTrigger('one-more').timeBased().everyDays(1).create()).toThrow(
      'too many triggers',
    );
    s.scriptApp.deleteTrigger(
      s.scriptApp.getProjectTriggers().find((t) => t.getUniqueId() === created)!,
    );
    expect(s.scriptApp.getProjectTriggers()).toHaveLength(TRIGGER_LIMIT - 1);
  });

  it('HtmlService serves the built sidebar file', () => {
    const s = new StandIn();
    const html = s.context.HtmlService.createHtmlOutputFromFile('Sidebar');
    expect(html.getContent()).toContain('<main id="app"');
    expect(() => s.context.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope',
    );
  });

  it('Utilities.formatDate applies Java patterns in the given zone', () => {
    const s = new StandIn();
    const d = new Date('2024-03-10T16:05:09Z');
    const f = (tz: string, p: string) => s.context.Utilities.formatDate(d, tz, p);
    expect(f('Asia/Shanghai', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-03-11 00:05:09');
    expect(f('America/New_York', "EEE, d MMM yyyy h:mm a 'ET' Z")).toBe(
      'Sun, 10 Mar 2024 12:05 PM ET -0400',
    );
    expect(f('UTC', "yyyy年M月d日 EEEE h 'o''clock'")).toBe("2024年3月10日 Sunday 4 o'clock");
  });

  it('Session reports the script zone, the user locale and the user', () => {
    const s = new StandIn({ userLocale: 'en', email: 'lead@shop.example' });
    expect(
      inScript(
        s,
        `[Session.getScriptTimeZone(), Session.getActiveUserLocale(), Session.getActiveUser().getEmail()]`,
      ),
    ).toEqual(['Asia/Shanghai', 'en', 'lead@shop.example']);
  });
});

describe('stand-in clock and limits', () => {
  it('gives the script the simulated "now"', () => {
    const s = new StandIn({ today: '2030-06-01T08:00:00Z' });
    const now = inScript(s, 'new Date().getTime()') as number;
    expect(Math.abs(now - Date.parse('2030-06-01T08:00:00Z'))).toBeLessThan(60_000);
  });

  it('ends a run after 6 minutes: every later service call fails', () => {
    const s = new StandIn({ callCostMs: 1000 });
    s.spreadsheet.insertSheet('S');
    s.context.loop = () => {
      for (let i = 0; i < 1000; i++) s.context.SpreadsheetApp.getActiveSpreadsheet();
    };
    s.env.startRun('full');
    try {
      expect(() => s.context.loop()).toThrow('Exceeded maximum execution time');
      // 360 calls of a simulated second each fit in 6 minutes; the next one fails.
      expect(s.env.counts.get('SpreadsheetApp.getActiveSpreadsheet')).toBe(361);
    } finally {
      s.env.endRun();
    }
  });

  it('gives a custom function 30 seconds and only the calls a formula may make', () => {
    const s = new StandIn({ callCostMs: 100 });
    s.context.slow = () => {
      for (let i = 0; i < 1000; i++) s.context.Session.getScriptTimeZone();
    };
    s.context.mailer = () => s.context.MailApp.sendEmail('a@example.com', 'x', 'y');
    expect(() => s.formula('slow')).toThrow('Exceeded maximum execution time');
    expect(() => s.formula('mailer')).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(s.mail._sent).toHaveLength(0);
  });

  it('runs simple triggers with limited authorization: the sheet cannot be read', () => {
    const s = new StandIn();
    s.context.peek = () => s.context.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => s.simpleTrigger('peek')).toThrow('You do not have permission');
  });
});
