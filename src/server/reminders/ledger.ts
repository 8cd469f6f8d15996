/**
 * The ledger on its sheet (core/reminders/ledger.ts says what it holds): SheetCare's own, hidden, with a
 * warning on any hand that edits it, found by SheetCare's mark. A run reads it once, under the
 * document lock, and appends below the last row it read; no row is ever written twice, so no
 * decision rests on where a row stands.
 */
import type { Lang } from '../../core/ground/i18n';
import {
  compacted,
  Ledger,
  ledgerRow,
  Note,
  noteRow,
  readLedger,
  Tally,
  tallyNote,
} from '../../core/reminders/ledger';
import type { LogEntry } from '../../core/reminders/sendLog';
import { words } from '../../words';
import type { OwnedSheets } from '../ground/ownedSheets';
import { createReminderSheet, dataRows, Grid, reminderSheet, writeRows } from './reminderSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LedgerBook {
  readonly sheet: Sheet;
  readonly grid: Grid;
  /** The next free row. */
  next: number;
  /** The last sequence number used. */
  seq: number;
  readonly ledger: Ledger;
}

/** The ledger sheet, made hidden and protected the first time. */
function ledgerSheet(ss: Spreadsheet, owned: OwnedSheets, lang: Lang): Sheet {
  const found = reminderSheet(owned, 'ledger');
  if (found) return found;
  const sheet = createReminderSheet(ss, 'ledger', lang);
  sheet.protect().setDescription(words(lang).reminders.ledgerProtection).setWarningOnly(true);
  sheet.hideSheet();
  return sheet;
}

export function openLedger(ss: Spreadsheet, owned: OwnedSheets, lang: Lang): LedgerBook {
  const sheet = ledgerSheet(ss, owned, lang);
  const rows = dataRows(sheet, 'ledger');
  const ledger = readLedger(rows);
  return {
    sheet,
    grid: { maxRows: sheet.getMaxRows() },
    next: rows.length + 2,
    seq: ledger.maxSeq,
    ledger,
  };
}

/** Appends rows in one call. */
function append(book: LedgerBook, rows: unknown[][]): void {
  writeRows(book.sheet, 'ledger', book.next, rows, book.grid);
  book.next += rows.length;
}

/**
 * Records events in one call, each numbered after the last, and makes them their keys'
 * standing. A rehearsal's events are not recorded: a dry run decides nothing.
 */
export function record(book: LedgerBook, entries: readonly LogEntry[]): void {
  const real = entries.filter((e) => e.status !== 'dryRun');
  if (!real.length) return;
  append(
    book,
    real.map((e) => {
      book.seq++;
      book.ledger.latest.set(e.key, { entry: e, seq: book.seq });
      return ledgerRow(e, book.seq);
    }),
  );
}

/** Records notes in one call; each becomes its key's standing. */
export function recordNotes(book: LedgerBook, notes: readonly Omit<Note, 'seq'>[]): void {
  if (!notes.length) return;
  append(
    book,
    notes.map((n) => {
      const note = { ...n, seq: ++book.seq };
      book.ledger.notes.set(note.key, note);
      return noteRow(note);
    }),
  );
}

export const recordTallies = (book: LedgerBook, tallies: readonly Tally[]): void =>
  recordNotes(
    book,
    tallies.map((t) => tallyNote(t, 0)),
  );

/** The ledger is compacted when it holds this many rows more than it would compacted. */
const COMPACT_SLACK = 5000;

/**
 * Rewrites the ledger as its keys' standings, when the events behind them and the keys long
 * settled have piled up (the job looks once a day, when it plans): one write over the rows it
 * read, then the rest cleared. Killed between the two, the old rows
 * left below stand under their own, lower numbers and change nothing.
 */
export function compactLedger(book: LedgerBook, keepFromDay: number): void {
  const used = book.next - 2;
  const rows = compacted(book.ledger, keepFromDay);
  if (used - rows.length < COMPACT_SLACK) return;
  if (rows.length) writeRows(book.sheet, 'ledger', 2, rows, book.grid);
  book.sheet.getRange(2 + rows.length, 1, used - rows.length, rows[0]?.length ?? 4).clearContent();
  book.next = 2 + rows.length;
}
