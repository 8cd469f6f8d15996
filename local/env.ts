/**
 * The stand-in's shared state: the simulated clock, the per-method count of service calls,
 * the run in progress (with Apps Script's execution limits) and the realm whose Dates and
 * arrays the script sees.
 */
export type RunKind = 'custom' | 'simple' | 'full';

/** Apps Script's execution limits: 30 s for a custom function, 6 minutes otherwise. */
export const TIME_LIMIT_MS: Record<RunKind, number> = {
  custom: 30_000,
  simple: 30_000,
  full: 360_000,
};

/** What a custom function may call: the formulas' contract keeps them to these. */
export const CUSTOM_FUNCTION_CALLS = new Set([
  'Session.getScriptTimeZone',
  'SpreadsheetApp.getActiveSpreadsheet',
  'Spreadsheet.getSpreadsheetTimeZone',
  'Spreadsheet.getSpreadsheetLocale',
  'Utilities.formatDate',
]);

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

export interface Realm {
  readonly Date: DateConstructor;
  /** An array of the script's own realm, so `instanceof Array` holds there. */
  array<T>(items: T[]): T[];
}

export const HOST_REALM: Realm = { Date, array: (items) => Array.from(items) };

export interface EnvOptions {
  /** Simulated "now" when the stand-in starts. */
  readonly today?: Date | string;
  /** Simulated cost of one service call; real Apps Script spends tens of milliseconds. */
  readonly callCostMs?: number;
}

export class Env {
  readonly counts = new Map<string, number>();
  callCostMs: number;
  realm: Realm = HOST_REALM;
  private base: number;
  private spent = 0;
  private run: { kind: RunKind; spentAtStart: number; realStart: number } | undefined;
  private realInRuns = 0;

  constructor(options: EnvOptions = {}) {
    this.base = options.today ? new Date(options.today).getTime() : Date.UTC(2026, 10, 24, 2);
    this.callCostMs = options.callCostMs ?? 25;
  }

  /** Sets the simulated clock, e.g. for a daily trigger on a given day. */
  setNow(at: Date | string): void {
    this.base = new Date(at).getTime() - this.spent - this.realInRuns;
  }

  now(): number {
    return (
      this.base +
      this.spent +
      this.realInRuns +
      (this.run ? performance.now() - this.run.realStart : 0)
    );
  }

  /** Milliseconds the current run has used, simulated service time and real compute alike. */
  elapsed(): number {
    return this.run
      ? this.spent - this.run.spentAtStart + performance.now() - this.run.realStart
      : 0;
  }

  /** Every service method passes through here: counted, charged, and checked against limits. */
  call(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    const run = this.run;
    if (run) {
      if (this.elapsed() > TIME_LIMIT_MS[run.kind])
        throw new Error('Exceeded maximum execution time');
      if (run.kind === 'custom' && !CUSTOM_FUNCTION_CALLS.has(name)) {
        throw new Error(`You do not have permission to call ${name} from a custom function.`);
      }
      if (run.kind === 'simple' && !LIMITED_AUTH_CALLS.has(name)) {
        throw new Error(
          `You do not have permission to call ${name} before the add-on is authorized.`,
        );
      }
    }
    this.spent += this.callCostMs;
  }

  /** Time passing inside a run without a service call, as in Utilities.sleep. */
  spend(ms: number): void {
    this.spent += ms;
  }

  startRun(kind: RunKind): void {
    this.run = { kind, spentAtStart: this.spent, realStart: performance.now() };
  }

  endRun(): void {
    if (this.run) this.realInRuns += performance.now() - this.run.realStart;
    this.run = undefined;
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
      this._env.call(name);
      return method.apply(this, args);
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
