/**
 * What a reminder run works with, read once a run (settings, zone, the ledger, the job's state,
 * the survey forms), and the little every part of a run does with it: record events in the
 * ledger, make a customer's links.
 */
import { Lang } from '../../core/ground/i18n';
import { Kind } from '../../core/reminders/rules';
import { createSurveyForm, surveyLink, surveyOfKind } from '../surveys/surveyForms';
import { Latest, LogEntry } from '../../core/reminders/sendLog';
import { surveyReference } from '../../core/reminders/unsubscribe';
import { sheetLang } from '../ground/lang';
import { LedgerBook, openLedger, record } from './ledger';
import { ownedSheets, OwnedSheets } from '../ground/ownedSheets';
import { spreadsheetZone } from '../ground/zone';
import {
  JobState,
  loadJobState,
  loadReminderConfig,
  loadSettings,
  loadSurveyForms,
  SurveyForms,
  ReminderConfig,
  saveJobState,
  unsubscribeSecret,
} from '../ground/store';
import { createUnsubscribeForm } from './unsubscribe';
import { shopName } from './shopName';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

export const secretOf = (j: JobContext): string => (j.secret ??= unsubscribeSecret());

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
    shop: shopName(ss, config.shop),
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
export function markUnknown(j: JobContext): number {
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
export function surveyFor(j: JobContext, kind: Kind, customerId: string): string {
  const survey = surveyOfKind(kind);
  if (!survey) return '';
  if (!j.surveys[survey] && survey === 'questionnaire') {
    j.surveys = { ...j.surveys, questionnaire: createSurveyForm(j.ss, survey, j.lang, j.shop) };
  }
  const form = j.surveys[survey];
  // The customer's ID with its hash: only an answer from their own link is filed as theirs.
  return form ? surveyLink(form, surveyReference(secretOf(j), customerId)) : '';
}
