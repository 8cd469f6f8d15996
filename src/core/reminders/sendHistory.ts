/**
 * The Send log's rows: one per reminder that reached a customer or the team (sent, failed,
 * unknown, listed for a call…), and one per day, rule and reason for the many skipped, with
 * their count. A reminder merely planned is not history yet: the panel shows the day's plan.
 */
import type { Lang } from '../ground/i18n';
import type { Tally } from './ledger';
import type { LogEntry, Reason } from './sendLog';
import { CATALOGUES } from '../../words';

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

/** The Send log's own columns; a cell beyond them on a row is the team's. */
const OWN_COLUMNS = 8;
const KEY = 7;
/** Summary rows carry this before their month in the key column. */
const SUMMARY_MARK = '#';

export interface Summarising {
  readonly lang: Lang;
  /** Rows from before this instant (UTC ms) are summarised. */
  readonly before: number;
  /** The month an instant falls in, in the spreadsheet's zone: "2025-11". */
  readonly monthOf: (utcMs: number) => string;
  /** The first instant of a month, for the summary row's time. */
  readonly monthStart: (month: string) => unknown;
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * The Send log with its rows from before `before` summarised: one row per month, rule and
 * status, its count where the note goes and the month in the key column. A row the team wrote
 * beside, a row whose time is not a date, and the day tallies of the skipped (already one row
 * each) stay as they are, in their order. Undefined when nothing is old enough.
 */
export function summariseHistory(
  rows: readonly (readonly unknown[])[],
  s: Summarising,
): unknown[][] | undefined {
  const w = CATALOGUES[s.lang].reminders;
  const kept: unknown[][] = [];
  const groups = new Map<
    string,
    { month: string; rule: unknown; status: unknown; count: number }
  >();
  for (const r of rows) {
    const t = r[0] instanceof Date ? r[0].getTime() : NaN;
    const key = String(r[KEY] ?? '');
    const old =
      t < s.before &&
      key !== '' &&
      !key.startsWith(SUMMARY_MARK) &&
      r.slice(OWN_COLUMNS).every(blank);
    if (!old) {
      kept.push([...r]);
      continue;
    }
    const month = s.monthOf(t);
    const g = `${month}\u0000${String(r[4])}\u0000${String(r[5])}`;
    const before = groups.get(g);
    groups.set(g, { month, rule: r[4], status: r[5], count: (before?.count ?? 0) + 1 });
  }
  if (!groups.size) return undefined;
  const width = Math.max(OWN_COLUMNS, ...rows.map((r) => r.length));
  const pad = (r: unknown[]) => [...r, ...Array(width - r.length).fill('')];
  const summaries = [...groups.values()]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((g) =>
      pad([
        s.monthStart(g.month),
        '',
        w.monthSummary,
        '',
        g.rule,
        g.status,
        g.count,
        `${SUMMARY_MARK}${g.month}`,
      ]),
    );
  return [...summaries, ...kept.map(pad)];
}
