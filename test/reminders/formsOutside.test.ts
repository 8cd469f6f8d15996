/**
 * The unsubscribe form as a customer meets it: from outside the shop's Workspace domain, on a
 * consumer account, and when Sheets adds the responses sheet only after the run that made the
 * form. An unsubscribe is never dropped because the sheet was not known yet.
 */
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { unsubscribeReference } from '../../src/core/reminders/unsubscribe';
import type { ReminderState } from '../../src/shared/api';
import { HEADERS, ORDERS, rowsOf } from '../helpers/reminderShop';
import { setStoredValue, storedValue } from '../helpers/standIn';

const DO_NOT_EMAIL = '退订名单 Do-not-email';

function shopOn(options: ConstructorParameters<typeof StandIn>[0], domainOnly = false): StandIn {
  const s = new StandIn({
    locale: 'zh_CN',
    userLocale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    today: '2024-03-15T01:30:00Z',
    ...options,
  });
  s.forms._domainOnly = domainOnly;
  s.spreadsheet._load('订单', [HEADERS, ...ORDERS]);
  s.run('setUpReminders', { shop: '暖暖母婴' });
  // Follow-ups are due today: a mail with its unsubscribe link goes to Amy.
  s.run('setRuleOn', { id: 'follow-up', on: true });
  return s;
}

const formOf = (s: StandIn) =>
  JSON.parse(storedValue(s, 'sheetcare.reminderJob')!).form as { formId: string; sheetId: number };

/** Amy follows the link in her mail and asks to hear no more. */
function amyUnsubscribes(s: StandIn) {
  const secret = storedValue(s, 'sheetcare.unsubscribeKey') ?? '';
  const form = s.forms.openById(formOf(s).formId);
  const question = form._items[0]._title;
  return s.submitForm(formOf(s).formId, { [question]: unsubscribeReference(secret, 'A') });
}

describe('SheetCare’s forms, answered from outside', () => {
  it('opens a Workspace account’s form to anyone with the link', () => {
    const s = shopOn({ account: 'workspace' });
    expect(s.forms.openById(formOf(s).formId).requiresLogin()).toBe(false);
    // Its answers land on a sheet named for it, which Analyze never takes for the orders.
    const answers = s.spreadsheet._sheets.find((x) => x._id === formOf(s).sheetId)!;
    expect(answers._name).toBe('退订回复 Unsubscribe answers');
    s.spreadsheet.setActiveSheet(answers);
    expect((s.run('analyzeCustomers') as { orderSheet: string }).orderSheet).toBe('订单');
    expect((s.run('reminderState') as ReminderState).formsClosed).toBe(false);
    s.run('runRemindersNow');
    const [run] = amyUnsubscribes(s);
    expect(run.status).toBe('completed');
    expect(rowsOf(s, DO_NOT_EMAIL).map((r) => r[0])).toContain('A');
  });

  it('says plainly when the domain keeps its forms to its own people', () => {
    const s = shopOn({ account: 'workspace' }, true);
    const state = s.run('reminderState') as ReminderState;
    expect(state.formsClosed).toBe(true);
    s.run('runRemindersNow');
    expect(() => amyUnsubscribes(s)).toThrow(/organisation/);
  });

  it('makes a consumer account’s form, which has no login setting, answerable', () => {
    const s = shopOn({ account: 'consumer' });
    expect((s.run('reminderState') as ReminderState).formsClosed).toBe(false);
    s.run('runRemindersNow');
    expect(amyUnsubscribes(s)[0].status).toBe('completed');
    expect(rowsOf(s, DO_NOT_EMAIL).map((r) => r[0])).toContain('A');
  });

  it('files an answer that lands before any run knew where the responses sheet is', () => {
    const s = shopOn({ lateFormSheets: true });
    // Sheets added the sheet after the set-up run: the record does not know it.
    expect(formOf(s).sheetId).toBe(-1);
    expect(s.spreadsheet._sheets.some((x) => x._formUrl?.includes(formOf(s).formId))).toBe(true);
    // Amy answers from a mail before any run looked (the key of its link is made with the first
    // mail): the form-submit run finds its sheet by the form's URL.
    setStoredValue(s, 'sheetcare.unsubscribeKey', 'k'.repeat(72), true);
    const [run] = amyUnsubscribes(s);
    expect(run.status).toBe('completed');
    expect(rowsOf(s, DO_NOT_EMAIL).map((r) => r[0])).toContain('A');
    expect(formOf(s).sheetId).toBeGreaterThanOrEqual(0);
  });

  it('lets the hourly job find the late sheet too, before it sends again', () => {
    const s = shopOn({ lateFormSheets: true });
    s.run('runRemindersNow');
    expect(formOf(s).sheetId).toBeGreaterThanOrEqual(0);
  });
});
