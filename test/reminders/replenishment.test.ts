/**
 * Replenishment through the built add-on: the plan holds wipes, which two customers bought
 * again, for those they run out on; never a car seat, bought once each; and nothing on a day the
 * shop marked closed. Today is Friday 15 March 2024; the rule reminds 3 days ahead, of the 18th.
 */
import { describe, expect, it } from 'vitest';
import type { ReminderState, TodayPlan } from '../../src/shared/api';
import { sh, shop } from '../helpers/reminderShop';

const row = (id: string, product: string, amount: number, at: string) => [
  id,
  `客户${id}`,
  `${id.toLowerCase()}@example.com`,
  '',
  product,
  amount,
  sh(`${at}T10:00:00`),
  '',
];
const ORDERS = [
  // A: 17 Feb and 3 Mar, 15 days apart: out on the 18th.
  row('A', '婴儿湿巾', 49, '2024-03-03'),
  row('A', '婴儿湿巾', 49, '2024-02-17'),
  // B: 1 Jan and 1 Feb, 31 days: out on 3 March, long gone.
  row('B', '婴儿湿巾', 49, '2024-01-01'),
  row('B', '婴儿湿巾', 49, '2024-02-01'),
  // E bought wipes once, on 24 Feb: the typical gap, the median of 15 and 31, is 23 days.
  row('E', '婴儿湿巾', 49, '2024-02-24'),
  // Car seats, once each, one refunded.
  row('C', '儿童安全座椅', 1299, '2024-02-01'),
  row('D', '儿童安全座椅', 1099, '2024-02-20'),
  row('C', '退款：儿童安全座椅', -1299, '2024-02-05'),
];

describe('replenishment reminders', () => {
  it('plans only goods customers buy again, naming the day they run out', () => {
    const s = shop('2024-03-15T01:30:00Z', ['replenish'], ORDERS);
    const plan = s.run('planToday') as TodayPlan;
    expect(plan.lines.map((l) => [l.customer, l.status]).sort()).toEqual([
      ['A', 'planned'],
      ['E', 'planned'],
    ]);
    const preview = s.run('previewMail', { rule: 'replenish', customer: 'E' }) as {
      subject: string;
      text: string;
    };
    expect(preview.subject).toBe('婴儿湿巾快用完了吗？');
    expect(preview.text).toContain('大约在2024年3月18日用完');
  });

  it('sends nothing on the days the shop is closed, and names a mistyped day', () => {
    const s = shop('2024-03-15T01:30:00Z', ['replenish'], ORDERS);
    const state = s.run('reminderState') as ReminderState;
    expect(() =>
      s.run('saveReminderSettings', { ...state.settings, closed: '2024-03-15, 2024-02-30' }),
    ).toThrow('“2024-02-30”');
    s.run('saveReminderSettings', { ...state.settings, closed: '2024-03-15 ~ 2024-03-16' });
    expect((s.run('reminderState') as ReminderState).settings.closed).toBe(
      '2024-03-15 ~ 2024-03-16',
    );
    expect((s.run('planToday') as TodayPlan).lines).toEqual([]);
    s.run('runRemindersNow');
    expect(s.mail._sent).toEqual([]);
  });
});
