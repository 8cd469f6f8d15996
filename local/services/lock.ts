/** LockService (https://developers.google.com/apps-script/reference/lock/lock-service). */
import { countCalls, Env, Check, NotInRealApi } from '../env';

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

export type _Checks = [
  Check<NotInRealApi<FakeLock, GoogleAppsScript.Lock.Lock>>,
  Check<NotInRealApi<FakeLockService, GoogleAppsScript.Lock.LockService>>,
];

countCalls(FakeLock, 'Lock');
countCalls(FakeLockService, 'LockService');
