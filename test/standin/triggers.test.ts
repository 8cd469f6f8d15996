/** Installable triggers that fire on the simulated clock, with the rules for editor add-ons. */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StandIn, TRIGGER_RUNTIME_MESSAGE } from '../../local/runner';

const script = (s: StandIn, source: string) => vm.runInContext(source, s.context);

/** A handler that logs the event it was given and when it ran. */
function withLog(s: StandIn): { at: string; event: Record<string, unknown> }[] {
  const log: { at: string; event: Record<string, unknown> }[] = [];
  s.context.__log = (e: Record<string, unknown>) =>
    log.push({ at: new Date(s.env.now()).toISOString(), event: e });
  script(s, 'function daily(e) { __log(JSON.parse(JSON.stringify(e))); }');
  return log;
}

describe('clock triggers', () => {
  it('fire everyDays(1).atHour(9) once a day at one minute of 9 o’clock in the script’s zone', () => {
    const s = new StandIn({ today: '2026-03-01T00:00:00Z', seed: 7 });
    const log = withLog(s);
    script(s, `ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(9).create()`);
    const runs = s.advance({ days: 3 });
    expect(runs.map((r) => r.status)).toEqual(['completed', 'completed', 'completed']);
    // 9 o'clock in Shanghai is 01:00Z; the minute is drawn once and kept.
    const times = log.map((l) => l.at.slice(0, 16));
    expect(times.every((t) => t.slice(11, 13) === '01')).toBe(true);
    expect(new Set(times.map((t) => t.slice(14))).size).toBe(1);
    expect(times.map((t) => t.slice(0, 10))).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('hands the time-driven event object: the firing time in UTC fields, and the trigger’s id', () => {
    const s = new StandIn({ today: '2026-03-01T00:00:00Z', seed: 7 });
    const log = withLog(s);
    const uid = script(
      s,
      `ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(9).create().getUniqueId()`,
    );
    s.advance({ hours: 2 });
    const { at, event } = log[0];
    const d = new Date(at);
    expect(event).toEqual({
      authMode: 'FULL',
      triggerUid: uid,
      year: 2026,
      month: 3,
      'day-of-month': 1,
      'day-of-week': 7,
      'week-of-year': 10,
      hour: 1,
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      timezone: 'UTC',
    });
  });

  it('follow inTimezone and nearMinute (±15 minutes), and everyHours', () => {
    const s = new StandIn({ today: '2026-03-01T00:00:00Z', seed: 3, addOn: false });
    const log = withLog(s);
    script(
      s,
      `ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(9).nearMinute(30)
        .inTimezone('Europe/London').create()`,
    );
    s.advance({ days: 1 });
    expect(log).toHaveLength(1);
    const at = new Date(log[0].at);
    expect(at.getUTCHours()).toBe(9);
    expect(Math.abs(at.getUTCMinutes() - 30)).toBeLessThanOrEqual(15);
    script(s, `ScriptApp.newTrigger('daily').timeBased().everyHours(6).create()`);
    log.length = 0;
    s.advance({ hours: 24 });
    // Four six-hourly runs and one daily run in the next 24 hours.
    expect(log).toHaveLength(5);
  });

  it('keep an add-on to one trigger of each type, and to hourly at most', () => {
    const s = new StandIn();
    script(s, `ScriptApp.newTrigger('daily').timeBased().everyHours(1).create()`);
    expect(() =>
      script(s, `ScriptApp.newTrigger('other').timeBased().everyDays(1).atHour(8).create()`),
    ).toThrow('only one trigger of type CLOCK');
    const t = s.scriptApp.getProjectTriggers()[0];
    s.scriptApp.deleteTrigger(t);
    expect(() =>
      script(s, `ScriptApp.newTrigger('daily').timeBased().everyMinutes(30).create()`),
    ).toThrow('at most once per hour');
    script(
      s,
      `ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create()`,
    );
    expect(() =>
      script(
        s,
        `ScriptApp.newTrigger('x').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create()`,
      ),
    ).toThrow('only one trigger of type ON_FORM_SUBMIT');
  });

  it('run without a UI: getUi() throws, and the run is logged as failed', () => {
    const s = new StandIn({ today: '2026-03-01T00:00:00Z' });
    script(s, `function daily() { SpreadsheetApp.getUi().alert('hi'); }`);
    script(s, `ScriptApp.newTrigger('daily').timeBased().everyHours(1).create()`);
    const [run] = s.advance({ hours: 1 });
    expect(run).toMatchObject({
      handler: 'daily',
      kind: 'trigger',
      status: 'failed',
      error: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
  });

  it('see the user who made them, where a custom function sees no one', () => {
    const s = new StandIn({ today: '2026-03-01T00:00:00Z', email: 'shop@example.com' });
    script(
      s,
      `function daily() { PropertiesService.getUserProperties().setProperty('who', Session.getActiveUser().getEmail()); }
       function WHO() { return Session.getActiveUser().getEmail(); }`,
    );
    script(s, `ScriptApp.newTrigger('daily').timeBased().everyHours(1).create()`);
    s.advance({ hours: 1 });
    expect(s.properties._user('shop@example.com').getProperty('who')).toBe('shop@example.com');
    // Session.getActiveUser is not among a formula's calls at all.
    expect(() => s.formula('WHO')).toThrow('permission');
  });

  it('stop after 90 minutes of trigger run time a day on a consumer account', () => {
    const s = new StandIn({ today: '2026-03-01T00:00:00Z', callCostMs: 1000 });
    // Each run spends five simulated minutes.
    script(
      s,
      `function daily() { for (let i = 0; i < 300; i++) PropertiesService.getDocumentProperties(); }`,
    );
    script(s, `ScriptApp.newTrigger('daily').timeBased().everyHours(1).create()`);
    const runs = s.advance({ hours: 24 });
    const ok = runs.filter((r) => r.status === 'completed').length;
    expect(ok).toBe(18);
    expect(runs.slice(18).every((r) => r.error === TRIGGER_RUNTIME_MESSAGE)).toBe(true);
  });
});

describe('form-submit triggers', () => {
  it('fire with e.values as text in column order, e.namedValues and e.range', () => {
    // Calls at the flat cost only: the answer's timestamp is the second it was given.
    const s = new StandIn({ today: '2026-03-01T02:03:04Z', locale: 'en_US', extraCostMs: {} });
    const formId = script(
      s,
      `(() => {
        const form = FormApp.create('Survey');
        form.addScaleItem().setTitle('Quality').setBounds(1, 5);
        form.addTextItem().setTitle('Customer ID');
        form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
        form.setPublished(true);
        ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
        return form.getId();
      })()`,
    );
    const seen: unknown[] = [];
    s.context.__seen = (x: unknown) => seen.push(x);
    script(
      s,
      `function onSubmit(e) {
        __seen({ values: e.values, named: e.namedValues, a1: e.range.getA1Notation(),
                 sheet: e.range.getSheet().getName(), uid: typeof e.triggerUid });
      }`,
    );
    const [run] = s.submitForm(formId, { Quality: 4, 'Customer ID': 'C42' });
    expect(run.status).toBe('completed');
    expect(seen).toEqual([
      {
        // 02:03:04Z is 10:03:04 in Shanghai, the spreadsheet's zone.
        values: ['3/1/2026 10:03:04', '4', 'C42'],
        named: { Timestamp: ['3/1/2026 10:03:04'], Quality: ['4'], 'Customer ID': ['C42'] },
        a1: 'A2:C2',
        sheet: 'Form Responses 1',
        uid: 'string',
      },
    ]);
  });
});
