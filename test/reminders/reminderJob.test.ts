/**
 * The reminder job on a small shop, through the built add-on in the stand-in: what it sends and
 * when, what it does with customers it cannot mail, and what is left after a run is killed at
 * any service call. Dates are Shanghai's; 2024-03-15 is a Friday.
 */
import { describe, expect, it } from 'vitest';
import { standings } from '../../local/ledgerView';
import { StandIn, TRIGGER_RUNTIME_MESSAGE } from '../../local/runner';
import type { SentMail } from '../../local/services/mail';
import type { LookAhead, ReminderState, TodayPlan } from '../../src/shared/api';
import {
  EIGHT_BUYERS,
  LOG,
  now,
  ORDERS,
  rowsOf,
  sentTo,
  sh,
  sheet,
  shop,
  statuses,
} from '../helpers/reminderShop';

describe('a day of reminders', () => {
  it('mails the follow-ups and the birthday, lists the customers it cannot mail, and logs each', () => {
    const s = shop();
    const run = now(s);
    expect(run).toMatchObject({ sent: 3, failed: 0, unknown: 0 });
    // Amy and Bo bought a week ago; Eve's birthday is today (15 March).
    expect(sentTo(s).sort()).toEqual(['amy@example.com', 'bo@example.com', 'eve@example.com']);
    expect(Object.fromEntries(statuses(s))).toEqual({
      'a|follow-up|2024-03-08': 'sent',
      'b|follow-up|2024-03-08': 'sent',
      'c|follow-up|2024-03-08': 'listed',
      'd|follow-up|2024-03-08': 'listed',
      'e|birthday|2024-03-15': 'sent',
    });
    // Chen has no email, D's email is not one: both go to the contact list with their message.
    const contacts = rowsOf(s, '今日联系 Contact list');
    expect(contacts.map((r) => [r[1], r[4], r[7]])).toEqual([
      ['C', '13800138000', false],
      ['D', '', false],
    ]);
    expect(String(contacts[0][6])).toContain('您在2024年3月8日购买了纸尿裤');
    expect(String(contacts[1][5])).toContain('邮箱格式不对');
  });

  it('never sends a key twice: the same day again, or the next day', () => {
    const s = shop();
    now(s);
    now(s);
    s.env.setNow('2024-03-16T01:30:00Z');
    now(s);
    expect(s.mail._sent).toHaveLength(3);
  });

  it('says each value once, escaped in HTML, and a name never becomes markup, a placeholder or a formula', () => {
    const s = shop();
    now(s);
    const bo = s.mail._sent.find((m) => m.to[0] === 'bo@example.com')!;
    expect(bo.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(bo.htmlBody).not.toContain('<img');
    expect(bo.body).toContain('<img src=x onerror=alert(1)>，您好！');
    // D's name "{{shop}}" reaches the prepared message as written, not as the shop's name.
    const d = rowsOf(s, '今日联系 Contact list').find((r) => r[1] === 'D')!;
    expect(String(d[6])).toContain('{{shop}}，您好！');
    // C's name stays text on the sheets SheetCare writes.
    for (const name of [LOG, '今日联系 Contact list']) {
      const formulas = sheet(s, name).getDataRange().getFormulas().flat().filter(Boolean);
      expect(formulas).toEqual([]);
    }
    expect(rowsOf(s, LOG).some((r) => r[2] === '=HYPERLINK("http://x.example","点我")')).toBe(true);
  });

  it('carries an unsubscribe link in every mail, and an answer through the form stops that customer only', () => {
    const s = shop('2024-03-15T01:30:00Z', ['follow-up', 'birthday', 'replenish']);
    now(s);
    const amy = s.mail._sent.find((m) => m.to[0] === 'amy@example.com')!;
    const link = /https:\/\/docs\.google\.com\/forms\/\S+/.exec(amy.body)![0];
    const reference = decodeURIComponent(/entry\.\d+=([^&\s]+)/.exec(link)![1]);
    expect(reference).toMatch(/^a [\w-]{22}$/);
    const formId = /forms\/d\/e\/([^/]+)\//.exec(link)![1];
    const question = '您的退订编号（已自动填好，请勿修改）';
    // Someone edits the field to stop mail to Bo with Amy's hash: refused.
    s.submitForm(formId, { [question]: reference.replace(/^a /, 'b ') });
    expect(rowsOf(s, '退订名单 Do-not-email')).toEqual([]);
    const ran = s.submitForm(formId, { [question]: reference });
    expect(ran.map((e) => e.status)).toEqual(['completed']);
    // Amy by her key, and the address her mail went to: no other ID of hers gets mail there.
    expect(rowsOf(s, '退订名单 Do-not-email').map((r) => [r[0], r[1], r[2]])).toEqual([
      ['a', '', '客户退订'],
      ['', 'amy@example.com', '客户退订'],
    ]);
    const state = s.run('reminderState') as ReminderState;
    expect(state.doNotEmail).toEqual([
      { customer: 'a', email: '', source: '客户退订' },
      { customer: '', email: 'amy@example.com', source: '客户退订' },
    ]);
  });

  it('keeps an unsubscribe when the form-submit run is killed at its very end', () => {
    const submit = (killAt: number) => {
      const s = shop();
      now(s);
      const amy = s.mail._sent.find((m) => m.to[0] === 'amy@example.com')!;
      const link = /https:\/\/docs\.google\.com\/forms\/\S+/.exec(amy.body)![0];
      const reference = decodeURIComponent(/entry\.\d+=([^&\s]+)/.exec(link)![1]);
      s.env.killAtCall(killAt);
      s.submitForm(/forms\/d\/e\/([^/]+)\//.exec(link)![1], {
        '您的退订编号（已自动填好，请勿修改）': reference,
      });
      return { s, killed: s.env.executions.at(-1)!.status === 'killed' };
    };
    // The handler's last call: the last one a kill still reaches.
    let last = 1;
    while (submit(last + 1).killed) last++;
    const { s, killed } = submit(last);
    expect(killed).toBe(true);
    expect(
      (s.run('reminderState') as ReminderState).doNotEmail.map((d) => d.customer || d.email),
    ).toEqual(['a', 'amy@example.com']);
  });

  it('skips an unsubscribed customer with the reason, and a hand-added email too', () => {
    const s = shop();
    s.run('addDoNotEmail', 'Bo@Example.com');
    s.run('addDoNotEmail', 'A');
    now(s);
    expect(sentTo(s)).toEqual(['eve@example.com']);
    // The Send log counts the skipped rather than listing them: A and B, for one rule and day.
    expect(
      rowsOf(s, LOG)
        .filter((r) => r[5] === '已跳过')
        .map((r) => [r[4], r[6]]),
    ).toEqual([['购后一周回访', '已退订（共 2 条）']]);
    s.run('removeDoNotEmail', 'a');
    expect((s.run('reminderState') as ReminderState).doNotEmail.map((d) => d.email)).toEqual([
      'bo@example.com',
    ]);
  });

  it('never mails an address the owner marked bounced, and says so in the log and the list', () => {
    const s = shop();
    expect(() => s.run('markBounced', 'A')).toThrow('“A”不是邮箱地址');
    s.run('markBounced', ' Eve@Example.com ');
    const state = s.run('reminderState') as ReminderState;
    expect(state.doNotEmail).toEqual([
      { customer: '', email: 'eve@example.com', source: '邮箱退信' },
    ]);
    now(s);
    expect(sentTo(s).sort()).toEqual(['amy@example.com', 'bo@example.com']);
    expect(
      rowsOf(s, LOG)
        .filter((r) => r[5] === '已跳过')
        .map((r) => r[6]),
    ).toEqual(['邮箱退信（共 1 条）']);
  });

  it('takes a bounce the team types on the sheet, and keeps one marked in the panel when its row is deleted', () => {
    const s = shop();
    s.run('markBounced', 'eve@example.com');
    const list = sheet(s, '退订名单 Do-not-email');
    // The team deletes the panel's row, sorts nothing else, and types a bounce of their own.
    list.deleteRow(2);
    list.appendRow(['', 'Bo@Example.com', 'address bounced', '']);
    now(s);
    expect(sentTo(s)).toEqual(['amy@example.com']);
    expect(
      rowsOf(s, LOG)
        .filter((r) => r[5] === '已跳过')
        .map((r) => [r[4], r[6]])
        .sort(),
    ).toEqual([
      // Bo's follow-up and Eve's birthday (she is 34 today), each a bounce.
      ['生日祝福', '邮箱退信（共 1 条）'],
      ['购后一周回访', '邮箱退信（共 1 条）'],
    ]);
  });
});

describe('the quota and the order', () => {
  /** Eight buyers a week ago, A tier first by spend, one holding a coupon. */
  const orders = EIGHT_BUYERS;

  it('sends the most urgent first when the quota cannot take all, and the rest first the next day', () => {
    const s = shop('2024-03-15T01:30:00Z', ['follow-up', 'coupon', 'win-back'], orders, 3);
    // A 10-yuan coupon of H's that expires on the 18th: due today, three days before.
    s.spreadsheet._sheets
      .find((x) => x._name === '优惠券 Coupons')!
      .getRange(2, 1, 1, 4)
      .setValues([['H', 'LD001', '10 元', sh('2024-03-18T00:00:00')]]);
    const first = now(s);
    expect(first).toMatchObject({ sent: 3, waiting: 6 });
    // Coupons and follow-ups share priority 1: A (the top spender) before B before C.
    expect(s.mail._sent.map((m) => `${m.to[0]} ${m.subject}`)).toEqual([
      'a@example.com 您在OrderShop买的东西还满意吗？'.replace('OrderShop', '暖暖母婴'),
      'b@example.com 您在OrderShop买的东西还满意吗？'.replace('OrderShop', '暖暖母婴'),
      'c@example.com 您在OrderShop买的东西还满意吗？'.replace('OrderShop', '暖暖母婴'),
    ]);
    const waiting = [...statuses(s)].filter(([, v]) => v === 'planned').map(([k]) => k);
    expect(waiting).toHaveLength(6);
    // The quota frees 24 hours after each send: the next day's run takes the next three.
    s.env.setNow('2024-03-16T02:00:00Z');
    now(s);
    expect(s.mail._sent.slice(3).map((m) => m.to[0])).toEqual([
      'd@example.com',
      'e@example.com',
      'f@example.com',
    ]);
  });
});

describe('sends that fail, and runs that are killed', () => {
  it('retries a failed send on later days, three times in all, then marks it failed with the error', () => {
    const s = shop('2024-03-15T01:30:00Z', ['follow-up']);
    s.mail._fault = { share: 1, error: 'unavailable' };
    now(s);
    expect([...statuses(s).values()].filter((v) => v === 'retry')).toHaveLength(2);
    // The same day: not again.
    now(s);
    expect(rowsOf(s, LOG).filter((r) => r[5] === '发送中' || r[5] === '待重试')).toHaveLength(2);
    s.env.setNow('2024-03-16T02:00:00Z');
    now(s);
    s.env.setNow('2024-03-17T02:00:00Z');
    now(s);
    const amy = rowsOf(s, LOG).filter((r) => r[7] === 'a|follow-up|2024-03-08');
    expect(amy.map((r) => r[5])).toEqual(['待重试', '待重试', '失败']);
    expect(amy[2][6]).toBe('Service unavailable: Gmail');
    expect(standings(s.spreadsheet).get('a|follow-up|2024-03-08')?.attempts).toBe(3);
    // Failed for good: a fourth day tries no more.
    s.mail._fault = undefined;
    s.env.setNow('2024-03-18T02:00:00Z');
    now(s);
    expect(s.mail._sent).toHaveLength(0);
  });

  it('after a kill at any service call, never sends a key twice and leaves no reminder half-way', () => {
    // How many calls a whole run makes, and what each is.
    const whole = shop();
    const before = whole.env.totalCalls();
    now(whole);
    const calls = whole.env.totalCalls() - before;
    expect(calls).toBeGreaterThan(40);
    const killedAt = new Set<string>();
    for (let k = 1; k <= calls; k++) {
      const s = shop();
      s.env.killAtCall(k);
      expect(() => now(s), `kill at call ${k}`).toThrow();
      const message = s.env.executions.at(-1)!.error!;
      killedAt.add(/\((\w+\.\w+)\)/.exec(message)![1]);
      // The next run, and the next day's, finish the work.
      now(s);
      s.env.setNow('2024-03-16T02:00:00Z');
      now(s);
      const byAddress = new Map<string, number>();
      for (const m of s.mail._sent) byAddress.set(m.to[0], (byAddress.get(m.to[0]) ?? 0) + 1);
      expect(
        [...byAddress.values()].every((n) => n === 1),
        `kill at call ${k}`,
      ).toBe(true);
      const st = statuses(s);
      expect(st.size, `kill at call ${k}`).toBe(5);
      const ends = [...st.values()];
      expect(
        ends.every((v) => ['sent', 'listed', 'unknown'].includes(v)),
        `kill at ${k}: ${ends}`,
      ).toBe(true);
      // At most the one send in flight is unknown; any other was sent.
      expect(ends.filter((v) => v === 'unknown').length).toBeLessThanOrEqual(1);
      const unknown = [...st].find(([, v]) => v === 'unknown');
      if (unknown) {
        expect((s.run('reminderState') as ReminderState).unknowns.map((u) => u.key)).toEqual([
          unknown[0],
        ]);
      }
    }
    // Every kind of call the run makes was a place it was killed.
    for (const kind of [
      'Range.getValues',
      'Range.setValues',
      'MailApp.sendEmail',
      // The job's state, in the spreadsheet's own store.
      'DeveloperMetadata.setValue',
      'Lock.tryLock',
    ]) {
      expect([...killedAt]).toContain(kind);
    }
  });

  it('keeps what it planned when no mail can go and the run is killed at its very end', () => {
    // The quota is spent: the run plans, sends nothing, and its last call is killed. Everyone
    // here has an email, so nothing is read from the contact list after the plan is written.
    const mailable = ORDERS.filter((r) => ['A', 'B', 'E'].includes(r[0] as string));
    const whole = shop('2024-03-15T01:30:00Z', ['follow-up', 'birthday'], mailable, 0);
    const before = whole.env.totalCalls();
    now(whole);
    const calls = whole.env.totalCalls() - before;
    const s = shop('2024-03-15T01:30:00Z', ['follow-up', 'birthday'], mailable, 0);
    s.env.killAtCall(calls);
    expect(() => now(s)).toThrow();
    expect([...statuses(s).values()].filter((v) => v === 'planned')).toHaveLength(3);
  });

  it('lets the user resend or dismiss a send nobody knows the end of', () => {
    // The first call that is a send: a run killed there leaves Amy's mail in doubt.
    let k = 1;
    for (; ; k++) {
      const t = shop('2024-03-15T01:30:00Z', ['follow-up']);
      t.env.killAtCall(k);
      try {
        now(t);
      } catch {
        if (/MailApp\.sendEmail/.test(t.env.executions.at(-1)!.error!)) break;
      }
    }
    const s = shop('2024-03-15T01:30:00Z', ['follow-up']);
    s.env.killAtCall(k);
    expect(() => now(s)).toThrow();
    now(s);
    let state = s.run('reminderState') as ReminderState;
    expect(state.unknowns.map((u) => u.customer)).toEqual(['A']);
    expect(s.mail._sent.map((m) => m.to[0])).toEqual(['bo@example.com']);
    state = s.run('resolveUnknown', { key: state.unknowns[0].key, resend: true }) as ReminderState;
    expect(state.unknowns).toEqual([]);
    now(s);
    expect(s.mail._sent.map((m) => m.to[0])).toEqual(['bo@example.com', 'amy@example.com']);
    expect(() => s.run('resolveUnknown', { key: 'a|follow-up|2024-03-08', resend: false })).toThrow(
      '发送记录中没有“a|follow-up|2024-03-08”。',
    );
  });
});

describe('the hourly job', () => {
  it('installs one trigger however often it is switched on, and plans at the first run after the hour', () => {
    const s = shop('2024-03-14T16:00:00Z'); // midnight in Shanghai
    s.run('saveReminderSettings', { hour: 10, dryRun: false, shop: '宝贝屋', capPerDay: 1 });
    s.run('switchReminderJob', true);
    const state = s.run('switchReminderJob', true) as ReminderState;
    expect(state.jobOn).toBe(true);
    expect(s.scriptApp._triggers.filter((t) => t._data.eventType === 'CLOCK')).toHaveLength(1);
    s.advance({ hours: 9, minutes: 59 });
    expect(s.mail._sent).toHaveLength(0);
    s.advance({ hours: 1 });
    expect(s.mail._sent).toHaveLength(3);
    const at = new Date(s.mail._sent[0].at);
    // Shanghai 10:xx is 02:xx UTC.
    expect(at.getUTCHours()).toBe(2);
    expect(s.mail._sent[0].name).toBe('宝贝屋');
    expect((s.run('switchReminderJob', false) as ReminderState).jobOn).toBe(false);
    expect(s.scriptApp._triggers.filter((t) => t._data.eventType === 'CLOCK')).toHaveLength(0);
  });

  it('says in the panel and by mail when Google stopped running the hourly job', () => {
    const s = shop('2024-03-15T00:00:00Z');
    s.run('switchReminderJob', true);
    s.advance({ hours: 3 });
    const sent = s.mail._sent.length;
    // Other scripts of the user's spend the day's 90 minutes of trigger time.
    const t = s.env.now();
    s.env.executions.push({
      id: -1,
      handler: 'other',
      kind: 'trigger',
      start: t - 5_400_000,
      end: t,
      status: 'completed',
    });
    s.advance({ hours: 6 });
    expect(
      s.env.executions.filter((e) => e.error === TRIGGER_RUNTIME_MESSAGE).length,
    ).toBeGreaterThan(4);
    const stalled = s.run('reminderState') as ReminderState;
    expect(stalled.stalledSince).not.toBeNull();
    expect(Date.parse(stalled.stalledSince!)).toBeLessThan(t);
    expect(Date.parse(stalled.stalledSince!)).toBeGreaterThan(t - 3_600_000);
    // A day later the time is back: the first run tells the owner once, and the panel says when.
    s.advance({ hours: 20 });
    const notices = s.mail._sent.slice(sent).filter((m) => m.to[0] === 'owner@example.com');
    expect(notices.map((m) => m.subject)).toEqual(['SheetCare 每小时的提醒任务曾停止运行']);
    expect(notices[0].body).toContain('90 分钟');
    const back = s.run('reminderState') as ReminderState;
    expect(back.stalledSince).toBeNull();
    expect(back.lastGap?.from).toBe(stalled.stalledSince);
  });

  it('plans the days it missed, so Monday’s list holds the weekend’s buyers', () => {
    const weekend = [
      ['S', '周六', '', '13900000001', '奶粉', 100, sh('2024-03-09T10:00:00'), ''],
      ['U', '周日', '', '13900000002', '奶粉', 100, sh('2024-03-10T10:00:00'), ''],
    ];
    const s = shop('2024-03-15T01:30:00Z', ['follow-up'], [...ORDERS, ...weekend]);
    now(s); // Friday
    s.env.setNow('2024-03-18T01:30:00Z'); // Monday: nobody worked the list at the weekend
    now(s);
    const open = rowsOf(s, '今日联系 Contact list')
      .filter((r) => r[7] === false)
      .map((r) => r[1]);
    expect(open).toEqual(['C', 'D', 'S', 'U']);
    expect((s.run('reminderState') as ReminderState).contactsOpen).toBe(4);
  });

  it('in a dry run plans and logs but sends nothing, and the real run later sends it all', () => {
    const s = shop();
    s.run('saveReminderSettings', { hour: 9, dryRun: true, shop: '暖暖母婴', capPerDay: 1 });
    expect(now(s)).toMatchObject({ sent: 0, dryRun: true, planned: 5 });
    expect(s.mail._sent).toHaveLength(0);
    expect(new Set(rowsOf(s, LOG).map((r) => r[5]))).toEqual(new Set(['演练']));
    s.run('saveReminderSettings', { hour: 9, dryRun: false, shop: '暖暖母婴', capPerDay: 1 });
    expect(now(s)).toMatchObject({ sent: 3 });
  });

  it('refuses to send while a rule has an error, names the cell, and tells the user by mail once a day', () => {
    const s = shop();
    sheet(s, '提醒规则 Reminder rules').getRange('J7').setValue('{{name}}，您好！{{coupon}}');
    const state = s.run('reminderState') as ReminderState;
    expect(state.ruleErrors).toEqual([
      '单元格 J7：“购后回访”规则没有 {{coupon}} 的内容。可以用：{{name}}、{{shop}}、{{tier}}、{{unsubscribe}}、{{product}}、{{date}}、{{activity}}、{{start}}、{{end}}、{{description}}、{{link}}、{{survey}}。',
    ]);
    s.run('switchReminderJob', true);
    s.advance({ hours: 30 });
    expect(s.mail._sent.map((m) => m.to[0])).toEqual(['owner@example.com', 'owner@example.com']);
    expect(s.mail._sent[0].body).toContain('单元格 J7');
    expect(
      new Date(s.mail._sent[1].at).getTime() - new Date(s.mail._sent[0].at).getTime(),
    ).toBeGreaterThan(12 * 3_600_000);
    expect((s.run('reminderState') as ReminderState).lastRun!.error).toContain('J7');
  });
});

describe('surveys by mail', () => {
  it('puts the post-order survey, prefilled for the customer, in each follow-up', () => {
    const s = shop('2024-03-15T01:30:00Z', ['follow-up']);
    s.run('createSurveyForm', 'postOrder');
    now(s);
    const amy = s.mail._sent.find((m) => m.to[0] === 'amy@example.com')!;
    expect(amy.body).toMatch(
      /花一分钟告诉我们您的感受：https:\/\/docs\.google\.com\/forms\/\S+&entry\.\d+=A%20[\w-]{22}\n/,
    );
    expect(amy.htmlBody).toMatch(
      /<a href="https:\/\/docs\.google\.com\/forms\/[^"]+&amp;entry\.\d+=A%20[\w-]{22}">/,
    );
  });

  it('sends the yearly questionnaire on its day to its audience, making the form on the first', () => {
    const s = shop('2024-12-01T01:30:00Z', ['questionnaire']);
    sheet(s, '提醒规则 Reminder rules').getRange('G12').setValue('全部');
    // Five customers: C has no email and D a wrong one, so three mails and two on the contact list.
    expect(now(s)).toMatchObject({ sent: 3 });
    expect(s.forms._forms.size).toBe(2);
    const eve = s.mail._sent.find((m) => m.to[0] === 'eve@example.com')!;
    expect(eve.subject).toBe('暖暖母婴邀请您参加年度满意度调查');
    expect(eve.body).toMatch(/&entry\.\d+=E%20[\w-]{22}\n/);
  });
});

describe('the yearly questionnaire from the panel', () => {
  it('plans it today for the audience chosen, once, and the job sends it with the form’s link', () => {
    const s = shop('2024-03-15T01:30:00Z', []);
    // Amy (王芳, 300) alone is tier A (the top spender of five: ⌈5 × 5%⌉ = 1). Asked first, it
    // records nothing: asking twice gives the same answer, and the send after it plans the same.
    const amy = { planned: 1, contacts: 0, skipped: 0, first: ['王芳'] };
    expect(s.run('questionnaireWouldSend', { audience: 'A' })).toEqual(amy);
    expect(s.run('questionnaireWouldSend', { audience: 'A' })).toEqual(amy);
    expect(statuses(s).size).toBe(0);
    expect(s.run('sendQuestionnaire', { audience: 'A' })).toEqual(amy);
    expect(s.run('sendQuestionnaire', { audience: 'A' })).toEqual({
      planned: 0,
      contacts: 0,
      skipped: 0,
      first: [],
    });
    // Everyone else: B and Eve (李雷) by mail, both tier C (the top 20% of five is Amy alone),
    // so in key order; C and D (no usable address) by hand. B's name is HTML, named as typed:
    // the sidebar writes it as text.
    expect(s.run('sendQuestionnaire', { audience: '' })).toEqual({
      planned: 2,
      contacts: 2,
      skipped: 0,
      first: ['<img src=x onerror=alert(1)>', '李雷'],
    });
    now(s);
    expect(s.mail._sent.map((m) => m.to[0]).sort()).toEqual([
      'amy@example.com',
      'bo@example.com',
      'eve@example.com',
    ]);
    expect(
      s.mail._sent.every((m) =>
        /forms\/d\/e\/[^/]+\/viewform\?usp=pp_url&entry\.\d+=[ABE]%20[\w-]{22}\n/.test(m.body),
      ),
    ).toBe(true);
    expect(() => s.run('sendQuestionnaire', { audience: 'VIP' })).toThrow('audience');
  });
});

describe('the next 14 days', () => {
  // Friday 15 March 2024; the follow-up goes a week after each order.
  const buyer = (id: string, email: string, phone: string, day: string) => [
    id,
    `客户${id}`,
    email,
    phone,
    '奶粉',
    100,
    sh(`${day}T10:00:00`),
    '',
  ];
  const orders = [
    buyer('Y', 'y@example.com', '', '2024-03-12'),
    buyer('X', 'x@example.com', '', '2024-03-10'),
    buyer('U', 'u@example.com', '', '2024-03-11'),
    buyer('Z', '', '13800138000', '2024-03-12'),
  ];

  it('shows per day and rule how many go, by mail or by hand, and to whom; it records nothing', () => {
    const s = shop('2024-03-15T01:30:00Z', ['follow-up', 'activity'], orders);
    s.run('addDoNotEmail', 'U');
    // Activities starts with its example row, two weeks out: it is shown, and never planned.
    expect(rowsOf(s, '店铺活动 Activities').map((r) => r[0])).toEqual(['示例：店庆周']);
    const before = statuses(s).size;
    const ahead = s.run('lookAhead') as LookAhead;
    expect(ahead.today).toBe('2024-03-15');
    expect(ahead.days.map((d) => d.day)).toEqual(
      Array.from({ length: 14 }, (_, i) => `2024-03-${String(16 + i).padStart(2, '0')}`),
    );
    const on = (day: string) => ahead.days.find((d) => d.day === day)!.byRule;
    expect(on('2024-03-16')).toEqual([]);
    expect(on('2024-03-17')).toEqual([
      {
        rule: 'follow-up',
        name: '购后一周回访',
        mails: 1,
        contacts: 0,
        skipped: 0,
        who: [{ name: '客户X', reach: 'x@example.com', byHand: false }],
        more: 0,
      },
    ]);
    // U unsubscribed: due, skipped, named nowhere.
    expect(on('2024-03-18')).toMatchObject([{ mails: 0, contacts: 0, skipped: 1, who: [] }]);
    expect(on('2024-03-19')).toMatchObject([
      {
        mails: 1,
        contacts: 1,
        who: [
          { name: '客户Y', reach: 'y@example.com', byHand: false },
          { name: '客户Z', reach: '13800138000', byHand: true },
        ],
      },
    ]);
    expect(ahead.days.some((d) => d.byRule.some((r) => r.rule === 'activity'))).toBe(false);
    expect(statuses(s).size).toBe(before);
    // Nothing of it goes today, and the job that runs today sends none of it.
    expect((s.run('planToday') as TodayPlan).toSend).toBe(0);
    now(s);
    expect(s.mail._sent).toEqual([]);
  });
});

describe('the panel', () => {
  it('opens from the menu on the reminders panel', () => {
    const s = new StandIn({ userLocale: 'en' });
    s.run('menuReminders');
    expect(s.spreadsheet._ui.sidebars[0].content).toContain('window.SHEETCARE_TAB = "reminders"');
  });

  it('shows today’s plan, previews any rule for any customer, and sends the user a test', () => {
    const s = shop();
    const plan = s.run('planToday') as TodayPlan;
    expect(plan.today).toBe('2024-03-15');
    expect(plan.total).toBe(5);
    expect(plan.byRule.find((r) => r.rule === 'follow-up')).toMatchObject({
      mails: 2,
      contacts: 2,
    });
    // What a confirmation names, in sending order: the follow-ups first (priority 1 on the rules
    // sheet), Amy (王芳, tier A) before B (tier C), then Eve's (李雷) birthday (priority 3).
    expect([plan.toSend, plan.firstToSend]).toEqual([
      3,
      ['王芳', '<img src=x onerror=alert(1)>', '李雷'],
    ]);
    const preview = s.run('previewMail', { rule: 'coupon', customer: 'E' }) as {
      subject: string;
      text: string;
    };
    // Eve holds no coupon: the preview says so with the sample values.
    expect(preview.text).toContain('SAMPLE-10');
    const to = s.run('sendTestMail', { rule: 'follow-up', customer: 'a' });
    expect(to).toBe('owner@example.com');
    const test = s.mail._sent.at(-1) as SentMail;
    expect(test.subject).toMatch(/^\[测试\] /);
    expect(test.body).toContain('王芳，您好！');
  });
});
