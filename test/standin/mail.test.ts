/** MailApp as documented: its signatures, options, limits and quota, and what it sent. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { toEml } from '../../local/services/mail';

const script = (s: StandIn, source: string) => vm.runInContext(source, s.context);
const send = (s: StandIn, args: string) => {
  script(s, `function __send() { MailApp.sendEmail(${args}); }`);
  return s.run('__send');
};

describe('MailApp.sendEmail', () => {
  it('takes each documented signature', () => {
    const s = new StandIn();
    send(s, `'a@example.com', 'Subject 1', 'Body 1'`);
    send(s, `'b@example.com', 'Subject 2', 'Body 2', { name: '小店', cc: 'c@example.com' }`);
    send(s, `{ to: 'd@example.com', subject: 'Subject 3', htmlBody: '<b>Hi</b>', body: 'Hi' }`);
    send(s, `'e@example.com', 'reply@example.com', 'Subject 4', 'Body 4'`);
    expect(s.mail._sent.map((m) => [m.to, m.cc, m.subject, m.name, m.replyTo, m.htmlBody])).toEqual(
      [
        [['a@example.com'], [], 'Subject 1', undefined, undefined, undefined],
        [['b@example.com'], ['c@example.com'], 'Subject 2', '小店', undefined, undefined],
        [['d@example.com'], [], 'Subject 3', undefined, undefined, '<b>Hi</b>'],
        [['e@example.com'], [], 'Subject 4', undefined, 'reply@example.com', undefined],
      ],
    );
    expect(() => send(s, `'a@example.com', 'only a subject'`)).toThrow(
      "don't match the method signature",
    );
  });

  it('counts every recipient in to, cc and bcc, and frees each 24 hours after its send', () => {
    const s = new StandIn({ today: '2026-03-01T10:00:00Z' });
    send(
      s,
      `'a@example.com,b@example.com', 'S', 'B', { cc: 'c@example.com', bcc: 'd@example.com' }`,
    );
    expect(s.mail.getRemainingDailyQuota()).toBe(96);
    s.env.setNow('2026-03-01T23:00:00Z');
    for (let i = 0; i < 96; i++) s.mail.sendEmail(`u${i}@example.com`, 'S', 'B');
    expect(() => s.mail.sendEmail('late@example.com', 'S', 'B')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    // Not at midnight: 24 hours after 10:00 the first four come back, the rest later.
    s.env.setNow('2026-03-02T00:30:00Z');
    expect(s.mail.getRemainingDailyQuota()).toBe(0);
    s.env.setNow('2026-03-02T10:00:01Z');
    expect(s.mail.getRemainingDailyQuota()).toBe(4);
  });

  it('has 1,500 recipients a day on Workspace, where noReply is allowed', () => {
    const s = new StandIn({ account: 'workspace' });
    expect(s.mail.getRemainingDailyQuota()).toBe(1500);
    s.mail.sendEmail('a@example.com', 'S', 'B', { noReply: true });
    expect(s.mail._sent[0].from).toBe('noreply@example.com');
    const consumer = new StandIn();
    expect(() => consumer.mail.sendEmail('a@example.com', 'S', 'B', { noReply: true })).toThrow(
      'Workspace',
    );
  });

  it('refuses bad addresses, 51 recipients and a body over 200 KB, sending nothing', () => {
    const s = new StandIn();
    expect(() => s.mail.sendEmail('a@example.com,not-an-address', 'S', 'B')).toThrow(
      'Invalid email: not-an-address',
    );
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.com`).join(',');
    expect(() => s.mail.sendEmail(many, 'S', 'B')).toThrow('Recipients Per Message');
    expect(() => s.mail.sendEmail('a@example.com', 'S', 'x'.repeat(200 * 1024 + 1))).toThrow(
      'Body Size',
    );
    expect([s.mail._sent.length, s.mail.getRemainingDailyQuota()]).toEqual([0, 100]);
  });

  it('fails a given share of sends with the errors Gmail gives, for code to survive', () => {
    const s = new StandIn();
    s.mail._fault = { share: 0.5, error: 'unavailable' };
    const outcomes = Array.from({ length: 4 }, (_, i) => {
      try {
        s.mail.sendEmail(`u${i}@example.com`, 'S', 'B');
        return 'sent';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(outcomes).toEqual([
      'sent',
      'Service unavailable: Gmail',
      'sent',
      'Service unavailable: Gmail',
    ]);
  });
});

describe('what was sent', () => {
  it('is an RFC 5322 message dated by the simulated clock, written out as .eml', () => {
    const s = new StandIn({ today: '2026-03-01T10:00:00Z', email: 'shop@example.com' });
    s.mail.sendEmail('a@example.com', '春节快乐', 'Hello 你好', {
      name: '小店',
      htmlBody: '<p>你好</p>',
      replyTo: 'help@example.com',
    });
    const eml = toEml(s.mail._sent[0]);
    expect(eml).toMatch(/^Date: Sun, 01 Mar 2026 10:00:00 \+0000\r\n/);
    expect(eml).toContain(
      `From: =?UTF-8?B?${Buffer.from('小店').toString('base64')}?= <shop@example.com>`,
    );
    expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from('春节快乐').toString('base64')}?=`);
    expect(eml).toContain('Reply-To: help@example.com');
    expect(eml).toContain('Content-Type: multipart/alternative');
    expect(eml).toContain(Buffer.from('Hello 你好').toString('base64'));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eml-')), 'mail.eml');
    fs.writeFileSync(file, eml);
    expect(
      fs
        .readFileSync(file, 'utf8')
        .split('\r\n')
        .filter((l) => l.startsWith('To:')),
    ).toEqual(['To: a@example.com']);
  });
});
