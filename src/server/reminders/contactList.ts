/** The Contact list: the reminders due today for customers SheetCare cannot mail. */
import { chatMessage, composeMail } from '../../core/reminders/mails';
import { CONTACT_COLUMNS } from '../../core/reminders/reminderSheets';
import { Rule } from '../../core/reminders/rules';
import { createReminderSheet, reminderSheet, writeRows } from './reminderSheets';
import { words } from '../../words';
import { JobContext, recordEvents } from './jobContext';

const CONTACT_KEY_COL = CONTACT_COLUMNS.indexOf('key') + 1;

export function fillContactList(j: JobContext, rules: ReadonlyMap<string, Rule>): number {
  const waiting = [...j.latest.values()].filter((l) => l.entry.status === 'contact');
  if (!waiting.length) return 0;
  const sheet = reminderSheet(j.owned, 'contacts');
  // Listed by a run killed before it could record them: on the sheet already.
  const onSheet = new Set<string>();
  if (sheet) {
    const last = sheet.getLastRow();
    if (last >= 2) {
      for (const [k] of sheet.getRange(2, CONTACT_KEY_COL, last - 1, 1).getValues()) {
        onSheet.add(String(k));
      }
    }
  }
  const w = words(j.lang).reminders;
  const rows = waiting
    .filter((l) => !onSheet.has(l.entry.key) && rules.has(l.entry.rule))
    .sort((a, b) => a.seq - b.seq)
    .map(({ entry: e }) => {
      const rule = rules.get(e.rule)!;
      // A message for 旺旺 / 千牛 or a text: no Google link, which mainland customers often
      // cannot open and platform chat filters, so no survey link and no unsubscribe form.
      const mail = composeMail(rule, e.details, { lang: j.lang, shop: j.shop, unsubscribe: '' });
      return [
        new Date(e.time),
        e.customer,
        e.details.name,
        e.details.tier,
        e.details.phone,
        `${rule.name} · ${w.reasons[e.details.reason ?? 'noEmail']}`,
        chatMessage(mail),
        false,
        e.key,
      ];
    });
  if (rows.length) {
    if (sheet) writeRows(sheet, 'contacts', sheet.getLastRow() + 1, rows);
    else createReminderSheet(j.ss, 'contacts', j.lang, rows);
  }
  const now = Date.now();
  recordEvents(
    j,
    waiting
      .filter((l) => onSheet.has(l.entry.key) || rules.has(l.entry.rule))
      .map(({ entry }) => ({ ...entry, time: now, status: 'listed' })),
  );
  return rows.length;
}
