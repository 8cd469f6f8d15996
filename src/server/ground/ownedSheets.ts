/**
 * Which sheets are SheetCare's own. Each result sheet carries a developer-metadata mark, which
 * survives renames and moves (a name does not: a user may well call a sheet of their own
 * "客户 Customers"). The mark also remembers what SheetCare put there last time: the size of
 * its block and the charts it inserted, so that it never touches the user's.
 */
import type { ResultRole } from '../../core/customers/report';
import { SHEET_NAMES } from '../../words/sheetNames';

const MARK_KEY = 'sheetcare.result';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Mark {
  readonly role: ResultRole;
  /**
   * The sheet the mark was put on: a copy of the sheet made by the user is not ours. A sheet
   * SheetCare has just inserted is marked with its name instead (asking its id is a service
   * call); the id is recorded the next time SheetCare writes there.
   */
  readonly sheetId?: number;
  /** The name SheetCare gave the sheet, for a mark without its id. */
  readonly name?: string;
  readonly block: { readonly rows: number; readonly cols: number };
  readonly charts: readonly number[];
}

export interface OwnedSheet {
  readonly sheet: Sheet;
  readonly id: number;
  readonly mark: Mark;
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

function parseMark(value: string | null): Mark | undefined {
  try {
    const m = JSON.parse(value ?? '') as Partial<Mark>;
    const roles = Object.keys(SHEET_NAMES) as ResultRole[];
    if (
      roles.includes(m.role as ResultRole) &&
      (Number.isInteger(m.sheetId) || (m.sheetId === undefined && typeof m.name === 'string')) &&
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

/**
 * SheetCare's result sheets, by role. A mark that names its sheet's id settles it; a mark
 * without one (a sheet inserted, not yet written again) counts where it is the only one of its
 * role, or the only one still under the name it was given: a copy the user made of that sheet
 * carries the same mark, and then neither is taken rather than the wrong one.
 */
export function ownedSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): OwnedSheets {
  const owned = new Map<ResultRole, OwnedSheet>();
  const unsure = new Map<ResultRole, OwnedSheet[]>();
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const mark = parseMark(metadata.getValue());
    const sheet = metadata.getLocation().getSheet();
    if (!mark || !sheet || owned.has(mark.role)) continue;
    const found = { sheet, id: sheet.getSheetId(), mark, metadata };
    if (mark.sheetId === undefined)
      unsure.set(mark.role, [...(unsure.get(mark.role) ?? []), found]);
    else if (found.id === mark.sheetId) owned.set(mark.role, found);
  }
  for (const [role, found] of unsure) {
    if (owned.has(role)) continue;
    const named =
      found.length === 1 ? found : found.filter((f) => f.sheet.getName() === f.mark.name);
    if (named.length === 1) owned.set(role, named[0]);
  }
  return owned;
}

/** The sheets SheetCare wrote: never taken for an order register. */
export const ownedIds = (owned: OwnedSheets): Set<number> =>
  new Set([...owned.values()].map((o) => o.id));

/** Marks a sheet as SheetCare's, or records what it now holds. */
export function setMark(sheet: Sheet, mark: Mark, owned: OwnedSheet | undefined): void {
  const value = JSON.stringify(mark);
  if (owned) owned.metadata.setValue(value);
  else sheet.addDeveloperMetadata(MARK_KEY, value);
}
