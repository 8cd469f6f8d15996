/**
 * The Reminders panel's server side, what it shows: the job, the rules, the day's lines and the
 * lists; and the lock every action of the panel takes, so the job never sends while it writes.
 */
import { fail, Lang } from '../../core/ground/i18n';
import { Ledger, readLedger } from '../../core/reminders/ledger';
import { CONTACT_COLUMNS } from '../../core/reminders/reminderSheets';
import { Audience, Rule } from '../../core/reminders/rules';
import { LogEntry, statusCounts } from '../../core/reminders/sendLog';
import { isoDay, DAY_MS } from '../../core/ground/zone';
import type { ReminderLine, ReminderState, RuleInfo } from '../../shared/api';
import { words, Words } from '../../words';
import { sheetLang } from '../ground/lang';
import { ownedSheets, OwnedSheets } from '../ground/ownedSheets';
import { localDay } from './reminderData';
import { STALL_MS } from './reminderJob';
import { dataRows, parseRulesSheet, REMINDER_ROLES, reminderSheet } from './reminderSheets';
import { loadJobState, loadReminderConfig, loadSettings, loadSurveyForms } from '../ground/store';
import { doNotEmailShown } from './unsubscribe';
import { spreadsheetZone } from '../ground/zone';
import { theSpreadsheet } from '../ground/spreadsheetStore';
import { exclusive } from '../ground/exclusive';
import { ACCOUNT_LIMIT, loadAccountJobs, loadRunner } from './jobRecord';
import { missingJobScopes } from './reminderTick';
import { SCOPE } from '../ground/scopes';

/** The Contact list's done and key columns. */
const DONE = CONTACT_COLUMNS.indexOf('done');
const KEY = CONTACT_COLUMNS.indexOf('key');
/** Lines the panel shows at most. */
export const SHOWN = 100;

export const active = () => theSpreadsheet();
/** A time as the panel and its messages show it: the spreadsheet's zone, to the minute. */
export const localTime = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, t: number): string =>
  Utilities.formatDate(new Date(t), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
export const langOf = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang =>
  sheetLang(loadSettings(), ss.getSpreadsheetLocale());

function audienceWords(a: Audience, w: Words): string {
  if (a.size === 0) return w.reminders.everyone;
  const name = (k: string): string =>
    (w.statuses as Record<string, string>)[k] ??
    (w.segments as Record<string, string>)[k] ??
    (w.classes as Record<string, string>)[k] ??
    k;
  return [...a].map(name).join(w.listSeparator);
}

const ruleInfo = (r: Rule, w: Words): RuleInfo => ({
  id: r.id,
  on: r.on,
  kind: r.kind,
  name: r.name,
  when: w.reminders.when(r.days),
  audience: audienceWords(r.audience, w),
  priority: r.priority,
});

export function line(e: LogEntry, w: Words, rules: ReadonlyMap<string, Rule>): ReminderLine {
  return {
    key: e.key,
    customer: e.customer,
    name: e.details.name,
    email: e.email,
    tier: e.details.tier,
    rule: rules.get(e.rule)?.name ?? e.rule,
    status: e.status,
    note: e.note || (e.details.reason ? w.reminders.reasons[e.details.reason] : ''),
    day: isoDay(e.details.sendDay * DAY_MS),
  };
}

/** The ledger as it stands, read without making it; empty before the job has run. */
export function readBook(owned: OwnedSheets): Ledger {
  const ledger = reminderSheet(owned, 'ledger');
  return readLedger(ledger ? dataRows(ledger, 'ledger') : []);
}

export function reminderState(): ReminderState {
  const ss = active();
  const lang = langOf(ss);
  const w = words(lang);
  const owned = ownedSheets(ss);
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  const rulesSheet = reminderSheet(owned, 'rules');
  const parsed = rulesSheet ? parseRulesSheet(rulesSheet) : { rules: [], errors: [] };
  const byId = new Map(parsed.rules.map((r) => [r.id, r]));
  const book = readBook(owned);
  const latest = book.latest;
  const contacts = reminderSheet(owned, 'contacts');
  const config = loadReminderConfig();
  const job = loadJobState();
  const surveys = loadSurveyForms();
  const runner = loadRunner();
  const jobOn = runner?.on === true;
  const me = Session.getEffectiveUser().getEmail();
  const account = loadAccountJobs();
  const mine = account[ss.getId()];
  const now = Date.now();
  const missing = missingJobScopes();
  // The trigger ran if the account's run served this spreadsheet, even when it failed there.
  const ticked = Math.max(job.tickAt ?? -Infinity, mine?.served ?? -Infinity);
  const iso = (t: number) => new Date(t).toISOString();
  return {
    lang,
    today: isoDay(localDay(zone, Date.now()) * DAY_MS),
    timeZone: zone.id,
    sheets: Object.fromEntries(
      REMINDER_ROLES.flatMap((role) => {
        const sheet = reminderSheet(owned, role);
        return sheet ? [[role, sheet.getName()]] : [];
      }),
    ),
    rules: parsed.rules.map((r) => ruleInfo(r, w)),
    ruleErrors: parsed.errors.map((e) => e.message(w)),
    settings: config,
    jobOn,
    runner: runner?.on ? { by: runner.by, since: iso(runner.since), me: runner.by === me } : null,
    account: { count: Object.keys(account).length, limit: ACCOUNT_LIMIT },
    // What the account's run knows and the spreadsheet may not: it would not open, or the run
    // lacked a permission before it could (said once: the missing ones are listed below).
    runFailure:
      mine?.failure?.kind === 'open' || (mine?.failure?.kind === 'scope' && !missing.length)
        ? mine.failure.message
        : null,
    missingScopes: missing.map((s) => w.remindersPanel.scopeNames[s.replace(SCOPE, '')] ?? s),
    formsClosed: [job.form, surveys.questionnaire, surveys.postOrder].some(
      (f) => f?.open === false,
    ),
    lastRun: job.lastRun ?? null,
    counts: statusCounts(latest),
    unknowns: [...latest.values()]
      .filter((l) => l.entry.status === 'unknown')
      .slice(0, SHOWN)
      .map((l) => line(l.entry, w, byId)),
    contactsOpen: contacts
      ? dataRows(contacts, 'contacts').filter((r) => r[DONE] !== true && r[KEY] !== '').length
      : 0,
    doNotEmail: doNotEmailShown(reminderSheet(owned, 'doNotEmail'), book).slice(0, SHOWN),
    quota: MailApp.getRemainingDailyQuota(),
    stalledSince: jobOn && Number.isFinite(ticked) && now - ticked > STALL_MS ? iso(ticked) : null,
    lastGap:
      job.gap && now - job.gap.to < 7 * DAY_MS
        ? { from: iso(job.gap.from), to: iso(job.gap.to) }
        : null,
  };
}

/** Runs f alone (exclusive.ts): the job never sends while the panel writes. */
export const locked = <T>(f: () => T): T =>
  exclusive(f, () => fail((w) => w.reminders.errors.jobBusy));
