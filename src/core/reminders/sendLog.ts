/**
 * A reminder's life: planned, sending, sent… each an event under the reminder's key, recorded
 * in the ledger (`ledger.ts`) before the next step, so a run killed between any two calls leaves
 * a record the next run can read: a mail marked sending and never marked sent may or may not
 * have gone, and is left to the user as unknown rather than sent twice.
 */
import type { Tier } from '../customers/abc';
import type { Due } from './occasions';
import { Kind, MARKETING, NEEDS_CONSENT } from './rules';
import type { TemplateValues } from './templates';
import { usableEmail } from '../ground/email';

export const LOG_STATUSES = [
  'planned',
  'sending',
  'sent',
  'unknown',
  'retry',
  'failed',
  'skipped',
  'contact',
  'listed',
  'dismissed',
  'dryRun',
] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

/** Why a due mail was not sent by mail. */
export const REASONS = [
  'noEmail',
  'badEmail',
  'unsubscribed',
  'bounced',
  'noConsent',
  'cap',
  'audience',
  'expired',
  'ruleOff',
  'dismissed',
] as const;
export type Reason = (typeof REASONS)[number];

/** A send that throws is tried again on later days, this many times in all. */
export const MAX_ATTEMPTS = 3;

/** What the job needs to send the mail later: kept with the planned row, as JSON. */
export interface Details {
  /** The customer's key, as the analysis knows them. */
  readonly customer: string;
  readonly kind: Kind;
  readonly priority: number;
  readonly tier: Tier | '';
  readonly sendDay: number;
  readonly until: number;
  readonly name: string;
  readonly phone: string;
  readonly values: TemplateValues;
  readonly reason?: Reason;
  /** The user asked for it from the panel: it goes even while its rule is off. */
  readonly byHand?: boolean;
}

export interface LogEntry {
  /** UTC ms. */
  readonly time: number;
  readonly customer: string;
  readonly email: string;
  readonly rule: string;
  readonly key: string;
  readonly status: LogStatus;
  readonly attempts: number;
  /** The reason or the error, in words. */
  readonly note: string;
  readonly details: Details;
}

/** A key's standing: its latest event, by the ledger's sequence number. */
export interface Latest {
  readonly entry: LogEntry;
  readonly seq: number;
}

const TIER_ORDER: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2 };
const tierRank = (t: string): number => TIER_ORDER[t] ?? 3;

/** Who goes first: smaller priority, then A before B before C, then the older occasion. */
export function sendOrder(a: Details, b: Details): number {
  return a.priority - b.priority || tierRank(a.tier) - tierRank(b.tier) || a.sendDay - b.sendDay;
}

const detailsOf = (d: Due, reason?: Reason): Details => ({
  customer: d.recipient.key,
  kind: d.rule.kind,
  priority: d.rule.priority,
  tier: d.recipient.tier ?? '',
  sendDay: d.sendDay,
  until: d.until,
  name: d.recipient.name,
  phone: d.recipient.phone,
  values: d.values,
  ...(reason ? { reason } : {}),
});

/** Statuses that hold a customer's one marketing mail of the day. */
const HOLDS_CAP: ReadonlySet<LogStatus> = new Set([
  'planned',
  'sending',
  'sent',
  'unknown',
  'retry',
]);

export interface PlanOptions {
  readonly now: number;
  /** A customer (by key or lowercased email) on the do-not-email list. */
  /** Why the customer or address is never mailed (unsubscribed, bounced), if it is not. */
  readonly blocked: (customerKey: string, email: string) => 'unsubscribed' | 'bounced' | undefined;
  /** Marketing mails a customer may get in one day. */
  readonly capPerDay: number;
  readonly dryRun: boolean;
}

/** Why a due reminder would not go by mail: skipped, or for the contact list (the day's cap aside). */
export interface Hold {
  readonly status: 'skipped' | 'contact';
  readonly reason: Reason;
}

/**
 * What stops a mail of this kind to this recipient, first reason first: outside the rule's
 * audience, unsubscribed or bounced, no marketing consent, then no usable address (the contact
 * list). Undefined when it may be mailed.
 */
export function holdOf(
  kind: Kind,
  recipient: { readonly email: string; readonly consent?: boolean },
  outsideAudience: boolean,
  blocked: 'unsubscribed' | 'bounced' | undefined,
): Hold | undefined {
  const email = recipient.email.trim();
  if (outsideAudience) return { status: 'skipped', reason: 'audience' };
  if (blocked) return { status: 'skipped', reason: blocked };
  // Not on the contact list either: they said no to marketing, by any channel.
  if (recipient.consent === false && NEEDS_CONSENT.has(kind)) {
    return { status: 'skipped', reason: 'noConsent' };
  }
  if (!email) return { status: 'contact', reason: 'noEmail' };
  if (!usableEmail(email)) return { status: 'contact', reason: 'badEmail' };
  return undefined;
}

/**
 * The log entries for what is newly due: planned, or skipped, or for the contact list, each with
 * its reason. A key already in the log is never planned again.
 */
export function planEntries(
  dues: readonly Due[],
  latest: ReadonlyMap<string, Latest>,
  o: PlanOptions,
): LogEntry[] {
  // Details made once per due, not once per comparison: a day may hold 100,000.
  const fresh = dues
    .filter((d) => !latest.has(d.key))
    .map((d) => ({ d, order: detailsOf(d) }))
    .sort(
      (a, b) => sendOrder(a.order, b.order) || (a.d.key < b.d.key ? -1 : a.d.key > b.d.key ? 1 : 0),
    )
    .map((x) => x.d);
  // The day's cap counts what the log already holds for each customer and day.
  const capped = new Map<string, number>();
  const capKey = (customer: string, day: number) => `${customer}|${day}`;
  for (const { entry } of latest.values()) {
    if (HOLDS_CAP.has(entry.status) && MARKETING.has(entry.details.kind)) {
      const k = capKey(entry.details.customer, entry.details.sendDay);
      capped.set(k, (capped.get(k) ?? 0) + 1);
    }
  }
  const seen = new Set<string>();
  const out: LogEntry[] = [];
  for (const d of fresh) {
    // Two rules may name the same key only if a user gave two rules one ID: the first stands.
    if (seen.has(d.key)) continue;
    seen.add(d.key);
    const r = d.recipient;
    const email = r.email.trim();
    const hold = holdOf(d.rule.kind, r, d.outsideAudience, o.blocked(r.key, email.toLowerCase()));
    let reason: Reason | undefined = hold?.reason;
    let status: LogStatus = hold?.status ?? 'planned';
    if (!hold && MARKETING.has(d.rule.kind)) {
      const k = capKey(r.key, d.sendDay);
      const n = capped.get(k) ?? 0;
      if (n >= o.capPerDay) reason = 'cap';
      else capped.set(k, n + 1);
    }
    if (reason && status === 'planned') status = 'skipped';
    // A late occasion's day was planned before: a skip said then, or owed to no-one, is not said again.
    if (d.late && status === 'skipped') continue;
    out.push({
      time: o.now,
      customer: r.id,
      email,
      rule: d.rule.id,
      key: d.key,
      status: o.dryRun ? 'dryRun' : status,
      attempts: 0,
      note: '',
      details: detailsOf(d, reason),
    });
  }
  return out;
}

/**
 * The mails to try now, first first: planned ones, and failed ones whose last try was on an
 * earlier day, while they have tries left.
 */
export function sendQueue(
  latest: ReadonlyMap<string, Latest>,
  today: number,
  dayOfTime: (utcMs: number) => number,
): Latest[] {
  return [...latest.values()]
    .filter(
      ({ entry: e }) =>
        e.status === 'planned' ||
        (e.status === 'retry' && e.attempts < MAX_ATTEMPTS && dayOfTime(e.time) < today),
    )
    .sort((a, b) => sendOrder(a.entry.details, b.entry.details) || a.seq - b.seq);
}

/** Counts of the latest status of every key: what the panel and the simulator report. */
export function statusCounts(latest: ReadonlyMap<string, Latest>): Record<LogStatus, number> {
  const counts = Object.fromEntries(LOG_STATUSES.map((s) => [s, 0])) as Record<LogStatus, number>;
  for (const { entry } of latest.values()) counts[entry.status]++;
  return counts;
}
