/**
 * The spreadsheet a run works on, and SheetCare's store inside it.
 *
 * An add-on's hourly trigger may run with no active spreadsheet, no document properties and no
 * document lock: Google does not say, and developers who shipped such triggers report exactly
 * that. So SheetCare keeps what every kind of run needs (settings, column choices, the reminder
 * job's settings and state, the survey forms, the key of the links) where any run that holds
 * the spreadsheet reaches it: developer metadata on the spreadsheet itself, visible to this
 * script only. A run in the spreadsheet finds it active; a clock run opens it by its ID and
 * says so with `onSpreadsheet`.
 */
import { fail } from '../../core/ground/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

let opened: Spreadsheet | undefined;

/** The spreadsheet this run works on: the one a clock run opened, else the active one. */
export function theSpreadsheet(): Spreadsheet {
  const ss = opened ?? SpreadsheetApp.getActiveSpreadsheet();
  return ss ?? fail((w) => w.errors.noSpreadsheet);
}

/** Runs f on a spreadsheet a run opened by its ID, as if it were the active one. */
export function onSpreadsheet<T>(ss: Spreadsheet, f: () => T): T {
  const before = opened;
  opened = ss;
  try {
    return f();
  } finally {
    opened = before;
  }
}

/** Every stored value in one read, for a request that reads several. */
export type Stored = Readonly<Record<string, string>>;

/** The store's entries, each a key of SheetCare's own on the spreadsheet itself. */
const isOurs = (key: string) => key.startsWith('sheetcare.');

export function readStored(ss: Spreadsheet = theSpreadsheet()): Stored {
  const out: Record<string, string> = {};
  for (const m of ss.getDeveloperMetadata()) {
    const key = m.getKey();
    if (isOurs(key)) out[key] = m.getValue() ?? '';
  }
  return out;
}

function entry(ss: Spreadsheet, key: string): Metadata | undefined {
  return ss.createDeveloperMetadataFinder().withKey(key).find()[0];
}

/** One stored value, read fresh: another run may have changed it since this one began. */
export function readValue(key: string, ss: Spreadsheet = theSpreadsheet()): string | null {
  return entry(ss, key)?.getValue() ?? null;
}

/** Each key is its own entry, so two runs writing different keys never undo each other. */
export function writeValue(key: string, value: string, ss: Spreadsheet = theSpreadsheet()): void {
  const found = entry(ss, key);
  if (found) found.setValue(value);
  else ss.addDeveloperMetadata(key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

export function removeValue(key: string, ss: Spreadsheet = theSpreadsheet()): void {
  entry(ss, key)?.remove();
}

/**
 * A value that belongs to this spreadsheet and not to a copy of it. Sheets copies developer
 * metadata with the file (and the forms linked to it), so the job's state, its forms and the
 * key of its links would otherwise go with a copy, and the copy would send the original's
 * unsubscribe links. Such a value is stored with the spreadsheet's ID and read as absent
 * anywhere else.
 */
export function readOwn(key: string, stored?: Stored): string | null {
  const ss = theSpreadsheet();
  return unwrap(stored ? (stored[key] ?? null) : readValue(key, ss), ss.getId());
}

export function writeOwn(key: string, value: string): void {
  const ss = theSpreadsheet();
  writeValue(key, wrap(ss.getId(), value), ss);
}

/**
 * One value of this spreadsheet's own, its entry found once: reading or writing it again costs
 * one call, for a run that reads and writes it back and forth (the lease).
 */
export function ownEntry(key: string): { read(): string | null; write(value: string): void } {
  const ss = theSpreadsheet();
  const home = ss.getId();
  let found = entry(ss, key);
  return {
    read: () => unwrap(found?.getValue() ?? null, home),
    write: (value) => {
      if (found) return void found.setValue(wrap(home, value));
      writeValue(key, wrap(home, value), ss);
      found = entry(ss, key);
    },
  };
}

const wrap = (home: string, value: string): string => JSON.stringify({ home, value });

function unwrap(raw: string | null, home: string): string | null {
  const held = parsed<{ home: unknown; value: unknown }>(raw);
  return held?.home === home && typeof held.value === 'string' ? held.value : null;
}

/** JSON under a key, or undefined when absent or no longer JSON (a value edited by hand). */
export function parsed<T>(raw: string | null | undefined): Partial<T> | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Partial<T>;
  } catch {
    return undefined;
  }
}
