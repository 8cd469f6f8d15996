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
import { fail } from '../../core/ground/i18n';
import { tally } from '../../core/reminders/ledger';
import { LogEntry } from '../../core/reminders/sendLog';
import { exclusive } from '../ground/exclusive';
import { settleFormSheets } from '../ground/formSheets';
import { theSpreadsheet } from '../ground/spreadsheetStore';
import { sheetLang } from '../ground/lang';
import { compactLedger, recordTallies } from './ledger';
import { localDay, localHour, readRules } from './reminderData';
import { summariseOldHistory, writeHistory } from './sendHistory';
import { refreshSurvey, surveyDue } from '../surveys/formAnswers';
import { spreadsheetZone } from '../ground/zone';
import {
  JobState,
  LastRun,
  loadJobState,
  loadReminderConfig,
  loadSettings,
  ReminderConfig,
  saveJobState,
} from '../ground/store';
import { answerSheet, syncDoNotEmail } from './unsubscribe';
import { words } from '../../words';
import { fillContactList } from './contactList';
import { markUnknown, openJob, recordEvents } from './jobContext';
import { CATCH_UP_DAYS, firstDayToPlan, mayMail, planDays } from './planning';
import { sendQueued } from './sending';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The trigger is hourly: a longer gap since its last run means Apps Script did not run it (the
 * day's trigger time ran out, or authorization was lost).
 */
export const STALL_MS = 3 * 3_600_000;

function idle(ss: Spreadsheet, state: JobState, config: ReminderConfig, now: number): boolean {
  if (state.busy || surveyDue(state, now)) return false;
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  if (localHour(zone, now) < config.hour) return true;
  const planned = config.dryRun ? state.dryPlannedDay : state.plannedDay;
  if ((planned ?? -Infinity) < localDay(zone, now)) return false;
  return config.dryRun || !state.waiting || MailApp.getRemainingDailyQuota() === 0;
}

/**
 * One run on this spreadsheet: plan the day if it is time, then send, alone (see
 * exclusive.ts). A run the user starts from the panel plans and sends whatever the hour. The
 * time budget counts from `runStart`: an hourly run that served other spreadsheets first has
 * that much less.
 */
export function runReminderJob(fromTrigger: boolean, runStart = Date.now()): LastRun {
  return exclusive(
    () => runAlone(fromTrigger, runStart),
    () =>
      fromTrigger
        ? (loadJobState().lastRun ?? emptyRun(false))
        : fail((w) => w.reminders.errors.jobBusy),
  );
}

function runAlone(fromTrigger: boolean, runStart: number): LastRun {
  {
    const started = Date.now();
    const ss = theSpreadsheet();
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
    // A form's responses sheet Sheets added after the run that made the form.
    const settled = settleFormSheets(ss, j.state, j.surveys);
    j.state = settled.state;
    j.surveys = settled.surveys;
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
      const { entries, from: source } = planDays(j, rules, list, from, today, dry);
      mayMail(source, dry);
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
        : sendQueued(j, byId, { list, answers }, started, runStart);
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
  }
}

export const emptyRun = (dryRun: boolean): LastRun => ({
  at: new Date().toISOString(),
  planned: 0,
  sent: 0,
  failed: 0,
  unknown: 0,
  waiting: 0,
  dryRun,
});

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
