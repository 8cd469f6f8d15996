/**
 * Unsubscribing without the team: one Google Form with one question, the customer's reference
 * filled in by the link in their mail. Its answers land in a responses sheet here; each run of
 * the job (and the form-submit handler at once) files the answers whose hash holds onto the
 * Do-not-email list. The panel adds and removes entries by hand.
 */
import type { Lang } from '../core/i18n';
import { readReference } from '../core/unsubscribe';
import { words } from '../words';
import { sheetLang } from './lang';
import { OwnedSheets, ownedSheets } from './ownedSheets';
import { createReminderSheet, dataRows, reminderSheet, writeRows } from './reminderSheets';
import {
  FormRecord,
  JobState,
  loadJobState,
  loadSettings,
  saveJobState,
  UnsubscribeFormRecord,
  unsubscribeSecret,
} from './store';

/** Stands in a prefilled link for the reference each mail puts there. */
export const REFERENCE_SLOT = 'SHEETCARE_REFERENCE';

/** The handler of every form SheetCare makes: the add-on may have one form-submit trigger. */
export const FORM_SUBMIT_HANDLER = 'onSheetCareFormSubmit';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Installs the one form-submit trigger, unless this user already has it for this document. */
export function ensureFormSubmitTrigger(ss: Spreadsheet): void {
  const has = ScriptApp.getUserTriggers(ss).some(
    (t) => t.getHandlerFunction() === FORM_SUBMIT_HANDLER,
  );
  if (!has) ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
}

/** Makes the form: one required question, its answers sent to a new sheet of this spreadsheet. */
export function createUnsubscribeForm(
  ss: Spreadsheet,
  lang: Lang,
  shop: string,
): UnsubscribeFormRecord {
  const w = words(lang).reminders.unsubscribeForm;
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  const form = FormApp.create(w.title(shop))
    .setDescription(w.description)
    .setConfirmationMessage(w.confirmation);
  const item = form.addTextItem().setTitle(w.question).setRequired(true);
  return { ...publishHere(ss, form, before, item, REFERENCE_SLOT), filed: 0 };
}

/**
 * Sends a new form's answers to a new sheet of this spreadsheet and publishes it (forms made by
 * a script start unpublished, and take no answers until published). Returns where the answers
 * land and a link with `slot` prefilled in `field`, for each mail to fill in.
 */
export function publishHere(
  ss: Spreadsheet,
  form: GoogleAppsScript.Forms.Form,
  sheetsBefore: ReadonlySet<number>,
  field: GoogleAppsScript.Forms.TextItem,
  slot: string,
): FormRecord {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  (form as unknown as { setPublished(on: boolean): void }).setPublished(true);
  const link = form.createResponse().withItemResponse(field.createResponse(slot)).toPrefilledUrl();
  const sheet = ss.getSheets().find((s) => !sheetsBefore.has(s.getSheetId()));
  ensureFormSubmitTrigger(ss);
  return { formId: form.getId(), sheetId: sheet ? sheet.getSheetId() : -1, link };
}

export const unsubscribeLink = (form: UnsubscribeFormRecord, reference: string): string =>
  form.link.replace(REFERENCE_SLOT, encodeURIComponent(reference));

export interface DoNotEmail {
  readonly keys: ReadonlySet<string>;
  readonly emails: ReadonlySet<string>;
}

export const isBlocked = (list: DoNotEmail, key: string, email: string): boolean =>
  list.keys.has(key.trim().toLowerCase()) || (email !== '' && list.emails.has(email.toLowerCase()));

export function readDoNotEmail(owned: OwnedSheets): DoNotEmail {
  const keys = new Set<string>();
  const emails = new Set<string>();
  const sheet = reminderSheet(owned, 'doNotEmail');
  for (const r of sheet ? dataRows(sheet, 'doNotEmail') : []) {
    const key = String(r[0] ?? '')
      .trim()
      .toLowerCase();
    const email = String(r[1] ?? '')
      .trim()
      .toLowerCase();
    if (key) keys.add(key);
    if (email) emails.add(email);
  }
  return { keys, emails };
}

/**
 * Files the unsubscribe answers not yet filed, then reads the whole list. Answers whose hash
 * does not hold are not filed: they did not come from a mail of ours.
 */
export function syncDoNotEmail(
  ss: Spreadsheet,
  owned: OwnedSheets,
  state: JobState,
  lang: Lang,
): { list: DoNotEmail; state: JobState; refused: number } {
  const form = state.form;
  const responses = form && ss.getSheets().find((s) => s.getSheetId() === form.sheetId);
  if (!form || !responses) return { list: readDoNotEmail(owned), state, refused: 0 };
  const last = responses.getLastRow();
  if (last - 1 <= form.filed) return { list: readDoNotEmail(owned), state, refused: 0 };
  const answers = responses.getRange(2 + form.filed, 1, last - 1 - form.filed, 2).getValues();
  const secret = unsubscribeSecret();
  const list = readDoNotEmail(owned);
  const rows: unknown[][] = [];
  let refused = 0;
  for (const [at, reference] of answers) {
    const key = readReference(secret, reference);
    if (key === undefined) refused++;
    else if (!list.keys.has(key)) {
      rows.push([key, '', words(lang).reminders.sources.form, at]);
      (list.keys as Set<string>).add(key);
    }
  }
  addToList(ss, owned, lang, rows);
  return { list, state: { ...state, form: { ...form, filed: last - 1 } }, refused };
}

/** Appends entries to the Do-not-email list, making it first if need be. */
export function addToList(
  ss: Spreadsheet,
  owned: OwnedSheets,
  lang: Lang,
  rows: readonly (readonly unknown[])[],
): void {
  if (!rows.length) return;
  const sheet = reminderSheet(owned, 'doNotEmail');
  if (sheet) writeRows(sheet, 'doNotEmail', sheet.getLastRow() + 1, rows);
  else createReminderSheet(ss, 'doNotEmail', lang, rows);
}

/** Files the unsubscribe answers not yet filed; the caller holds the document lock. */
export function fileUnsubscribes(ss: Spreadsheet): void {
  const lang = sheetLang(loadSettings(), ss.getSpreadsheetLocale());
  const synced = syncDoNotEmail(ss, ownedSheets(ss), loadJobState(), lang);
  // The list on the sheet before the count of answers filed, or a kill between loses one.
  SpreadsheetApp.flush();
  saveJobState(synced.state);
}
