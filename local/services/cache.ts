/** CacheService and its limits (https://developers.google.com/apps-script/reference/cache/cache-service). */
import { countCalls, Env, Check, NotInRealApi } from '../env';

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

export type _Checks = [
  Check<NotInRealApi<FakeCache, GoogleAppsScript.Cache.Cache>>,
  Check<NotInRealApi<FakeCacheService, GoogleAppsScript.Cache.CacheService>>,
];

countCalls(FakeCache, 'Cache');
countCalls(FakeCacheService, 'CacheService');
