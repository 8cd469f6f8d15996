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
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import type { ReminderState } from '../src/shared/api';
import { LedgerWatch, notes } from './ledgerView';
import { deleteRow, randomEdit } from './team';

export interface SimulationOptions {
  /** The shop: a workbook file, or order rows for a sheet "订单" (header first). */
  readonly workbook: string | { readonly orders: unknown[][] };
  /** Rows that replace a sheet's data below its header once reminders are set up, by name. */
  readonly sheetRows?: Readonly<Record<string, unknown[][]>>;
  /** Consumer (the default) or Google Workspace: the quotas differ. */
  readonly account?: 'consumer' | 'workspace';
  /** yyyy-mm-dd: the simulation starts at its midnight in the shop's zone. */
  readonly from: string;
  readonly days: number;
  readonly quota: number;
  /** Share of sends that throw. */
  readonly failRate: number;
  /** Chance that a run is killed, at a random service call. */
  readonly killRate: number;
  readonly seed: number;
  /**
   * Chance each hour that the team edits: sorts, types over, inserts or deletes rows of the Send
   * log, the Contact list, the Do-not-email list or the unsubscribe answers (sometimes while a run
   * is going); and a quarter of that, that a customer mailed before unsubscribes by their link,
   * or that a junk answer is submitted and deleted.
   */
  readonly editRate?: number;
  readonly dryRun: boolean;
  /** The shop's name as the user types it at set-up; blank: the export's (店铺名称). */
  readonly shop?: string;
  /**
   * Whether the hourly runs have the spreadsheet as their document; by default they do not,
   * as developers report of add-on clock triggers (see StandInOptions.clockDocument).
   */
  readonly clockDocument?: boolean;
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
  let spreadsheet: FakeSpreadsheet;
  if (typeof o.workbook === 'string') {
    spreadsheet = await openWorkbook(o.workbook, { env, timeZone: o.timeZone, locale: o.locale });
  } else {
    spreadsheet = new FakeSpreadsheet(env, 'Shop', o.timeZone, o.locale);
    // As a file import makes it: the rows and columns the export has.
    const orders = spreadsheet._load('订单', o.workbook.orders);
    orders._maxCols = o.workbook.orders[0].length;
    orders._maxRows = o.workbook.orders.length;
  }
  const s = new StandIn({
    spreadsheet,
    userLocale: o.locale,
    mailQuota: o.quota,
    seed: o.seed,
    account: o.account,
    clockDocument: o.clockDocument,
  });

  let state = s.run('setUpReminders', { shop: o.shop ?? '' }) as ReminderState;
  for (const [name, rows] of Object.entries(o.sheetRows ?? {})) {
    const sheet = spreadsheet._sheets.find((x) => x._name === name);
    if (!sheet) throw new Error(`No sheet "${name}" to fill.`);
    sheet._rows = [
      sheet._rows[0],
      ...rows.map((r) => r.map((v) => (v === '' ? undefined : v)) as never[]),
    ];
    sheet._maxRows = Math.max(sheet._maxRows, rows.length + 1);
  }
  if (o.sheetRows) state = s.run('reminderState') as ReminderState;
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
  const editRate = o.editRate ?? 0;
  const team = teamAtWork(s, rnd, editRate);
  const cellsAtStart = spreadsheet._cellCount();
  let maxCells = cellsAtStart;
  for (let h = 0; h < o.days * 24; h++) {
    if (o.killRate > 0 && rnd() < o.killRate) {
      // Anywhere in a run: among its reads, its plan, or its sends.
      s.env.killAtCall(1 + Math.floor(rnd() * 250));
      killsArmed++;
    }
    if (editRate > 0) team.hour();
    s.advance({ hours: 1 });
    watch.read(spreadsheet);
    maxCells = Math.max(maxCells, spreadsheet._cellCount());
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
    cells: {
      atStart: cellsAtStart,
      max: maxCells,
      atEnd: spreadsheet._cellCount(),
      bySheet: Object.fromEntries(
        spreadsheet._sheets.map((x) => [x._name, x._maxRows * x._maxCols]),
      ),
    },
    edits: team.edits,
    unsubscribed: team.unsubscribed.size,
    mailedAfterUnsubscribing: mails.filter((m) => {
      const at = team.unsubscribed.get(m.to[0].toLowerCase());
      return at !== undefined && m.at > at;
    }).length,
    unsubscribesLost: [...team.keys].filter(
      (k) => notes(spreadsheet, `#dne|key:${k}`).get(`#dne|key:${k}`)?.status !== 'blocked',
    ).length,
    perRule,
    perDay,
  };
  return { summary, keys, mails: s.mail._sent, standIn: s };
}

/**
 * The shop's team and customers between the hourly runs: each hour, with chance `rate`, an edit
 * of one of the sheets the team works on (a third of them made while the next run is going, at
 * a random call); with a quarter of that chance a customer who got a mail unsubscribes by its
 * link, or someone submits a junk answer that the team deletes.
 */
function teamAtWork(s: StandIn, rnd: () => number, rate: number) {
  const unsubscribed = new Map<string, number>();
  const keys = new Set<string>();
  const names = ['发送记录 Send log', '今日联系 Contact list', '退订名单 Do-not-email'];
  let edits = 0;
  const sheets = () => {
    const form = s.spreadsheet._sheets.filter((x) => /回复|Responses/.test(x._name));
    return [...s.spreadsheet._sheets.filter((x) => names.includes(x._name)), ...form];
  };
  const edit = () => {
    const all = sheets();
    if (!all.length) return;
    randomEdit(all[Math.floor(rnd() * all.length)], rnd);
    edits++;
  };
  const unsubscribe = () => {
    const mails = s.mail._sent.filter(
      (m) => /entry\.\d+=/.test(m.body) && m.to[0] !== 'owner@example.com',
    );
    if (!mails.length) return;
    const m = mails[Math.floor(rnd() * mails.length)];
    // The mail's unsubscribe link: the form of one question (a survey link asks more).
    const link = [
      ...m.body.matchAll(
        /https:\/\/docs\.google\.com\/forms\/d\/e\/([^/]+)\/viewform\?\S*?entry\.\d+=([^&\s]+)/g,
      ),
    ].find((l) => s.forms._forms.get(l[1])?._items.length === 1);
    if (!link) return;
    const form = s.forms.openById(link[1]);
    const reference = decodeURIComponent(link[2]);
    s.submitForm(link[1], { [form._items[0]._title]: reference });
    const email = m.to[0].toLowerCase();
    if (!unsubscribed.has(email)) unsubscribed.set(email, s.env.now());
    keys.add(reference.slice(0, reference.lastIndexOf(' ')));
  };
  const junk = () => {
    const form = [...s.forms._forms.values()].find((f) => f._items.length === 1);
    if (!form) return;
    s.submitForm(form.getId(), { [form._items[0]._title]: '我不知道这是什么' });
    // The team deletes it: the last row of the answers.
    const answers = sheets().find((x) => /回复|Responses/.test(x._name));
    if (answers) deleteRow(answers, answers._extent().rows);
  };
  return {
    get edits() {
      return edits;
    },
    unsubscribed,
    keys,
    hour(): void {
      if (rnd() < rate) {
        if (rnd() < 1 / 3) s.env.atCall(1 + Math.floor(rnd() * 60), edit);
        else edit();
      }
      if (rnd() < rate / 4) (rnd() < 0.5 ? unsubscribe : junk)();
    },
  };
}
