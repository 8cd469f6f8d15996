/**
 * Satisfaction surveys on the spreadsheet (domain brief §4): finding a sheet of answers (a
 * SheetCare form's responses, or any sheet asking the seven questions), reporting it, and
 * writing the Satisfaction and Follow-up sheets, the unhappy customers joined to what the
 * analysis knows of them.
 */
import type { CustomerRecord } from '../../core/customers/analysis';
import { Lang } from '../../core/ground/i18n';
import {
  byGroup,
  byPeriod,
  overallResult,
  Period,
  readResponses,
  Response,
  unhappyResponses,
} from '../../core/surveys/responses';
import { responseColumns, surveyResult } from '../../core/surveys/survey';
import {
  FollowUpRow,
  followUpTable,
  satisfactionTable,
} from '../../core/surveys/satisfactionReport';
import type { ResponseColumns } from '../../core/surveys/questionnaire';
import { shopCurrency } from '../../core/ground/currency';
import type { SatisfactionReport, SurveyReport } from '../../shared/api';
import { words } from '../../words';
import { analyseOrderSheet } from '../customers/analyze';
import { sheetLang } from '../ground/lang';
import { ownedIds, OwnedSheets, ownedSheets } from '../ground/ownedSheets';
import { planTables, writePlan } from '../ground/sheetWriter';
import { loadSettings, loadSurveyForms, unsubscribeSecret } from '../ground/store';
import { readSurveyReference } from '../../core/reminders/unsubscribe';
import { spreadsheetZone } from '../ground/zone';
import { Workbook } from '../ground/workbook';
import { theSpreadsheet } from '../ground/spreadsheetStore';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function columnsOf(sheet: Sheet): ResponseColumns | undefined {
  const lastColumn = sheet.getLastColumn();
  if (sheet.getLastRow() === 0 || lastColumn === 0) return undefined;
  return responseColumns(sheet.getRange(1, 1, 1, lastColumn).getValues()[0]);
}

interface Found {
  readonly sheet: Sheet;
  readonly cols: ResponseColumns;
  readonly rows: unknown[][];
}

/** The named sheet, or the first (not SheetCare's own) whose header row asks the questions. */
function findAnswers(
  ss: Spreadsheet,
  sheetName: string,
  owned: OwnedSheets = ownedSheets(ss),
): Found | undefined {
  const mine = ownedIds(owned);
  const candidates = sheetName
    ? [ss.getSheetByName(sheetName)].filter((s): s is Sheet => !!s)
    : ss.getSheets().filter((s) => !mine.has(s.getSheetId()));
  for (const sheet of candidates) {
    const cols = columnsOf(sheet);
    if (!cols) continue;
    const lastRow = sheet.getLastRow();
    const rows =
      lastRow > 1 ? sheet.getRange(2, 1, lastRow - 1, sheet.getLastColumn()).getValues() : [];
    return { sheet, cols, rows };
  }
  return undefined;
}

/** The survey on the named sheet, or on the first sheet of answers when the name is ''. */
export function surveyOnSheet(sheetName: string, lang: Lang): SurveyReport | null {
  const ss = theSpreadsheet();
  const found = findAnswers(ss, sheetName);
  if (!found) return null;
  const r = surveyResult(found.rows, found.cols, spreadsheetZone(ss.getSpreadsheetTimeZone()), 2);
  return {
    sheetName: found.sheet.getName(),
    respondents: r.respondents,
    index: r.index,
    zeroIndex: r.zeroIndex,
    indicators: r.indicators.map((x) => ({ ...x, name: words(lang).indicators[x.letter] })),
    mostToGain: r.mostToGain,
    byYear: r.byYear,
    bad: r.bad,
  };
}

/** The customers by key, or none when there is no order sheet to analyse. */
function customersByKey(
  ss: Spreadsheet,
  lang: Lang,
  owned: OwnedSheets,
): Map<string, CustomerRecord> {
  try {
    const { analysis } = analyseOrderSheet(new Workbook(ss), loadSettings(), lang, owned);
    return new Map(analysis.customers.map((c) => [c.key, c]));
  } catch {
    // Without orders the report still stands; it only cannot say who the customers are.
    return new Map();
  }
}

/**
 * Writes the Satisfaction and Follow-up sheets from the named sheet of answers (or the first
 * found), per year, quarter or month. The team's cells beside the Follow-up rows stay with
 * their response; a response is one row however often this runs.
 */
export function writeSatisfaction(sheetName: string, period: Period): SatisfactionReport | null {
  const ss = theSpreadsheet();
  const settings = loadSettings();
  const lang = sheetLang(settings, ss.getSpreadsheetLocale());
  // SheetCare's sheets are found once: never answers, and where the report goes.
  const owned = ownedSheets(ss);
  const found = findAnswers(ss, sheetName, owned);
  if (!found) return null;
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  // SheetCare's forms are open to anyone with the link: there, a customer number counts only
  // with the reference of the customer's own mail. A sheet the team keeps is taken as typed.
  const forms = loadSurveyForms();
  const ours = [forms.questionnaire, forms.postOrder].some(
    (f) => f?.sheetId === found.sheet.getSheetId(),
  );
  const secret = ours ? unsubscribeSecret() : '';
  const { responses, bad } = readResponses(
    found.rows,
    found.cols,
    zone,
    2,
    ours ? (cell) => readSurveyReference(secret, cell) : undefined,
  );
  const customers = customersByKey(ss, lang, owned);
  const customer = (r: Response) => customers.get(r.customer);
  const rated = responses.filter(
    (r) => r.scores.some((x) => x !== undefined) || r.overall !== undefined || r.nps !== undefined,
  );
  const input = {
    period,
    periods: byPeriod(rated, period),
    overall: overallResult(rated),
    byTier: byGroup(rated, (r) => customer(r)?.tier, ['A', 'B', 'C']),
    byStatus: byGroup(rated, (r) => customer(r)?.status, ['new', 'returning', 'lost']),
  };
  const sheetNameFound = found.sheet.getName();
  const followUps: FollowUpRow[] = unhappyResponses(rated).map((u) => {
    const c = customer(u.response);
    return {
      unhappy: u,
      sheet: sheetNameFound,
      id: c?.id ?? u.response.customer,
      name: c?.name ?? '',
      tier: c?.tier,
      loss: c?.complaintLoss,
    };
  });
  const o = {
    words: words(lang),
    zone,
    currency: shopCurrency(settings.currency, ss.getSpreadsheetLocale()),
  };
  const tables = [satisfactionTable(input, o), followUpTable(followUps, o)];
  const book = new Workbook(ss);
  const plans = planTables(book, owned, tables, () => found.sheet.getSheetId());
  const written = writePlan(ss, book, plans);
  // The team's columns start with headers of SheetCare's making, then are the team's own.
  const followUpPlan = plans.find((p) => p.table.role === 'followUp')!;
  if (!followUpPlan.owned) {
    const sheet = written.get('followUp')!;
    const team = words(lang).followUpSheet.team;
    sheet.getRange(1, followUpPlan.layout.block.cols + 1, 1, team.length).setValues([[...team]]);
  }
  const sorted = followUpTable(followUps, o).values.slice(1);
  return {
    sheetName: sheetNameFound,
    period,
    respondents: rated.length,
    index: input.overall.index,
    zeroIndex: input.overall.zeroIndex,
    nps: input.overall.nps,
    periods: input.periods.map((p) => ({
      key: p.key,
      respondents: p.respondents,
      index: p.index,
      change: p.change,
      nps: p.nps,
    })),
    byTier: input.byTier.map((g) => ({
      key: g.key,
      respondents: g.respondents,
      index: g.index,
      nps: g.nps,
    })),
    byStatus: input.byStatus.map((g) => ({
      key: g.key,
      respondents: g.respondents,
      index: g.index,
      nps: g.nps,
    })),
    followUps: followUps.length,
    firstFollowUps: sorted.slice(0, 10).map((r) => ({
      customer: String(r[1]),
      name: String(r[2]),
      tier: String(r[3]),
      loss: typeof r[4] === 'number' ? r[4] : null,
      low: String(r[5]),
      text: String(r[7]),
    })),
    bad: bad.length,
    unverified: rated.filter((r) => r.claimed !== '').length,
    sheets: {
      satisfaction: written.get('satisfaction')!.getName(),
      followUp: written.get('followUp')!.getName(),
    },
  };
}
