/**
 * Today's contacts, exported: the CSV for the sidebar to offer as a file, and the same rows on a
 * sheet of SheetCare's, because Google does not say whether the sidebar's frame may start a
 * download; where it may not, File → Download → CSV on that sheet gives the same list.
 */
import { contactsCsv, guardCell, todaysContacts } from '../../core/reminders/contactsExport';
import { isoDay, DAY_MS } from '../../core/ground/zone';
import type { ContactsExport } from '../../shared/api';
import { words } from '../../words';
import { ownedSheets } from '../ground/ownedSheets';
import { spreadsheetZone } from '../ground/zone';
import { localDay } from './reminderData';
import {
  createReminderSheet,
  dataRows,
  headersOf,
  reminderSheet,
  writeRows,
} from './reminderSheets';
import { active, langOf, locked } from './panelState';

export function exportContacts(): ContactsExport {
  return locked(() => {
    const ss = active();
    const lang = langOf(ss);
    const owned = ownedSheets(ss);
    const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
    const today = localDay(zone, Date.now());
    const list = reminderSheet(owned, 'contacts');
    const contacts = list ? todaysContacts(dataRows(list, 'contacts'), today, zone) : [];
    const day = isoDay(today * DAY_MS);
    const file = words(lang).remindersPanel.exportFile(day);
    // As the file has them: File → Download on the sheet must not hand a spreadsheet a formula.
    const rows = contacts.map((c) => [c.buyer, c.phone, c.message].map(guardCell));
    let sheet = reminderSheet(owned, 'contactsExport');
    if (sheet) {
      // The sheet holds one export, the latest: the rows of the one before go, so nobody
      // downloads yesterday's list from it.
      const last = sheet.getLastRow();
      if (last >= 2)
        sheet.getRange(2, 1, last - 1, headersOf('contactsExport', lang).length).clearContent();
      writeRows(sheet, 'contactsExport', 2, rows);
    } else if (rows.length) {
      sheet = createReminderSheet(ss, 'contactsExport', lang, rows);
    }
    if (!sheet || !rows.length) return { count: 0, file, sheet: sheet?.getName() ?? '', csv: '' };
    sheet.activate();
    return {
      count: contacts.length,
      file,
      sheet: sheet.getName(),
      csv: contactsCsv(headersOf('contactsExport', lang), contacts),
    };
  });
}
