/** MailApp with its daily recipient quota (https://developers.google.com/apps-script/reference/mail/mail-app, https://developers.google.com/apps-script/guides/services/quotas). */
import { countCalls, Env, Check, NotInRealApi } from '../env';

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

export type _Checks = [Check<NotInRealApi<FakeMailApp, GoogleAppsScript.Mail.MailApp>>];

countCalls(FakeMailApp, 'MailApp');
