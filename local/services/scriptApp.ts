/**
 * ScriptApp and installable triggers, with the rules for editor add-ons
 * (https://developers.google.com/apps-script/reference/script/script-app,
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder,
 * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers,
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions,
 * https://developers.google.com/apps-script/guides/services/quotas).
 */
import { instantOf, wallClock } from '../clock';
import { countCalls, Env, Check, NotInRealApi } from '../env';
import { seededRandom } from '../random';
import { covers, SCOPE_PREFIX } from '../scopes';

/** Apps Script's limit on triggers per user per script. */
export const TRIGGER_LIMIT = 20;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type TriggerEvent = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface TriggerData {
  readonly id: string;
  readonly handler: string;
  readonly eventType: TriggerEvent;
  /** The user who made it: it runs as them, and only they see it. */
  readonly owner: string;
  /** The spreadsheet whose run made it (an add-on's triggers belong to one), if any. */
  readonly document?: string;
  readonly everyDays?: number;
  readonly atHour?: number;
  readonly everyHours?: number;
  readonly everyMinutes?: number;
  readonly nearMinute?: number;
  readonly timezone?: string;
  /** The minute past the hour a daily trigger fires, chosen once and kept from day to day. */
  readonly minute?: number;
  /** When a clock trigger next fires (UTC ms). */
  nextAt?: number;
}

export class FakeTrigger {
  constructor(
    readonly _env: Env,
    readonly _data: TriggerData,
  ) {}
  getHandlerFunction() {
    return this._data.handler;
  }
  getUniqueId() {
    return this._data.id;
  }
  getEventType() {
    return this._data.eventType;
  }
  getTriggerSource() {
    return this._data.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
  }
}

export class FakeClockTriggerBuilder {
  private _spec: Partial<TriggerData> = {};
  constructor(
    readonly _app: FakeScriptApp,
    readonly _handler: string,
  ) {}
  everyDays(n: number) {
    this._spec = { ...this._spec, everyDays: n };
    return this;
  }
  everyHours(n: number) {
    this._spec = { ...this._spec, everyHours: n };
    return this;
  }
  everyMinutes(n: number) {
    // The documented choices (clock-trigger-builder#everyMinutes(Integer)).
    if (![1, 5, 10, 15, 30].includes(n)) {
      throw new Error('Invalid argument: minutes. Must be one of 1, 5, 10, 15 or 30.');
    }
    this._spec = { ...this._spec, everyMinutes: n };
    return this;
  }
  atHour(hour: number) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw new Error(`Invalid argument: hour ${hour}`);
    }
    this._spec = { ...this._spec, atHour: hour };
    return this;
  }
  nearMinute(minute: number) {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) {
      throw new Error(`Invalid argument: minute ${minute}`);
    }
    this._spec = { ...this._spec, nearMinute: minute };
    return this;
  }
  inTimezone(timezone: string) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw new Error(`Invalid argument: timezone ${timezone}`);
    }
    this._spec = { ...this._spec, timezone };
    return this;
  }
  create() {
    const s = this._spec;
    if (s.everyDays === undefined && s.everyHours === undefined && s.everyMinutes === undefined) {
      throw new Error('A time-based trigger needs a frequency, such as everyDays(1).');
    }
    if (s.atHour !== undefined && s.everyDays === undefined) {
      throw new Error('atHour() can only be used with everyDays() or everyWeeks().');
    }
    return this._app._add({ ...s, handler: this._handler, eventType: 'CLOCK' });
  }
}

export class FakeSpreadsheetTriggerBuilder {
  private _event: TriggerEvent = 'ON_OPEN';
  constructor(
    readonly _app: FakeScriptApp,
    readonly _handler: string,
  ) {}
  onOpen() {
    this._event = 'ON_OPEN';
    return this;
  }
  onEdit() {
    this._event = 'ON_EDIT';
    return this;
  }
  onChange() {
    this._event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit() {
    this._event = 'ON_FORM_SUBMIT';
    return this;
  }
  create() {
    return this._app._add({ handler: this._handler, eventType: this._event });
  }
}

export class FakeTriggerBuilder {
  constructor(
    readonly _app: FakeScriptApp,
    readonly _handler: string,
  ) {}
  timeBased() {
    return new FakeClockTriggerBuilder(this._app, this._handler);
  }
  /** An add-on may watch only the spreadsheet it runs in (editor-triggers#restrictions). */
  forSpreadsheet(sheet: unknown) {
    const id = typeof sheet === 'string' ? sheet : (sheet as { _id?: string } | null)?._id;
    const here = this._app._options.activeSpreadsheet();
    if (this._app._options.addOn && (here === undefined || id !== here)) {
      throw new Error('An add-on can only create triggers for the document it is running in.');
    }
    return new FakeSpreadsheetTriggerBuilder(this._app, this._handler);
  }
}

export interface ScriptAppOptions {
  /** An editor add-on: one trigger of each event type per user per document, clocks hourly at most. */
  readonly addOn: boolean;
  readonly scriptTimeZone: () => string;
  readonly seed: number;
  /** The ID of the spreadsheet the current run has as its document, if it has one. */
  readonly activeSpreadsheet: () => string | undefined;
}

/** What ScriptApp.getAuthorizationInfo answers (https://developers.google.com/apps-script/reference/script/authorization-info). */
export class FakeAuthorizationInfo {
  constructor(
    readonly _env: Env,
    readonly _missing: readonly string[],
    readonly _granted: readonly string[],
  ) {}
  getAuthorizationStatus() {
    return this._missing.length ? 'REQUIRED' : 'NOT_REQUIRED';
  }
  getAuthorizationUrl() {
    return this._missing.length ? 'https://script.google.com/macros/d/stand-in/authorize' : null;
  }
  getAuthorizedScopes() {
    return this._env.realm.array([...this._granted]);
  }
}

export class FakeScriptApp {
  readonly _triggers: FakeTrigger[] = [];
  private _next = 1;
  private readonly _random: () => number;
  readonly AuthMode = {
    NONE: 'NONE',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
  };
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_CHANGE: 'ON_CHANGE',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  };
  readonly TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS' };
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  constructor(
    readonly _env: Env,
    readonly _options: ScriptAppOptions = {
      addOn: true,
      scriptTimeZone: () => 'Asia/Shanghai',
      seed: 1,
      activeSpreadsheet: () => 'stand-in-spreadsheet',
    },
  ) {
    // Seeded, so a test's "random" trigger minutes repeat from run to run.
    this._random = seededRandom(_options.seed);
  }

  /** The triggers the current run's user owns. */
  private _mine(): FakeTrigger[] {
    const me = this._env.runUser();
    return this._triggers.filter((t) => t._data.owner === me);
  }

  _add(spec: Omit<TriggerData, 'id' | 'owner' | 'document'>): FakeTrigger {
    const owner = this._env.runUser();
    const document = this._options.activeSpreadsheet();
    const mine = this._mine();
    if (mine.length >= TRIGGER_LIMIT) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    if (this._options.addOn) {
      // The page states the rules, not the message: the wording below is the stand-in's.
      if (mine.some((t) => t._data.eventType === spec.eventType && t._data.document === document)) {
        throw new Error(
          `An add-on can have only one trigger of type ${spec.eventType} per user per document.`,
        );
      }
      if (spec.everyMinutes !== undefined) {
        throw new Error('An add-on can use a time-driven trigger at most once per hour.');
      }
    }
    const data: TriggerData = { ...spec, owner, document, id: String(this._next++) };
    const trigger = new FakeTrigger(this._env, this._schedule(data));
    this._triggers.push(trigger);
    return trigger;
  }

  /** The first firing of a clock trigger: its minute is drawn once and kept. */
  private _schedule(d: TriggerData): TriggerData {
    if (d.eventType !== 'CLOCK') return d;
    const now = this._env.now();
    // nearMinute is ±15 minutes; otherwise any minute within the hour.
    const minute =
      d.nearMinute !== undefined
        ? (d.nearMinute + Math.floor(this._random() * 31) - 15 + 60) % 60
        : Math.floor(this._random() * 60);
    if (d.everyMinutes !== undefined) return { ...d, nextAt: now + d.everyMinutes * 60_000 };
    if (d.everyHours !== undefined) return { ...d, minute, nextAt: now + d.everyHours * HOUR_MS };
    const tz = d.timezone ?? this._options.scriptTimeZone();
    const wallNow = wallClock(tz, now);
    const hour = d.atHour ?? new Date(wallNow).getUTCHours();
    const today = Math.floor(wallNow / DAY_MS) * DAY_MS;
    let at = instantOf(tz, today + hour * HOUR_MS + minute * 60_000);
    if (at <= now) at = instantOf(tz, today + DAY_MS + hour * HOUR_MS + minute * 60_000);
    return { ...d, minute, atHour: hour, nextAt: at };
  }

  /** After a firing: the same wall-clock minute n days on, or n hours on. */
  _reschedule(t: FakeTrigger): void {
    const d = t._data;
    if (d.nextAt === undefined) return;
    if (d.everyMinutes !== undefined) d.nextAt += d.everyMinutes * 60_000;
    else if (d.everyHours !== undefined) d.nextAt += d.everyHours * HOUR_MS;
    else {
      const tz = d.timezone ?? this._options.scriptTimeZone();
      const wall = Math.floor(wallClock(tz, d.nextAt) / DAY_MS) * DAY_MS;
      d.nextAt = instantOf(
        tz,
        wall + (d.everyDays ?? 1) * DAY_MS + (d.atHour ?? 0) * HOUR_MS + (d.minute ?? 0) * 60_000,
      );
    }
  }

  newTrigger(functionName: string) {
    return new FakeTriggerBuilder(this, functionName);
  }
  /** This user's triggers of this script, wherever they were made. */
  getProjectTriggers() {
    return this._env.realm.array(this._mine());
  }
  /** This user's triggers made in the given spreadsheet. */
  getUserTriggers(spreadsheet: unknown) {
    const id = (spreadsheet as { _id?: string } | null)?._id;
    return this._env.realm.array(this._mine().filter((t) => t._data.document === id));
  }
  /** Only its owner can delete a trigger: another user's is not theirs to see. */
  deleteTrigger(trigger: FakeTrigger) {
    const i = this._triggers.findIndex(
      (t) => t._data.id === trigger._data.id && t._data.owner === this._env.runUser(),
    );
    if (i >= 0) this._triggers.splice(i, 1);
  }
  /** Which of the scopes asked about (the manifest's by default) the user has not granted. */
  getAuthorizationInfo(_authMode: unknown, oAuthScopes?: string[]) {
    const granted = [...(this._env.granted ?? this._env.manifestScopes)];
    const asked = (oAuthScopes ?? [...this._env.manifestScopes].map((x) => SCOPE_PREFIX + x)).map(
      (x) => x.replace(SCOPE_PREFIX, ''),
    );
    const missing = asked.filter((x) => !covers(new Set(granted), x));
    return new FakeAuthorizationInfo(
      this._env,
      missing,
      granted.map((x) => SCOPE_PREFIX + x),
    );
  }
  /**
   * Where a user is present Apps Script asks them for the missing scopes and ends the run; the
   * stand-in has nobody to ask, so it ends the run with the same message either way.
   */
  requireScopes(authMode: unknown, oAuthScopes: string[]) {
    const info = this.getAuthorizationInfo(authMode, oAuthScopes);
    if (info._missing.length) {
      throw new Error(
        `Authorization is required to perform that action. Missing: ${info._missing.map((x) => SCOPE_PREFIX + x).join(', ')}`,
      );
    }
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>>,
  Check<NotInRealApi<FakeTrigger, GoogleAppsScript.Script.Trigger>>,
  Check<NotInRealApi<FakeAuthorizationInfo, GoogleAppsScript.Script.AuthorizationInfo>>,
  Check<NotInRealApi<FakeTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>>,
  Check<NotInRealApi<FakeClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>>,
  Check<
    NotInRealApi<FakeSpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>
  >,
];

countCalls(FakeScriptApp, 'ScriptApp');
countCalls(FakeAuthorizationInfo, 'AuthorizationInfo');
countCalls(FakeTrigger, 'Trigger');
