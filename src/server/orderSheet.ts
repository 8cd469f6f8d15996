/** Finding the order register among the spreadsheet's sheets. */
import { ColumnMap, findHeaderRow, OrderField } from '../core/columns';

/** Headers sit near the top; a title or a note may stand above them. */
const HEADER_SEARCH_ROWS = 10;

export interface OrderSheetFind {
  readonly sheetName: string;
  /** 1-based row of the headers, as the user sees it. */
  readonly headerRow: number;
  readonly headers: string[];
  readonly columns: ColumnMap;
  readonly missing: OrderField[];
  readonly dataRows: number;
}

function inspect(sheet: GoogleAppsScript.Spreadsheet.Sheet): OrderSheetFind | undefined {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return undefined;
  const top = sheet.getRange(1, 1, Math.min(HEADER_SEARCH_ROWS, lastRow), lastColumn).getValues();
  const found = findHeaderRow(top);
  if (!found) return undefined;
  return {
    sheetName: sheet.getName(),
    headerRow: found.headerRow + 1,
    headers: top[found.headerRow].map((h) => String(h)),
    columns: found.columns,
    missing: found.missing,
    dataRows: lastRow - found.headerRow - 1,
  };
}

/**
 * The named sheet, else the active sheet when it is an order register, else the first
 * sheet that is one; a sheet with missing fields is reported rather than skipped silently.
 */
export function findOrderSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  preferred?: string,
): OrderSheetFind | undefined {
  if (preferred) {
    const sheet = ss.getSheetByName(preferred);
    if (!sheet) throw new Error(`There is no sheet named "${preferred}".`);
    return inspect(sheet);
  }
  const active = ss.getActiveSheet();
  const first = inspect(active);
  if (first && first.missing.length === 0) return first;
  let partial = first;
  for (const sheet of ss.getSheets()) {
    if (sheet.getName() === active.getName()) continue;
    const found = inspect(sheet);
    if (found && found.missing.length === 0) return found;
    partial ??= found;
  }
  return partial;
}
