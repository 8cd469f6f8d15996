/** Finding the order register among the spreadsheet's sheets, with the user's corrections. */
import { exportedShopName } from '../../core/ground/shopName';
import { readOrderRow, RowRules, SheetRules } from '../../core/ground/orderRow';
import { furtherLineOrders } from '../../core/ground/orderLines';
import { words } from '../../words';
import { SHEET_NAMES } from '../../words/sheetNames';
import { isBlank, readCustomer } from '../../core/ground/cells';
import {
  ColumnMap,
  findHeaderRow,
  missingFields,
  normaliseHeader,
  registerScore,
} from '../../core/ground/columns';
import { ORDER_FIELDS, OrderField } from '../../core/ground/fields';
import { REGISTER } from '../../core/ground/platforms';
import { Lang } from '../../core/ground/i18n';
import type { OrderSheetInfo, PreviewRow, StaleChoice } from '../../shared/api';
import type { Settings } from '../../core/customers/settings';
import { dayOf } from '../../core/ground/zone';
import { uiLang } from '../ground/lang';
import {
  loadOrderSheetChoice,
  loadSettings,
  loadStatusChoices,
  OrderSheetChoice,
  Stored,
} from '../ground/store';
import { spreadsheetZone } from '../ground/zone';
import { SheetFacts, Workbook } from '../ground/workbook';

/** Headers sit near the top; a title or a note may stand above them. */
const HEADER_SEARCH_ROWS = 10;
/** The sheets SheetCare makes by name; the result sheets are known by their marks. */
const RESERVED_NAMES: ReadonlySet<string> = new Set(
  (
    [
      'rules',
      'activities',
      'coupons',
      'log',
      'contacts',
      'doNotEmail',
      'ledger',
      'unsubscribeAnswers',
      'questionnaireAnswers',
      'postOrderAnswers',
    ] as const
  ).map((role) => SHEET_NAMES[role]),
);
const PREVIEW_ROWS = 5;
/** Enough data rows to tell order lines (customers who come back) from a customer list. */
const SAMPLE_ROWS = 200;

export interface SheetContext {
  readonly rules: SheetRules;
  readonly lang: Lang;
  readonly choice: OrderSheetChoice;
}

/**
 * The rules a row must meet on any sheet (before the end of today in the sheet's zone, within
 * the plausible amount of a line, statuses and shipping counted as the user said), the
 * language to report in and the user's column choices.
 */
export function sheetContext(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings = loadSettings(),
  lang: Lang = uiLang(settings),
  stored?: Stored,
): SheetContext {
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  return {
    rules: {
      zone,
      today: dayOf(zone.toLocal(Date.now())),
      maxAmount: settings.maxAmount,
      statusChoices: loadStatusChoices(stored),
      shippingIncluded: settings.shipping === 'included',
    },
    lang,
    choice: loadOrderSheetChoice(stored),
  };
}

/**
 * The detected mapping with the user's corrections. A chosen column is found by its header
 * text; when that text is no longer on the sheet, the choice is reported as stale and
 * recognition stands. A column chosen for one field is taken from any field it was detected as.
 */
export function applyChoice(
  detected: ColumnMap,
  headers: readonly unknown[],
  sheetName: string,
  choice: OrderSheetChoice,
): { columns: ColumnMap; stale: StaleChoice[] } {
  const chosen = choice.sheetName === sheetName ? (choice.columns ?? {}) : {};
  const columns: ColumnMap = { ...detected };
  const stale: StaleChoice[] = [];
  const names = headers.map(normaliseHeader);
  const picked = new Map<number, OrderField>();
  for (const field of ORDER_FIELDS) {
    const c = chosen[field];
    if (c === undefined) continue;
    if (c === 'none') {
      delete columns[field];
      continue;
    }
    const want = normaliseHeader(c.header);
    const matches = names.flatMap((n, i) => (n === want ? [i] : []));
    const index = names[c.index] === want ? c.index : matches.length === 1 ? matches[0] : -1;
    if (index < 0 || picked.has(index)) {
      stale.push({ field, header: c.header });
      continue;
    }
    columns[field] = index;
    picked.set(index, field);
  }
  for (const field of ORDER_FIELDS) {
    const col = columns[field];
    if (col !== undefined && picked.has(col) && picked.get(col) !== field) delete columns[field];
  }
  return { columns, stale };
}

function preview(
  rows: unknown[][],
  firstRow: number,
  columns: ColumnMap,
  rules: RowRules,
  lang: Lang,
): PreviewRow[] {
  const shown = rows.slice(0, PREVIEW_ROWS);
  const further = furtherLineOrders(shown, columns, rules);
  return shown.map((row, i) => {
    const r = readOrderRow(row, columns, rules);
    const raw = (c: number | undefined) =>
      c === undefined || row[c] === undefined ? '' : String(row[c]);
    if (further[i]) {
      // A line item of an order counted on another row: its products count, its money there.
      return {
        row: firstRow + i,
        customer: raw(columns.customer),
        name: raw(columns.name),
        amount: '',
        date: '',
        problem: '',
        lineOf: further[i],
      };
    }
    return r.kind === 'line'
      ? {
          row: firstRow + i,
          customer: r.id,
          name: r.name,
          amount: r.amount,
          date: new Date(r.at).toISOString().slice(0, 16),
          problem: '',
          lineOf: '',
        }
      : {
          row: firstRow + i,
          customer: raw(columns.customer),
          name: raw(columns.name),
          amount: '',
          date: '',
          problem: r.kind === 'blank' ? '' : words(lang).issues[r.code],
          lineOf: '',
        };
  });
}

interface Inspected {
  readonly info: OrderSheetInfo;
  readonly score: number;
}

/** The register found: what the sidebar shows, its sheet, and its last row with content. */
export interface Register {
  readonly info: OrderSheetInfo;
  readonly facts: SheetFacts;
  readonly lastRow: number;
}

/** A block with its blank rows and columns at the bottom and the right cut off. */
function trimmed(block: unknown[][]): unknown[][] {
  let rows = block.length;
  while (rows > 0 && block[rows - 1].every(isBlank)) rows--;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = block[r].length - 1; c >= cols; c--) {
      if (!isBlank(block[r][c])) {
        cols = c + 1;
        break;
      }
    }
  }
  return block.slice(0, rows).map((row) => row.slice(0, cols));
}

/**
 * Reads the top of a sheet once: its first rows whole (the sheet's width is not asked: one
 * service call fewer a sheet), as far down as its content goes.
 */
function inspect(
  facts: SheetFacts,
  ctx: SheetContext,
  force: boolean,
): (Inspected & { lastRow: number }) | undefined {
  const lastRow = facts.sheet.getLastRow();
  if (lastRow === 0) return undefined;
  const read = Math.min(HEADER_SEARCH_ROWS + SAMPLE_ROWS, lastRow);
  const top = trimmed(facts.sheet.getRange(`1:${read}`).getValues());
  if (top.length === 0 || top[0].length === 0) return undefined;
  const found =
    findHeaderRow(top.slice(0, HEADER_SEARCH_ROWS)) ??
    (force
      ? { headerRow: 0, columns: {}, missing: missingFields({}), score: 0, format: REGISTER }
      : undefined);
  if (!found) return undefined;
  const name = facts.name;
  const headers = top[found.headerRow];
  const { columns, stale } = applyChoice(found.columns, headers, name, ctx.choice);
  const missing = missingFields(columns);
  const data = top.slice(found.headerRow + 1);
  const customers = data.map((row) => {
    const c = columns.customer === undefined ? undefined : readCustomer(row[columns.customer]);
    return c?.kind === 'ok' ? c.value : '';
  });
  const dataRows = lastRow - found.headerRow - 1;
  return {
    lastRow,
    score: registerScore({ ...found, columns, missing }, customers, dataRows),
    info: {
      sheetName: name,
      headerRow: found.headerRow + 1,
      headers: headers.map((h) => String(h)),
      columns,
      detected: found.columns,
      missing,
      staleChoices: stale,
      format: { id: found.format.id },
      dataRows,
      shopName: exportedShopName(headers, data),
      preview: preview(
        data,
        found.headerRow + 2,
        columns,
        { ...ctx.rules, format: found.format },
        ctx.lang,
      ),
    },
  };
}

/**
 * The sheet the user chose, else the sheet that most looks like an order register (the active
 * one on a tie); a sheet with missing fields is reported when no sheet is complete. Sheets
 * SheetCare wrote are never candidates.
 */
export function findRegister(
  book: Workbook,
  ctx: SheetContext,
  options: { readonly name?: string; readonly exclude?: ReadonlySet<number> } = {},
): Register | undefined {
  const chosen = options.name ?? ctx.choice.sheetName;
  if (chosen) {
    const facts = book.named(chosen);
    if (facts) {
      const found = inspect(facts, ctx, true);
      return found && { info: found.info, facts, lastRow: found.lastRow };
    }
    if (options.name) return undefined;
  }
  // The active sheet is asked for only when two sheets tie.
  let activeName: string | undefined;
  const isActive = (name: string) => (activeName ??= book.ss.getActiveSheet().getName()) === name;
  let best: Register | undefined;
  let bestScore = 0;
  for (const facts of book.sheets) {
    // SheetCare's reminder and survey sheets hold rules, coupons and logs, never orders.
    if (RESERVED_NAMES.has(facts.name)) continue;
    if (options.exclude?.size && options.exclude.has(facts.id)) continue;
    const found = inspect(facts, ctx, false);
    if (!found) continue;
    const better =
      !best || found.score > bestScore || (found.score === bestScore && isActive(facts.name));
    if (better) {
      best = { info: found.info, facts, lastRow: found.lastRow };
      bestScore = found.score;
    }
  }
  return best;
}

export const findOrderSheet = (
  ...args: Parameters<typeof findRegister>
): OrderSheetInfo | undefined => findRegister(...args)?.info;
