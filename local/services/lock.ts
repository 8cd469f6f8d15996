/**
 * LockService (https://developers.google.com/apps-script/reference/lock/lock-service,
 * https://developers.google.com/apps-script/reference/lock/lock). A lock belongs to the run
 * that took it and is released when that run ends or is killed; `getDocumentLock()` is null
 * outside a containing document; `waitLock` spends its timeout and throws; `tryLock` answers
 * false once its timeout has passed. Overlapping runs (a sidebar call while the trigger runs)
 * contend for the same locks.
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** Who holds each lock: a run's id, or "other" for an execution outside the stand-in. */
export class LockTable {
  readonly held = new Map<string, number | 'other'>();
}

export class FakeLock {
  constructor(
    readonly _env: Env,
    readonly _table: LockTable,
    readonly _name: string,
  ) {}
  private _holder(): number | 'other' | undefined {
    const h = this._table.held.get(this._name);
    // 0 is the test itself, outside any run.
    if (typeof h === 'number' && h !== 0 && !this._env.isActive(h)) {
      this._table.held.delete(this._name);
      return undefined;
    }
    return h;
  }
  private _me(): number {
    return this._env.current()?.id ?? 0;
  }
  tryLock(timeoutInMillis: number) {
    return this._try(timeoutInMillis);
  }
  /** One service call each: waitLock's attempt is not a second call. */
  _try(timeoutInMillis: number): boolean {
    const h = this._holder();
    if (h !== undefined && h !== this._me()) {
      // Nothing else runs while this run waits here: the holder cannot let go in time.
      this._env.spend(Math.max(0, timeoutInMillis));
      return false;
    }
    this._table.held.set(this._name, this._me());
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this._try(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock() {
    return this._holder() === this._me();
  }
  releaseLock() {
    if (this._holder() === this._me()) this._table.held.delete(this._name);
  }
}

export class FakeLockService {
  readonly _table = new LockTable();
  constructor(readonly _env: Env) {}
  getDocumentLock() {
    if (!this._env.hasDocument()) return null;
    return new FakeLock(this._env, this._table, 'document');
  }
  getScriptLock() {
    return new FakeLock(this._env, this._table, 'script');
  }
  /** Each user's own: another user's run does not wait for it. */
  getUserLock() {
    return new FakeLock(this._env, this._table, `user:${this._env.runUser()}`);
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeLock, GoogleAppsScript.Lock.Lock>>,
  Check<NotInRealApi<FakeLockService, GoogleAppsScript.Lock.LockService>>,
];

countCalls(FakeLock, 'Lock');
countCalls(FakeLockService, 'LockService');
