/** ScriptApp and installable triggers (https://developers.google.com/apps-script/reference/script/script-app, https://developers.google.com/apps-script/guides/triggers/installable). */
import { countCalls, Env, Check, NotInRealApi } from '../env';

/** Apps Script's limit on triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export interface TriggerData {
  readonly id: string;
  readonly handler: string;
  readonly eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT';
  readonly everyDays?: number;
  readonly atHour?: number;
  readonly everyHours?: number;
}

export class FakeTrigger {
  constructor(readonly _data: TriggerData) {}
  getHandlerFunction() {
    return this._data.handler;
  }
  getUniqueId() {
    return this._data.id;
  }
  getEventType() {
    return this._data.eventType;
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
  atHour(hour: number) {
    if (hour < 0 || hour > 23) throw new Error(`Invalid argument: hour ${hour}`);
    this._spec = { ...this._spec, atHour: hour };
    return this;
  }
  create() {
    if (this._spec.everyDays === undefined && this._spec.everyHours === undefined) {
      throw new Error('A time-based trigger needs a frequency, such as everyDays(1).');
    }
    return this._app._add({ ...this._spec, handler: this._handler, eventType: 'CLOCK' });
  }
}

export class FakeSpreadsheetTriggerBuilder {
  private _event: TriggerData['eventType'] = 'ON_OPEN';
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
  forSpreadsheet(_sheet: unknown) {
    return new FakeSpreadsheetTriggerBuilder(this._app, this._handler);
  }
}

export class FakeScriptApp {
  readonly _triggers: FakeTrigger[] = [];
  private _next = 1;
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
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  };
  readonly TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS' };
  constructor(readonly _env: Env) {}
  _add(spec: Omit<TriggerData, 'id'>): FakeTrigger {
    if (this._triggers.length >= TRIGGER_LIMIT) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const trigger = new FakeTrigger({ ...spec, id: String(this._next++) });
    this._triggers.push(trigger);
    return trigger;
  }
  newTrigger(functionName: string) {
    return new FakeTriggerBuilder(this, functionName);
  }
  getProjectTriggers() {
    return [...this._triggers];
  }
  getUserTriggers(_spreadsheet: unknown) {
    return [...this._triggers];
  }
  deleteTrigger(trigger: FakeTrigger) {
    const i = this._triggers.findIndex((t) => t._data.id === trigger._data.id);
    if (i >= 0) this._triggers.splice(i, 1);
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>>,
  Check<NotInRealApi<FakeTrigger, GoogleAppsScript.Script.Trigger>>,
  Check<NotInRealApi<FakeTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>>,
  Check<NotInRealApi<FakeClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>>,
  Check<
    NotInRealApi<FakeSpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>
  >,
];

countCalls(FakeScriptApp, 'ScriptApp');
