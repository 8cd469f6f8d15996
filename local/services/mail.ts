/**
 * MailApp as documented (https://developers.google.com/apps-script/reference/mail/mail-app)
 * with its quotas and limits (https://developers.google.com/apps-script/guides/services/quotas):
 * every recipient in to, cc and bcc counts against the daily quota (100 on consumer
 * accounts, 1,500 on Workspace); a recipient frees up 24 hours after the send that used it,
 * not at midnight; at most 50 recipients per message; a body of at most 200 KB (400 KB on
 * Workspace). Each mail sent is kept as an RFC 5322 message.
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';

export type Account = 'consumer' | 'workspace';

export const MAIL_QUOTA: Record<Account, number> = { consumer: 100, workspace: 1500 };
/** The consumer account's daily limit on recipients. */
export const CONSUMER_MAIL_QUOTA = MAIL_QUOTA.consumer;
export const RECIPIENTS_PER_MESSAGE = 50;
export const BODY_LIMIT: Record<Account, number> = { consumer: 200 * 1024, workspace: 400 * 1024 };
const DAY_MS = 86_400_000;

/** Errors MailApp is seen to throw, for the fault hook. */
export const MAIL_FAULTS = {
  unavailable: 'Service unavailable: Gmail',
  daily: 'Service invoked too many times for one day: email.',
  burst:
    'Service invoked too many times in a short time: email. Try Utilities.sleep(1000) between calls.',
} as const;

export interface SentMail {
  readonly to: string[];
  readonly cc: string[];
  readonly bcc: string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly noReply: boolean;
  readonly attachments: { name: string; type: string; bytes: number }[];
  readonly from: string;
  /** When it was sent, simulated clock. */
  readonly at: number;
}

interface Blob {
  getName?: () => string;
  getContentType?: () => string;
  getBytes?: () => ArrayLike<number>;
}

const ADDRESS = /^[^@\s,;<>()]+@[^@\s,;<>()]+\.[^@\s,;<>()]+$/;

const addresses = (list: unknown): string[] =>
  list === undefined || list === null || list === ''
    ? []
    : String(list)
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '');

/** RFC 2047 for a header that is not plain ASCII. */
const encodeHeader = (text: string): string =>
  /^[\x20-\x7e]*$/.test(text)
    ? text
    : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

const base64Lines = (text: string): string =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/** The message as an .eml file (RFC 5322, MIME per RFC 2045–2047). */
export function toEml(m: SentMail): string {
  const boundary = `=_sheetcare_${m.at.toString(36)}`;
  const head = [
    `Date: ${new Date(m.at).toUTCString().replace('GMT', '+0000')}`,
    `From: ${m.name ? `${encodeHeader(m.name)} <${m.from}>` : m.from}`,
    `To: ${m.to.join(', ')}`,
    ...(m.cc.length ? [`Cc: ${m.cc.join(', ')}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${encodeHeader(m.subject)}`,
    'MIME-Version: 1.0',
  ];
  const part = (type: string, text: string) =>
    [
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(text),
    ].join('\r\n');
  if (m.htmlBody === undefined) return [...head, part('text/plain', m.body), ''].join('\r\n');
  return [
    ...head,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    part('text/plain', m.body),
    `--${boundary}`,
    part('text/html', m.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

export class FakeMailApp {
  readonly _sent: SentMail[] = [];
  /** Share of sends (0–1) that fail with the given fault, for tests; a seeded sequence. */
  _fault: { share: number; error: keyof typeof MAIL_FAULTS } | undefined;
  private _faultTick = 0;
  constructor(
    readonly _env: Env,
    public _quota = CONSUMER_MAIL_QUOTA,
    readonly _account: Account = 'consumer',
    readonly _from = 'owner@example.com',
  ) {}

  /** Recipients used in the 24 hours before now. */
  _used(): number {
    const since = this._env.now() - DAY_MS;
    return this._sent
      .filter((m) => m.at > since)
      .reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0);
  }

  getRemainingDailyQuota() {
    return Math.max(0, this._quota - this._used());
  }

  sendEmail(...args: unknown[]) {
    const m = this._message(args);
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (to.length === 0 && all.length === 0) throw new Error('Failed to send email: no recipient');
    for (const a of all) if (!ADDRESS.test(a)) throw new Error(`Invalid email: ${a}`);
    if (all.length > RECIPIENTS_PER_MESSAGE) {
      throw new Error(`Limit Exceeded: Email Recipients Per Message.`);
    }
    const body = String(m.body ?? '');
    const htmlBody = m.htmlBody === undefined ? undefined : String(m.htmlBody);
    const size = Buffer.byteLength(body) + (htmlBody ? Buffer.byteLength(htmlBody) : 0);
    if (size > BODY_LIMIT[this._account]) throw new Error('Limit Exceeded: Email Body Size.');
    if (m.noReply && this._account !== 'workspace') {
      // noReply is for Workspace accounts only (mail-app#sendEmail(String,String,String,Object)).
      throw new Error('noReply is only available to Google Workspace accounts.');
    }
    if (this._used() + all.length > this._quota) throw new Error(MAIL_FAULTS.daily);
    if (this._fault) {
      this._faultTick += this._fault.share;
      if (this._faultTick >= 1) {
        this._faultTick -= 1;
        throw new Error(MAIL_FAULTS[this._fault.error]);
      }
    }
    const attachments = ((m.attachments as Blob[] | undefined) ?? []).map((b) => ({
      name: b.getName?.() ?? 'attachment',
      type: b.getContentType?.() ?? 'application/octet-stream',
      bytes: b.getBytes?.().length ?? 0,
    }));
    this._sent.push({
      to,
      cc,
      bcc,
      subject: String(m.subject),
      body,
      htmlBody,
      name: m.name === undefined ? undefined : String(m.name),
      replyTo: m.replyTo === undefined ? undefined : String(m.replyTo),
      noReply: m.noReply === true,
      attachments,
      from: m.noReply ? `noreply@${this._from.split('@')[1]}` : this._from,
      at: this._env.now(),
    });
  }

  /** The four documented signatures, as one message object. */
  private _message(args: unknown[]): Record<string, unknown> {
    const signature = (): never => {
      throw new Error(
        `The parameters (${args.map((a) => (typeof a === 'object' ? 'Object' : 'String')).join(',')}) don't match the method signature for MailApp.sendEmail.`,
      );
    };
    if (args.length === 1) {
      if (typeof args[0] !== 'object' || args[0] === null) signature();
      const m = args[0] as Record<string, unknown>;
      if (m.subject === undefined) signature();
      return m;
    }
    if (args.length === 3 && args.every((a) => typeof a === 'string')) {
      return { to: args[0], subject: args[1], body: args[2] };
    }
    if (args.length === 4 && typeof args[3] === 'object' && args[3] !== null) {
      return { ...(args[3] as object), to: args[0], subject: args[1], body: args[2] };
    }
    if (args.length === 4 && args.every((a) => typeof a === 'string')) {
      return { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    }
    return signature();
  }
}

export type _Checks = [Check<NotInRealApi<FakeMailApp, GoogleAppsScript.Mail.MailApp>>];

countCalls(FakeMailApp, 'MailApp');
