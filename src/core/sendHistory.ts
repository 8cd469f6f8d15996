/**
 * The Send log's rows: one per reminder that reached a customer or the team (sent, failed,
 * unknown, listed for a call…), and one per day, rule and reason for the many skipped, with
 * their count. A reminder merely planned is not history yet: the panel shows the day's plan.
 */
import type { Lang } from './i18n';
import type { Tally } from './ledger';
import type { LogEntry, Reason } from './sendLog';
import { CATALOGUES } from '../words';

export interface HistoryWords {
  readonly lang: Lang;
  readonly ruleName: (id: string) => string;
  /** Makes the sheet's Date of a UTC ms. */
  readonly date: (utcMs: number) => unknown;
}

/** Transient or not yet history. */
const QUIET = new Set(['sending', 'planned']);

/** The rows to append, oldest first. */
export function historyRows(
  events: readonly LogEntry[],
  tallies: readonly Tally[],
  h: HistoryWords,
): unknown[][] {
  const w = CATALOGUES[h.lang].reminders;
  const rows: { time: number; row: unknown[] }[] = [];
  const skipped = new Map<string, Tally & { status: 'skipped' | 'dryRun' }>();
  const skip = (t: Tally, status: 'skipped' | 'dryRun') => {
    const k = `${status}|${t.day}|${t.rule}|${t.reason}`;
    const before = skipped.get(k);
    skipped.set(k, { ...t, status, count: t.count + (before?.count ?? 0) });
  };
  for (const t of tallies) skip(t, 'skipped');
  for (const e of events) {
    if (QUIET.has(e.status) && !(e.status === 'planned' && e.details.byHand)) continue;
    const reason = e.details.reason;
    if ((e.status === 'skipped' || e.status === 'dryRun') && reason && skips(reason)) {
      skip({ day: e.details.sendDay, rule: e.rule, reason, count: 1, time: e.time }, e.status);
      continue;
    }
    const note = e.note || (reason ? w.reasons[reason] : '');
    rows.push({
      time: e.time,
      row: [
        h.date(e.time),
        e.customer,
        e.details.name,
        e.email,
        h.ruleName(e.rule),
        w.statuses[e.status],
        note,
        e.key,
      ],
    });
  }
  for (const t of skipped.values()) {
    rows.push({
      time: t.time,
      row: [
        h.date(t.time),
        '',
        '',
        '',
        h.ruleName(t.rule),
        w.statuses[t.status],
        w.skippedCount(w.reasons[t.reason], t.count),
        '',
      ],
    });
  }
  return rows.sort((a, b) => a.time - b.time).map((r) => r.row);
}

/** Reasons a reminder is skipped rather than handed to the team (no email goes to the list). */
const skips = (r: Reason): boolean => r !== 'noEmail' && r !== 'badEmail';
