/**
 * Runs the built build/Code.js in a node:vm context wired to the stand-in services, calling
 * its top-level functions the way Apps Script does: custom functions with their limits,
 * simple triggers with limited authorization, everything else in full.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { isDate } from './clock';
import { Charts } from './spreadsheet/chart';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { Env, EnvOptions, HOST_REALM, Realm, RunKind } from './env';
import { FakeLogger, FakeSession, FakeUtilities } from './services/base';
import { FakeCacheService } from './services/cache';
import { FakeHtmlService } from './services/html';
import { FakeLockService } from './services/lock';
import { CONSUMER_MAIL_QUOTA, FakeMailApp } from './services/mail';
import { FakePropertiesService } from './services/properties';
import { FakeScriptApp } from './services/scriptApp';
import { FakeSpreadsheetApp } from './services/spreadsheetApp';

export const BUILD_DIR = path.resolve(import.meta.dirname, '..', 'build');

export interface StandInOptions extends EnvOptions {
  readonly spreadsheet?: FakeSpreadsheet;
  readonly timeZone?: string;
  readonly locale?: string;
  /** The user's own locale (Session.getActiveUserLocale), e.g. "zh-CN" or "en". */
  readonly userLocale?: string;
  readonly email?: string;
  readonly mailQuota?: number;
  readonly buildDir?: string;
}

/** Copies a value into a realm: arrays and Dates become that realm's own. */
function intoRealm(v: unknown, realm: Realm): unknown {
  if (Array.isArray(v)) return realm.array(v.map((x) => intoRealm(x, realm)));
  if (isDate(v)) return new realm.Date(v.getTime());
  return v;
}

export class StandIn {
  readonly env: Env;
  readonly spreadsheet: FakeSpreadsheet;
  readonly mail: FakeMailApp;
  readonly properties: FakePropertiesService;
  readonly locks: FakeLockService;
  readonly cache: FakeCacheService;
  readonly scriptApp: FakeScriptApp;
  readonly session: FakeSession;
  readonly logger: FakeLogger;
  readonly context: vm.Context;

  constructor(options: StandInOptions = {}) {
    this.env = options.spreadsheet?._env ?? new Env(options);
    if (options.today) this.env.setNow(options.today);
    if (options.callCostMs !== undefined) this.env.callCostMs = options.callCostMs;
    const env = this.env;
    this.spreadsheet =
      options.spreadsheet ??
      new FakeSpreadsheet(
        env,
        'Sample shop',
        options.timeZone ?? 'Asia/Shanghai',
        options.locale ?? 'zh_CN',
      );
    this.mail = new FakeMailApp(env, options.mailQuota ?? CONSUMER_MAIL_QUOTA);
    this.properties = new FakePropertiesService(env);
    this.locks = new FakeLockService(env);
    this.cache = new FakeCacheService(env);
    this.scriptApp = new FakeScriptApp(env);
    this.session = new FakeSession(
      env,
      'Asia/Shanghai',
      options.userLocale ?? 'zh-CN',
      options.email ?? 'owner@example.com',
    );
    this.logger = new FakeLogger(env);
    const buildDir = options.buildDir ?? BUILD_DIR;
    this.context = vm.createContext({
      SpreadsheetApp: new FakeSpreadsheetApp(env, this.spreadsheet),
      MailApp: this.mail,
      PropertiesService: this.properties,
      LockService: this.locks,
      CacheService: this.cache,
      ScriptApp: this.scriptApp,
      HtmlService: new FakeHtmlService(env, buildDir),
      Session: this.session,
      Utilities: new FakeUtilities(env),
      Logger: this.logger,
      Charts,
      console: { log: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      __now: () => env.now(),
      // Under `npm run mutation` the bundle is built from mutated sources; the test worker's
      // mutant switch must reach the script's realm, or no mutant would ever be active there.
      __stryker__: (globalThis as { __stryker__?: unknown }).__stryker__,
    });
    // "new Date()" and Date.now() in the script read the simulated clock.
    const realDate = vm.runInContext(
      `(() => { const RealDate = Date;
        function SimDate(...a) {
          if (!new.target) return new RealDate(__now()).toString();
          return a.length ? new RealDate(...a) : new RealDate(__now());
        }
        SimDate.prototype = RealDate.prototype;
        SimDate.now = () => __now();
        SimDate.UTC = RealDate.UTC;
        SimDate.parse = RealDate.parse;
        globalThis.Date = SimDate;
        return RealDate; })()`,
      this.context,
    ) as DateConstructor;
    const arrayFrom = vm.runInContext('(xs) => Array.from(xs)', this.context) as <T>(
      xs: T[],
    ) => T[];
    env.realm = { Date: realDate, array: arrayFrom };
    const code = fs.readFileSync(path.join(buildDir, 'Code.js'), 'utf8');
    vm.runInContext(code, this.context, { filename: 'Code.js' });
  }

  private invoke(kind: RunKind, name: string, args: unknown[]): unknown {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    this.env.startRun(kind);
    try {
      const result = (fn as (...a: unknown[]) => unknown)(
        ...args.map((a) => intoRealm(a, this.env.realm)),
      );
      return intoRealm(result, HOST_REALM);
    } catch (e) {
      // Errors from the script's realm fail instanceof Error here: hand on a host Error.
      const message = (e as { message?: string })?.message ?? String(e);
      throw new Error(message, { cause: e });
    } finally {
      this.env.endRun();
    }
  }

  /** A menu item, trigger or sidebar endpoint: full authorization, 6 minutes. */
  run(name: string, ...args: unknown[]): unknown {
    return this.invoke('full', name, args);
  }

  /** A custom function in a cell: 30 seconds, and only the calls a formula may make. */
  formula(name: string, ...args: unknown[]): unknown {
    return this.invoke('custom', name, args);
  }

  /** A simple trigger before the add-on is authorized, as onOpen runs on a fresh install. */
  simpleTrigger(name: string, event: Record<string, unknown> = { authMode: 'NONE' }): unknown {
    return this.invoke('simple', name, [event]);
  }
}
