/**
 * The reminder job, run every hour by the one time-driven trigger. The first run after the
 * user's hour plans the day into the ledger; every run sends what is planned, first first,
 * until the day's quota or the run's time budget runs out, so a large day drains over several
 * runs. A run may be killed between any two service calls: the ledger records each send before
 * and after it, so the next run knows what happened, and never sends a key twice. What decides
 * is the ledger alone, SheetCare's own hidden sheet; the Send log, the Contact list and the
 * Do-not-email list are the team's to read, sort and annotate, and no edit of theirs sends a
 * mail again or brings back a contact they finished with.
 */
import { fail, Lang, LocalizedError } from '../../core/ground/i18n';
import { tally } from '../../core/reminders/ledger';
import { composeMail } from '../../core/reminders/mails';
import { dueMails } from '../../core/reminders/occasions';
import { CONTACT_COLUMNS, Problem } from '../../core/reminders/reminderSheets';
import { Kind, MARKETING, Rule } from '../../core/reminders/rules';
import { createSurveyForm, surveyLink, surveyOfKind } from '../surveys/surveyForms';
import {
  Latest,
  LogEntry,
  MAX_ATTEMPTS,
  planEntries,
  Reason,
  sendQueue,
} from '../../core/reminders/sendLog';
import { surveyReference, unsubscribeReference } from '../../core/reminders/unsubscribe';
import { sheetLang } from '../ground/lang';
import { compactLedger, LedgerBook, openLedger, record, recordTallies } from './ledger';
import { ownedSheets, OwnedSheets } from '../ground/ownedSheets';
import { localDay, localHour, readOccasions, readRules } from './reminderData';
import { createReminderSheet, reminderSheet, writeRows } from './reminderSheets';
import { summariseOldHistory, writeHistory } from './sendHistory';
import { refreshSurvey, surveyDue } from '../surveys/formAnswers';
import { spreadsheetZone } from '../ground/zone';
import {
  JobState,
  LastRun,
  loadJobState,
  loadReminderConfig,
  loadSettings,
  loadSurveyForms,
  SurveyForms,
  ReminderConfig,
  saveJobState,
  unsubscribeSecret,
} from '../ground/store';
import {
  AnswerSheet,
  answerSheet,
  answersChanged,
  createUnsubscribeForm,
  DoNotEmail,
  isBlocked,
  syncDoNotEmail,
  unsubscribeLink,
} from './unsubscribe';
import { words } from '../../words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Well inside the 6-minute limit: the last send and its log write still fit. */
export const TIME_BUDGET_MS = 270_000;
/** A job that did not run for days plans the days it missed, this many at most. */
export const CATCH_UP_DAYS = 7;
/** How long a run waits for another (the panel, or a run still going) to finish. */
const LOCK_WAIT_MS = 20_000;
/**
 * The trigger is hourly: a longer gap since its last run means Apps Script did not run it (the
 * day's trigger time ran out, or authorization was lost).
 */
export const STALL_MS = 3 * 3_600_000;

const CONTACT_KEY_COL = CONTACT_COLUMNS.indexOf('key') + 1;

/** Everything a run works with, read once. */
export interface JobContext {
  readonly ss: Spreadsheet;
  readonly lang: Lang;
  readonly zone: ReturnType<typeof spreadsheetZone>;
  readonly config: ReminderConfig;
  readonly shop: string;
  readonly owned: OwnedSheets;
  /** The record that decides: every key's standing. */
  readonly book: LedgerBook;
  readonly latest: Map<string, Latest>;
  state: JobState;
  /** The survey forms, read once a run: a mail's link is made from them. */
  surveys: SurveyForms;
  /** The key of the references in links, read when a run first needs it. */
  secret?: string;
}

const secretOf = (j: JobContext): string => (j.secret ??= unsubscribeSecret());

export function openJob(ss: Spreadsheet): JobContext {
  const settings = loadSettings();
  const lang = sheetLang(settings, ss.getSpreadsheetLocale());
  const owned = ownedSheets(ss);
  const config = loadReminderConfig();
  const book = openLedger(ss, owned, lang);
  return {
    ss,
    lang,
    zone: spreadsheetZone(ss.getSpreadsheetTimeZone()),
    config,
    shop: config.shop || ss.getName(),
    owned,
    book,
    latest: book.ledger.latest,
    state: loadJobState(),
    surveys: loadSurveyForms(),
  };
}

/** Records events in the ledger, in one call. */
export const recordEvents = (j: JobContext, entries: readonly LogEntry[]): void =>
  record(j.book, entries);

/** A send found still marked as sending: its run was killed, and nobody knows if it went. */
function markUnknown(j: JobContext): number {
  const stale = [...j.latest.values()]
    .filter((l) => l.entry.status === 'sending')
    .map((l): LogEntry => ({ ...l.entry, status: 'unknown' }));
  recordEvents(j, stale);
  return stale.length;
}

export function ensureForm(j: JobContext): NonNullable<JobState['form']> {
  if (!j.state.form) {
    j.state = { ...j.state, form: createUnsubscribeForm(j.ss, j.lang, j.shop) };
    saveJobState(j.state);
  }
  return j.state.form!;
}

/**
 * The customer's own survey link: the post-order survey for a follow-up (where it was made),
 * the questionnaire for a survey mail (made on the first, as the rule promises a link).
 */
function surveyFor(j: JobContext, kind: Kind, customerId: string): string {
  const survey = surveyOfKind(kind);
  if (!survey) return '';
  if (!j.surveys[survey] && survey === 'questionnaire') {
    j.surveys = { ...j.surveys, questionnaire: createSurveyForm(j.ss, survey, j.lang, j.shop) };
  }
  const form = j.surveys[survey];
  // The customer's ID with its hash: only an answer from their own link is filed as theirs.
  return form ? surveyLink(form, surveyReference(secretOf(j), customerId)) : '';
}

/** The first day a plan covers: the day after the last planned, a week back at most. */
export const firstDayToPlan = (plannedDay: number | undefined, today: number): number =>
  Math.max((plannedDay ?? today - 1) + 1, today - CATCH_UP_DAYS + 1);

/**
 * What the days from..to make due that the log does not hold yet, as the log would hold it;
 * and the Activities and Coupons rows that could not be read.
 */
export function planDays(
  j: JobContext,
  rules: readonly Rule[],
  list: DoNotEmail,
  from: number,
  to: number,
  dryRun: boolean,
): { entries: LogEntry[]; problems: Problem[] } {
  const settings = loadSettings();
  const o = readOccasions(j.ss, j.owned, settings, j.lang);
  const dues = dueMails(
    {
      recipients: o.recipients,
      rules,
      activities: o.activities,
      coupons: o.coupons,
      from,
      to,
      lostAfterDays: settings.lostAfterDays,
    },
    words(j.lang),
  );
  const entries = planEntries(dues, j.latest, {
    now: Date.now(),
    blocked: (key, email) => isBlocked(list, key, email),
    capPerDay: j.config.capPerDay,
    dryRun,
  });
  return { entries, problems: o.problems };
}

/**
 * Puts every contact the ledger holds as waiting on the Contact list, with its message, then
 * records it as listed: a row the team ticks, deletes or sorts is never listed again, nor is
 * every old contact when the sheet itself is deleted.
 */
function fillContactList(j: JobContext, rules: ReadonlyMap<string, Rule>): number {
  const waiting = [...j.latest.values()].filter((l) => l.entry.status === 'contact');
  if (!waiting.length) return 0;
  const sheet = reminderSheet(j.owned, 'contacts');
  // Listed by a run killed before it could record them: on the sheet already.
  const onSheet = new Set<string>();
  if (sheet) {
    const last = sheet.getLastRow();
    if (last >= 2) {
      for (const [k] of sheet.getRange(2, CONTACT_KEY_COL, last - 1, 1).getValues()) {
        onSheet.add(String(k));
      }
    }
  }
  const w = words(j.lang).reminders;
  const rows = waiting
    .filter((l) => !onSheet.has(l.entry.key) && rules.has(l.entry.rule))
    .sort((a, b) => a.seq - b.seq)
    .map(({ entry: e }) => {
      const rule = rules.get(e.rule)!;
      const mail = composeMail(rule, e.details, {
        lang: j.lang,
        shop: j.shop,
        unsubscribe: '',
        survey: surveyFor(j, rule.kind, e.customer),
      });
      return [
        new Date(e.time),
        e.customer,
        e.details.name,
        e.details.tier,
        e.details.phone,
        `${rule.name} · ${w.reasons[e.details.reason ?? 'noEmail']}`,
        `${mail.subject}\n${mail.text}`,
        false,
        e.key,
      ];
    });
  if (rows.length) {
    if (sheet) writeRows(sheet, 'contacts', sheet.getLastRow() + 1, rows);
    else createReminderSheet(j.ss, 'contacts', j.lang, rows);
  }
  const now = Date.now();
  recordEvents(
    j,
    waiting
      .filter((l) => onSheet.has(l.entry.key) || rules.has(l.entry.rule))
      .map(({ entry }) => ({ ...entry, time: now, status: 'listed' })),
  );
  return rows.length;
}

interface Sent {
  sent: number;
  failed: number;
  waiting: number;
}

const QUOTA_ERROR = /too many times|quota/i;

/**
 * Why a queued mail is not to go now, if it is not: its rule turned off, its last day past (in
 * the spreadsheet's zone, judged at the send itself, so a run that starts before midnight sends
 * no greeting after it), or the customer unsubscribed since it was planned.
 */
function closing(
  j: JobContext,
  e: LogEntry,
  rules: ReadonlyMap<string, Rule>,
  list: DoNotEmail,
  at: number,
): Reason | undefined {
  const rule = rules.get(e.rule);
  if (!rule || (!rule.on && !e.details.byHand)) return 'ruleOff';
  if (e.details.until < localDay(j.zone, at)) return 'expired';
  if (isBlocked(list, e.details.customer, e.email)) return 'unsubscribed';
  return undefined;
}

const closed = (e: LogEntry, reason: Reason, now: number): LogEntry => ({
  ...e,
  time: now,
  status: 'skipped',
  note: '',
  details: { ...e.details, reason },
});

/** Sends the queue, first first, within the quota and the time budget. */
function sendQueued(
  j: JobContext,
  rules: ReadonlyMap<string, Rule>,
  unsubscribes: { list: DoNotEmail; answers: AnswerSheet | undefined },
  started: number,
): Sent {
  const today = localDay(j.zone, started);
  const queue = sendQueue(j.latest, today, (t) => localDay(j.zone, t));
  const now = Date.now();
  const closings: LogEntry[] = [];
  const sendable: LogEntry[] = [];
  for (const { entry: e } of queue) {
    const reason = closing(j, e, rules, unsubscribes.list, now);
    if (reason) closings.push(closed(e, reason, now));
    else sendable.push(e);
  }
  recordEvents(j, closings);
  if (!sendable.length) return { sent: 0, failed: 0, waiting: 0 };

  const marketingToday = new Map<string, number>();
  for (const { entry } of j.latest.values()) {
    if (
      (entry.status === 'sent' || entry.status === 'unknown') &&
      MARKETING.has(entry.details.kind) &&
      localDay(j.zone, entry.time) === today
    ) {
      marketingToday.set(
        entry.details.customer,
        (marketingToday.get(entry.details.customer) ?? 0) + 1,
      );
    }
  }
  const form = ensureForm(j);
  const secret = secretOf(j);
  let list = unsubscribes.list;
  let quota = MailApp.getRemainingDailyQuota();
  let result: Sent = { sent: 0, failed: 0, waiting: 0 };
  // The sent mark of one mail shares a write with the sending mark of the next.
  let done: LogEntry | undefined;
  let i = 0;
  for (; i < sendable.length; i++) {
    const e = sendable[i];
    if (quota <= 0 || Date.now() - started > TIME_BUDGET_MS) break;
    const customer = e.details.customer;
    if (
      MARKETING.has(e.details.kind) &&
      (marketingToday.get(customer) ?? 0) >= j.config.capPerDay
    ) {
      // Stays planned: tomorrow it may go.
      continue;
    }
    // An unsubscribe that came in while this run sends stops the mails after it.
    if (answersChanged(unsubscribes.answers)) {
      list = syncDoNotEmail(j.ss, j.owned, j.book, unsubscribes.answers, j.lang).list;
    }
    const late = closing(j, e, rules, list, Date.now());
    if (late) {
      recordEvents(j, [...(done ? [done] : []), closed(e, late, Date.now())]);
      done = undefined;
      continue;
    }
    const sending: LogEntry = {
      ...e,
      time: Date.now(),
      status: 'sending',
      attempts: e.attempts + 1,
      note: '',
    };
    recordEvents(j, [...(done ? [done] : []), sending]);
    done = undefined;
    // Sheets bundles writes: the sending mark must be on the sheet before the mail goes, or a
    // run killed just after the send would leave it planned, to be sent again.
    SpreadsheetApp.flush();
    const mail = composeMail(rules.get(e.rule)!, e.details, {
      lang: j.lang,
      shop: j.shop,
      unsubscribe: unsubscribeLink(form, unsubscribeReference(secret, customer)),
      survey: surveyFor(j, e.details.kind, e.customer),
    });
    try {
      MailApp.sendEmail({
        to: e.email,
        subject: mail.subject,
        body: mail.text,
        htmlBody: mail.html,
        name: j.shop,
      });
      quota--;
      result.sent++;
      if (MARKETING.has(e.details.kind))
        marketingToday.set(customer, (marketingToday.get(customer) ?? 0) + 1);
      done = { ...sending, time: Date.now(), status: 'sent' };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (QUOTA_ERROR.test(message)) {
        // The day's quota went elsewhere: not this mail's failure, and not sent.
        recordEvents(j, [{ ...e, time: Date.now(), note: message }]);
        i++;
        result.waiting++;
        break;
      }
      const status = sending.attempts >= MAX_ATTEMPTS ? 'failed' : 'retry';
      recordEvents(j, [{ ...sending, time: Date.now(), status, note: message }]);
      result.failed++;
    }
  }
  if (done) recordEvents(j, [done]);
  result = { ...result, waiting: result.waiting + (sendable.length - i) };
  return result;
}

/**
 * Nothing to do this hour: before the user's hour (customers get mail in the day), or the day
 * is planned and nothing waits that the quota now allows. Such a run reads no sheet. A run
 * killed while sending left `busy` set, so the next one always looks at the ledger.
 */
function idle(ss: Spreadsheet, state: JobState, config: ReminderConfig, now: number): boolean {
  if (state.busy || surveyDue(state, now)) return false;
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  if (localHour(zone, now) < config.hour) return true;
  const planned = config.dryRun ? state.dryPlannedDay : state.plannedDay;
  if ((planned ?? -Infinity) < localDay(zone, now)) return false;
  return config.dryRun || !state.waiting || MailApp.getRemainingDailyQuota() === 0;
}

/**
 * One run: plan the day if it is time, then send. Holds the document lock throughout. A run
 * the user starts from the panel plans and sends whatever the hour.
 */
export function runReminderJob(fromTrigger: boolean): LastRun {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    if (fromTrigger) return loadJobState().lastRun ?? emptyRun(false);
    return fail((w) => w.reminders.errors.jobBusy);
  }
  try {
    const started = Date.now();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let before = loadJobState();
    if (fromTrigger) {
      // Every hourly run leaves its time: the panel and the owner learn of hours it did not run.
      const last = before.tickAt;
      before = { ...before, tickAt: started };
      if (last !== undefined && started - last > STALL_MS) before = tellStalled(ss, before, last);
      saveJobState(before);
      if (idle(ss, before, loadReminderConfig(), started)) return before.lastRun ?? emptyRun(false);
    }
    if (surveyDue(before, started)) {
      // Survey answers the form-submit runs left for a batch: first, whatever the reminders do.
      before = refreshSurvey(ss, before);
      SpreadsheetApp.flush();
      saveJobState(before);
    }
    const j = openJob(ss);
    saveJobState({ ...j.state, busy: true });
    const unknown = markUnknown(j);
    const rules = readRules(j.owned);
    const byId = new Map(rules.map((r) => [r.id, r]));
    const answers = answerSheet(j.ss, j.state);
    const { list } = syncDoNotEmail(j.ss, j.owned, j.book, answers, j.lang);
    const today = localDay(j.zone, started);
    const dry = j.config.dryRun;
    const plannedDay = dry ? j.state.dryPlannedDay : j.state.plannedDay;
    let planned = 0;
    let dayPlanned = false;
    let rehearsal: LogEntry[] = [];
    const time = !fromTrigger || localHour(j.zone, started) >= j.config.hour;
    if (time && (plannedDay ?? -Infinity) < today) {
      const from = firstDayToPlan(plannedDay, today);
      const { entries } = planDays(j, rules, list, from, today, dry);
      if (dry) rehearsal = entries;
      else {
        // Skips are tallied, not kept one by one: their day is never planned again.
        recordEvents(
          j,
          entries.filter((e) => e.status !== 'skipped'),
        );
        recordTallies(j.book, tally(entries, Date.now()));
      }
      planned = entries.length;
      dayPlanned = true;
      j.state = dry ? { ...j.state, dryPlannedDay: today } : { ...j.state, plannedDay: today };
      j.state = { ...j.state, summarisedMonth: summariseOldHistory(j, j.config.logDays, started) };
    }
    fillContactList(j, byId);
    const sent =
      dry || !time
        ? { sent: 0, failed: 0, waiting: 0 }
        : sendQueued(j, byId, { list, answers }, started);
    const lastRun: LastRun = {
      at: new Date(started).toISOString(),
      planned,
      sent: sent.sent,
      failed: sent.failed,
      unknown,
      waiting: sent.waiting,
      dryRun: dry,
    };
    const loggedSeq = writeHistory(j, byId, rehearsal);
    // Once a day, after the history has it all: no key before the plan's reach is needed.
    if (dayPlanned) compactLedger(j.book, today - CATCH_UP_DAYS - 1);
    // The ledger on the sheet before the state that says the day is planned: Sheets bundles
    // writes, and a run killed after saving the state would otherwise lose the day's plan.
    SpreadsheetApp.flush();
    saveJobState({ ...j.state, lastRun, busy: false, waiting: sent.waiting, loggedSeq });
    return lastRun;
  } finally {
    lock.releaseLock();
  }
}
const emptyRun = (dryRun: boolean): LastRun => ({
  at: new Date().toISOString(),
  planned: 0,
  sent: 0,
  failed: 0,
  unknown: 0,
  waiting: 0,
  dryRun,
});

/**
 * The trigger's run: a failure is logged in the state for the panel, and the user is told by
 * mail at most once a day, as Google's add-on guide asks of time-driven work.
 */
export function reminderTick(): void {
  try {
    runReminderJob(true);
  } catch (err) {
    // Logged first: if the spreadsheet or the authorization is what failed, telling the user
    // fails too, and the execution log is all that is left.
    console.error(err instanceof Error ? err.message : String(err));
    try {
      tellUser(err);
    } catch (again) {
      console.error(again instanceof Error ? again.message : String(again));
    }
  }
}

/**
 * The hourly trigger did not run for hours (its run now is the first since `from`): kept for the
 * panel, and told to the user by mail once a day at most, with what usually stops it.
 */
function tellStalled(ss: Spreadsheet, state: JobState, from: number): JobState {
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  const to = state.tickAt!;
  const next: JobState = { ...state, gap: { from, to } };
  const today = localDay(zone, to);
  if (state.stallNoticeDay === today) return next;
  const w = words(sheetLang(loadSettings(), ss.getSpreadsheetLocale())).reminders.jobStalled;
  const at = (t: number) => Utilities.formatDate(new Date(t), zone.id, 'yyyy-MM-dd HH:mm');
  const me = Session.getEffectiveUser().getEmail();
  if (me && MailApp.getRemainingDailyQuota() > 0) {
    MailApp.sendEmail(me, w.subject, w.body(ss.getName(), at(from), at(to), ss.getUrl()));
  }
  return { ...next, stallNoticeDay: today };
}

/** The failure in the panel's last-run line, and by mail to the user once a day at most. */
function tellUser(err: unknown): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = sheetLang(loadSettings(), ss.getSpreadsheetLocale());
  const message =
    err instanceof LocalizedError ? err.in(lang) : err instanceof Error ? err.message : String(err);
  const state = loadJobState();
  const today = localDay(spreadsheetZone(ss.getSpreadsheetTimeZone()), Date.now());
  const lastRun = { ...emptyRun(loadReminderConfig().dryRun), error: message };
  // Saved before the mail: a notice that fails is not tried again every hour.
  saveJobState({ ...state, noticeDay: today, lastRun });
  if (state.noticeDay === today) return;
  const w = words(lang).reminders.jobFailed;
  const me = Session.getEffectiveUser().getEmail();
  if (me) MailApp.sendEmail(me, w.subject, w.body(ss.getName(), message, ss.getUrl()));
}
