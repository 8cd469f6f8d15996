/** Session, Utilities and Logger (https://developers.google.com/apps-script/reference/base/session, https://developers.google.com/apps-script/reference/utilities/utilities). */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import { randomUUID } from 'node:crypto';
import { formatJavaDate } from '../formatDate';

export class FakeUser {
  constructor(
    readonly _env: Env,
    readonly _email: string,
  ) {}
  getEmail() {
    return this._email;
  }
}

/**
 * Session (https://developers.google.com/apps-script/reference/base/session#getActiveUser()):
 * the active user's email is blank where the script runs without that user's authorization
 * (a simple trigger, a custom function); an installable trigger runs as the user who made it.
 */
export class FakeSession {
  constructor(
    readonly _env: Env,
    readonly _scriptTimeZone: () => string,
    public _userLocale: string,
  ) {}
  getScriptTimeZone() {
    return this._scriptTimeZone();
  }
  getActiveUserLocale() {
    return this._userLocale;
  }
  getActiveUser() {
    const kind = this._env.current()?.kind;
    const unauthorized = kind === 'custom' || kind === 'simple' || kind === 'limited';
    return new FakeUser(this._env, unauthorized ? '' : this._env.runUser());
  }
  getEffectiveUser() {
    return new FakeUser(this._env, this._env.runUser());
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

export type _Checks = [
  Check<NotInRealApi<FakeSession, GoogleAppsScript.Base.Session>>,
  Check<NotInRealApi<FakeUser, GoogleAppsScript.Base.User>>,
  Check<NotInRealApi<FakeUtilities, GoogleAppsScript.Utilities.Utilities>>,
  Check<NotInRealApi<FakeLogger, GoogleAppsScript.Base.Logger>>,
];

countCalls(FakeSession, 'Session');
countCalls(FakeUtilities, 'Utilities');
countCalls(FakeLogger, 'Logger');
