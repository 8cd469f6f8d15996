/** The Reminders panel's set-up: the sheets and the form, rules on and off, settings, the job. */
import { fail } from '../../core/ground/i18n';
import { MAX_CLOSED_RUN, parseClosedDays } from '../../core/reminders/closedDays';
import { defaultRuleRows, RULE_COLUMNS } from '../../core/reminders/rules';
import type { LastRunInfo, ReminderSettings, ReminderState } from '../../shared/api';
import { boolean, integer, record, text } from '../ground/input';
import { ownedSheets } from '../ground/ownedSheets';
import { ensureForm, openJob } from './jobContext';
import { runReminderJob } from './reminderJob';
import {
  adoptReminderSheet,
  createReminderSheet,
  dataRows,
  REMINDER_ROLES,
  ReminderRole,
  reminderSheet,
} from './reminderSheets';
import { exampleRows } from '../../core/reminders/reminderSheets';
import { DAY_MS } from '../../core/ground/zone';
import { spreadsheetZone } from '../ground/zone';
import { localDay } from './reminderData';
import { words } from '../../words';
import {
  loadJobState,
  loadReminderConfig,
  LOG_DAYS,
  saveJobState,
  saveReminderConfig,
} from '../ground/store';
import { ensureFormSubmitTrigger } from './unsubscribe';
import { active, langOf, localTime, locked, reminderState } from './panelState';
import {
  ACCOUNT_LIMIT,
  ensureAccountTrigger,
  loadAccountJobs,
  loadRunner,
  removeAccountTrigger,
  saveAccountJobs,
  saveRunner,
} from './jobRecord';
import { JOB_SCOPES } from './reminderTick';
import { requireScopes } from '../ground/scopes';
import { shopName } from './shopName';

/**
 * Makes the reminder sheets and the unsubscribe form. The shop's name is settled first, as the
 * user gives it or the orders' export carries it: the form and every mail are in that name.
 */
export function setUpReminders(input: unknown = {}): ReminderState {
  const given = typedShop(record(input, 'setup').shop);
  // The unsubscribe form and its form-submit trigger.
  requireScopes('forms', 'script.scriptapp');
  locked(() => {
    const ss = active();
    const config = loadReminderConfig();
    const shop = shopName(ss, given || config.shop);
    if (shop !== config.shop) saveReminderConfig({ ...config, shop });
    const lang = langOf(ss);
    const owned = ownedSheets(ss);
    const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
    const today = localDay(zone, Date.now());
    // A day as a cell: midnight of that day where the spreadsheet is.
    const date = (day: number) => new Date(zone.toUtc(day * DAY_MS));
    const startRows = (role: ReminderRole): unknown[][] =>
      role === 'rules'
        ? defaultRuleRows(lang)
        : role === 'activities' || role === 'coupons'
          ? exampleRows(role, words(lang), today, date)
          : [];
    for (const role of REMINDER_ROLES) {
      if (reminderSheet(owned, role) || adoptReminderSheet(ss, role)) continue;
      createReminderSheet(ss, role, lang, startRows(role));
    }
    ensureForm(openJob(ss));
    ensureFormSubmitTrigger(ss);
    // The user sees their rules first: every one is off until they turn it on.
    reminderSheet(ownedSheets(ss), 'rules')?.activate();
  });
  return reminderState();
}

export function setRuleOn(input: unknown): ReminderState {
  const change = record(input, 'change');
  const id = text(change.id, 'id');
  const on = boolean(change.on, 'on');
  locked(() => {
    const sheet = reminderSheet(ownedSheets(active()), 'rules');
    if (!sheet) return fail((w) => w.reminders.errors.noRulesSheet);
    const ids = dataRows(sheet, 'rules').map((r) => String(r[RULE_COLUMNS.indexOf('id')]).trim());
    const i = ids.findIndex((x) => x.toLowerCase() === id.toLowerCase());
    if (i < 0) return fail((w) => w.reminders.errors.noSuchRule(id));
    sheet.getRange(i + 2, RULE_COLUMNS.indexOf('on') + 1).setValue(on);
  });
  return reminderState();
}

export function saveReminderSettings(input: unknown): ReminderState {
  const s = record(input, 'settings');
  const settings: ReminderSettings = {
    hour: integer(s.hour, 'hour', 0, 23),
    dryRun: boolean(s.dryRun, 'dryRun'),
    // Cleared, it is the export's again, or asked for: never the file's name.
    shop: shopName(active(), typedShop(s.shop)),
    capPerDay: integer(s.capPerDay, 'capPerDay', 1, 10),
    logDays:
      s.logDays === undefined
        ? loadReminderConfig().logDays
        : integer(s.logDays, 'logDays', LOG_DAYS.min, LOG_DAYS.max),
    closed: closedText(s.closed),
  };
  saveReminderConfig(settings);
  return reminderState();
}

/** The shop's name as the user typed it, at most 100 characters; '' when none. */
const typedShop = (raw: unknown): string =>
  text(raw ?? '', 'shop')
    .trim()
    .slice(0, 100);

/** The closed days as typed, checked: an error names the part that is no day or range. */
function closedText(raw: unknown): string {
  if (raw === undefined) return loadReminderConfig().closed;
  const typed = text(raw, 'closed').trim().slice(0, 2000);
  const read = parseClosedDays(typed);
  if (!read.ok) fail((w) => w.reminders.errors.badClosedDays(read.part, MAX_CLOSED_RUN));
  return typed;
}

/**
 * Turns this spreadsheet's job on or off. On: the spreadsheet's record names this account, the
 * account's list holds the spreadsheet, and the account has its one hourly trigger; refused
 * while another account runs it. Off from the account that runs it: the list lets it go, and
 * the trigger goes with the last one. Off from another account: the record says off, and the
 * runner's trigger learns it at its next run.
 */
export function switchReminderJob(on: unknown): ReminderState {
  const want = boolean(on, 'on');
  const me = Session.getEffectiveUser().getEmail();
  if (want) {
    // Where a user is present Google asks for what is missing (granular consent).
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, JOB_SCOPES);
  }
  locked(() => {
    const ss = active();
    const id = ss.getId();
    const runner = loadRunner();
    const jobs = { ...loadAccountJobs() };
    if (want) {
      if (runner?.on && runner.by !== me) {
        fail((w) => w.reminders.errors.runByOther(runner.by, localTime(ss, runner.since)));
      }
      if (!jobs[id] && Object.keys(jobs).length >= ACCOUNT_LIMIT) {
        fail((w) => w.reminders.errors.tooManySpreadsheets(ACCOUNT_LIMIT));
      }
      const since = runner?.on && runner.by === me ? runner.since : Date.now();
      saveRunner({ on: true, by: me, since });
      jobs[id] = { ...jobs[id], name: ss.getName(), since };
      saveAccountJobs(jobs);
      ensureAccountTrigger();
      // Its first run is due within the hour: a longer wait from now is a stall.
      saveJobState({ ...loadJobState(), tickAt: Date.now() });
      return;
    }
    if (runner) saveRunner({ ...runner, on: false });
    if (!runner || runner.by === me) {
      delete jobs[id];
      saveAccountJobs(jobs);
      if (!Object.keys(jobs).length) removeAccountTrigger();
    }
  });
  return reminderState();
}

/** A run now, from the account that sends this spreadsheet's mail (any, while the job is off). */
export function runRemindersNow(): LastRunInfo {
  const runner = loadRunner();
  if (runner?.on && runner.by !== Session.getEffectiveUser().getEmail()) {
    fail((w) => w.reminders.errors.runNowByOther(runner.by));
  }
  return runReminderJob(false);
}
