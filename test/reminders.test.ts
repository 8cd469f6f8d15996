import { describe, expect, it } from 'vitest';
import { StandIn } from '../local/runner';
import type { DueReminders } from '../src/shared/api';

/** A Shanghai wall-clock time as the Date Sheets hands over. */
const sh = (iso: string) => new Date(`${iso}+08:00`);

function shop(today: string): StandIn {
  const s = new StandIn({ locale: 'en_US', userLocale: 'en', timeZone: 'Asia/Shanghai', today });
  s.spreadsheet._load('Orders', [
    ['Customer ID', 'Name', 'Email', 'Amount', 'Order date'],
    // Bought a week before "today" (2024-03-15 in Shanghai): a follow-up.
    ['A', 'Amy', 'amy@example.com', 100, sh('2024-03-08T23:30:00')],
    // Buys every 10 days: last 03-10, so next 03-20, five days ahead.
    ['B', 'Bo', '', 50, sh('2024-02-20T10:00:00')],
    ['B', 'Bo', '', 50, sh('2024-03-01T10:00:00')],
    ['B', 'Bo', '', 50, sh('2024-03-10T10:00:00')],
    // Buys every 30 days: next 04-14, beyond a week.
    ['C', 'Cy', 'cy@example.com', 80, sh('2024-02-14T10:00:00')],
    ['C', 'Cy', 'cy@example.com', 80, sh('2024-03-15T09:00:00')],
  ]);
  return s;
}

describe('who to contact', () => {
  it('lists the follow-ups of a week ago and the replenishments due, by the day in the sheet’s zone', () => {
    // 2024-03-14T16:30Z is already 15 March in Shanghai.
    const r = shop('2024-03-14T16:30:00Z').run('dueReminders', 7) as DueReminders;
    expect(r.today).toBe('2024-03-15');
    // Three buyers: the top 5% and 20% are both ⌈0.15⌉ = ⌈0.6⌉ = 1 customer, Cy (160): Amy and
    // Bo are C.
    expect(r.followUp).toEqual([
      {
        id: 'A',
        name: 'Amy',
        email: 'amy@example.com',
        phone: '',
        tier: 'C',
        overdue: false,
        date: '2024-03-08',
      },
    ]);
    expect(r.replenish).toEqual([
      { id: 'B', name: 'Bo', email: '', phone: '', tier: 'C', overdue: false, date: '2024-03-20' },
    ]);
  });

  it('looks further ahead when asked, and refuses a silly horizon', () => {
    const s = shop('2024-03-15T02:00:00Z');
    const r = s.run('dueReminders', 30) as DueReminders;
    expect(r.replenish.map((c) => c.id)).toEqual(['B', 'C']);
    expect(() => s.run('dueReminders', 0)).toThrow('Look ahead 1 to 60 days.');
  });

  it('opens from the menu on the reminders panel', () => {
    const s = new StandIn({ userLocale: 'en' });
    s.run('menuReminders');
    expect(s.spreadsheet._ui.sidebars[0].content).toContain('window.SHEETCARE_TAB = "reminders"');
  });
});
