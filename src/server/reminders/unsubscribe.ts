/**
 * Unsubscribing without the team: one Google Form with one question, the customer's reference
 * filled in by the link in their mail. Its answers land in a responses sheet here; each run of
 * the job (and the form-submit handler at once) files the answers whose hash holds onto the
 * Do-not-email list, and the ledger keeps its own record of it. The panel adds and removes
 * entries by hand.
 */
import type { Lang } from '../../core/ground/i18n';
import { readReference } from '../../core/reminders/unsubscribe';
import { words } from '../../words';
import { sheetLang } from '../ground/lang';
import { OwnedSheets, ownedSheets } from '../ground/ownedSheets';
import {
  createReminderSheet,
  dataRows,
  ownOrAdopted,
  reminderSheet,
  writeRows,
} from './reminderSheets';
import { Ledger, notesOf } from '../../core/reminders/ledger';
import { LedgerBook, openLedger, recordNotes } from './ledger';
import {
  FormRecord,
  JobState,
  loadJobState,
  loadSettings,
  UnsubscribeFormRecord,
  unsubscribeSecret,
} from '../ground/store';
import { SHEET_NAMES } from '../../words/sheetNames';

/** Stands in a prefilled link for the reference each mail puts there. */
export const REFERENCE_SLOT = 'SHEETCARE_REFERENCE';

/** The handler of every form SheetCare makes: the add-on may have one form-submit trigger. */
export const FORM_SUBMIT_HANDLER = 'onSheetCareFormSubmit';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  return publishHere(ss, form, before, item, REFERENCE_SLOT, SHEET_NAMES.unsubscribeAnswers);
}

/**
 * Sends a new form's answers to a new sheet of this spreadsheet and opens it to customers: a
 * form made by a script starts unpublished; a Workspace account's form may take answers only
 * from people signed in to the domain, which customers are not (a consumer account's form has no
 * such setting). Returns where the answers land (-1 when Sheets has not added the sheet yet: a
 * later run finds it by the form's URL), a link with `slot` prefilled in `field` for each mail
 * to fill in, and whether anyone with the link can answer.
 */
export function publishHere(
  ss: Spreadsheet,
  form: GoogleAppsScript.Forms.Form,
  sheetsBefore: ReadonlySet<number>,
  field: GoogleAppsScript.Forms.TextItem,
  slot: string,
  sheetName: string,
): FormRecord {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  (form as unknown as { setPublished(on: boolean): void }).setPublished(true);
  form.setAcceptingResponses(true);
  const open = openToAnyone(form);
  const link = form.createResponse().withItemResponse(field.createResponse(slot)).toPrefilledUrl();
  const sheets = ss.getSheets();
  const sheet = sheets.find((s) => !sheetsBefore.has(s.getSheetId()));
  // Named for its form, so the team knows it (unless a sheet of theirs has the name).
  if (sheet && !sheets.some((s) => s.getName() === sheetName)) sheet.setName(sheetName);
  ensureFormSubmitTrigger(ss);
  return { formId: form.getId(), sheetId: sheet ? sheet.getSheetId() : -1, link, open };
}

/** Lets anyone with the link answer, where the account has the setting; says if they can. */
function openToAnyone(form: GoogleAppsScript.Forms.Form): boolean {
  try {
    form.setRequireLogin(false);
  } catch {
    // A consumer account: its forms have no domain to keep answers within.
    return true;
  }
  // A domain's policy may keep it closed all the same.
  return !form.requiresLogin();
}

export const unsubscribeLink = (form: UnsubscribeFormRecord, reference: string): string =>
  form.link.replace(REFERENCE_SLOT, encodeURIComponent(reference));

/** Customers (by key) and addresses never to mail, all lowercased; and which of them bounced. */
export interface DoNotEmail {
  readonly keys: ReadonlySet<string>;
  readonly emails: ReadonlySet<string>;
  readonly bounced: ReadonlySet<string>;
}

/** Why a customer or an address is never mailed, or undefined when they may be. */
export function blockedFor(
  list: DoNotEmail,
  key: string,
  email: string,
): 'unsubscribed' | 'bounced' | undefined {
  const k = key.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  if (e !== '' && list.bounced.has(e)) return 'bounced';
  if (list.keys.has(k) || (e !== '' && list.emails.has(e))) return 'unsubscribed';
  return undefined;
}

/** The ledger's own record of the list: one note per customer key or address. */
const ENTRY = '#dne|';
/** Each unsubscribe answer filed, by its own identity (time and reference), not its row. */
const ANSWER = '#answer|';

interface ListNote {
  readonly key: string;
  readonly email: string;
  readonly source: string;
  /** The owner marked the address bounced (MailApp cannot read bounces): never mailed again. */
  readonly bounced?: boolean;
  /** UTC ms. */
  readonly time: number;
}

const lower = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toLowerCase();
const noteKey = (e: { key: string; email: string }) =>
  `${ENTRY}${e.key ? `key:${e.key}` : `email:${e.email}`}`;

/** The source the team reads for a bounced address, in either language. */
const bouncedWords = () =>
  new Set((['zh', 'en'] as const).map((l) => lower(words(l).reminders.sources.bounced)));

type ListSets = { keys: Set<string>; emails: Set<string>; bounced: Set<string> };

/** The list as the team keeps it on the Do-not-email sheet. */
function onSheet(sheet: Sheet | undefined): ListSets {
  const list: ListSets = { keys: new Set(), emails: new Set(), bounced: new Set() };
  const bounced = bouncedWords();
  for (const r of sheet ? dataRows(sheet, 'doNotEmail') : []) {
    if (lower(r[0])) list.keys.add(lower(r[0]));
    if (lower(r[1])) list.emails.add(lower(r[1]));
    if (lower(r[1]) && bounced.has(lower(r[2]))) list.bounced.add(lower(r[1]));
  }
  return list;
}

/** The list with what the ledger holds added to what the sheet holds. */
function withLedger(list: ListSets, ledger: Ledger): DoNotEmail {
  for (const e of blockedNotes(ledger)) {
    if (e.key) list.keys.add(e.key);
    if (e.email) list.emails.add(e.email);
    if (e.email && e.bounced) list.bounced.add(e.email);
  }
  return list;
}

/**
 * The list as it stands: what the team keeps on the Do-not-email sheet and what the ledger
 * holds (every unsubscribe received, every entry added in the panel, until removed there). A
 * deleted sheet, or a deleted row, does not lift an unsubscribe.
 */
export const readDoNotEmail = (owned: OwnedSheets, ledger: Ledger): DoNotEmail =>
  withLedger(onSheet(reminderSheet(owned, 'doNotEmail')), ledger);

/** The addresses SheetCare has mailed each customer at, from the ledger. */
function addressesOf(
  book: LedgerBook,
  customerKeys: ReadonlySet<string>,
): Map<string, Set<string>> {
  const of = new Map<string, Set<string>>();
  for (const { entry } of book.ledger.latest.values()) {
    const k = entry.details.customer;
    if (!customerKeys.has(k) || !entry.email) continue;
    of.set(k, (of.get(k) ?? new Set()).add(entry.email.toLowerCase()));
  }
  return of;
}

/** Where the unsubscribe form's answers land, and how many rows it had when last looked at. */
export interface AnswerSheet {
  readonly sheet: Sheet;
  lastRow: number;
}

export function answerSheet(ss: Spreadsheet, state: JobState): AnswerSheet | undefined {
  const form = state.form;
  const sheet =
    form && form.sheetId >= 0 && ss.getSheets().find((s) => s.getSheetId() === form.sheetId);
  return sheet ? { sheet, lastRow: 0 } : undefined;
}

/**
 * Files every unsubscribe answer not filed before, known by its time and reference (so answers
 * deleted or sorted on the responses sheet change nothing), then reads the whole list. An answer
 * whose hash does not hold is not filed: it did not come from a mail of ours. A customer who
 * unsubscribes is blocked by key and at every address SheetCare mailed them at. The sheet is
 * made again from the ledger when the team deleted it.
 */
export function syncDoNotEmail(
  ss: Spreadsheet,
  owned: OwnedSheets,
  book: LedgerBook,
  answers: AnswerSheet | undefined,
  lang: Lang,
): { list: DoNotEmail; refused: number } {
  const w = words(lang).reminders;
  const filed = notesOf(book.ledger, ANSWER);
  const fresh: { id: string; key: string | undefined; at: unknown }[] = [];
  if (answers) {
    answers.lastRow = answers.sheet.getLastRow();
    const rows =
      answers.lastRow >= 2 ? answers.sheet.getRange(2, 1, answers.lastRow - 1, 2).getValues() : [];
    const secret = rows.length ? unsubscribeSecret() : '';
    for (const [at, reference] of rows) {
      const time = at instanceof Date ? at.getTime() : String(at ?? '');
      const id = `${time}|${String(reference ?? '').trim()}`;
      if (String(reference ?? '').trim() === '' || filed.has(id)) continue;
      fresh.push({ id, key: readReference(secret, reference), at });
    }
  }
  const keys = new Set(fresh.flatMap((f) => (f.key ? [f.key] : [])));
  const addresses = addressesOf(book, keys);
  const notes = fresh.flatMap((f) => {
    const answer = { key: `${ANSWER}${f.id}`, status: f.key ? 'filed' : 'refused', data: {} };
    if (!f.key) return [answer];
    const time = f.at instanceof Date ? f.at.getTime() : Date.now();
    const entries: ListNote[] = [
      { key: f.key, email: '', source: w.sources.form, time },
      ...[...(addresses.get(f.key) ?? [])].map((email) => ({
        key: '',
        email,
        source: w.sources.form,
        time,
      })),
    ];
    return [...entries.map((e) => ({ key: noteKey(e), status: 'blocked', data: e })), answer];
  });
  // A list the shop prepared under the sheet's name is theirs to keep: taken, never doubled.
  const sheet = ownOrAdopted(ss, owned, 'doNotEmail');
  const before = onSheet(sheet);
  recordNotes(book, notes);
  // The team's view of the list: the new entries, or the whole list if the sheet was deleted.
  const shown = notes
    .filter((n) => n.status === 'blocked')
    .map((n) => n.data as ListNote)
    .filter((e) => !sheet || !(e.key ? before.keys.has(e.key) : before.emails.has(e.email)));
  const rows = (sheet ? shown : blockedNotes(book.ledger)).map((e) => [
    e.key,
    e.email,
    e.source,
    new Date(e.time),
  ]);
  addToList(ss, sheet, lang, rows);
  return { list: withLedger(before, book.ledger), refused: fresh.filter((f) => !f.key).length };
}

/** The entries the ledger holds as blocked. */
const blockedNotes = (ledger: Ledger): ListNote[] =>
  [...notesOf(ledger, ENTRY).values()]
    .filter((n) => n.status === 'blocked')
    .map((n) => n.data as ListNote);

/**
 * Whether an answer came in since the list was read: a look at the responses sheet's length,
 * one call, made before each send so an unsubscribe stops the mails after it.
 */
export function answersChanged(answers: AnswerSheet | undefined): boolean {
  return !!answers && answers.sheet.getLastRow() !== answers.lastRow;
}

/**
 * The list as the panel shows it: the sheet's rows, then what the ledger holds that the sheet
 * does not (the sheet was deleted, or rows of it), so nobody looks blocked-free who is not.
 */
export function doNotEmailShown(
  sheet: Sheet | undefined,
  ledger: Ledger,
): { customer: string; email: string; source: string }[] {
  const rows = (sheet ? dataRows(sheet, 'doNotEmail') : []).map((r) => ({
    customer: String(r[0] ?? ''),
    email: String(r[1] ?? ''),
    source: String(r[2] ?? ''),
  }));
  const shown = new Set(rows.flatMap((r) => [lower(r.customer), lower(r.email)]).filter(Boolean));
  const held = blockedNotes(ledger)
    .filter((e) => !shown.has(e.key || e.email))
    .map((e) => ({ customer: e.key, email: e.email, source: e.source }));
  return [...rows, ...held];
}

/** Puts an entry on the list (the panel): on the sheet, and in the ledger. */
export function blockEntry(
  ss: Spreadsheet,
  owned: OwnedSheets,
  book: LedgerBook,
  lang: Lang,
  entry: { key: string; email: string },
  bounced = false,
): void {
  const sources = words(lang).reminders.sources;
  const e: ListNote = {
    ...entry,
    source: bounced ? sources.bounced : sources.panel,
    time: Date.now(),
    ...(bounced ? { bounced } : {}),
  };
  const sheet = ownOrAdopted(ss, owned, 'doNotEmail');
  const list = onSheet(sheet);
  recordNotes(book, [{ key: noteKey(e), status: 'blocked', data: e }]);
  if (list.keys.has(entry.key) || list.emails.has(entry.email)) return;
  addToList(ss, sheet, lang, [[e.key, e.email, e.source, new Date(e.time)]]);
}

/** Takes an entry off the list (the panel): its rows on the sheet, and in the ledger. */
export function liftEntry(
  owned: OwnedSheets,
  book: LedgerBook,
  entry: { key: string; email: string },
): void {
  const lifted = [...notesOf(book.ledger, ENTRY).values()].filter((n) => {
    const e = n.data as ListNote;
    return (
      n.status === 'blocked' &&
      ((entry.key && e.key === entry.key) || (entry.email && e.email === entry.email))
    );
  });
  recordNotes(
    book,
    lifted.map((n) => ({ key: n.key, status: 'lifted', data: n.data })),
  );
  const sheet = reminderSheet(owned, 'doNotEmail');
  if (!sheet) return;
  const rows = dataRows(sheet, 'doNotEmail');
  // From the bottom up, so each deletion leaves the rows above where they were.
  for (let i = rows.length - 1; i >= 0; i--) {
    if (
      (entry.key && lower(rows[i][0]) === entry.key) ||
      (entry.email && lower(rows[i][1]) === entry.email)
    ) {
      sheet.deleteRow(i + 2);
    }
  }
}

/** Appends entries to the Do-not-email list, making it first if need be. */
function addToList(
  ss: Spreadsheet,
  sheet: Sheet | undefined,
  lang: Lang,
  rows: readonly (readonly unknown[])[],
): void {
  if (!rows.length) return;
  if (sheet) writeRows(sheet, 'doNotEmail', sheet.getLastRow() + 1, rows);
  else createReminderSheet(ss, 'doNotEmail', lang, rows);
}

/** Files the unsubscribe answers not yet filed; the caller holds the document lock. */
export function fileUnsubscribes(ss: Spreadsheet): void {
  const lang = sheetLang(loadSettings(), ss.getSpreadsheetLocale());
  const owned = ownedSheets(ss);
  const book = openLedger(ss, owned, lang);
  syncDoNotEmail(ss, owned, book, answerSheet(ss, loadJobState()), lang);
  // On the sheets before the run ends: a run killed at its last call loses bundled writes, and
  // the customer who just unsubscribed should see the list hold them at once.
  SpreadsheetApp.flush();
}
