/** Who to contact today, from the order sheet as it stands. */
import { fail, Lang } from '../core/i18n';
import { Contact, dueContacts } from '../core/reminders';
import { isoDay } from '../core/zone';
import type { ContactRow, DueReminders } from '../shared/api';
import { analyseOrderSheet } from './analyze';
import { loadSettings } from './store';

const row = (c: Contact): ContactRow => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  tier: c.tier ?? '',
  overdue: c.overdue,
  date: isoDay(c.date),
});

export function remindersDue(horizonDays: number, lang: Lang): DueReminders {
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 60) {
    fail((w) => w.errors.lookAhead);
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { zone, analysis } = analyseOrderSheet(ss, loadSettings(), lang);
  const today = zone.toLocal(Date.now());
  const due = dueContacts(analysis.customers, today, horizonDays);
  return {
    today: isoDay(today),
    horizonDays,
    followUp: due.followUp.map(row),
    replenish: due.replenish.map(row),
  };
}
