/**
 * Today's contacts for the platform's customer-care tools (千牛 / 旺旺 group messages, an SMS
 * service): the buyer as the export names them, the phone as exported and the message, one row
 * each, as a CSV any of them imports. Read from the Contact list as the team left it: a row
 * ticked done or listed on another day is not today's work, whatever order the rows are in.
 */
import { CONTACT_COLUMNS, dayIn } from './reminderSheets';
import { readOn } from './rules';
import type { Zone } from '../ground/zone';

export interface ContactToExport {
  readonly buyer: string;
  readonly phone: string;
  readonly message: string;
}

const at = (name: (typeof CONTACT_COLUMNS)[number]) => CONTACT_COLUMNS.indexOf(name);
const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** The Contact list's rows listed on `today` and not ticked done, as the team left them. */
export function todaysContacts(
  rows: readonly (readonly unknown[])[],
  today: number,
  zone: Zone,
): ContactToExport[] {
  return rows
    .filter(
      (r) =>
        cellText(r[at('customer')]) !== '' &&
        readOn(r[at('done')]) !== true &&
        dayIn(r[at('date')], zone) === today,
    )
    .map((r) => ({
      buyer: cellText(r[at('customer')]),
      phone: cellText(r[at('reach')]),
      message: cellText(r[at('message')]),
    }));
}

/**
 * A cell a spreadsheet opening the file would take for a formula starts with a quote, so a
 * customer named "=HYPERLINK(…)" stays a name; a phone such as "+86 138…" is left as it is.
 */
export function guardCell(v: string): string {
  const formula = /^[=@\t\r]/.test(v) || (/^[+-]/.test(v) && !/^[+-][\d\s()-]*$/.test(v));
  return formula ? `'${v}` : v;
}

/** RFC 4180: quoted where a comma, quote, line break or edge space would change the cell. */
const quoted = (v: string) => (/[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The file's text: headers, then one line per contact, CRLF as RFC 4180 and Excel expect. */
export function contactsCsv(
  headers: readonly string[],
  contacts: readonly ContactToExport[],
): string {
  const lines = [headers, ...contacts.map((c) => [c.buyer, c.phone, c.message])];
  return (
    lines.map((cells) => cells.map((v) => quoted(guardCell(v))).join(',')).join('\r\n') + '\r\n'
  );
}
