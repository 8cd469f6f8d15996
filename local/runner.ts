/**
 * Runs the built build/Code.js in a node:vm context wired to the stand-in services, calling
 * its top-level functions in each context Apps Script has
 * (https://developers.google.com/apps-script/guides/triggers,
 * https://developers.google.com/apps-script/guides/triggers/events,
 * https://developers.google.com/apps-script/guides/sheets/functions): a custom function in a
 * cell, a simple trigger, a menu item or sidebar call, an installable time-driven trigger
 * fired by the simulated clock, and an installable form-submit trigger.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { checkFormulaResult, intoRealm, shownValue } from './callValues';
import { Charts } from './spreadsheet/chart';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { Env, Execution, HOST_REALM, RunKind } from './env';
import { FakeLogger, FakeSession, FakeUtilities } from './services/base';
import { FakeCacheService } from './services/cache';
import { FakeFormApp, FakeFormResponse } from './services/forms';
import { FakeHtmlService } from './services/html';
import { FakeLockService } from './services/lock';
import { Account, FakeMailApp, MAIL_QUOTA } from './services/mail';
import { FakeBigQuery } from './services/bigquery';
import { FakePropertiesService, PROPERTY_CALLS_A_DAY } from './services/properties';
import { FakeScriptApp, FakeTrigger } from './services/scriptApp';
import { FakeSpreadsheetApp } from './services/spreadsheetApp';
import { installScriptDate } from './scriptDate';
import { parseA1 } from './spreadsheet/a1';
import {
  SLOW_CALLS,
  StandInOptions,
  TRIGGER_RUNTIME_MESSAGE,
  TRIGGER_RUNTIME_MS,
} from './standInOptions';

export { SLOW_CALLS, TRIGGER_RUNTIME_MESSAGE, TRIGGER_RUNTIME_MS };
export type { StandInOptions };
import { SCOPE_PREFIX } from './scopes';

export const BUILD_DIR = path.resolve(import.meta.dirname, '..', 'build');

/** How long to let the simulated clock run. */
export interface Span {
  readonly minutes?: number;
  readonly hours?: number;
  readonly days?: number;
}

/** A custom function's argument given as a range of the sheet, as Sheets passes it. */
export interface RangeArg {
  readonly range: string;
}

export class StandIn {
  readonly env: Env;
  readonly spreadsheet: FakeSpreadsheet;
  readonly mail: FakeMailApp;
  /** The BigQuery advanced service, on DuckDB (local/services/bigquery.ts). */
  readonly bigquery: FakeBigQuery;
  readonly properties: FakePropertiesService;
  readonly locks: FakeLockService;
  readonly cache: FakeCacheService;
  readonly scriptApp: FakeScriptApp;
  readonly forms: FakeFormApp;
  readonly session: FakeSession;
  readonly logger: FakeLogger;
  readonly context: vm.Context;
  readonly account: Account;
  /** console.error lines, by run: what the execution log shows. */
  readonly consoleErrors: { readonly run: number; readonly line: string }[] = [];
  /** Whether clock triggers run with the document (see StandInOptions.clockDocument). */
  clockDocument: boolean;
  /** The project's time zone, from the manifest unless a test sets another. */
  scriptTimeZone: string;

  constructor(options: StandInOptions = {}) {
    this.env = options.spreadsheet?._env ?? new Env(options);
    if (options.today) this.env.setNow(options.today);
    if (options.callCostMs !== undefined) this.env.callCostMs = options.callCostMs;
    const env = this.env;
    const buildDir = options.buildDir ?? BUILD_DIR;
    const manifest = JSON.parse(
      fs.readFileSync(path.join(buildDir, 'appsscript.json'), 'utf8'),
    ) as { timeZone?: string; oauthScopes?: string[] };
    const scopes = (manifest.oauthScopes ?? []).map((x) => x.replace(SCOPE_PREFIX, ''));
    env.manifestScopes = new Set(scopes);
    env.granted = options.grantedScopes ? new Set(options.grantedScopes) : undefined;
    for (const [name, ms] of Object.entries(options.extraCostMs ?? SLOW_CALLS)) {
      env.extraCostMs.set(name, ms);
    }
    // SHEETCARE_CLOCK_DOCUMENT=1 runs a whole suite in the other world (test/bothWorlds.test.ts).
    this.clockDocument = options.clockDocument ?? process.env.SHEETCARE_CLOCK_DOCUMENT === '1';
    this.scriptTimeZone = options.scriptTimeZone ?? manifest.timeZone ?? 'America/New_York';
    this.account = options.account ?? 'consumer';
    this.spreadsheet =
      options.spreadsheet ??
      new FakeSpreadsheet(
        env,
        'Sample shop',
        options.timeZone ?? 'Asia/Shanghai',
        options.locale ?? 'zh_CN',
      );
    const email = options.email ?? 'owner@example.com';
    env.user = email;
    this.mail = new FakeMailApp(
      env,
      options.mailQuota ?? MAIL_QUOTA[this.account],
      this.account,
      email,
    );
    this.bigquery = new FakeBigQuery(env);
    this.properties = new FakePropertiesService(env);
    this.properties._quota.limit = PROPERTY_CALLS_A_DAY[this.account];
    this.locks = new FakeLockService(env);
    this.cache = new FakeCacheService(env);
    this.scriptApp = new FakeScriptApp(env, {
      addOn: options.addOn ?? true,
      scriptTimeZone: () => this.scriptTimeZone,
      seed: options.seed ?? 1,
      activeSpreadsheet: () => (env.hasDocument() ? this.spreadsheet._id : undefined),
    });
    this.forms = new FakeFormApp(env, this.spreadsheet, this.account, options.lateFormSheets);
    this.session = new FakeSession(env, () => this.scriptTimeZone, options.userLocale ?? 'zh-CN');
    this.logger = new FakeLogger(env);
    this.context = vm.createContext({
      SpreadsheetApp: new FakeSpreadsheetApp(env, this.spreadsheet),
      MailApp: this.mail,
      BigQuery: this.bigquery,
      PropertiesService: this.properties,
      LockService: this.locks,
      CacheService: this.cache,
      ScriptApp: this.scriptApp,
      FormApp: this.forms,
      HtmlService: new FakeHtmlService(env, buildDir),
      Session: this.session,
      Utilities: new FakeUtilities(env),
      Logger: this.logger,
      Charts,
      // The execution log's errors are kept: a failure a run reports there is seen in a test.
      console: {
        log: () => {},
        info: () => {},
        warn: () => {},
        error: (...a: unknown[]) =>
          this.consoleErrors.push({ run: env.current()?.id ?? 0, line: a.map(String).join(' ') }),
      },
      // Under `npm run mutation` the bundle is built from mutated sources; the test worker's
      // mutant switch must reach the script's realm, or no mutant would ever be active there.
      __stryker__: (globalThis as { __stryker__?: unknown }).__stryker__,
    });
    const realDate = installScriptDate(
      this.context,
      () => this.scriptTimeZone,
      () => env.now(),
    );
    const arrayFrom = vm.runInContext('(xs) => Array.from(xs)', this.context) as <T>(
      xs: T[],
    ) => T[];
    env.realm = {
      Date: realDate,
      Error: vm.runInContext('Error', this.context) as ErrorConstructor,
      array: arrayFrom,
    };
    // node:vm finds every global name through the context object's interceptor, some 30 times
    // slower than Apps Script's V8 finds its own: the value model's arithmetic took seconds
    // here that take a tenth of that there. Script-scope bindings of the hot globals are found
    // the fast way, and change nothing the script can see.
    const code = `const Math = globalThis.Math, Number = globalThis.Number;\n${fs.readFileSync(path.join(buildDir, 'Code.js'), 'utf8')}`;
    vm.runInContext(code, this.context, { filename: 'Code.js', lineOffset: -1 });
  }

  /**
   * Runs one script function as one execution. A killed run is reported killed to the
   * caller even when the script caught the error: in Apps Script it simply stops.
   */
  private invoke(
    kind: RunKind,
    name: string,
    args: unknown[],
    options: { document?: boolean; user?: string } = {},
  ): unknown {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    this.env.startRun(kind, name, options.document ?? true, options.user);
    let result: unknown;
    let error: unknown;
    try {
      result = (fn as (...a: unknown[]) => unknown)(
        ...args.map((a) => intoRealm(a, this.env.realm)),
      );
      if (kind === 'custom') checkFormulaResult(result);
    } catch (e) {
      error = e;
    }
    const execution = this.env.endRun(error)!;
    if (execution.status !== 'completed') {
      // Errors from the script's realm fail instanceof Error here: hand on a host Error.
      throw new Error(execution.error, { cause: error });
    }
    return intoRealm(result, HOST_REALM);
  }

  /**
   * Another user at the keyboard for what f does: an editor the spreadsheet is shared with,
   * with their own user properties, user lock and triggers.
   */
  as<T>(email: string, f: () => T): T {
    const before = this.env.user;
    this.env.user = email;
    try {
      return f();
    } finally {
      this.env.user = before;
    }
  }

  /** A menu item or sidebar call: full authorization, the UI, 6 minutes. */
  run(name: string, ...args: unknown[]): unknown {
    return this.invoke('full', name, args);
  }

  /** The same outside a containing document (a standalone script or web app). */
  runStandalone(name: string, ...args: unknown[]): unknown {
    return this.invoke('full', name, args, { document: false });
  }

  /** A custom function in a cell: 30 seconds, only what a formula may call, a value back. */
  formula(name: string, ...args: unknown[]): unknown {
    return this.invoke('custom', name, args);
  }

  /**
   * A custom function with arguments as Sheets shapes them: a range of one cell arrives as its
   * bare value, a larger range as a 2-D array, empty cells as "".
   */
  formulaOn(name: string, ...args: (RangeArg | unknown)[]): unknown {
    const shaped = args.map((a) => {
      if (typeof a !== 'object' || a === null || !('range' in a)) return a;
      const ref = String((a as RangeArg).range);
      const bang = ref.lastIndexOf('!');
      const sheet = this.spreadsheet._sheets.find(
        (s) =>
          s._name ===
          (bang < 0 ? this.spreadsheet._sheets[0]._name : ref.slice(0, bang).replace(/^'|'$/g, '')),
      );
      if (!sheet) throw new Error(`Unknown range ${ref}`);
      const r = parseA1(bang < 0 ? ref : ref.slice(bang + 1));
      const rows = r.rows ?? 1;
      const cols = r.cols ?? 1;
      // Dates arrive as the script realm's Dates, empty cells as "".
      const range = sheet._range(r.row, r.col, rows, cols);
      const cells = range._map((i, j) => range._valueAt(i, j));
      return rows === 1 && cols === 1 ? cells[0][0] : cells;
    });
    return this.invoke('custom', name, shaped);
  }

  /**
   * A simple trigger (onOpen, onInstall), in the authorization mode its event names
   * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes):
   * NONE before the add-on is authorized, LIMITED once it is, FULL when it is enabled.
   */
  simpleTrigger(name: string, event: Record<string, unknown> = { authMode: 'NONE' }): unknown {
    const kind: RunKind =
      event.authMode === 'FULL' ? 'full' : event.authMode === 'LIMITED' ? 'limited' : 'simple';
    return this.invoke(kind, name, [{ source: this.spreadsheet, ...event }]);
  }

  /**
   * Lets the simulated clock run, firing every installed clock trigger that falls due, in
   * time order, each as an execution of its own. Returns the executions it made.
   */
  advance(span: Span): Execution[] {
    const end =
      this.env.now() +
      (span.minutes ?? 0) * 60_000 +
      (span.hours ?? 0) * 3_600_000 +
      (span.days ?? 0) * 86_400_000;
    const made: Execution[] = [];
    for (;;) {
      const due = this.scriptApp._triggers
        .filter((t) => t._data.nextAt !== undefined && t._data.nextAt <= end)
        .sort((a, b) => a._data.nextAt! - b._data.nextAt!)[0];
      if (!due) break;
      this.env.setNow(Math.max(this.env.now(), due._data.nextAt!));
      made.push(this.fire(due));
      this.scriptApp._reschedule(due);
    }
    if (this.env.now() < end) this.env.setNow(end);
    return made;
  }

  /** The trigger run time used in the 24 hours before now. */
  triggerTimeUsed(): number {
    const since = this.env.now() - 86_400_000;
    return this.env.executions
      .filter((e) => e.kind === 'trigger' && e.end > since)
      .reduce((n, e) => n + (e.end - Math.max(e.start, since)), 0);
  }

  /** Runs an installable trigger's handler with its event object, within the daily run time. */
  private fire(t: FakeTrigger, event: Record<string, unknown> = this.clockEvent(t)): Execution {
    const before = this.env.executions.length;
    if (this.triggerTimeUsed() >= TRIGGER_RUNTIME_MS[this.account]) {
      const now = this.env.now();
      const failed: Execution = {
        id: -1,
        handler: t._data.handler,
        kind: 'trigger',
        start: now,
        end: now,
        status: 'failed',
        error: TRIGGER_RUNTIME_MESSAGE,
      };
      this.env.executions.push(failed);
      return failed;
    }
    try {
      // An installable trigger runs as the user who made it; a clock one, in the world the
      // stand-in assumes, without the document.
      const document = t._data.eventType === 'CLOCK' ? this.clockDocument : true;
      this.invoke('trigger', t._data.handler, [{ ...event, triggerUid: t._data.id }], {
        document,
        user: t._data.owner,
      });
    } catch {
      // Recorded as a failed or killed execution; a trigger's error reaches no caller.
    }
    return this.env.executions[before];
  }

  /**
   * The time-driven event object (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events):
   * the firing time's fields in UTC.
   */
  private clockEvent(t: FakeTrigger): Record<string, unknown> {
    const d = new Date(this.env.now());
    const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
      authMode: 'FULL',
      triggerUid: t._data.id,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      'day-of-month': d.getUTCDate(),
      'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
      'week-of-year': Math.ceil(
        ((d.getTime() - jan1) / 86_400_000 + new Date(jan1).getUTCDay() + 1) / 7,
      ),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      timezone: 'UTC',
    };
  }

  /**
   * A respondent submits the form: the answer row lands in the linked sheet and every
   * spreadsheet form-submit trigger fires with its event object
   * (https://developers.google.com/apps-script/guides/triggers/events#form-submit_1).
   * Answers are by question title; a grid takes one answer per row.
   */
  submitForm(
    formId: string,
    answers: Record<string, unknown>,
    /** A customer, outside the shop's Workspace domain (the default), or a colleague inside it. */
    options: { readonly outsider?: boolean } = {},
  ): Execution[] {
    const form = this.forms.openById(formId);
    const response = new FakeFormResponse(this.env, form);
    for (const [title, answer] of Object.entries(answers)) {
      const item = form._items.find((i) => i._title === title);
      if (!item) throw new Error(`The form has no question "${title}".`);
      item._check(answer);
      response._answers.set(item._id, { _item: item, _answer: answer } as never);
    }
    const landed = form._record(response, this.env.now(), options.outsider ?? true);
    if (!landed) return [];
    const { sheet, row } = landed;
    const titles = form._columnTitles();
    const range = sheet._range(row, 1, 1, titles.length);
    const cells = range._map((i, j) => range._valueAt(i, j))[0];
    const values = cells.map((v) => shownValue(v, this.spreadsheet._tz, this.spreadsheet._locale));
    const namedValues = Object.fromEntries(titles.map((h, i) => [h, [values[i]]]));
    return this.scriptApp._triggers
      .filter((t) => t._data.eventType === 'ON_FORM_SUBMIT')
      .map((t) =>
        this.fire(t, {
          authMode: 'FULL',
          source: this.spreadsheet,
          range: sheet._range(row, 1, 1, titles.length),
          values,
          namedValues,
        }),
      );
  }
}
