/**
 * Orders kept in BigQuery: the table chosen (kept in the spreadsheet), its columns recognised
 * as a sheet's headers are, and Analyze run there. The query's result is read in pages within
 * the run's time budget; a result that takes longer keeps its pages on a hidden sheet of
 * SheetCare's and goes on in the next run (the sidebar asks again at once), and only the last
 * run writes Customers and Summary, through the same writer as the sheet path: the whole
 * result checked to fit first, the user's cells beside it following their customers.
 */
import { Analysis } from '../../core/customers/analysis';
import { analysisSettings, Settings } from '../../core/customers/settings';
import { missingFields, recogniseHeaders } from '../../core/ground/columns';
import { ORDER_FIELDS, OrderField } from '../../core/ground/fields';
import { fail } from '../../core/ground/i18n';
import { dayOf, Zone } from '../../core/ground/zone';
import type { Words } from '../../words';
import {
  countedStatuses,
  CUSTOMER_FIELDS,
  CustomerFilter,
  customerQuery,
  statusQuery,
  summaryQuery,
  TableRef,
  WarehouseRegister,
  WarehouseRules,
} from '../../core/warehouse/query';
import { customerRecord, Row, warehouseSummary } from '../../core/warehouse/results';
import type { WarehouseInfo, WarehouseSourceInput } from '../../shared/api';
import { record } from '../ground/input';
import { requireScopes } from '../ground/scopes';
import {
  dryRun,
  nextPage,
  queryRows,
  startQuery,
  tableColumns,
  tableName,
} from '../ground/bigQuery';
import { parsed, readValue, removeValue, Stored, writeValue } from '../ground/spreadsheetStore';
import { loadSettings, loadStatusChoices } from '../ground/store';
import { literal } from '../ground/sheetWriter';
import { spreadsheetZone } from '../ground/zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SOURCE_KEY = 'sheetcare.warehouse';
const PROGRESS_KEY = 'sheetcare.warehouseRun';
const PAGES_KEY = 'sheetcare.warehousePages';
const PAGES_SHEET = 'SheetCare BigQuery pages';

/** The Customers sheet's cap unless the user sets another: 24 columns stay far inside a sheet. */
export const DEFAULT_ROW_CAP = 50_000;
export const MAX_ROW_CAP = 200_000;
/** Of the 6 minutes a run has, what reading pages may take before the next run goes on. */
export const RUN_BUDGET_MS = 240_000;
/** BigQuery keeps a query's result a day; a run older than this starts again. */
const RESULT_KEPT_MS = 23 * 3_600_000;

/** The table the orders are read from, and who pays for the queries. */
export interface WarehouseSource extends TableRef {
  /** The project queries run in and are billed to (the table's own by default). */
  readonly billing: string;
  readonly rowCap: number;
  /** Columns the user chose, by field: a column's name, or "none". */
  readonly columns: Partial<Record<OrderField, string>>;
}

const PROJECT = /^(?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
const TABLE = /^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd} ]{1,1024}$/u;

/** The user's entry checked, or an error naming what does not read as a BigQuery name. */
export function sourceOf(input: WarehouseSourceInput): WarehouseSource {
  const t = (v: string | undefined) => (v ?? '').trim();
  const project = t(input.project);
  const dataset = t(input.dataset);
  const table = t(input.table);
  const billing = t(input.billing) || project;
  const bad = (what: (w: Words) => string, value: string) =>
    fail((w) => w.warehouse.errors.badName(what(w), value));
  if (!PROJECT.test(project)) bad((w) => w.warehouse.project, project);
  if (!PROJECT.test(billing)) bad((w) => w.warehouse.billingProject, billing);
  if (!DATASET.test(dataset)) bad((w) => w.warehouse.dataset, dataset);
  if (!TABLE.test(table)) bad((w) => w.warehouse.table, table);
  const cap = Math.round(Number(input.rowCap ?? DEFAULT_ROW_CAP));
  const columns: Partial<Record<OrderField, string>> = {};
  for (const f of ORDER_FIELDS) {
    const c = input.columns?.[f];
    if (typeof c === 'string' && c) columns[f] = c;
  }
  return {
    project,
    dataset,
    table,
    billing,
    rowCap: Number.isFinite(cap) ? Math.min(MAX_ROW_CAP, Math.max(1, cap)) : DEFAULT_ROW_CAP,
    columns,
  };
}

const pick = ({ counted, unpaid }: { counted: string[]; unpaid: string[] }) => ({
  counted,
  unpaid,
});

/** The chosen table, or undefined: the orders are on a sheet. */
export function loadWarehouseSource(stored?: Stored): WarehouseSource | undefined {
  const raw = parsed<WarehouseSourceInput>(stored ? stored[SOURCE_KEY] : readValue(SOURCE_KEY));
  if (!raw) return undefined;
  try {
    return sourceOf(raw as WarehouseSourceInput);
  } catch {
    // A hand-edited value that no longer reads is no choice.
    return undefined;
  }
}

export function saveWarehouseSource(source: WarehouseSource | undefined): void {
  if (source) writeValue(SOURCE_KEY, JSON.stringify(source));
  else removeValue(SOURCE_KEY);
  removeProgress();
}

/**
 * The table's columns, recognised as headers are, with the user's choices over them; an
 * error naming the fields it lacks unless `missingOk` (the panel shows them to choose).
 */
export function warehouseRegister(source: WarehouseSource, missingOk = false): WarehouseRegister {
  const columns = tableColumns(source, source.billing);
  const names = columns.map((c) => c.name);
  const { columns: map, format } = recogniseHeaders(names);
  for (const [field, name] of Object.entries(source.columns) as [OrderField, string][]) {
    for (const f of ORDER_FIELDS)
      if (map[f] !== undefined && names[map[f]!] === name) delete map[f];
    if (name === 'none') delete map[field];
    else {
      const i = names.indexOf(name);
      if (i < 0) fail((w) => w.warehouse.errors.noColumn(w.fields[field], name));
      map[field] = i;
    }
  }
  const missing = missingFields(map);
  if (missing.length && !missingOk) {
    fail((w) =>
      w.warehouse.errors.missingColumns(
        tableName(source),
        missing.map((f) => w.fields[f]),
      ),
    );
  }
  return { table: source, columns, map, format };
}

/** What the queries need: the settings, the zone, today, and which statuses count. */
export function warehouseRules(
  source: WarehouseSource,
  register: WarehouseRegister,
  settings: Settings,
  zone: Zone,
  stored: Stored | undefined,
  deadline: number,
): WarehouseRules & { readonly bytes: number } {
  const sq = statusQuery(register);
  const read = sq ? queryRows(source.billing, tableName(source), sq, deadline) : undefined;
  const found = (read?.rows ?? []).map((r) => ({ status: r.status ?? '', rows: Number(r.n) }));
  return {
    bytes: read?.bytes ?? 0,
    analysis: analysisSettings(settings),
    zoneId: zone.id,
    today: dayOf(zone.toLocal(Date.now())),
    ...pick(countedStatuses(found, register.format, loadStatusChoices(stored))),
    shippingIncluded: settings.shipping === 'included',
  };
}

/**
 * Customers as the sheet path makes them, from the warehouse, for a job that needs some of
 * them (the reminders' due customers): every page read in this run.
 */
export function warehouseCustomers(
  source: WarehouseSource,
  register: WarehouseRegister,
  rules: WarehouseRules,
  zone: Zone,
  filter: CustomerFilter,
  deadline: number,
) {
  const { rows } = queryRows(
    source.billing,
    tableName(source),
    customerQuery(register, rules, filter),
    deadline,
  );
  return rows.map((r) => customerRecord(r as Row, zone));
}

/** A run that has read part of a result: where BigQuery keeps it, and how far it got. */
interface Progress {
  readonly table: string;
  readonly job: {
    project: string;
    jobId: string;
    location: string;
    totalRows: number;
    bytes: number;
  };
  readonly pageToken: string;
  readonly fetched: number;
  readonly startedAt: number;
  readonly summaryRows: Record<string, string | null>[];
}

const documentProps = () => PropertiesService.getDocumentProperties();
const loadProgress = (): Progress | undefined =>
  parsed<Progress>(documentProps().getProperty(PROGRESS_KEY)) as Progress | undefined;
const saveProgress = (p: Progress) => documentProps().setProperty(PROGRESS_KEY, JSON.stringify(p));
function removeProgress(): void {
  documentProps().deleteProperty(PROGRESS_KEY);
}

/** The hidden sheet a long result's pages wait on, found by its mark. */
function pagesSheet(
  ss: Spreadsheet,
  create: boolean,
): GoogleAppsScript.Spreadsheet.Sheet | undefined {
  const mark = ss.createDeveloperMetadataFinder().withKey(PAGES_KEY).find()[0];
  const found = mark?.getLocation().getSheet() ?? undefined;
  if (found || !create) return found;
  const sheet = ss.insertSheet(PAGES_SHEET);
  sheet.addDeveloperMetadata(PAGES_KEY, 'pages');
  sheet.hideSheet();
  return sheet;
}

/** Writes rows below the `after` kept already, growing the sheet to them. */
function keepPages(sheet: GoogleAppsScript.Spreadsheet.Sheet, after: number, rows: readonly Row[]) {
  const needRows = after + rows.length - sheet.getMaxRows();
  if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
  const needCols = CUSTOMER_FIELDS.length - sheet.getMaxColumns();
  if (needCols > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needCols);
  sheet.getRange(after + 1, 1, rows.length, CUSTOMER_FIELDS.length).setValues(cellsOf(rows));
}

/** A page's rows as cells, text kept as text (an ID 00123 stays text); '' is NULL. */
const cellsOf = (rows: readonly Record<string, string | null>[]) =>
  rows.map((r) => CUSTOMER_FIELDS.map((f) => (r[f] === null ? '' : literal(r[f]))));
const rowsOf = (cells: readonly (readonly unknown[])[]): Row[] =>
  cells.map(
    (c) =>
      Object.fromEntries(
        CUSTOMER_FIELDS.map((f, i) => [f, c[i] === '' ? null : String(c[i])]),
      ) as Row,
  );

export type WarehouseRun =
  | { readonly done: false; readonly fetched: number; readonly total: number }
  | {
      readonly done: true;
      readonly analysis: Analysis;
      readonly register: WarehouseRegister;
      readonly bytes: number;
    };

/**
 * One run of Analyze on the warehouse: starts the queries (or takes up the result a run before
 * left), reads pages until the budget is spent, and either keeps them for the next run or
 * answers the whole analysis.
 */
export function runWarehouseAnalysis(
  ss: Spreadsheet,
  source: WarehouseSource,
  settings: Settings,
  stored: Stored | undefined,
): WarehouseRun {
  const started = Date.now();
  const deadline = started + RUN_BUDGET_MS;
  const table = tableName(source);
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  const register = warehouseRegister(source);
  let progress = loadProgress();
  if (progress && (progress.table !== table || started - progress.startedAt > RESULT_KEPT_MS)) {
    progress = undefined;
  }
  let rows: Row[];
  let token: string | undefined;
  if (!progress) {
    const rules = warehouseRules(source, register, settings, zone, stored, deadline);
    const summary = queryRows(source.billing, table, summaryQuery(register, rules), deadline);
    const q = customerQuery(register, rules, { limit: source.rowCap });
    const { job, first } = startQuery(source.billing, table, q, deadline);
    progress = {
      table,
      job: { ...job, bytes: job.bytes + summary.bytes + rules.bytes },
      pageToken: '',
      fetched: 0,
      startedAt: started,
      summaryRows: summary.rows,
    };
    rows = first.rows as Row[];
    token = first.pageToken;
    pagesSheet(ss, false)?.clearContents();
  } else {
    rows = [];
    token = progress.pageToken;
  }
  while (token !== undefined && Date.now() < deadline) {
    const page = nextPage(progress.job, table, token);
    rows.push(...(page.rows as Row[]));
    token = page.pageToken;
  }
  if (token !== undefined) {
    // Kept before the progress says so: a run stopped between the two writes the same rows again.
    if (rows.length) keepPages(pagesSheet(ss, true)!, progress.fetched, rows);
    const fetched = progress.fetched + rows.length;
    saveProgress({ ...progress, pageToken: token, fetched });
    return { done: false, fetched, total: progress.job.totalRows };
  }
  const pages = progress.fetched ? pagesSheet(ss, false) : undefined;
  const kept = pages
    ? rowsOf(pages.getRange(1, 1, progress.fetched, CUSTOMER_FIELDS.length).getValues())
    : [];
  const all = [...kept, ...rows];
  const { summary, asOf, rowsRead, rowsUsed, awaitingPayment, blankRows } = warehouseSummary(
    progress.summaryRows,
    {
      by: settings.lostBy,
      days: settings.lostAfterDays,
      below: settings.lostChance,
    },
  );
  const analysis: Analysis = {
    asOf,
    customers: all.map((r) => customerRecord(r, zone)),
    summary,
    issues: [],
    unknownStatuses: [],
    rowsRead,
    rowsUsed,
    blankRows,
    awaitingPayment,
    replenishments: () => [],
  };
  return { done: true, analysis, register, bytes: progress.job.bytes };
}

/** Ends a finished run: its pages and its progress go. */
export function finishWarehouseRun(ss: Spreadsheet): void {
  const pages = pagesSheet(ss, false);
  if (pages) ss.deleteSheet(pages);
  removeProgress();
}

/**
 * The team's choice of table: asked for BigQuery first (granular consent may have left it
 * unticked), its columns read and recognised; kept only when it can be analysed.
 */
export function useWarehouse(input: unknown): WarehouseInfo {
  const given = record(input, 'source') as unknown as WarehouseSourceInput;
  const source = sourceOf(given);
  requireScopes('bigquery');
  const register = warehouseRegister(source, true);
  const missing = missingFields(register.map);
  // Measured without running, and proof that the user may run it; no status asked yet.
  const rules: WarehouseRules = {
    analysis: analysisSettings(loadSettings()),
    zoneId: 'UTC',
    today: 0,
    counted: [],
    unpaid: [],
    shippingIncluded: true,
  };
  // One Analyze's three queries: the statuses, the Summary, the customers.
  const table = tableName(source);
  const status = statusQuery(register);
  const estimate = missing.length
    ? 0
    : [customerQuery(register, rules), summaryQuery(register, rules), ...(status ? [status] : [])]
        .map((q) => dryRun(source.billing, table, q))
        .reduce((a, b) => a + b, 0);
  const names = register.columns.map((c) => c.name);
  const recognised: Partial<Record<OrderField, string>> = {};
  for (const f of ORDER_FIELDS) {
    const i = register.map[f];
    if (i !== undefined) recognised[f] = names[i];
  }
  saveWarehouseSource(source);
  return {
    source: {
      project: source.project,
      dataset: source.dataset,
      table: source.table,
      billing: source.billing,
      rowCap: source.rowCap,
      columns: source.columns,
    },
    columns: register.columns,
    recognised,
    missing,
    format: { id: register.format.id },
    estimate,
  };
}

export const leaveWarehouse = (): void => saveWarehouseSource(undefined);
