/**
 * The hourly trigger's run: one trigger per account, serving each spreadsheet the account runs
 * reminders in (see jobRecord.ts), least recently served first, within one run's time.
 *
 * It assumes the worse world: an add-on's clock run may have no active spreadsheet, so each
 * spreadsheet is opened by its ID (the `spreadsheets` scope) unless it is the active one. A run
 * that cannot do its work (the spreadsheet will not open, a scope is not granted, the job
 * fails) says so where the panel shows it, in the execution log, and, the third time in a row,
 * by one mail a day for each kind of failure. Nothing is swallowed silently.
 */
import { langFromLocale, Lang, LocalizedError } from '../../core/ground/i18n';
import { words } from '../../words';
import { DAY_MS } from '../../core/ground/zone';
import { sheetLang } from '../ground/lang';
import { onSpreadsheet } from '../ground/spreadsheetStore';
import { SCOPE } from '../ground/scopes';
import { loadJobState, loadReminderConfig, loadSettings, saveJobState } from '../ground/store';
import {
  AccountJob,
  FailureKind,
  loadAccountJobs,
  loadRunner,
  removeAccountTrigger,
  saveAccountJobs,
} from './jobRecord';
import { emptyRun, runReminderJob } from './reminderJob';
import { TIME_BUDGET_MS } from './sending';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * What a clock run needs: to open the spreadsheet by its ID, send mail, make the questionnaire's
 * form, remove its own trigger, and know whose mailbox it sends from.
 */
export const JOB_SCOPES = [
  'spreadsheets',
  'script.send_mail',
  'forms',
  'script.scriptapp',
  'userinfo.email',
].map((s) => SCOPE + s);

/** A failure is mailed the third run in a row it happens: one bad hour is not news. */
export const TELL_AFTER = 3;
/**
 * A spreadsheet that would not open for a week is let go: deleted, or no longer shared, it
 * cannot be opened to turn its reminders off, and would cost every hourly run a try.
 */
export const GIVE_UP_MS = 7 * 86_400_000;

/** The job's scopes this user has not granted (granular consent lets them grant some). */
export function missingJobScopes(): string[] {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, JOB_SCOPES);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return [];
  const granted = new Set(info.getAuthorizedScopes() ?? []);
  return JOB_SCOPES.filter((s) => !granted.has(s));
}

/** The missing scopes in words ("send email as you"), each with its address for the log. */
const scopesError = (missing: readonly string[]) =>
  new LocalizedError((w) =>
    w.reminders.errors.scopesMissing(
      missing
        .map((s) => `${w.remindersPanel.scopeNames[s.replace(SCOPE, '')] ?? s} (${s})`)
        .join(w.listSeparator),
    ),
  );

export function reminderTick(): void {
  const started = Date.now();
  try {
    const me = Session.getEffectiveUser().getEmail();
    const active = SpreadsheetApp.getActiveSpreadsheet();
    const before = loadAccountJobs();
    const jobs: Record<string, AccountJob> = { ...before };
    const order = Object.keys(jobs).sort((a, b) => (jobs[a].served ?? 0) - (jobs[b].served ?? 0));
    // Asked first: without `spreadsheets` even the opening would fail, and say less.
    const missing = order.length ? missingJobScopes() : [];
    for (const id of order) {
      // The next spreadsheet waits for the next hour rather than start with no time left.
      if (Date.now() - started > TIME_BUDGET_MS) break;
      const served = missing.length
        ? failed(id, jobs[id], 'scope', scopesError(missing))
        : serve(id, jobs[id], active, me, started);
      if (served) jobs[id] = served;
      else delete jobs[id];
    }
    saveAccountJobs(jobs);
    if (!Object.keys(jobs).length) removeAccountTrigger();
  } catch (err) {
    // The account's own list could not be read or written: the execution log is all there is.
    console.error(`SheetCare reminders: ${messageOf(err, 'en')}`);
  }
}

/** One spreadsheet's turn: its job as the account now knows it, or undefined once it is not ours. */
function serve(
  id: string,
  job: AccountJob,
  active: Spreadsheet | null,
  me: string,
  started: number,
): AccountJob | undefined {
  // When this spreadsheet's turn began: no later than the run's own time in its state.
  const turn = Date.now();
  let ss: Spreadsheet;
  try {
    ss = active && active.getId() === id ? active : SpreadsheetApp.openById(id);
  } catch (err) {
    return failed(id, job, 'open', err);
  }
  return onSpreadsheet(ss, () => {
    try {
      // The spreadsheet's record decides: turned off, or taken on by another account.
      const runner = loadRunner();
      if (!runner?.on || runner.by !== me) return undefined;
      runReminderJob(true, started);
      return { ...job, name: ss.getName(), served: turn, failure: undefined };
    } catch (err) {
      return failed(id, job, 'run', err, ss);
    }
  });
}

const messageOf = (err: unknown, lang: Lang): string =>
  err instanceof LocalizedError ? err.in(lang) : err instanceof Error ? err.message : String(err);

/**
 * A failed turn: in the log, in the panel's last run (where the spreadsheet is reachable), and
 * counted; the third in a row of one kind is mailed to the user who runs the job, once a day.
 */
function failed(
  id: string,
  job: AccountJob,
  kind: FailureKind,
  err: unknown,
  ss?: Spreadsheet,
): AccountJob | undefined {
  const now = Date.now();
  const lang = ss ? safe(() => sheetLang(loadSettings(), ss.getSpreadsheetLocale())) : undefined;
  const language = lang ?? langFromLocale(safe(() => Session.getActiveUserLocale()));
  const message = messageOf(err, language);
  console.error(`SheetCare reminders, "${job.name}" (${id}): ${message}`);
  if (ss) {
    safe(() => {
      const lastRun = { ...emptyRun(loadReminderConfig().dryRun), at: new Date(now).toISOString() };
      // The trigger did run: the panel must not say Google stopped it.
      saveJobState({ ...loadJobState(), tickAt: now, lastRun: { ...lastRun, error: message } });
    });
  }
  const streak = job.failure?.kind === kind ? job.failure : undefined;
  const count = (streak?.count ?? 0) + 1;
  const since = streak?.since ?? now;
  if (kind === 'open' && now - since > GIVE_UP_MS) {
    console.error(`SheetCare reminders: "${job.name}" (${id}) has not opened for a week; let go.`);
    return undefined;
  }
  let told = job.told;
  // A day between two notices of a kind, whatever the clock says: none at midnight for a
  // failure told in the afternoon.
  if (count >= TELL_AFTER && now - (told?.[kind] ?? -Infinity) >= DAY_MS) {
    // Kept as told before the mail: a notice that fails is not tried again every hour.
    told = { ...told, [kind]: now };
    safe(() => tell(language, kind, ss?.getName() ?? job.name, id, message));
  }
  return { ...job, served: now, failure: { kind, count, since, at: now, message }, told };
}

function tell(lang: Lang, kind: FailureKind, name: string, id: string, message: string): void {
  const me = Session.getEffectiveUser().getEmail();
  if (!me || MailApp.getRemainingDailyQuota() <= 0) return;
  const w = words(lang).reminders.jobFailed;
  const url = `https://docs.google.com/spreadsheets/d/${id}/edit`;
  MailApp.sendEmail(me, w.subject, w.body(name, message, w.fix[kind], url));
}

/** What a failure's own handling must survive: the spreadsheet or the mail may be what failed. */
function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (err) {
    console.error(`SheetCare reminders: ${messageOf(err, 'en')}`);
    return undefined;
  }
}
