/** PropertiesService and its size limits (https://developers.google.com/apps-script/reference/properties, https://developers.google.com/apps-script/guides/services/quotas). */
import { countCalls, Env, Check, NotInRealApi } from '../env';

/** Apps Script's limits: 9 KB a value, 500 KB a store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** Property reads and writes a day (quotas page): 50,000 on a consumer account, 500,000 on Workspace. */
export const PROPERTY_CALLS_A_DAY = { consumer: 50_000, workspace: 500_000 } as const;
export const PROPERTY_QUOTA_MESSAGE = 'Service invoked too many times for one day: properties.';

/** Each user's property calls in the last 24 hours, across every store: the quota is theirs. */
export class PropertyQuota {
  private readonly calls = new Map<string, number[]>();
  constructor(
    readonly _env: Env,
    public limit: number = PROPERTY_CALLS_A_DAY.consumer,
  ) {}
  use(): void {
    const now = this._env.now();
    const user = this._env.runUser();
    const calls = this.calls.get(user) ?? [];
    this.calls.set(user, calls);
    while (calls.length && calls[0] <= now - 86_400_000) calls.shift();
    if (calls.length >= this.limit) throw new Error(PROPERTY_QUOTA_MESSAGE);
    calls.push(now);
  }
}

export class FakeProperties {
  readonly _data = new Map<string, string>();
  constructor(
    readonly _env: Env,
    readonly _quota?: PropertyQuota,
  ) {}
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
    this._quota?.use();
    return this._data.get(key) ?? null;
  }
  getProperties() {
    this._quota?.use();
    return Object.fromEntries(this._data);
  }
  getKeys() {
    this._quota?.use();
    return [...this._data.keys()];
  }
  setProperty(key: string, value: string) {
    this._quota?.use();
    const next = new Map(this._data);
    next.set(key, String(value));
    this._commit(next);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean) {
    this._quota?.use();
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._data);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._commit(next);
    return this;
  }
  deleteProperty(key: string) {
    this._quota?.use();
    this._data.delete(key);
    return this;
  }
  deleteAllProperties() {
    this._quota?.use();
    this._data.clear();
    return this;
  }
}

/**
 * Document properties are the document's (null where a run has no document, as for a
 * standalone script), user properties each user's own for this script, script properties
 * everyone's.
 */
export class FakePropertiesService {
  readonly _document: FakeProperties;
  readonly _users = new Map<string, FakeProperties>();
  readonly _script: FakeProperties;
  readonly _quota: PropertyQuota;
  constructor(readonly _env: Env) {
    this._quota = new PropertyQuota(_env);
    this._document = new FakeProperties(_env, this._quota);
    this._script = new FakeProperties(_env, this._quota);
  }
  /** A user's own store; the keyboard user's unless one is named. */
  _user(email = this._env.runUser()): FakeProperties {
    let store = this._users.get(email);
    if (!store) this._users.set(email, (store = new FakeProperties(this._env, this._quota)));
    return store;
  }
  getDocumentProperties() {
    return this._env.hasDocument() ? this._document : null;
  }
  getUserProperties() {
    return this._user();
  }
  getScriptProperties() {
    return this._script;
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeProperties, GoogleAppsScript.Properties.Properties>>,
  Check<NotInRealApi<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
];

countCalls(FakeProperties, 'Properties');
countCalls(FakePropertiesService, 'PropertiesService');
