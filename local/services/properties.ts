/** PropertiesService and its size limits (https://developers.google.com/apps-script/reference/properties, https://developers.google.com/apps-script/guides/services/quotas). */
import { countCalls, Env, Check, NotInRealApi } from '../env';

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

export type _Checks = [
  Check<NotInRealApi<FakeProperties, GoogleAppsScript.Properties.Properties>>,
  Check<NotInRealApi<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
];

countCalls(FakeProperties, 'Properties');
countCalls(FakePropertiesService, 'PropertiesService');
