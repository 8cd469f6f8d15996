/**
 * The team works on SheetCare's sheets every day: sorts and filters the Send log, types notes
 * over its cells, inserts and deletes rows, ticks and deletes contacts, tidies the unsubscribe
 * answers, deletes a sheet it thinks it no longer needs. None of it may mail a customer twice,
 * mail one who unsubscribed, or lose an unsubscribe. Each test does what the team does, between
 * runs or between any two service calls of a run, through the built add-on in the stand-in.
 */
import { describe, expect, it } from 'vitest';
import { notes, standings } from '../../local/ledgerView';
import { seededRandom } from '../../src/core/ground/random';
import type { StandIn } from '../../local/runner';
import { deleteRow, insertRow, randomEdit, sortRows, typeInto } from '../../local/team';
import { unsubscribeReference } from '../../src/core/reminders/unsubscribe';
import type { ReminderState } from '../../src/shared/api';
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
} from '../helpers/reminderShop';
import { storedValue } from '../helpers/standIn';

const CONTACTS = '今日联系 Contact list';
const DO_NOT_EMAIL = '退订名单 Do-not-email';
const QUESTION = '您的退订编号（已自动填好，请勿修改）';

/** How often each address was mailed. */
function perAddress(s: StandIn): Map<string, number> {
  const n = new Map<string, number>();
  for (const m of s.mail._sent) n.set(m.to[0], (n.get(m.to[0]) ?? 0) + 1);
  return n;
}
const twice = (s: StandIn) => [...perAddress(s)].filter(([, n]) => n > 1).map(([a]) => a);

/** The unsubscribe form's id and the reference a customer's mail carries. */
function unsubscribeOf(s: StandIn, customerKey: string): { formId: string; reference: string } {
  const state = JSON.parse(storedValue(s, 'sheetcare.reminderJob')!) as {
    form: { formId: string };
  };
  const secret = storedValue(s, 'sheetcare.unsubscribeKey')!;
  return { formId: state.form.formId, reference: unsubscribeReference(secret, customerKey) };
}

function unsubscribe(s: StandIn, customerKey: string): void {
  const { formId, reference } = unsubscribeOf(s, customerKey);
  s.submitForm(formId, { [QUESTION]: reference });
}

/** The sheet the unsubscribe form's answers land in. */
const answersSheet = (s: StandIn) =>
  s.spreadsheet._sheets.find((x) => /回复|Responses/.test(x._name))!;

/** The n-th call of a whole run that is a send, counted on a fresh shop. */
function callOfSend(make: () => StandIn, nth: number): number {
  let k = 0;
  for (let call = 1; ; call++) {
    const t = make();
    t.env.killAtCall(call);
    try {
      now(t);
    } catch {
      if (/MailApp\.sendEmail/.test(t.env.executions.at(-1)!.error!) && ++k === nth) return call;
      continue;
    }
    throw new Error(`fewer than ${nth} sends in a run`);
  }
}

describe('the Send log is the team’s to edit', () => {
  it('sorting it newest first, or by any column, sends nothing again', () => {
    const s = shop();
    now(s);
    expect(s.mail._sent).toHaveLength(3);
    const log = sheet(s, LOG);
    for (let col = 1; col <= 8; col++) {
      sortRows(log, col, true);
      now(s);
      sortRows(log, col, false);
      s.env.setNow(`2024-03-${String(15 + col).padStart(2, '0')}T02:00:00Z`);
      now(s);
    }
    expect(twice(s)).toEqual([]);
    expect(s.mail._sent).toHaveLength(3);
  });

  it('a note typed over a status, or over every cell, sends nothing again', () => {
    const s = shop();
    now(s);
    const log = sheet(s, LOG);
    const rows = rowsOf(s, LOG).length;
    for (let r = 2; r <= rows + 1; r++) typeInto(log, r, 6, '已发送，客户已回复');
    now(s);
    for (let r = 2; r <= rows + 1; r++) for (let c = 1; c <= 8; c++) typeInto(log, r, c, '？');
    s.env.setNow('2024-03-16T02:00:00Z');
    now(s);
    expect(s.mail._sent).toHaveLength(3);
    // What the team typed is theirs: still there, and new history goes below it.
    expect(
      rowsOf(s, LOG)
        .slice(0, rows)
        .flat()
        .every((v) => v === '？'),
    ).toBe(true);
  });

  it('an edit of any team sheet between any two calls of a run sends no mail twice and loses none', () => {
    const whole = shop();
    const before = whole.env.totalCalls();
    now(whole);
    const calls = whole.env.totalCalls() - before;
    const rnd = seededRandom(11);
    for (let k = 1; k <= calls; k++) {
      const s = shop();
      const edits: string[] = [];
      s.env.atCall(k, () => {
        for (const name of [LOG, CONTACTS, DO_NOT_EMAIL]) {
          const target = s.spreadsheet._sheets.find((x) => x._name === name);
          if (target) edits.push(randomEdit(target, rnd));
        }
        insertRow(sheet(s, LOG), 2);
      });
      now(s);
      now(s);
      s.env.setNow('2024-03-16T02:00:00Z');
      now(s);
      expect(twice(s), `edits at call ${k}: ${edits.join('; ')}`).toEqual([]);
      expect(sentTo(s).sort(), `edits at call ${k}`).toEqual([
        'amy@example.com',
        'bo@example.com',
        'eve@example.com',
      ]);
    }
  });
});

describe('unsubscribing always works and holds', () => {
  it('files a genuine answer after the team deleted a junk one above it', () => {
    const s = shop();
    now(s);
    const { formId } = unsubscribeOf(s, 'a');
    s.submitForm(formId, { [QUESTION]: 'asdf' });
    expect(rowsOf(s, DO_NOT_EMAIL)).toEqual([]);
    deleteRow(answersSheet(s), 2);
    unsubscribe(s, 'a');
    expect(rowsOf(s, DO_NOT_EMAIL).map((r) => r[0])).toContain('a');
    // Sorting or deleting answers later files nothing twice and lifts nothing.
    sortRows(answersSheet(s), 1, true);
    deleteRow(answersSheet(s), 2);
    now(s);
    expect(rowsOf(s, DO_NOT_EMAIL).filter((r) => r[0] === 'a')).toHaveLength(1);
  });

  it('takes a Do-not-email list the shop prepared as it is, and mails nobody on it', () => {
    const s = shop('2024-03-15T01:30:00Z', [], ORDERS, undefined, (t) => {
      t.spreadsheet._load(DO_NOT_EMAIL, [
        ['客户', '邮箱', '来源', '日期'],
        ['', 'Bo@Example.com', '旧退订名单', sh('2023-01-01T00:00:00')],
      ]);
    });
    for (const id of ['follow-up', 'birthday']) s.run('setRuleOn', { id, on: true });
    now(s);
    expect(sentTo(s).sort()).toEqual(['amy@example.com', 'eve@example.com']);
    expect(s.spreadsheet._sheets.filter((x) => x._name.startsWith('退订名单'))).toHaveLength(1);
  });

  it('stops a customer at every address they were mailed at, under any ID, and holds when the sheet is deleted', () => {
    // Amy buys again on the 9th under a second ID with the same address: a follow-up on the 16th.
    const again = ['A2', '王芳', 'AMY@example.com', '', '湿巾', 50, sh('2024-03-09T10:00:00'), ''];
    const s = shop('2024-03-15T01:30:00Z', ['follow-up', 'birthday'], [...ORDERS, again]);
    now(s);
    unsubscribe(s, 'a');
    s.spreadsheet.deleteSheet(sheet(s, DO_NOT_EMAIL));
    // The panel still shows who is on the list, from SheetCare's own record.
    expect(
      (s.run('reminderState') as ReminderState).doNotEmail.map((d) => d.customer || d.email),
    ).toEqual(['a', 'amy@example.com']);
    s.env.setNow('2024-03-16T02:00:00Z');
    now(s);
    expect(perAddress(s).get('amy@example.com')).toBe(1);
    expect(standings(s.spreadsheet).get('a2|follow-up|2024-03-09')).toBeUndefined();
    // The list is made again from what SheetCare received.
    expect(rowsOf(s, DO_NOT_EMAIL).map((r) => [r[0], r[1]])).toEqual([
      ['a', ''],
      ['', 'amy@example.com'],
    ]);
    expect([...notes(s.spreadsheet, '#dne|').values()].every((n) => n.status === 'blocked')).toBe(
      true,
    );
  });

  it('stops the mails after an unsubscribe that lands while a run is sending', () => {
    const make = () => {
      const t = shop('2024-03-15T01:30:00Z', ['follow-up'], EIGHT_BUYERS);
      t.run('switchReminderJob', false);
      return t;
    };
    const second = callOfSend(make, 2);
    const s = make();
    // H, the smallest spender, is mailed last: H unsubscribes as the second mail goes.
    s.env.atCall(second, () => unsubscribe(s, 'h'));
    now(s);
    expect(sentTo(s)).toHaveLength(7);
    expect(sentTo(s)).not.toContain('h@example.com');
    expect(standings(s.spreadsheet).get('h|follow-up|2024-03-08')).toMatchObject({
      status: 'skipped',
      reason: 'unsubscribed',
    });
  });

  it('gives the owner’s test mail a link that unsubscribes nobody', () => {
    const s = shop();
    now(s);
    s.run('sendTestMail', { rule: 'follow-up', customer: 'a' });
    const test = s.mail._sent.at(-1)!;
    expect(test.to).toEqual(['owner@example.com']);
    const link = /https:\/\/docs\.google\.com\/forms\/\S+/.exec(test.body)![0];
    const reference = decodeURIComponent(/entry\.\d+=([^&\s]+)/.exec(link)![1]);
    s.submitForm(unsubscribeOf(s, 'a').formId, { [QUESTION]: reference });
    expect((s.run('reminderState') as ReminderState).doNotEmail).toEqual([]);
  });
});

describe('a day’s greeting goes on its day', () => {
  it('sends no birthday wish dated yesterday from a run that crosses midnight', () => {
    const born = sh('1990-03-15T00:00:00');
    const people = ['P', 'Q', 'R'].map((id) => [
      id,
      `客户${id}`,
      `${id.toLowerCase()}@example.com`,
      '',
      '奶粉',
      100,
      sh('2023-12-01T10:00:00'),
      born,
    ]);
    const make = () => shop('2024-03-15T15:58:00Z', ['birthday'], people);
    const first = callOfSend(make, 1);
    const s = make();
    // 23:58 in Shanghai; by the call after the first send it is past midnight.
    s.env.atCall(first + 1, () => s.env.setNow('2024-03-15T16:00:05Z'));
    now(s);
    expect(s.mail._sent).toHaveLength(1);
    const late = [...standings(s.spreadsheet).values()].filter((x) => x.reason === 'expired');
    expect(late).toHaveLength(2);
  });
});

describe('the Contact list respects the team’s work', () => {
  it('never brings back a contact ticked Done and deleted, nor every old one when the sheet is deleted', () => {
    const s = shop();
    now(s);
    expect(rowsOf(s, CONTACTS).map((r) => r[1])).toEqual(['C', 'D']);
    const list = sheet(s, CONTACTS);
    typeInto(list, 2, 8, true);
    deleteRow(list, 2);
    s.env.setNow('2024-03-16T02:00:00Z');
    now(s);
    expect(rowsOf(s, CONTACTS).map((r) => r[1])).toEqual(['D']);
    s.spreadsheet.deleteSheet(list);
    s.env.setNow('2024-03-17T02:00:00Z');
    now(s);
    expect(s.spreadsheet._sheets.some((x) => x._name === CONTACTS)).toBe(false);
  });

  it('lists a new contact alone on a sheet made again', () => {
    const s = shop();
    now(s);
    s.spreadsheet.deleteSheet(sheet(s, CONTACTS));
    // Chen buys again on the 10th: another follow-up by hand on the 17th.
    const orders = sheet(s, '订单');
    orders._rows.push(['C', '陈', undefined, '13800138000', '湿巾', 20, sh('2024-03-10T09:00:00')]);
    s.env.setNow('2024-03-17T02:00:00Z');
    now(s);
    expect(rowsOf(s, CONTACTS).map((r) => [r[1], r[8]])).toEqual([['C', 'c|follow-up|2024-03-10']]);
  });
});

describe('the Send log stays small for years', () => {
  it('turns rows older than the shop keeps into monthly totals once a month, leaving the team’s notes', () => {
    const s = shop();
    now(s);
    const rows = rowsOf(s, LOG);
    expect(rows.map((r) => r[5]).sort()).toEqual([
      '已列入联系单',
      '已列入联系单',
      '已发送',
      '已发送',
      '已发送',
    ]);
    // The team notes something beside Bo's row.
    const log = sheet(s, LOG);
    const bo = rows.findIndex((r) => r[3] === 'bo@example.com');
    typeInto(log, bo + 2, 10, '客户回电表示满意');
    const state = s.run('saveReminderSettings', {
      hour: 9,
      dryRun: false,
      shop: '暖暖母婴',
      capPerDay: 1,
      logDays: 30,
    }) as ReminderState;
    expect(state.settings.logDays).toBe(30);
    s.env.setNow('2024-04-20T02:00:00Z');
    now(s);
    const after = rowsOf(s, LOG);
    const totals = after.filter((r) => String(r[7]).startsWith('#'));
    expect(totals.map((r) => [r[4], r[5], r[6], r[7]]).sort()).toEqual([
      ['生日祝福', '已发送', 1, '#2024-03'],
      ['购后一周回访', '已列入联系单', 2, '#2024-03'],
      ['购后一周回访', '已发送', 1, '#2024-03'],
    ]);
    // Bo's row stays whole, the note beside it too.
    expect(after.find((r) => r[3] === 'bo@example.com')?.[9]).toBe('客户回电表示满意');
    expect(() => s.run('saveReminderSettings', { ...state.settings, logDays: 7 })).toThrow();
  });
});
