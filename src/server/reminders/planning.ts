/** Planning: what the days since the last plan make due, as the ledger will hold it. */
import { dueMails } from '../../core/reminders/occasions';
import { dueCandidates } from '../../core/reminders/dueFilter';
import { Problem } from '../../core/reminders/reminderSheets';
import { Rule } from '../../core/reminders/rules';
import { LogEntry, planEntries } from '../../core/reminders/sendLog';
import { Occasions, readOccasions } from './reminderData';
import { loadSettings, ReminderConfig } from '../ground/store';
import { parseClosedDays } from '../../core/reminders/closedDays';
import { blockedFor, DoNotEmail } from './unsubscribe';
import { fail } from '../../core/ground/i18n';
import { words } from '../../words';
import { JobContext } from './jobContext';
import { shopCurrency } from '../../core/ground/currency';

/** The closed days of settings saved valid (store.ts reads nothing else). */
export const closedDays = (config: ReminderConfig): ReadonlySet<number> => {
  const read = parseClosedDays(config.closed);
  return read.ok ? read.days : new Set();
};

/** A job that did not run for days plans the days it missed, this many at most. */
export const CATCH_UP_DAYS = 7;

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
): { entries: LogEntry[]; problems: Problem[]; from: MailSource } {
  const settings = loadSettings();
  const w = words(j.lang);
  const days = {
    rules,
    from,
    to,
    currency: shopCurrency(settings.currency, j.ss.getSpreadsheetLocale()),
    closed: closedDays(j.config),
  };
  // From BigQuery, only the customers these days could make due are read.
  const o = readOccasions(j.ss, j.owned, settings, j.lang, (read) =>
    dueCandidates({ ...days, ...read }, w),
  );
  const dues = dueMails(
    {
      ...days,
      recipients: o.recipients,
      activities: o.activities,
      coupons: o.coupons,
      lapsesMove: o.lapsesMove,
    },
    w,
  );
  const entries = planEntries(dues, j.latest, {
    now: Date.now(),
    blocked: (key, email) => blockedFor(list, key, email),
    capPerDay: j.config.capPerDay,
    dryRun,
  });
  return { entries, problems: o.problems, from: o };
}

/** Where planned mails' customers were read from. */
export type MailSource = Pick<Occasions, 'sheetName' | 'fromSample'>;

/**
 * Mails planned from `from` may go into the ledger to be sent. The sample shop's customers
 * are made up (its sheet is known by its mark, whatever the team named it), their addresses at example.com, which takes no mail: the panel plans and
 * previews for them, a rehearsal (dry run) logs them, nothing sends to them.
 */
export function mayMail(from: MailSource, dryRun: boolean): void {
  if (!dryRun && from.fromSample()) {
    fail((w) => w.reminders.errors.sampleShopNotMailed(from.sheetName));
  }
}

/**
 * Puts every contact the ledger holds as waiting on the Contact list, with its message, then
 * records it as listed: a row the team ticks, deletes or sorts is never listed again, nor is
 * every old contact when the sheet itself is deleted.
 */
