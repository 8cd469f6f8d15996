/**
 * The Send log: what became of each reminder, for the team to read, sort, filter and annotate.
 * It is written from the ledger at the end of each run (what the ledger recorded since the
 * last run that wrote here, so a killed run's sends appear with the next) and never read back:
 * no edit of the team's changes a decision.
 */
import { talliesOf } from '../core/ledger';
import { historyRows } from '../core/sendHistory';
import type { Rule } from '../core/rules';
import type { LogEntry } from '../core/sendLog';
import type { JobContext } from './reminderJob';
import { createReminderSheet, ownOrAdopted, writeRows } from './reminderSheets';

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
