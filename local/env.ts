/**
 * The stand-in's shared state: the simulated clock, the per-method count of service calls,
 * the runs in progress (with Apps Script's execution limits), the log of executions, and the
 * realm whose Dates and arrays the script sees.
 */

import { covers, SCOPE_PREFIX, scopeOf } from './scopes';

/**
 * The contexts a script function runs in (https://developers.google.com/apps-script/guides/triggers,
 * https://developers.google.com/apps-script/add-ons/concepts/addon-authorization):
 * a custom function in a cell, a simple trigger before authorization, a menu item or
 * sidebar call, and an installable trigger (time-driven or form-submit), which has no UI.
 */
export type RunKind = 'custom' | 'simple' | 'limited' | 'full' | 'trigger';

/**
 * Execution limits (https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
 * 30 s for a custom function, 6 minutes for everything else; a simple trigger gets 30 s
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export const TIME_LIMIT_MS: Record<RunKind, number> = {
  custom: 30_000,
  simple: 30_000,
  limited: 30_000,
  full: 360_000,
  trigger: 360_000,
};

export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/**
 * What a custom function may call (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services):
 * the spreadsheet read-only, and services that need no authorization.
 */
export const CUSTOM_FUNCTION_READS = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\.(get|is)[A-Z]/;
/** Beyond the spreadsheet's reads: the services a formula uses that need no authorization. */
export const CUSTOM_FUNCTION_CALLS = new Set(['Session.getScriptTimeZone', 'Utilities.formatDate']);

/** What a simple trigger such as onOpen may call before the user authorises the add-on. */
export const LIMITED_AUTH_CALLS = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Session.getActiveUserLocale',
  'Session.getScriptTimeZone',
  'Logger.log',
]);

/**
 * AuthMode.LIMITED: the simple trigger may also read and change the document it is bound to,
 * and nothing else that needs authorization.
 */
export const DOCUMENT_SERVICES =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|DeveloperMetadata|DeveloperMetadataFinder)\./;

/** A run has no user looking at it: the UI cannot be reached (https://developers.google.com/apps-script/guides/dialogs). */
/** The Spreadsheet service's calls, and the cell writes Sheets may bundle among them. */
export const SPREADSHEET_CALL = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList)\./;
export const BUNDLED_WRITES = new Set(['Range.setValues', 'Range.setValue']);
/**
 * Calls that only hand back a handle or a name, touching no cell: they apply nothing, so the
 * stand-in never flushes earlier than Sheets might.
 */
export const HANDLE_CALLS = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'Spreadsheet.getSheets',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getId',
  'Sheet.getRange',
  'Sheet.getRangeList',
  'Sheet.getSheetId',
  'Sheet.getName',
]);

export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

export interface Realm {
  readonly Date: DateConstructor;
  /** Errors a service throws are the script's own: `instanceof Error` holds there. */
  readonly Error: ErrorConstructor;
  /** An array of the script's own realm, so `instanceof Array` holds there. */
  array<T>(items: T[]): T[];
}

export const HOST_REALM: Realm = { Date, Error, array: (items) => Array.from(items) };

export interface EnvOptions {
  /** Simulated "now" when the stand-in starts. */
  readonly today?: Date | string;
  /** Simulated cost of one service call; real Apps Script spends tens of milliseconds. */
  readonly callCostMs?: number;
}

export interface Run {
  readonly id: number;
  readonly kind: RunKind;
  readonly handler: string;
  /**
   * False outside a containing document: a standalone script, a web app, and (in the world the
   * stand-in assumes by default) an add-on's clock trigger.
   */
  readonly document: boolean;
  /** Whose run it is: the user at the keyboard, or a trigger's owner. */
  readonly user: string;
  readonly spentAtStart: number;
  readonly realStart: number;
  readonly startedAt: number;
  calls: number;
  /** Why the run was killed; once set, no further service call takes effect. */
  killed?: string;
  readonly killAtCall?: number;
  readonly hooks: Map<number, () => void>;
  /** Cell writes Sheets has bundled and not yet applied. */
  readonly pending: (() => void)[];
  /** What Google does after the run, whatever became of it (a form's responses sheet). */
  readonly after: (() => void)[];
}

export interface Execution {
  readonly id: number;
  readonly handler: string;
  readonly kind: RunKind;
  readonly start: number;
  readonly end: number;
  readonly status: 'completed' | 'failed' | 'killed';
  readonly error?: string;
}

export class Env {
  readonly counts = new Map<string, number>();
  readonly executions: Execution[] = [];
  callCostMs: number;
  realm: Realm = HOST_REALM;
  /** The user at the keyboard: runs started without an owner are theirs. */
  user = 'owner@example.com';
  /** The manifest's scopes, and those the user granted (all of them unless a test says). */
  manifestScopes: ReadonlySet<string> = new Set();
  granted: ReadonlySet<string> | undefined;
  /**
   * What a call costs beyond the flat rate: a send or a form's creation is slower than a read,
   * so a job's time budget meets something like Apps Script's.
   */
  readonly extraCostMs = new Map<string, number>();
  private base: number;
  private spent = 0;
  private readonly runs: Run[] = [];
  private realInRuns = 0;
  private nextRunId = 1;
  private pendingKill: number | undefined;
  private readonly pendingHooks = new Map<number, () => void>();

  constructor(options: EnvOptions = {}) {
    this.base = options.today ? new Date(options.today).getTime() : Date.UTC(2026, 10, 24, 2);
    this.callCostMs = options.callCostMs ?? 25;
  }

  /** Sets the simulated clock, e.g. for a daily trigger on a given day. */
  setNow(at: Date | string | number): void {
    this.base = new Date(at).getTime() - this.spent - this.realInRuns;
  }

  now(): number {
    const run = this.runs[0];
    return this.base + this.spent + this.realInRuns + (run ? performance.now() - run.realStart : 0);
  }

  /** The run whose code is executing now: the innermost of overlapping runs. */
  current(): Run | undefined {
    return this.runs[this.runs.length - 1];
  }

  isActive(runId: number): boolean {
    return this.runs.some((r) => r.id === runId);
  }

  /** Milliseconds the current run has used, simulated service time and real compute alike. */
  elapsed(run = this.current()): number {
    return run ? this.spent - run.spentAtStart + performance.now() - run.realStart : 0;
  }

  /**
   * Test hook: the next run started is killed at its nth service call, as Apps Script may
   * stop a run between any two calls. The call does not take effect, nor any after it.
   */
  killAtCall(n: number): void {
    this.pendingKill = n;
  }

  /** Test hook: just before the next run's nth service call, do something else (another run). */
  atCall(n: number, act: () => void): void {
    this.pendingHooks.set(n, act);
  }

  /** Every service method passes through here: counted, charged, and checked against limits. */
  call(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    const run = this.current();
    if (run) {
      if (run.killed) throw new Error(run.killed);
      run.calls++;
      const hook = run.hooks.get(run.calls);
      if (hook) {
        run.hooks.delete(run.calls);
        hook();
      }
      if (run.killAtCall === run.calls) {
        run.killed = `Execution killed by the stand-in at service call ${run.calls} (${name}).`;
        throw new Error(run.killed);
      }
      if (this.elapsed(run) > TIME_LIMIT_MS[run.kind]) {
        run.killed = TIME_LIMIT_MESSAGE;
        throw new Error(run.killed);
      }
      if (
        run.kind === 'custom' &&
        !CUSTOM_FUNCTION_CALLS.has(name) &&
        (!CUSTOM_FUNCTION_READS.test(name) || name === 'SpreadsheetApp.getUi')
      ) {
        throw new Error(`You do not have permission to call ${name} from a custom function.`);
      }
      if (
        (run.kind === 'simple' && !LIMITED_AUTH_CALLS.has(name)) ||
        (run.kind === 'limited' && !LIMITED_AUTH_CALLS.has(name) && !DOCUMENT_SERVICES.test(name))
      ) {
        throw new Error(
          `You do not have permission to call ${name} before the add-on is authorized.`,
        );
      }
      if (run.kind === 'trigger' && name === 'SpreadsheetApp.getUi') {
        throw new Error(NO_UI_MESSAGE);
      }
      if (run.kind === 'full' || run.kind === 'trigger') this.checkScope(name);
      // Any other spreadsheet operation applies the bundled writes first, in order.
      if (SPREADSHEET_CALL.test(name) && !BUNDLED_WRITES.has(name) && !HANDLE_CALLS.has(name)) {
        this.flushPending(run);
      }
    }
    this.spent += this.callCostMs + (this.extraCostMs.get(name) ?? 0);
  }

  /** A call whose scope the manifest lacks, or the user did not grant, fails as in Apps Script. */
  private checkScope(name: string): void {
    const [service, method] = name.split('.');
    const needed = scopeOf(service, method);
    if (needed === null || needed.startsWith('unexpected')) return;
    const granted = this.granted ?? this.manifestScopes;
    if (covers(this.manifestScopes, needed) && covers(granted, needed)) return;
    throw new Error(
      `Specified permissions are not sufficient to call ${name}. Required permissions: ${SCOPE_PREFIX}${needed}`,
    );
  }

  /**
   * A cell write, bundled as Sheets bundles them
   * (https://developers.google.com/apps-script/reference/spreadsheet): applied at the run's next
   * spreadsheet operation, at SpreadsheetApp.flush(), or when the run ends; lost if it is killed
   * first. Outside a run it applies at once.
   */
  defer(write: () => void): void {
    const run = this.current();
    if (run) run.pending.push(write);
    else write();
  }

  /** Whose run is going on: the current run's user, else the one at the keyboard. */
  runUser(): string {
    return this.current()?.user ?? this.user;
  }

  /** Whether the current run has a document (true outside runs: a test's own set-up). */
  hasDocument(): boolean {
    return this.current()?.document !== false;
  }

  private flushPending(run: Run): void {
    for (const write of run.pending.splice(0)) write();
  }

  /** Something Google does once the current run ends (at once outside a run). */
  afterRun(f: () => void): void {
    const run = this.current();
    if (run) run.after.push(f);
    else f();
  }

  /** Time passing inside a run without a service call, as in Utilities.sleep. */
  spend(ms: number): void {
    this.spent += ms;
  }

  startRun(kind: RunKind, handler = '', document = true, user = this.user): Run {
    const run: Run = {
      id: this.nextRunId++,
      kind,
      handler,
      document,
      user,
      spentAtStart: this.spent,
      realStart: performance.now(),
      startedAt: this.now(),
      calls: 0,
      killAtCall: this.pendingKill,
      hooks: new Map(this.pendingHooks),
      pending: [],
      after: [],
    };
    this.pendingKill = undefined;
    this.pendingHooks.clear();
    this.runs.push(run);
    return run;
  }

  /** Ends the current run and logs it: killed outranks whatever the script made of it. */
  endRun(error?: unknown): Execution | undefined {
    const run = this.runs[this.runs.length - 1];
    if (!run) return undefined;
    // A run that ends applies what it bundled; a killed one loses it.
    if (!run.killed) this.flushPending(run);
    this.runs.pop();
    for (const f of run.after) f();
    const end = this.now();
    if (this.runs.length === 0) this.realInRuns += performance.now() - run.realStart;
    const status = run.killed ? 'killed' : error === undefined ? 'completed' : 'failed';
    const message =
      run.killed ??
      (error === undefined ? undefined : ((error as Error)?.message ?? String(error)));
    const execution: Execution = {
      id: run.id,
      handler: run.handler,
      kind: run.kind,
      start: run.startedAt,
      end,
      status,
      ...(message === undefined ? {} : { error: message }),
    };
    this.executions.push(execution);
    return execution;
  }

  totalCalls(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }
}

/**
 * Makes every public method of a stand-in class a counted service call named like the real
 * one ("Range.getValues"). Members starting with _ are the stand-in's own plumbing.
 */
export function countCalls(cls: { prototype: object }, service: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (key === 'constructor' || key.startsWith('_') || typeof desc?.value !== 'function') continue;
    const method = desc.value as (...args: unknown[]) => unknown;
    const name = `${service}.${key}`;
    proto[key] = function (this: { _env: Env }, ...args: unknown[]) {
      try {
        this._env.call(name);
        return method.apply(this, args);
      } catch (e) {
        // A real service's error is an Error of the script's own realm.
        if (e instanceof Error) throw new this._env.realm.Error(e.message);
        throw e;
      }
    };
  }
}

/**
 * Compile-time check that a stand-in class only offers methods the real service has: any
 * public member not in the real interface makes this type non-never.
 */
export type NotInRealApi<Fake, Real> = Exclude<keyof Fake, keyof Real | `_${string}`>;

/** Fails to compile unless T is never: `Check<NotInRealApi<Fake, Real>>` in each fake's file. */
export type Check<T extends never> = T;
