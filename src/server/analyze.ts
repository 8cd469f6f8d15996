/** "Analyze customers": read the order sheet once, analyse in the core, write three sheets. */
import { TIER_NAMES } from '../core/abc';
import {
  Analysis,
  analyseCustomers,
  GroupStat,
  parseOrderRows,
  SheetRules,
} from '../core/analysis';
import { platformById } from '../core/platforms';
import { FIELD_NAMES } from '../core/fields';
import { fail, Lang, langFromLocale } from '../core/i18n';
import { customersTable, issuesTable, ResultRole, summaryTable } from '../core/report';
import { CN8, RF10 } from '../core/rfm';
import { analysisSettings, Settings } from '../core/settings';
import { STATUS_NAMES } from '../core/status';
import { dayOf, isoDay, Zone } from '../core/zone';
import { spreadsheetZone } from './zone';
import type { AnalyzeResult, FormatInfo, GroupRow, StaleChoice } from '../shared/api';
import { findOrderSheet } from './orderSheet';
import { ownedSheetIds } from './ownedSheets';
import { planTables, writePlan } from './sheetWriter';
import { loadOrderSheetChoice, loadSettings, saveLastAnalysis, loadStatusChoices } from './store';

export interface OrderAnalysis {
  readonly sheetName: string;
  readonly sheetId: number;
  readonly zone: Zone;
  readonly analysis: Analysis;
  readonly staleChoices: StaleChoice[];
  readonly format: FormatInfo;
}

/**
 * What a row must be to count, on any sheet: before the end of today in the sheet's zone,
 * within the plausible amount of a line, with statuses and shipping counted as the user said.
 */
export function sheetRules(z: Zone, settings: Settings): SheetRules {
  return {
    zone: z,
    today: dayOf(z.toLocal(Date.now())),
    maxAmount: settings.maxAmount,
    statusChoices: loadStatusChoices(),
    shippingIncluded: settings.shipping === 'included',
  };
}

/** Reads the order sheet in one call and analyses it; writes nothing. */
export function analyseOrderSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  lang: Lang,
): OrderAnalysis {
  const tz = ss.getSpreadsheetTimeZone();
  const z = spreadsheetZone(tz);
  const rules = sheetRules(z, settings);
  const found = findOrderSheet(
    ss,
    { rules, lang, choice: loadOrderSheetChoice() },
    {
      exclude: ownedSheetIds(ss),
    },
  );
  if (!found) {
    fail(
      'No order sheet found: SheetCare looks for headers such as Customer ID, Amount and Order date.',
      '未找到订单表：SheetCare 会查找“客户ID”“成交金额”“成交时间”等表头。',
    );
  }
  const { columns, missing } = found;
  if (missing.length) {
    const names = missing.map((f) => FIELD_NAMES[f].en);
    const en =
      names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} columns`
        : `${names[0]} column`;
    const zh = missing.map((f) => FIELD_NAMES[f].zh).join('、');
    fail(
      `Sheet "${found.sheetName}" has no ${en} that SheetCare recognises. Open SheetCare to choose them.`,
      `工作表“${found.sheetName}”缺少${zh}列，请打开 SheetCare 选择对应的列。`,
    );
  }
  const sheet = ss.getSheetByName(found.sheetName)!;
  const lastRow = sheet.getLastRow();
  const firstDataRow = found.headerRow + 1;
  const rows =
    lastRow >= firstDataRow
      ? sheet
          .getRange(firstDataRow, 1, lastRow - found.headerRow, sheet.getLastColumn())
          .getValues()
      : [];
  const format = platformById(found.format.id);
  const parsed = parseOrderRows(rows, columns, { ...rules, format }, firstDataRow);
  const analysis = analyseCustomers(parsed, analysisSettings(settings), rows.length);
  return {
    sheetName: found.sheetName,
    sheetId: sheet.getSheetId(),
    zone: z,
    analysis,
    staleChoices: found.staleChoices,
    format: found.format,
  };
}

export function runAnalysis(): AnalyzeResult {
  const lock = LockService.getDocumentLock();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = loadSettings();
  const locale = ss.getSpreadsheetLocale();
  const lang: Lang = settings.lang === 'auto' ? langFromLocale(locale) : settings.lang;
  // Two analyses writing the same sheets at once would interleave their rows.
  if (!lock.tryLock(5_000)) {
    fail(
      'An analysis is already running in this spreadsheet. Try again in a minute.',
      '本表格正在进行另一项分析，请稍后再试。',
    );
  }
  try {
    const {
      sheetName,
      sheetId,
      zone: z,
      analysis,
      staleChoices,
      format,
    } = analyseOrderSheet(ss, settings, lang);
    const options = { lang, zone: z, locale };
    // Everything is read, analysed and checked to fit before the first write: an error
    // leaves every sheet and the stored summary as they were.
    const plans = planTables(
      ss,
      [
        customersTable(analysis, options),
        summaryTable(analysis, options),
        issuesTable(analysis, options),
      ],
      lang,
      sheetId,
    );
    const written = writePlan(ss, plans);
    // A new sheet becomes the active one; end on the customer list, which is what users want.
    written.get('customers')!.activate();

    const s = analysis.summary;
    const rowsOf = (stats: GroupStat[], label: (k: string) => string): GroupRow[] =>
      stats.map((g) => ({
        key: g.key,
        label: label(g.key),
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
      rowsNotUsed: analysis.issues.length,
      tiers: rowsOf(s.tiers, (k) => TIER_NAMES[k as 'A'][lang]),
      segments: rowsOf(s.segments, (k) => RF10[k][lang]),
      classes: rowsOf(s.classes, (k) => CN8[k][lang]),
      statuses: rowsOf(s.statuses, (k) => STATUS_NAMES[k as 'new'][lang]),
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
    };
    saveLastAnalysis(result);
    return result;
  } finally {
    lock.releaseLock();
  }
}
