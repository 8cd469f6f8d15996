/**
 * The stand-in's two worlds for an add-on's clock trigger, its users, scopes and forms: what
 * SheetCare is built against where Google does not say (README, "The stand-in").
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { PROPERTY_QUOTA_MESSAGE } from '../../local/services/properties';

const script = (s: StandIn, source: string) => vm.runInContext(source, s.context);
/** Runs script code as one run of the keyboard user (a menu item's or sidebar's run). */
function inRun(s: StandIn, code: string): unknown {
  script(s, 'function __inRun(code) { return (0, eval)(code); }');
  return s.run('__inRun', code);
}

/** An hourly trigger made from the spreadsheet, whose run notes what it could reach. */
function hourly(s: StandIn): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  s.context.__seen = (x: Record<string, unknown>) => seen.push(x);
  script(
    s,
    `function tick() {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      __seen({
        active: ss === null ? null : ss.getId(),
        props: PropertiesService.getDocumentProperties() === null ? null : 'document',
        lock: LockService.getDocumentLock() === null ? null : 'document',
        opened: SpreadsheetApp.openById('stand-in-spreadsheet').getName(),
        user: Session.getEffectiveUser().getEmail(),
      });
    }`,
  );
  inRun(s, `ScriptApp.newTrigger('tick').timeBased().everyHours(1).create()`);
  s.advance({ hours: 1 });
  return seen;
}

describe('an add-on’s clock trigger', () => {
  it('runs with no active spreadsheet, document properties or lock by default, and opens it by ID', () => {
    const s = new StandIn({ email: 'shop@example.com' });
    expect(hourly(s)).toEqual([
      { active: null, props: null, lock: null, opened: 'Sample shop', user: 'shop@example.com' },
    ]);
  });

  it('runs with the document in the other world', () => {
    const s = new StandIn({ clockDocument: true });
    expect(hourly(s)[0]).toMatchObject({
      active: 'stand-in-spreadsheet',
      props: 'document',
      lock: 'document',
    });
  });

  it('opens by ID only with the spreadsheets scope, granted', () => {
    const s = new StandIn({
      grantedScopes: ['spreadsheets.currentonly', 'script.scriptapp', 'userinfo.email'],
    });
    hourly(s);
    const [run] = s.env.executions.filter((e) => e.handler === 'tick');
    expect(run.status).toBe('failed');
    expect(run.error).toContain('https://www.googleapis.com/auth/spreadsheets');
    const info = inRun(
      s,
      `const i = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL,
         ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/script.send_mail']);
       [i.getAuthorizationStatus(), i.getAuthorizedScopes().length]`,
    );
    expect(info).toEqual(['REQUIRED', 3]);
  });
});

describe('users', () => {
  it('each see and remove only their own triggers, and have their own properties and lock', () => {
    const s = new StandIn();
    inRun(s, `ScriptApp.newTrigger('tick').timeBased().everyHours(1).create()`);
    s.as('second@example.com', () => {
      expect(inRun(s, 'ScriptApp.getProjectTriggers().length')).toBe(0);
      expect(inRun(s, 'ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).length')).toBe(0);
      inRun(s, `PropertiesService.getUserProperties().setProperty('me', 'second')`);
    });
    expect(inRun(s, 'ScriptApp.getProjectTriggers().length')).toBe(1);
    expect(inRun(s, `PropertiesService.getUserProperties().getProperty('me')`)).toBeNull();
    expect(s.properties._user('second@example.com').getProperty('me')).toBe('second');
  });

  it('may not watch another spreadsheet from an add-on', () => {
    const s = new StandIn();
    expect(() =>
      inRun(s, `ScriptApp.newTrigger('f').forSpreadsheet('another-id').onFormSubmit().create()`),
    ).toThrow(/document it is running in/);
  });
});

describe('forms and quotas', () => {
  it('separates accepting answers from publishing, and keeps a Workspace form to its domain', () => {
    const s = new StandIn({ account: 'workspace' });
    const id = script(s, `FormApp.create('F').getId()`) as string;
    const form = s.forms.openById(id);
    form.addTextItem().setTitle('Q');
    form.setDestination('SPREADSHEET', 'stand-in-spreadsheet');
    form.setPublished(true);
    form.setAcceptingResponses(false);
    expect(() => s.submitForm(id, { Q: 'x' })).toThrow(/not accepting/);
    form.setAcceptingResponses(true);
    expect(form.requiresLogin()).toBe(true);
    expect(() => s.submitForm(id, { Q: 'x' })).toThrow(/organisation/);
    expect(s.submitForm(id, { Q: 'x' }, { outsider: false })).toEqual([]);
    form.setRequireLogin(false);
    expect(() => s.submitForm(id, { Q: 'y' })).not.toThrow();
    // A consumer account has no such setting.
    const c = new StandIn({ account: 'consumer' });
    expect(() => c.forms.create('G').setRequireLogin(false)).toThrow(/Workspace/);
  });

  it('adds a late responses sheet after the run, named by the form’s URL', () => {
    const s = new StandIn({ lateFormSheets: true });
    const before = s.spreadsheet._sheets.length;
    const during = inRun(
      s,
      `const f = FormApp.create('F'); f.setDestination(FormApp.DestinationType.SPREADSHEET, 'stand-in-spreadsheet');
       [SpreadsheetApp.getActive().getSheets().length, f.getId()]`,
    ) as [number, string];
    expect(during[0]).toBe(before);
    const added = s.spreadsheet._sheets.at(-1)!;
    expect(s.spreadsheet._sheets).toHaveLength(before + 1);
    expect(added.getFormUrl()).toContain(`/d/${during[1]}/`);
  });

  it('counts 50,000 property calls a day on a consumer account', () => {
    const s = new StandIn();
    s.properties._quota.limit = 3;
    inRun(
      s,
      `const p = PropertiesService.getUserProperties(); p.setProperty('a', '1'); p.getProperty('a'); p.getKeys()`,
    );
    expect(() => inRun(s, `PropertiesService.getUserProperties().getProperty('a')`)).toThrow(
      PROPERTY_QUOTA_MESSAGE,
    );
    s.env.setNow(s.env.now() + 86_400_001);
    expect(inRun(s, `PropertiesService.getUserProperties().getProperty('a')`)).toBe('1');
  });

  it('charges a send and a form’s creation more than a read', () => {
    const s = new StandIn();
    const cost = (code: string) => {
      const t = s.env.now();
      inRun(s, code);
      return s.env.now() - t;
    };
    const read = cost(`SpreadsheetApp.getActive().getName()`);
    const form = cost(`FormApp.create('F')`);
    expect(form).toBeGreaterThan(read * 10);
  });
});
