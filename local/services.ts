/**
 * The Apps Script services other than sheets, as SheetCare uses them, with their quotas and
 * limits: MailApp, PropertiesService, LockService, CacheService, ScriptApp, HtmlService,
 * Session, Utilities, Logger and the spreadsheet UI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { countCalls, Env, NotInRealApi } from './env';
import { formatJavaDate } from './formatDate';
import { FakeConditionalFormatRuleBuilder } from './spreadsheet/conditionalFormat';
import type { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import type { UiRecord } from './spreadsheet/ui';

type Check<T extends never> = T;

// ---------------------------------------------------------------- UI

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class FakeMenu {
  readonly _items: { caption: string; functionName: string }[] = [];
  constructor(
    readonly _env: Env,
    readonly _ui: UiRecord,
    readonly _title: string,
  ) {}
  addItem(caption: string, functionName: string) {
    this._items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this._items.push({ caption: '---', functionName: '' });
    return this;
  }
  addSubMenu(menu: FakeMenu) {
    this._items.push(
      ...menu._items.map((i) => ({ ...i, caption: `${menu._title} › ${i.caption}` })),
    );
    return this;
  }
  addToUi() {
    const existing = this._ui.menus.findIndex((m) => m.title === this._title);
    const menu = { title: this._title, items: [...this._items] };
    if (existing >= 0) this._ui.menus[existing] = menu;
    else this._ui.menus.push(menu);
  }
}

export class FakeUi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  constructor(
    readonly _env: Env,
    readonly _record: UiRecord,
  ) {}
  createAddonMenu() {
    return new FakeMenu(this._env, this._record, 'Extensions › SheetCare');
  }
  createMenu(caption: string) {
    return new FakeMenu(this._env, this._record, caption);
  }
  showSidebar(userInterface: FakeHtmlOutput) {
    this._record.sidebars.push({ title: userInterface._title, content: userInterface._content });
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string) {
    this._record.dialogs.push({ title, content: userInterface._content });
  }
  alert(title: string, prompt?: unknown, _buttons?: unknown) {
    this._record.alerts.push({ title, prompt: typeof prompt === 'string' ? prompt : '' });
    return this._record.answers.shift() ?? Button.OK;
  }
}

// ---------------------------------------------------------------- SpreadsheetApp

export class FakeSpreadsheetApp {
  constructor(
    readonly _env: Env,
    readonly _ss: FakeSpreadsheet,
  ) {}
  getActiveSpreadsheet() {
    return this._ss;
  }
  getActive() {
    return this._ss;
  }
  getActiveSheet() {
    return this._ss.getActiveSheet();
  }
  getUi() {
    return new FakeUi(this._env, this._ss._ui);
  }
  newConditionalFormatRule() {
    return new FakeConditionalFormatRuleBuilder(this._env);
  }
  flush() {}
}

// ---------------------------------------------------------------- MailApp

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly at: number;
}

/** The consumer Gmail account's daily limit on recipients. */
export const CONSUMER_MAIL_QUOTA = 100;

export class FakeMailApp {
  readonly _sent: SentMail[] = [];
  constructor(
    readonly _env: Env,
    public _quota = CONSUMER_MAIL_QUOTA,
  ) {}
  _usedToday(): number {
    const day = Math.floor(this._env.now() / 86_400_000);
    return this._sent
      .filter((m) => Math.floor(m.at / 86_400_000) === day)
      .reduce((n, m) => n + m.to.split(',').length, 0);
  }
  getRemainingDailyQuota() {
    return Math.max(0, this._quota - this._usedToday());
  }
  sendEmail(
    a: string | Record<string, unknown>,
    subject?: string,
    body?: string,
    options?: Record<string, unknown>,
  ) {
    const message = typeof a === 'string' ? { ...options, to: a, subject, body } : a;
    const to = String(message.to ?? '').trim();
    if (!to) throw new Error('Failed to send email: no recipient');
    if (message.subject === undefined)
      throw new Error(
        "The parameters (String) don't match the method signature for MailApp.sendEmail.",
      );
    for (const addr of to.split(',')) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(addr.trim()))
        throw new Error(`Invalid email: ${addr.trim()}`);
    }
    if (this._usedToday() + to.split(',').length > this._quota) {
      throw new Error('Service invoked too many times for one day: email.');
    }
    this._sent.push({
      to,
      subject: String(message.subject),
      body: String(message.body ?? ''),
      htmlBody: message.htmlBody === undefined ? undefined : String(message.htmlBody),
      name: message.name === undefined ? undefined : String(message.name),
      replyTo: message.replyTo === undefined ? undefined : String(message.replyTo),
      at: this._env.now(),
    });
  }
}

// ---------------------------------------------------------------- PropertiesService

/** Apps Script's limits: 9 KB a value, 500 KB a store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  readonly _data = new Map<string, string>();
  constructor(readonly _env: Env) {}
  _size(data: Map<string, string>): number {
    let n = 0;
    for (const [k, v] of data) n += Buffer.byteLength(k) + Buffer.byteLength(v);
    return n;
  }
  _commit(next: Map<string, string>): void {
    for (const [k, v] of next) {
      if (Buffer.byteLength(v) > PROPERTY_VALUE_LIMIT)
        throw new Error(`Argument too large: value (${k})`);
    }
    if (this._size(next) > PROPERTY_STORE_LIMIT) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this._data.clear();
    for (const [k, v] of next) this._data.set(k, v);
  }
  getProperty(key: string) {
    return this._data.get(key) ?? null;
  }
  getProperties() {
    return Object.fromEntries(this._data);
  }
  getKeys() {
    return [...this._data.keys()];
  }
  setProperty(key: string, value: string) {
    const next = new Map(this._data);
    next.set(key, String(value));
    this._commit(next);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean) {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._data);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._commit(next);
    return this;
  }
  deleteProperty(key: string) {
    this._data.delete(key);
    return this;
  }
  deleteAllProperties() {
    this._data.clear();
    return this;
  }
}

export class FakePropertiesService {
  readonly _document: FakeProperties;
  readonly _user: FakeProperties;
  readonly _script: FakeProperties;
  constructor(readonly _env: Env) {
    this._document = new FakeProperties(_env);
    this._user = new FakeProperties(_env);
    this._script = new FakeProperties(_env);
  }
  getDocumentProperties() {
    return this._document;
  }
  getUserProperties() {
    return this._user;
  }
  getScriptProperties() {
    return this._script;
  }
}

// ---------------------------------------------------------------- LockService

/** Who holds each lock; a test marks one as held by "another execution". */
export class LockTable {
  readonly held = new Map<string, 'us' | 'other'>();
}

export class FakeLock {
  constructor(
    readonly _env: Env,
    readonly _table: LockTable,
    readonly _name: string,
  ) {}
  tryLock(_timeoutInMillis: number) {
    if (this._table.held.get(this._name) === 'other') return false;
    this._table.held.set(this._name, 'us');
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  hasLock() {
    return this._table.held.get(this._name) === 'us';
  }
  releaseLock() {
    if (this._table.held.get(this._name) === 'us') this._table.held.delete(this._name);
  }
}

export class FakeLockService {
  readonly _table = new LockTable();
  constructor(readonly _env: Env) {}
  getDocumentLock() {
    return new FakeLock(this._env, this._table, 'document');
  }
  getScriptLock() {
    return new FakeLock(this._env, this._table, 'script');
  }
  getUserLock() {
    return new FakeLock(this._env, this._table, 'user');
  }
}

// ---------------------------------------------------------------- CacheService

export const CACHE_VALUE_LIMIT = 100 * 1024;
const CACHE_MAX_SECONDS = 21_600;

export class FakeCache {
  readonly _data = new Map<string, { value: string; until: number }>();
  constructor(readonly _env: Env) {}
  _live(key: string): string | null {
    const e = this._data.get(key);
    if (!e) return null;
    if (e.until <= this._env.now()) {
      this._data.delete(key);
      return null;
    }
    return e.value;
  }
  get(key: string) {
    return this._live(key);
  }
  getAll(keys: string[]) {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._live(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = 600) {
    if (Buffer.byteLength(value) > CACHE_VALUE_LIMIT) throw new Error('Argument too large: value');
    const seconds = Math.min(expirationInSeconds, CACHE_MAX_SECONDS);
    this._data.set(key, { value, until: this._env.now() + seconds * 1000 });
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600) {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string) {
    this._data.delete(key);
  }
  removeAll(keys: string[]) {
    for (const k of keys) this._data.delete(k);
  }
}

export class FakeCacheService {
  readonly _document: FakeCache;
  readonly _user: FakeCache;
  readonly _script: FakeCache;
  constructor(readonly _env: Env) {
    this._document = new FakeCache(_env);
    this._user = new FakeCache(_env);
    this._script = new FakeCache(_env);
  }
  getDocumentCache() {
    return this._document;
  }
  getUserCache() {
    return this._user;
  }
  getScriptCache() {
    return this._script;
  }
}

// ---------------------------------------------------------------- ScriptApp

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

// ---------------------------------------------------------------- HtmlService

export class FakeHtmlOutput {
  _title = '';
  _width = 300;
  constructor(
    readonly _env: Env,
    public _content: string,
  ) {}
  getContent() {
    return this._content;
  }
  setTitle(title: string) {
    this._title = title;
    return this;
  }
  append(addedContent: string) {
    this._content += addedContent;
    return this;
  }
  getTitle() {
    return this._title;
  }
  setWidth(width: number) {
    this._width = width;
    return this;
  }
  setHeight(_height: number) {
    return this;
  }
}

export class FakeHtmlService {
  constructor(
    readonly _env: Env,
    readonly _dir: string,
  ) {}
  createHtmlOutputFromFile(filename: string) {
    const file = path.join(this._dir, filename.endsWith('.html') ? filename : `${filename}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this._env, fs.readFileSync(file, 'utf8'));
  }
  createHtmlOutput(html?: string) {
    return new FakeHtmlOutput(this._env, html ?? '');
  }
}

// ---------------------------------------------------------------- Session, Utilities, Logger

export class FakeUser {
  constructor(
    readonly _env: Env,
    readonly _email: string,
  ) {}
  getEmail() {
    return this._email;
  }
}

export class FakeSession {
  constructor(
    readonly _env: Env,
    public _scriptTimeZone: string,
    public _userLocale: string,
    public _email: string,
  ) {}
  getScriptTimeZone() {
    return this._scriptTimeZone;
  }
  getActiveUserLocale() {
    return this._userLocale;
  }
  getActiveUser() {
    return new FakeUser(this._env, this._email);
  }
  getEffectiveUser() {
    return new FakeUser(this._env, this._email);
  }
}

export class FakeUtilities {
  constructor(readonly _env: Env) {}
  formatDate(date: Date, timeZone: string, format: string) {
    if (Object.prototype.toString.call(date) !== '[object Date]') {
      throw new Error(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    }
    return formatJavaDate(date.getTime(), timeZone, format);
  }
  sleep(milliseconds: number) {
    this._env.spend(milliseconds);
  }
  getUuid() {
    return randomUUID();
  }
}

export class FakeLogger {
  readonly _lines: string[] = [];
  constructor(readonly _env: Env) {}
  log(data: unknown, ...values: unknown[]) {
    this._lines.push([data, ...values].map(String).join(' '));
    return this;
  }
}

export type _ServiceChecks = [
  Check<NotInRealApi<FakeUi, GoogleAppsScript.Base.Ui>>,
  Check<NotInRealApi<FakeMenu, GoogleAppsScript.Base.Menu>>,
  Check<NotInRealApi<FakeSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  Check<NotInRealApi<FakeMailApp, GoogleAppsScript.Mail.MailApp>>,
  Check<NotInRealApi<FakeProperties, GoogleAppsScript.Properties.Properties>>,
  Check<NotInRealApi<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
  Check<NotInRealApi<FakeLock, GoogleAppsScript.Lock.Lock>>,
  Check<NotInRealApi<FakeLockService, GoogleAppsScript.Lock.LockService>>,
  Check<NotInRealApi<FakeCache, GoogleAppsScript.Cache.Cache>>,
  Check<NotInRealApi<FakeCacheService, GoogleAppsScript.Cache.CacheService>>,
  Check<NotInRealApi<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>>,
  Check<NotInRealApi<FakeTrigger, GoogleAppsScript.Script.Trigger>>,
  Check<NotInRealApi<FakeTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>>,
  Check<NotInRealApi<FakeClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>>,
  Check<
    NotInRealApi<FakeSpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>
  >,
  Check<NotInRealApi<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
  Check<NotInRealApi<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>>,
  Check<NotInRealApi<FakeSession, GoogleAppsScript.Base.Session>>,
  Check<NotInRealApi<FakeUser, GoogleAppsScript.Base.User>>,
  Check<NotInRealApi<FakeUtilities, GoogleAppsScript.Utilities.Utilities>>,
  Check<NotInRealApi<FakeLogger, GoogleAppsScript.Base.Logger>>,
];

for (const [cls, name] of [
  [FakeUi, 'Ui'],
  [FakeMenu, 'Menu'],
  [FakeSpreadsheetApp, 'SpreadsheetApp'],
  [FakeMailApp, 'MailApp'],
  [FakeProperties, 'Properties'],
  [FakePropertiesService, 'PropertiesService'],
  [FakeLock, 'Lock'],
  [FakeLockService, 'LockService'],
  [FakeCache, 'Cache'],
  [FakeCacheService, 'CacheService'],
  [FakeScriptApp, 'ScriptApp'],
  [FakeHtmlService, 'HtmlService'],
  [FakeSession, 'Session'],
  [FakeUtilities, 'Utilities'],
  [FakeLogger, 'Logger'],
] as const) {
  countCalls(cls, name);
}
