/**
 * Which sheets are SheetCare's own. Each result sheet carries a developer-metadata mark, which
 * survives renames and moves (a name does not: a user may well call a sheet of their own
 * "客户 Customers"). The mark also remembers what SheetCare put there last time: the size of
 * its block and the charts it inserted, so that it never touches the user's.
 */
import type { ResultRole } from '../core/report';
import { SHEET_NAMES } from '../words/sheetNames';

const MARK_KEY = 'sheetcare.result';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Mark {
  readonly role: ResultRole;
  /** The sheet the mark was put on: a copy of the sheet made by the user is not ours. */
  readonly sheetId: number;
  readonly block: { readonly rows: number; readonly cols: number };
  readonly charts: readonly number[];
}

export interface OwnedSheet {
  readonly sheet: Sheet;
  readonly mark: Mark;
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

function parseMark(value: string | null): Mark | undefined {
  try {
    const m = JSON.parse(value ?? '') as Partial<Mark>;
    const roles = Object.keys(SHEET_NAMES) as ResultRole[];
    if (
      roles.includes(m.role as ResultRole) &&
      Number.isInteger(m.sheetId) &&
      Number.isInteger(m.block?.rows) &&
      Number.isInteger(m.block?.cols) &&
      Array.isArray(m.charts)
    ) {
      return m as Mark;
    }
  } catch {
    // A mark that does not parse is no mark.
  }
  return undefined;
}

export type OwnedSheets = ReadonlyMap<ResultRole, OwnedSheet>;

/** SheetCare's result sheets, by role. */
export function ownedSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): OwnedSheets {
  const owned = new Map<ResultRole, OwnedSheet>();
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const mark = parseMark(metadata.getValue());
    const sheet = metadata.getLocation().getSheet();
    if (!mark || !sheet || owned.has(mark.role) || sheet.getSheetId() !== mark.sheetId) continue;
    owned.set(mark.role, { sheet, mark, metadata });
  }
  return owned;
}

/** The sheets SheetCare wrote: never taken for an order register. */
export const ownedIds = (owned: OwnedSheets): Set<number> =>
  new Set([...owned.values()].map((o) => o.mark.sheetId));

/** Marks a sheet as SheetCare's, or records what it now holds. */
export function setMark(sheet: Sheet, mark: Mark, owned: OwnedSheet | undefined): void {
  const value = JSON.stringify(mark);
  if (owned) owned.metadata.setValue(value);
  else sheet.addDeveloperMetadata(MARK_KEY, value);
}
