/** "Analyze customers": read the order sheet once, analyse in the core, write three sheets. */
import { Analysis, analyseOrderLines, GroupStat } from '../../core/customers/analysis';
import { parseOrderRows } from '../../core/ground/orderLines';
import { platformById } from '../../core/ground/platforms';
import { fail, Lang } from '../../core/ground/i18n';
import { sheetLang } from '../ground/lang';
import { customersTable, issuesTable, ResultRole, summaryTable } from '../../core/customers/report';
import { analysisSettings, Settings } from '../../core/customers/settings';
import { isoDay, Zone } from '../../core/ground/zone';
import { shopCurrency } from '../../core/ground/currency';
import { words } from '../../words';
import type {
  AnalyzeContinuing,
  AnalyzeResult,
  FormatInfo,
  GroupRow,
  StaleChoice,
  WarehouseResultInfo,
} from '../../shared/api';
import { findRegister, sheetContext } from './orderSheet';
import { SheetFacts, Workbook } from '../ground/workbook';
import { ownedIds, OwnedSheets, ownedSheets } from '../ground/ownedSheets';
import { planTables, writePlan } from '../ground/sheetWriter';
import { loadSettings, readStored, saveLastAnalysis, Stored } from '../ground/store';
import { theSpreadsheet } from '../ground/spreadsheetStore';
import { requireScopes } from '../ground/scopes';
import { spreadsheetZone } from '../ground/zone';
import { tableName } from '../ground/bigQuery';
import { finishWarehouseRun, loadWarehouseSource, runWarehouseAnalysis } from './warehouse';

export interface OrderAnalysis {
  readonly sheetName: string;
  /** The register's sheet, its id asked only when wanted. */
  readonly facts: SheetFacts;
  readonly zone: Zone;
  readonly analysis: Analysis;
  readonly staleChoices: StaleChoice[];
  readonly format: FormatInfo;
}

/** Reads the order sheet in one call and analyses it; writes nothing. */
export function analyseOrderSheet(
  book: Workbook,
  settings: Settings,
  lang: Lang,
  owned: OwnedSheets = ownedSheets(book.ss),
  stored?: Stored,
  /** With the value model's outlook per customer: Analyze asks for it, nothing else does. */
  outlook = false,
): OrderAnalysis {
  const ctx = sheetContext(book.ss, settings, lang, stored);
  const register = findRegister(book, ctx, { exclude: ownedIds(owned) });
  if (!register) {
    fail((w) => w.errors.noOrderSheet);
  }
  const { info: found, facts, lastRow } = register;
  const { columns, missing } = found;
  if (missing.length) {
    fail((w) =>
      w.errors.missingColumns(
        found.sheetName,
        missing.map((f) => w.fields[f]),
      ),
    );
  }
  const firstDataRow = found.headerRow + 1;
  // As wide as the sheet's content: a totals label may stand in a column with no header.
  const rows =
    lastRow >= firstDataRow
      ? facts.sheet
          .getRange(firstDataRow, 1, lastRow - found.headerRow, facts.sheet.getLastColumn())
          .getValues()
      : [];
  const format = platformById(found.format.id);
  const parsed = parseOrderRows(rows, columns, { ...ctx.rules, format }, firstDataRow);
  const analysis = analyseOrderLines(parsed, analysisSettings(settings, outlook), rows.length);
  return {
    sheetName: found.sheetName,
    facts,
    zone: ctx.rules.zone,
    analysis,
    staleChoices: found.staleChoices,
    format: found.format,
  };
}

/**
 * Analyses the register and writes the three result sheets under the document lock. The lock
 * is let go when the run ends (Google: locks still held "will be released at the end of script
 * execution", after its writes): a sidebar request ends here. A run that goes on, as the menu's
 * alert waits for the user, passes `release` and lets go of it at once. With the orders in
 * BigQuery, the analysis runs there and may take several runs (see warehouse.ts).
 */
export function writeCustomerAnalysis(
  options: { readonly release?: boolean } = {},
): AnalyzeResult | AnalyzeContinuing {
  const lock = LockService.getDocumentLock();
  const ss = theSpreadsheet();
  // The store in one read: settings, column and status choices.
  const stored = readStored(ss);
  const settings = loadSettings(stored);
  const locale = ss.getSpreadsheetLocale();
  const lang = sheetLang(settings, locale);
  const source = loadWarehouseSource(stored);
  // Asked before anything: Google asks the user for BigQuery then, if it was left unticked.
  if (source) requireScopes('bigquery');
  // Two analyses writing the same sheets at once would interleave their rows.
  if (!lock.tryLock(5_000)) {
    fail((w) => w.errors.analysisRunning);
  }
  try {
    // SheetCare's sheets are found once: never a register, and where the results go.
    const owned = ownedSheets(ss);
    const book = new Workbook(ss);
    const context = { ss, book, owned, lang, locale, settings };
    if (source) {
      const run = runWarehouseAnalysis(ss, source, settings, stored);
      if (!run.done) return { continuing: { fetched: run.fetched, total: run.total } };
      const table = tableName(source);
      const result = writeAnalysis(context, {
        sheetName: table,
        analysis: run.analysis,
        zone: spreadsheetZone(ss.getSpreadsheetTimeZone()),
        registerId: () => -1,
        staleChoices: [],
        format: { id: run.register.format.id },
        warehouse: {
          table,
          billing: source.billing,
          bytes: run.bytes,
          shown: run.analysis.customers.length,
          rowCap: source.rowCap,
        },
      });
      finishWarehouseRun(ss);
      return result;
    }
    const { sheetName, facts, zone, analysis, staleChoices, format } = analyseOrderSheet(
      book,
      settings,
      lang,
      owned,
      stored,
      true,
    );
    return writeAnalysis(context, {
      sheetName,
      analysis,
      zone,
      registerId: () => facts.id,
      staleChoices,
      format,
    });
  } finally {
    if (options.release) lock.releaseLock();
  }
}

interface WriteContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly book: Workbook;
  readonly owned: OwnedSheets;
  readonly lang: Lang;
  readonly locale: string;
  readonly settings: Settings;
}

/** Writes Customers, Summary and Issues from an analysis and says what was done. */
function writeAnalysis(
  { ss, book, owned, lang, locale, settings }: WriteContext,
  found: {
    readonly sheetName: string;
    readonly analysis: Analysis;
    readonly zone: Zone;
    readonly registerId: () => number;
    readonly staleChoices: StaleChoice[];
    readonly format: FormatInfo;
    readonly warehouse?: WarehouseResultInfo;
  },
): AnalyzeResult {
  const { sheetName, analysis, zone: z, staleChoices, format } = found;
  const currency = shopCurrency(settings.currency, locale);
  const options = { words: words(lang), zone: z, currency };
  // Everything is read, analysed and checked to fit before the first write: an error
  // leaves every sheet and the stored summary as they were.
  const plans = planTables(
    book,
    owned,
    [
      customersTable(analysis, options),
      summaryTable(analysis, options),
      issuesTable(analysis, options),
    ],
    found.registerId,
  );
  // Ends on the customer list, which is what users want to see.
  writePlan(ss, book, plans, { show: true });

  const s = analysis.summary;
  const rowsOf = (stats: GroupStat[]): GroupRow[] =>
    stats.map((g) => ({
      key: g.key,
      customers: g.customers,
      spend: g.spend,
      shareOfCustomers: s.customers ? g.customers / s.customers : 0,
      shareOfSpend: s.spend ? g.spend / s.spend : 0,
    }));
  const nameOf = (role: ResultRole) => plans.find((p) => p.table.role === role)!.name;
  const result: AnalyzeResult = {
    lang,
    orderSheet: sheetName,
    ranAt: new Date().toISOString(),
    asOf: analysis.asOf === undefined ? null : isoDay(analysis.asOf),
    customers: s.customers,
    buyers: s.buyers,
    spend: s.spend,
    rowsRead: analysis.rowsRead,
    rowsUsed: analysis.rowsUsed,
    rowsNotUsed: found.warehouse
      ? analysis.rowsRead - analysis.rowsUsed - analysis.awaitingPayment - analysis.blankRows
      : analysis.issues.length,
    awaitingPayment: analysis.awaitingPayment,
    tiers: rowsOf(s.tiers),
    segments: rowsOf(s.segments),
    classes: rowsOf(s.classes),
    statuses: rowsOf(s.statuses),
    lostBy: s.lostBy,
    currency: currency ?? null,
    value: s.value,
    pareto: s.pareto,
    sheets: {
      customers: nameOf('customers'),
      summary: nameOf('summary'),
      issues: nameOf('issues'),
    },
    newSheets: plans.filter((p) => !p.owned).map((p) => p.name),
    staleChoices,
    format,
    unknownStatuses: analysis.unknownStatuses,
    ...(found.warehouse ? { warehouse: found.warehouse } : {}),
  };
  saveLastAnalysis(result);
  return result;
}
