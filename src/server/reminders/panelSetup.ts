/** The Reminders panel's set-up: the sheets and the form, rules on and off, settings, the job. */
import { fail } from '../../core/ground/i18n';
import { defaultRuleRows, RULE_COLUMNS } from '../../core/reminders/rules';
import type { LastRunInfo, ReminderSettings, ReminderState } from '../../shared/api';
import { words } from '../../words';
import { boolean, integer, record, text } from '../ground/input';
import { ownedSheets } from '../ground/ownedSheets';
import { ensureForm, openJob } from './jobContext';
import { runReminderJob } from './reminderJob';
import {
  adoptReminderSheet,
  createReminderSheet,
  dataRows,
  REMINDER_ROLES,
  reminderSheet,
} from './reminderSheets';
import {
  loadJobState,
  loadReminderConfig,
  LOG_DAYS,
  saveJobState,
  saveReminderConfig,
} from '../ground/store';
import { ensureFormSubmitTrigger } from './unsubscribe';
import { active, JOB_HANDLER, langOf, locked, reminderState } from './panelState';

export function setUpReminders(): ReminderState {
  locked(() => {
    const ss = active();
    const lang = langOf(ss);
    const owned = ownedSheets(ss);
    for (const role of REMINDER_ROLES) {
      if (reminderSheet(owned, role) || adoptReminderSheet(ss, role)) continue;
      createReminderSheet(ss, role, lang, role === 'rules' ? defaultRuleRows(words(lang)) : []);
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
    shop: text(s.shop ?? '', 'shop')
      .trim()
      .slice(0, 100),
    capPerDay: integer(s.capPerDay, 'capPerDay', 1, 10),
    logDays:
      s.logDays === undefined
        ? loadReminderConfig().logDays
        : integer(s.logDays, 'logDays', LOG_DAYS.min, LOG_DAYS.max),
  };
  saveReminderConfig(settings);
  return reminderState();
}

/** One hourly trigger: installing removes any earlier one first, so twice leaves one. */
export function switchReminderJob(on: unknown): ReminderState {
  const want = boolean(on, 'on');
  const ss = active();
  locked(() => {
    for (const t of ScriptApp.getUserTriggers(ss)) {
      if (t.getHandlerFunction() === JOB_HANDLER) ScriptApp.deleteTrigger(t);
    }
    if (want) {
      ScriptApp.newTrigger(JOB_HANDLER).timeBased().everyHours(1).create();
      // Its first run is due within the hour: a longer wait from now is a stall.
      saveJobState({ ...loadJobState(), tickAt: Date.now() });
    }
  });
  return reminderState();
}

export const runRemindersNow = (): LastRunInfo => runReminderJob(false);
