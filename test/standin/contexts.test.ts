/**
 * The stand-in runs a script function in each context Apps Script has, with that context's
 * rules and event object. Script code here is plain functions put into the script's realm,
 * as Code.js's own would be.
 */
import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { StandIn } from '../../local/runner';

/** Defines a function in the script's realm, where Date is the script's. */
const script = (s: StandIn, source: string) => vm.runInContext(source, s.context);

const standIn = (options: ConstructorParameters<typeof StandIn>[0] = {}) => {
  const s = new StandIn(options);
  s.spreadsheet._load('Orders', [
    ['Customer', 'Amount'],
    ['a', 10],
    ['', 20],
  ]);
  return s;
};

describe('custom functions', () => {
  it('get a single cell as a bare value, a range as a 2-D array, blanks as ""', () => {
    const s = standIn();
    s.context.SHAPE = (one: unknown, many: unknown) => [
      [typeof one, Array.isArray(many) ? JSON.stringify(many) : 'not an array'],
    ];
    expect(s.formulaOn('SHAPE', { range: 'Orders!B2' }, { range: 'Orders!A2:B3' })).toEqual([
      ['number', '[["a",10],["",20]]'],
    ]);
  });

  it('refuse a result that is not a value or a rectangular array of values', () => {
    const s = standIn();
    s.context.RAGGED = () => [[1, 2], [3]];
    s.context.FLAT = () => [1, 2];
    s.context.OBJECT = () => ({ a: 1 });
    s.context.OK = () => [
      [1, 'x'],
      [true, new Date(0)],
    ];
    for (const name of ['RAGGED', 'FLAT', 'OBJECT']) {
      expect(() => s.formula(name), name).toThrow('not a value or a rectangular array');
    }
    expect(s.formula('OK')).toHaveLength(2);
    expect(s.formula('OK')).not.toBeNull();
  });

  it('read the spreadsheet but may not write it, nor reach the UI', () => {
    const s = standIn();
    s.context.READ = () =>
      s.context.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B2').getValue();
    expect(s.formula('READ')).toBe(10);
    s.context.UI = () => s.context.SpreadsheetApp.getUi();
    expect(() => s.formula('UI')).toThrow(
      'You do not have permission to call SpreadsheetApp.getUi',
    );
    s.context.WRITE = () =>
      s.context.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue(1);
    expect(() => s.formula('WRITE')).toThrow('You do not have permission to call');
    expect(s.spreadsheet._sheets[0]._rows[0][0]).toBe('Customer');
  });
});

describe('simple triggers', () => {
  it('in AuthMode.NONE build menus but read nothing; in LIMITED also read the document', () => {
    const s = standIn();
    s.context.onOpen = (e: { source: { getSheets(): { getName(): string }[] } }) =>
      e.source.getSheets()[0].getName();
    expect(() => s.simpleTrigger('onOpen', { authMode: 'NONE' })).toThrow(
      'before the add-on is authorized',
    );
    expect(s.simpleTrigger('onOpen', { authMode: 'LIMITED' })).toBe('Orders');
    s.context.mailer = () => s.context.MailApp.getRemainingDailyQuota();
    expect(() => s.simpleTrigger('mailer', { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota',
    );
  });
});

describe('the script’s time zone', () => {
  it('puts local-time Date methods in the manifest’s zone, not the machine’s', () => {
    // The manifest says Asia/Shanghai (UTC+8); the machine that runs the tests may be UTC.
    const s = standIn({ today: '2026-01-01T20:30:00Z' });
    script(
      s,
      `function local() {
        const d = new Date(2024, 0, 1);
        const now = new Date();
        return [d.toISOString(), d.getHours(), now.getDate(), now.getHours(), now.getTimezoneOffset()];
      }`,
    );
    expect(s.run('local')).toEqual(['2023-12-31T16:00:00.000Z', 0, 2, 4, -480]);
  });

  it('follows another zone when the project has one, and keeps the spreadsheet’s apart', () => {
    const s = standIn({ today: '2026-07-01T12:00:00Z', scriptTimeZone: 'America/New_York' });
    script(
      s,
      `function local() {
        const d = new Date('2026-07-01T09:15:00');
        d.setDate(d.getDate() + 1);
        return [
          d.toISOString(),
          new Date().toString(),
          SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
          Session.getScriptTimeZone(),
        ];
      }`,
    );
    expect(s.run('local')).toEqual([
      // 09:15 New York summer time is 13:15Z.
      '2026-07-02T13:15:00.000Z',
      expect.stringMatching(/^Wed Jul 01 2026 08:00:0\d GMT-0400 \(Eastern Daylight Time\)$/),
      'Asia/Shanghai',
      'America/New_York',
    ]);
  });
});

describe('hard limits', () => {
  it('kills a run past 6 minutes even when the script catches the error', () => {
    const s = standIn({ callCostMs: 1000 });
    s.context.stubborn = () => {
      for (let i = 0; i < 1000; i++) {
        try {
          s.context.PropertiesService.getDocumentProperties().setProperty('i', String(i));
        } catch {
          // A script that swallows everything still stops in Apps Script.
        }
      }
      return 'finished';
    };
    expect(() => s.run('stubborn')).toThrow('Exceeded maximum execution time');
    expect(s.env.executions.at(-1)).toMatchObject({ handler: 'stubborn', status: 'killed' });
    // Writes made before the kill stay; none after it.
    const last = Number(s.properties._document.getProperty('i'));
    expect(last).toBeGreaterThan(150);
    expect(last).toBeLessThan(360);
  });

  it('kills a run at its nth service call of any kind, keeping what was written before', () => {
    const s = standIn();
    s.context.job = () => {
      const p = s.context.PropertiesService.getDocumentProperties(); // call 1
      p.setProperty('a', '1'); // 2
      s.context.LockService.getScriptLock().tryLock(10); // 3, 4
      p.setProperty('b', '2'); // 5
      s.context.MailApp.sendEmail('x@example.com', 'S', 'B'); // 6
    };
    s.env.killAtCall(5);
    expect(() => s.run('job')).toThrow('killed by the stand-in at service call 5');
    const props = s.properties._document;
    expect([props.getProperty('a'), props.getProperty('b'), s.mail._sent.length]).toEqual([
      '1',
      null,
      0,
    ]);
    // The lock the killed run held is free again.
    expect(s.locks.getScriptLock().tryLock(0)).toBe(true);
    // The hook is spent: the next run goes through.
    s.run('job');
    expect(s.mail._sent).toHaveLength(1);
  });
});

describe('LockService', () => {
  it('makes an overlapping run wait its timeout and throw, then frees the lock at the end', () => {
    const s = standIn({ today: '2026-01-01T00:00:00Z' });
    s.context.trigger = () => {
      const lock = s.context.LockService.getDocumentLock();
      lock.waitLock(30_000);
      s.context.PropertiesService.getDocumentProperties().setProperty('busy', 'yes');
    };
    script(
      s,
      `function sidebar() {
        const lock = LockService.getDocumentLock();
        const t0 = Date.now();
        const got = lock.tryLock(5000);
        const waited = Date.now() - t0;
        try {
          lock.waitLock(10000);
          return 'locked';
        } catch (e) {
          return [got, waited >= 5000, e.message];
        }
      }`,
    );
    let during: unknown;
    // The sidebar call arrives while the trigger holds the lock (its 3rd service call).
    s.env.atCall(3, () => (during = s.run('sidebar')));
    s.run('trigger');
    expect(during).toEqual([
      false,
      true,
      'Lock timeout: another process was holding the lock for too long.',
    ]);
    expect(s.run('sidebar')).toBe('locked');
  });

  it('has no document lock outside a containing document', () => {
    const s = standIn();
    s.context.which = () => s.context.LockService.getDocumentLock();
    expect(s.runStandalone('which')).toBeNull();
    expect(s.run('which')).not.toBeNull();
  });
});

describe('bundled cell writes', () => {
  /** Writes B2, then does one more thing, in a run killed at its third call when asked. */
  const writeThen = (then: string, killAt?: number) => {
    const s = standIn();
    script(
      s,
      `function writeThen() {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
        sheet.getRange('B2').setValue(99);
        ${then}
      }`,
    );
    if (killAt) s.env.killAtCall(killAt);
    try {
      s.run('writeThen');
    } catch {
      // killed
    }
    return s.spreadsheet._sheets[0].getRange('B2').getValue();
  };

  it('apply at the run’s end, at its next spreadsheet call, or at flush()', () => {
    expect(writeThen('')).toBe(99);
    expect(writeThen('MailApp.getRemainingDailyQuota();')).toBe(99);
  });

  it('are lost when the run is killed before any of those', () => {
    // Calls: getActiveSpreadsheet, getSheets, getRange, setValue, a quota read, then the kill.
    expect(
      writeThen('MailApp.getRemainingDailyQuota(); MailApp.getRemainingDailyQuota();', 6),
    ).toBe(10);
    expect(
      writeThen(
        'SpreadsheetApp.flush(); MailApp.getRemainingDailyQuota(); MailApp.getRemainingDailyQuota();',
        7,
      ),
    ).toBe(99);
    expect(writeThen('sheet.getLastRow(); MailApp.getRemainingDailyQuota();', 7)).toBe(99);
  });
});
