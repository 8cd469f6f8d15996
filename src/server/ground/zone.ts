/** The spreadsheet's time zone, with Apps Script's own offsets should Intl lack the zone. */
import { Zone, zone } from '../../core/ground/zone';

/** Utilities.formatDate's "Z" (+0800) as milliseconds. */
function utilitiesOffset(tz: string): (utcMs: number) => number {
  return (utcMs) => {
    const z = Utilities.formatDate(new Date(utcMs), tz, 'Z');
    const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
    if (!m) throw new Error(`Unknown time zone "${tz}".`);
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  };
}

export const spreadsheetZone = (tz: string): Zone => zone(tz, utilitiesOffset(tz));
