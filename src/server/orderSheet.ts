/** Finding the order register among the spreadsheet's sheets, with the user's corrections. */
import { ISSUE_TEXT, readOrderRow } from '../core/analysis';
import { ColumnMap, findHeaderRow, missingFields } from '../core/columns';
import { ORDER_FIELDS } from '../core/fields';
import { Lang } from '../core/i18n';
import { Zone } from '../core/zone';
import type { OrderSheetInfo, PreviewRow } from '../shared/api';
import { OrderSheetChoice } from './store';

/** Headers sit near the top; a title or a note may stand above them. */
const HEADER_SEARCH_ROWS = 10;
const PREVIEW_ROWS = 5;

export interface SheetContext {
  readonly zone: Zone;
  readonly lang: Lang;
  readonly choice: OrderSheetChoice;
}

/** The detected mapping with the user's corrections: -1 removes a field. */
export function applyChoice(
  detected: ColumnMap,
  sheetName: string,
  choice: OrderSheetChoice,
): ColumnMap {
  const columns: ColumnMap = {
    ...detected,
    ...(choice.sheetName === sheetName ? choice.columns : {}),
  };
  for (const f of ORDER_FIELDS) if (columns[f] === -1) delete columns[f];
  return columns;
}

function preview(
  rows: unknown[][],
  firstRow: number,
  columns: ColumnMap,
  ctx: SheetContext,
): PreviewRow[] {
  return rows.slice(0, PREVIEW_ROWS).map((row, i) => {
    const r = readOrderRow(row, columns, ctx.zone);
    const raw = (c: number | undefined) =>
      c === undefined || row[c] === undefined ? '' : String(row[c]);
    return r.kind === 'line'
      ? {
          row: firstRow + i,
          customer: r.id,
          name: r.name,
          amount: r.amount,
          date: new Date(r.at).toISOString().slice(0, 16),
          problem: '',
        }
      : {
          row: firstRow + i,
          customer: raw(columns.customer),
          name: raw(columns.name),
          amount: '',
          date: '',
          problem: r.kind === 'blank' ? '' : ISSUE_TEXT[r.code][ctx.lang],
        };
  });
}

function inspect(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ctx: SheetContext,
  force: boolean,
): OrderSheetInfo | undefined {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return undefined;
  const top = sheet
    .getRange(1, 1, Math.min(HEADER_SEARCH_ROWS + PREVIEW_ROWS, lastRow), lastColumn)
    .getValues();
  const found =
    findHeaderRow(top.slice(0, HEADER_SEARCH_ROWS)) ??
    (force ? { headerRow: 0, columns: {} } : undefined);
  if (!found) return undefined;
  const name = sheet.getName();
  const columns = applyChoice(found.columns, name, ctx.choice);
  return {
    sheetName: name,
    headerRow: found.headerRow + 1,
    headers: top[found.headerRow].map((h) => String(h)),
    columns,
    detected: found.columns,
    missing: missingFields(columns),
    dataRows: lastRow - found.headerRow - 1,
    preview: preview(top.slice(found.headerRow + 1), found.headerRow + 2, columns, ctx),
  };
}

/**
 * The sheet the user chose, else the active sheet when it is an order register, else the
 * first sheet that is one; a sheet with missing fields is reported rather than skipped.
 */
export function findOrderSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ctx: SheetContext,
  name?: string,
): OrderSheetInfo | undefined {
  const chosen = name ?? ctx.choice.sheetName;
  if (chosen) {
    const sheet = ss.getSheetByName(chosen);
    if (sheet) return inspect(sheet, ctx, true);
    if (name) return undefined;
  }
  const active = ss.getActiveSheet();
  const first = inspect(active, ctx, false);
  if (first && first.missing.length === 0) return first;
  let partial = first;
  for (const sheet of ss.getSheets()) {
    if (sheet.getName() === active.getName()) continue;
    const found = inspect(sheet, ctx, false);
    if (found && found.missing.length === 0) return found;
    partial ??= found;
  }
  return partial;
}
