/**
 * Days of reminder emails in the stand-in: the built add-on on a workbook, its hourly trigger
 * firing hour by hour, with sends that fail and runs killed at a random service call. What
 * became of every due reminder is counted from SheetCare's ledger as the stand-in holds it, and
 * the duplicates and the busiest 24 hours from the mails its MailApp received: the simulator
 * reads the ledger's cells itself, so a bug in the product's own reading cannot hide a lost
 * mail.
 */
import { instantOf, wallClock } from './clock';
import { Env } from './env';
import { seededRandom } from './random';
import { StandIn } from './runner';
import type { SentMail } from './services/mail';
import { openWorkbook } from './workbook';
import type { ReminderState } from '../src/shared/api';
import { LedgerWatch } from './ledgerView';

export interface SimulationOptions {
  readonly workbook: string;
  /** yyyy-mm-dd: the simulation starts at its midnight in the shop's zone. */
  readonly from: string;
  readonly days: number;
  readonly quota: number;
  /** Share of sends that throw. */
  readonly failRate: number;
  /** Chance that a run is killed, at a random service call. */
  readonly killRate: number;
  readonly seed: number;
  readonly dryRun: boolean;
  readonly timeZone: string;
  readonly locale: string;
  /** Told of progress now and then. */
  readonly progress?: (line: string) => void;
}

export interface KeyOutcome {
  readonly rule: string;
  /** The key's standing in the ledger: sent, listed, skipped… */
  readonly status: string;
  /** Why it was skipped or listed (expired, unsubscribed, noEmail…), or ''. */
  readonly reason: string;
}

export interface SimulationResult {
  readonly summary: Record<string, unknown>;
  /** Every due key's outcome. */
  readonly keys: ReadonlyMap<string, KeyOutcome>;
  readonly mails: readonly SentMail[];
  readonly standIn: StandIn;
}

export async function simulate(o: SimulationOptions): Promise<SimulationResult> {
  const log = o.progress ?? (() => {});
  const env = new Env({
    today: new Date(instantOf(o.timeZone, Date.parse(`${o.from}T00:00:00Z`))).toISOString(),
  });
  const spreadsheet = await openWorkbook(o.workbook, {
    env,
    timeZone: o.timeZone,
    locale: o.locale,
  });
  const s = new StandIn({ spreadsheet, userLocale: o.locale, mailQuota: o.quota, seed: o.seed });

  let state = s.run('setUpReminders') as ReminderState;
  if (state.ruleErrors.length) {
    throw new Error(`The rules sheet has errors:\n  ${state.ruleErrors.join('\n  ')}`);
  }
  if (!state.rules.some((r) => r.on)) {
    log('No rule is on: turning every rule on for the simulation.');
    for (const r of state.rules)
      state = s.run('setRuleOn', { id: r.id, on: true }) as ReminderState;
  }
  s.run('saveReminderSettings', { ...state.settings, dryRun: o.dryRun });
  s.run('switchReminderJob', true);
  log(
    `Rules on: ${state.rules
      .filter((r) => r.on)
      .map((r) => r.id)
      .join(', ')}`,
  );

  if (o.failRate > 0) s.mail._fault = { share: o.failRate, error: 'unavailable' };
  const rnd = seededRandom(o.seed);
  let killsArmed = 0;
  const watch = new LedgerWatch();
  for (let h = 0; h < o.days * 24; h++) {
    if (o.killRate > 0 && rnd() < o.killRate) {
      // Anywhere in a run: among its reads, its plan, or its sends.
      s.env.killAtCall(1 + Math.floor(rnd() * 250));
      killsArmed++;
    }
    s.advance({ hours: 1 });
    watch.read(spreadsheet);
    if (h % (24 * 30) === 24 * 30 - 1) {
      log(`  day ${(h + 1) / 24}: ${s.mail._sent.length} mails sent so far`);
    }
  }

  const keys = new Map<string, KeyOutcome>();
  watch.read(spreadsheet);
  for (const [key, st] of watch.standings) {
    keys.set(key, { rule: st.rule, status: st.status, reason: st.reason });
  }
  const byStatus: Record<string, number> = {};
  const perRule: Record<string, Record<string, number>> = {};
  const skipped: Record<string, number> = {};
  const count = (rule: string, status: string, n = 1) => {
    byStatus[status] = (byStatus[status] ?? 0) + n;
    perRule[rule] ??= {};
    perRule[rule][status] = (perRule[rule][status] ?? 0) + n;
  };
  for (const k of keys.values()) {
    count(k.rule, k.status);
    if (k.status === 'skipped') skipped[k.reason] = (skipped[k.reason] ?? 0) + 1;
  }
  // Skipped when planned: tallied per day, rule and reason rather than kept key by key.
  let tallied = 0;
  for (const t of watch.tallies.values()) {
    count(t.rule, 'skipped', t.count);
    skipped[t.reason] = (skipped[t.reason] ?? 0) + t.count;
    tallied += t.count;
  }

  // Mails to the user themselves are the job's failure notices, not reminders.
  const owner = s.session.getEffectiveUser().getEmail();
  const notices = s.mail._sent.filter((m) => m.to.includes(owner)).length;
  const mails = s.mail._sent.filter((m) => !m.to.includes(owner));
  // Duplicates, from the mails themselves: the same mail to the same person within 60 days.
  const seen = new Map<string, number>();
  let duplicates = 0;
  const perDay: Record<string, number> = {};
  for (const m of mails) {
    const k = `${m.to.join(',')}\n${m.subject}\n${m.body}`;
    const before = seen.get(k);
    if (before !== undefined && m.at - before < 60 * 86_400_000) duplicates++;
    seen.set(k, m.at);
    const day = new Date(wallClock(spreadsheet._tz, m.at)).toISOString().slice(0, 10);
    perDay[day] = (perDay[day] ?? 0) + 1;
  }
  let busiest = 0;
  for (let i = 0, j = 0; i < mails.length; i++) {
    while (mails[i].at - mails[j].at >= 86_400_000) j++;
    busiest = Math.max(busiest, i - j + 1);
  }

  const runs = s.env.executions.filter((e) => e.kind === 'trigger');
  const summary = {
    from: o.from,
    days: o.days,
    quota: o.quota,
    failRate: o.failRate,
    killRate: o.killRate,
    seed: o.seed,
    dryRun: o.dryRun,
    runs: runs.length,
    runsKilled: runs.filter((e) => e.status === 'killed').length,
    runsFailed: runs.filter((e) => e.status === 'failed').length,
    killsArmed,
    due: keys.size + tallied,
    sent: byStatus.sent ?? 0,
    deferred: (byStatus.planned ?? 0) + (byStatus.retry ?? 0),
    failed: byStatus.failed ?? 0,
    unknown: byStatus.unknown ?? 0,
    sending: byStatus.sending ?? 0,
    contactList: (byStatus.contact ?? 0) + (byStatus.listed ?? 0),
    dismissed: byStatus.dismissed ?? 0,
    skipped,
    mailsReceived: mails.length,
    failureNotices: notices,
    duplicates,
    busiest24h: busiest,
    perRule,
    perDay,
  };
  return { summary, keys, mails: s.mail._sent, standIn: s };
}
