/**
 * The ledger: the record that decides every send, kept on a hidden sheet of SheetCare's own,
 * apart from the Send log the team reads, sorts and annotates. It is only ever appended to,
 * one row per event, each with a sequence number; a key stands where its highest number says,
 * so no order of the rows, and no row inserted among them, changes a decision. Once a key was
 * sent, or may have been (a send begun and never finished), only the user's own request sends
 * it again. Reminders skipped when a day is planned are not rows each: they are tallied per
 * day, rule and reason, a tally standing for its key as any entry does.
 */
import { Details, Latest, LOG_STATUSES, LogEntry, LogStatus, Reason, REASONS } from './sendLog';

export const LEDGER_COLUMNS = ['key', 'seq', 'status', 'entry'] as const;

/**
 * Keys of notes start with this. A customer's key may start with it too, so a row is a
 * reminder's wherever its content reads as one (a note's never has a reminder's details).
 */
const NOTE = '#';

/**
 * Something else SheetCare must not forget, under a key of its own: a day's tally of skips, an
 * unsubscribe answer filed, an address on the do-not-email list. The latest by number stands.
 */
export interface Note {
  readonly key: string;
  readonly seq: number;
  readonly status: string;
  readonly data: unknown;
}

export interface Ledger {
  /** Each reminder's standing. */
  readonly latest: Map<string, Latest>;
  /** Each note's standing, by key. */
  readonly notes: Map<string, Note>;
  /** The highest sequence number so far: the next event is numbered above it. */
  readonly maxSeq: number;
}

/**
 * Statuses that say a key reached the customer, or may have. (A row after *sending* is that
 * attempt's own end: sent, to retry, failed, or planned again when the quota refused it.)
 */
const REACHED: ReadonlySet<LogStatus> = new Set(['sent', 'unknown']);
/** What may follow a reached key: the user's resend, its sending, or the user letting it be. */
const AFTER_REACHED: ReadonlySet<LogStatus> = new Set(['sending', 'sent', 'unknown', 'dismissed']);

/** An event as a ledger row. */
export function ledgerRow(e: LogEntry, seq: number): unknown[] {
  const { key, status, ...rest } = e;
  return [key, seq, status, JSON.stringify(rest)];
}

export const noteRow = (n: Note): unknown[] => [n.key, n.seq, n.status, JSON.stringify(n.data)];

const isStatus = (s: string): s is LogStatus => (LOG_STATUSES as readonly string[]).includes(s);

function readEntry(key: string, status: LogStatus, json: string): LogEntry | undefined {
  try {
    const e = JSON.parse(json) as Omit<LogEntry, 'key' | 'status'>;
    const d = e?.details as Details | undefined;
    if (typeof e.time !== 'number' || typeof d?.sendDay !== 'number') return undefined;
    return { ...e, key, status };
  } catch {
    return undefined;
  }
}

function readJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads the ledger's rows, in whatever order they stand. A row that does not read is passed
 * over; a key once reached keeps its sent or unknown standing against any later plan that the
 * user did not ask for by hand.
 */
export function readLedger(rows: readonly (readonly unknown[])[]): Ledger {
  const latest = new Map<string, Latest>();
  const reached = new Map<string, Latest>();
  const notes = new Map<string, Note>();
  let maxSeq = 0;
  for (const r of rows) {
    const key = String(r[0] ?? '');
    const seq = typeof r[1] === 'number' ? r[1] : Number(r[1]);
    const status = String(r[2] ?? '');
    if (!key || !Number.isFinite(seq) || !status) continue;
    maxSeq = Math.max(maxSeq, seq);
    const entry = isStatus(status) ? readEntry(key, status, String(r[3] ?? '')) : undefined;
    if (!entry) {
      const data = key.startsWith(NOTE) ? readJson(String(r[3] ?? '')) : undefined;
      if (data !== undefined && (notes.get(key)?.seq ?? -1) < seq)
        notes.set(key, { key, seq, status, data });
      continue;
    }
    if ((latest.get(key)?.seq ?? -1) < seq) latest.set(key, { entry, seq });
    if (REACHED.has(entry.status) && (reached.get(key)?.seq ?? -1) < seq)
      reached.set(key, { entry, seq });
  }
  for (const [key, r] of reached) {
    const l = latest.get(key)!;
    // A key that may have gone is planned again only by the user's own hand (resend).
    if (l.seq > r.seq && !AFTER_REACHED.has(l.entry.status) && !l.entry.details.byHand) {
      latest.set(key, { entry: r.entry, seq: l.seq });
    }
  }
  return { latest, notes, maxSeq };
}

/** The notes whose keys start with `prefix`, by the rest of their key. */
export function notesOf(ledger: Ledger, prefix: string): Map<string, Note> {
  const of = new Map<string, Note>();
  for (const [key, n] of ledger.notes)
    if (key.startsWith(prefix)) of.set(key.slice(prefix.length), n);
  return of;
}

const TALLY = '#skipped|';

/** Reminders skipped for one reason when one day was planned, for one rule. */
export interface Tally {
  readonly day: number;
  readonly rule: string;
  readonly reason: Reason;
  readonly count: number;
  /** UTC ms of the plan that counted them. */
  readonly time: number;
}

/** A day planned again (its run was killed) replaces its tallies rather than adding to them. */
export const tallyNote = (t: Tally, seq: number): Note => ({
  key: `${TALLY}${t.day}|${t.rule}|${t.reason}`,
  seq,
  status: 'skipped',
  data: t,
});

export function talliesOf(ledger: Ledger): (Tally & { seq: number })[] {
  const out: (Tally & { seq: number })[] = [];
  for (const n of notesOf(ledger, TALLY).values()) {
    const t = n.data as Partial<Tally>;
    if (Number.isInteger(t.day) && Number.isInteger(t.count) && REASONS.includes(t.reason!))
      out.push({ ...(t as Tally), seq: n.seq });
  }
  return out;
}

/**
 * The skips of a plan, as tallies per day, rule and reason: the entries themselves are not kept,
 * as a shop of 100,000 customers skips tens of thousands a day (outside a greeting's audience).
 */
export function tally(entries: readonly LogEntry[], now: number): Tally[] {
  const by = new Map<string, Tally>();
  for (const e of entries) {
    const reason = e.details.reason;
    if (e.status !== 'skipped' || !reason) continue;
    const k = `${e.details.sendDay}|${e.rule}|${reason}`;
    const t = by.get(k);
    by.set(k, {
      day: e.details.sendDay,
      rule: e.rule,
      reason,
      count: (t?.count ?? 0) + 1,
      time: now,
    });
  }
  return [...by.values()];
}

/**
 * Statuses that end a key for good: nothing more will happen to it unless the user acts. An
 * unknown send waits for the user; planned, to retry and contact are still to be done.
 */
const SETTLED: ReadonlySet<LogStatus> = new Set([
  'sent',
  'listed',
  'skipped',
  'failed',
  'dismissed',
  'dryRun',
]);

/**
 * The rows a compacted ledger keeps: each key's standing at its own number, but not keys
 * settled before `keepFromDay` (their day is never planned again), save each customer's last
 * mail sent (the address an unsubscribe from it blocks); nor tallies from before it; every other
 * note as it stands. So the ledger holds the days a plan can still reach, and a row a customer.
 */
export function compacted(ledger: Ledger, keepFromDay: number): unknown[][] {
  const rows: unknown[][] = [];
  const lastSent = new Map<string, Latest>();
  for (const l of ledger.latest.values()) {
    const { entry, seq } = l;
    if (!SETTLED.has(entry.status) || entry.details.until >= keepFromDay) {
      rows.push(ledgerRow(entry, seq));
    } else if (entry.status === 'sent') {
      const c = entry.details.customer;
      if ((lastSent.get(c)?.seq ?? -1) < seq) lastSent.set(c, l);
    }
  }
  for (const { entry, seq } of lastSent.values()) rows.push(ledgerRow(entry, seq));
  const oldTallies = new Set(
    talliesOf(ledger)
      .filter((t) => t.day < keepFromDay)
      .map((t) => t.seq),
  );
  for (const n of ledger.notes.values()) if (!oldTallies.has(n.seq)) rows.push(noteRow(n));
  return rows.sort((a, b) => (a[1] as number) - (b[1] as number));
}
