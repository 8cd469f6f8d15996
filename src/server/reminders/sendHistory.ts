/**
 * The Send log: what became of each reminder, for the team to read, sort, filter and annotate.
 * It is written from the ledger at the end of each run (what the ledger recorded since the
 * last run that wrote here, so a killed run's sends appear with the next) and never read back:
 * no edit of the team's changes a decision.
 */
import { talliesOf } from '../../core/reminders/ledger';
import { historyRows, summariseHistory } from '../../core/reminders/sendHistory';
import { DAY_MS, isoDay } from '../../core/ground/zone';
import { localDay } from './reminderData';
import type { Rule } from '../../core/reminders/rules';
import type { LogEntry } from '../../core/reminders/sendLog';
import type { JobContext } from './jobContext';
import { createReminderSheet, ownOrAdopted, reminderSheet, writeRows } from './reminderSheets';

/**
 * Appends the history since the last run that wrote it, with a rehearsal's plan (a dry run
 * records nothing in the ledger), and returns how far the ledger is now written out.
 */
export function writeHistory(
  j: JobContext,
  rules: ReadonlyMap<string, Rule>,
  rehearsal: readonly LogEntry[],
): number {
  const since = j.state.loggedSeq ?? 0;
  const events = [...j.latest.values()].filter((l) => l.seq > since).map((l) => l.entry);
  const tallies = talliesOf(j.book.ledger).filter((t) => t.seq > since);
  const rows = historyRows([...events, ...rehearsal], tallies, {
    lang: j.lang,
    ruleName: (id) => rules.get(id)?.name ?? id,
    date: (t) => new Date(t),
  });
  if (rows.length) {
    const sheet = ownOrAdopted(j.ss, j.owned, 'log');
    // The end of the log as it is now: the team may have added, sorted or deleted rows.
    if (sheet) writeRows(sheet, 'log', sheet.getLastRow() + 1, rows);
    else createReminderSheet(j.ss, 'log', j.lang, rows);
  }
  return j.book.seq;
}

/**
 * Once a month: the Send log's rows older than the shop keeps them one by one become a row per
 * month, rule and status with their count, so the log stays small for years. One read, one
 * write over the rows read, and the rows left over deleted. Returns the month it looked in.
 */
export function summariseOldHistory(j: JobContext, keepDays: number, now: number): string {
  const month = monthOf(j, now);
  if (j.state.summarisedMonth === month) return month;
  const sheet = reminderSheet(j.owned, 'log');
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < 2) return month;
  const width = sheet.getLastColumn();
  const rows = sheet.getRange(2, 1, last - 1, width).getValues();
  const out = summariseHistory(rows, {
    lang: j.lang,
    before: now - keepDays * DAY_MS,
    monthOf: (t) => monthOf(j, t),
    monthStart: (m) => new Date(j.zone.toUtc(Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1))),
  });
  if (!out) return month;
  writeRows(sheet, 'log', 2, out);
  if (out.length < rows.length) sheet.deleteRows(2 + out.length, rows.length - out.length);
  return month;
}

const monthOf = (j: JobContext, utcMs: number): string =>
  isoDay(localDay(j.zone, utcMs) * DAY_MS).slice(0, 7);
