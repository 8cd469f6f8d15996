/**
 * What "Analyze customers" writes: the Customers, Summary and Issues sheets as plain tables
 * (values, number formats, colour rules, charts) for an adapter to put on the spreadsheet.
 */
import { Analysis, CustomerRecord, GroupStat, ModelSummary } from './analysis';
import { Tier } from './abc';
import type { Words } from '../../words';
import { estimateNotes } from '../../words/estimates';
import { CUSTOMER_COLUMNS, CustomerColumn } from './titles';
import { readCustomer } from '../ground/cells';
import { DAY_MS, isoDay, Zone } from '../ground/zone';
import { LAST_GROUP } from '../value/holdout';
import { Currency, currencyFormat } from '../ground/currency';

import { SHEET_NAMES } from '../../words/sheetNames';

export type ResultRole = keyof typeof SHEET_NAMES;

export interface ColourRule {
  /** Colour cells of these columns (0-based) whose row satisfies the formula (row 2 form). */
  readonly formula: string;
  readonly columns: readonly number[];
  readonly background: string;
  /**
   * Whether some row wears the colour now. A rule no row needs is not put on the sheet (each
   * rule is a service call); it is still known as SheetCare's, so one from an earlier run goes.
   */
  readonly needed: boolean;
}

export interface ChartSpec {
  readonly type: 'COLUMN' | 'LINE' | 'PIE';
  readonly title: string;
  /** 0-based row and column, and size, of each data range (header row included). */
  readonly ranges: readonly {
    readonly row: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
  }[];
  readonly at: { readonly row: number; readonly col: number };
}

export interface SheetTable {
  readonly role: ResultRole;
  /** The name a new sheet for this table takes. */
  readonly name: string;
  /**
   * The record a body row (0-based, header excluded) stands for, from SheetCare's own cells:
   * the user's cells beside it follow that record from run to run.
   */
  readonly keyOf: (row: readonly unknown[], index: number) => string;
  /** Marks a row kept for the user's cells after its record has gone. */
  readonly keptMark: string;
  readonly values: unknown[][];
  /** Number formats, same shape as values; '' leaves a cell's format alone. */
  readonly formats: string[][];
  /** 0-based rows shown bold (headers). */
  readonly boldRows: readonly number[];
  readonly frozenRows: number;
  readonly rules: readonly ColourRule[];
  readonly charts: readonly ChartSpec[];
}

export const TIER_COLOURS = { A: '#b7e1cd', B: '#c9daf8', C: '#e8eaed' } as const;
export const UNPROFITABLE = '#f4c7c3';

const DATE_FORMAT = 'yyyy-mm-dd';
const PERCENT = '0.0%';

const FORMAT_OF_COLUMN: Record<
  CustomerColumn,
  'text' | 'int' | 'money' | 'date' | 'score' | 'percent' | 'decimal'
> = {
  id: 'text',
  name: 'text',
  email: 'text',
  phone: 'text',
  purchases: 'int',
  spend: 'money',
  averageOrder: 'money',
  firstPurchase: 'date',
  lastPurchase: 'date',
  daysSinceLast: 'int',
  nextPurchase: 'date',
  status: 'text',
  tier: 'text',
  r: 'score',
  f: 'score',
  m: 'score',
  segment: 'text',
  cn8: 'text',
  basicValue: 'money',
  satisfiedValue: 'money',
  complaintLoss: 'money',
  pAlive: 'percent',
  expected90: 'decimal',
  predicted12: 'money',
};

export interface ReportOptions {
  /** The catalogue of words in the language of what is written into the spreadsheet. */
  readonly words: Words;
  readonly zone: Zone;
  /** The shop's currency (see currency.ts). */
  readonly currency: Currency | undefined;
}

/** A cell for a local-time day: the instant Sheets stores for that wall-clock time. */
const dateCell = (local: number | undefined, zone: Zone): unknown =>
  local === undefined ? '' : new Date(zone.toUtc(local));

function customerCell(r: CustomerRecord, key: string, o: ReportOptions): unknown {
  switch (key) {
    case 'firstPurchase':
    case 'lastPurchase':
    case 'nextPurchase':
      return dateCell(r[key], o.zone);
    case 'status':
      return r.status ? o.words.statuses[r.status] : '';
    case 'segment':
      return r.segment ? o.words.segments[r.segment] : '';
    case 'cn8':
      return r.cn8 ? o.words.classes[r.cn8] : '';
    default: {
      const v = r[key as keyof CustomerRecord];
      return v === undefined ? '' : v;
    }
  }
}

export function customersTable(a: Analysis, o: ReportOptions): SheetTable {
  const money = currencyFormat(o.currency);
  const formatOf = {
    text: '',
    int: '0',
    money,
    date: DATE_FORMAT,
    score: '0',
    percent: PERCENT,
    decimal: '0.00',
  } as const;
  const header = CUSTOMER_COLUMNS.map((c) => o.words.titles[c]);
  const rows = a.customers.map((r) => CUSTOMER_COLUMNS.map((c) => customerCell(r, c, o)));
  const rowFormats = CUSTOMER_COLUMNS.map((c) => formatOf[FORMAT_OF_COLUMN[c]]);
  const tierCol = CUSTOMER_COLUMNS.indexOf('tier');
  const spendCol = CUSTOMER_COLUMNS.indexOf('spend');
  const letter = (i: number) => String.fromCharCode(65 + i);
  const all = CUSTOMER_COLUMNS.map((_, i) => i);
  return {
    role: 'customers',
    name: SHEET_NAMES.customers,
    // The analysis's own key (trimmed, case-folded), so "C1" and "c1 " stay one customer.
    keyOf: (row) => {
      const c = readCustomer(row[0]);
      return c.kind === 'ok' ? c.value : '';
    },
    keptMark: o.words.kept.customers,
    values: [header, ...rows],
    formats: [header.map(() => ''), ...rows.map(() => rowFormats)],
    boldRows: [0],
    frozenRows: 1,
    rules: [
      // First Union's red: customers who bring no profit, the whole row.
      {
        formula: `=AND($${letter(0)}2<>"",$${letter(spendCol)}2<=0)`,
        columns: all,
        background: UNPROFITABLE,
        needed: a.customers.some((c) => c.spend <= 0),
      },
      ...(['A', 'B', 'C'] as const).map((t) => ({
        formula: `=$${letter(tierCol)}2="${t}"`,
        columns: [tierCol],
        background: TIER_COLOURS[t],
        needed: a.customers.some((c) => c.tier === t),
      })),
    ],
    charts: [],
  };
}

const WIDTH = 7;

/** The value model on Summary: what it assumes, its fit for anyone to check, what it predicts. */
function modelRows(
  m: ModelSummary,
  w: Words,
  money: string,
  add: (cells: unknown[], fmts?: string[], isBold?: boolean) => void,
): void {
  const M = w.model;
  add([M.title], [], true);
  add([M.how]);
  if (!m.fit.ok) {
    add([M.tooFew(m.fit.repeatBuyers, m.fit.needed)]);
    return;
  }
  const { purchases: b, spend: g, customers, repeatBuyers } = m.fit.model;
  add([M.fitted(customers, repeatBuyers)]);
  add([M.purchases, 'r', M.alphaDays, 'a', 'b', M.logLikelihood], [], true);
  add(
    ['', b.r, b.alpha, b.a, b.b, b.logLikelihood],
    ['', '0.0000', '0.00', '0.0000', '0.0000', '0.00'],
  );
  if (g) {
    add([M.spend, 'p', 'q', 'γ', '', M.logLikelihood], [], true);
    add(['', g.p, g.q, g.gamma, '', g.logLikelihood], ['', '0.0000', '0.0000', '0.00', '', '0.00']);
    add([M.spendUsed(m.fit.model.spendUsed, m.fit.model.spendLeftOut)]);
    add([M.predictedA, m.predictedA], ['', money]);
    add([M.predictedAll, m.predictedAll], ['', money]);
    add([M.atRisk(m.atRiskCustomers), m.atRisk], ['', money]);
  } else {
    add([M.noSpend(m.fit.model.needed)]);
  }
  const h = m.holdout;
  if (!h) return;
  add([]);
  add([M.checkTitle], [], true);
  add([M.check(isoDay(h.cut * DAY_MS), h.days)]);
  add([...M.checkHeader], [], true);
  const counts = ['', '0', '0', '0.0'];
  for (const x of h.groups) {
    add([M.group(x.repeats, x.repeats === LAST_GROUP), x.customers, x.actual, x.predicted], counts);
  }
  const all = h.groups.reduce((n, x) => n + x.customers, 0);
  add([M.total, all, h.actual, h.predicted], counts, true);
}

export function summaryTable(a: Analysis, o: ReportOptions): SheetTable {
  const w = o.words;
  const L = w.summary;
  const V = w.value;
  const M = w.meanings;
  const money = currencyFormat(o.currency);
  const values: unknown[][] = [];
  const formats: string[][] = [];
  const bold: number[] = [];
  const charts: ChartSpec[] = [];
  const s = a.summary;
  const add = (cells: unknown[], fmts: string[] = [], isBold = false) => {
    if (isBold) bold.push(values.length);
    values.push([...cells, ...Array(WIDTH - cells.length).fill('')]);
    formats.push([...fmts, ...Array(WIDTH - fmts.length).fill('')]);
  };
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  // Each label with what it means and what to do about a customer who carries it.
  const groupTable = <K extends string>(
    heading: string,
    stats: GroupStat[],
    label: Readonly<Record<K, string>>,
    meaning: Readonly<Record<K, string>>,
    action: Readonly<Record<K, string>>,
  ) => {
    const start = values.length;
    add(
      [heading, L.customers, L.shareCustomers, w.titles.spend, L.shareSpend, L.meaning, L.action],
      [],
      true,
    );
    for (const g of stats) {
      const k = g.key as K;
      add(
        [
          label[k],
          g.customers,
          share(g.customers, s.customers),
          g.spend,
          share(g.spend, s.spend),
          meaning[k],
          action[k],
        ],
        ['', '0', PERCENT, money, PERCENT],
      );
    }
    add([]);
    return start;
  };

  add([L.title], [], true);
  add([L.asOf, a.asOf === undefined ? '' : isoDay(a.asOf)]);
  add([L.customers, s.customers], ['', '0']);
  add([L.buyers, s.buyers], ['', '0']);
  add([w.titles.spend, s.spend], ['', money]);
  add([L.rowsUsed, a.rowsUsed], ['', '0']);
  add([L.rowsNotUsed, a.issues.length], ['', '0']);
  add([]);
  const tierStart = groupTable<Tier>(L.tier, s.tiers, w.tiers, M.tiers, w.tierPolicies);
  groupTable(L.segment, s.segments, w.segments, M.segments, M.segmentActions);
  add([M.scores]);
  add([]);
  groupTable(L.cls, s.classes, w.classes, M.classes, M.classActions);
  const statusMeanings = { ...M.statuses, lost: M.lostBy(s.lostBy) };
  groupTable(w.titles.status, s.statuses, w.statuses, statusMeanings, M.statusActions);
  const v = s.value;
  const notes = estimateNotes(v, w);
  add([V.title], [], true);
  add([V.purchasesPerYear, v.purchasesPerYear.value, notes.purchasesPerYear], ['', '0.0']);
  add([V.years, v.years.value, notes.years], ['', '0.0']);
  add([V.atStakeA, v.atStakeA], ['', money]);
  add([V.typical, v.typical?.basic ?? ''], ['', money]);
  add([V.happy, v.typical?.satisfied ?? ''], ['', money]);
  add([V.unhappy, v.typical?.complaintLoss ?? ''], ['', money]);
  add([V.how]);
  add([]);
  if (v.model) {
    modelRows(v.model, w, money, add);
    add([]);
  }
  const paretoStart = values.length;
  add([L.pareto, L.cumulative], [], true);
  for (const p of s.pareto) add([p.topShare, p.spendShare], ['0%', PERCENT]);

  charts.push(
    {
      type: 'COLUMN',
      title: L.tierChart,
      ranges: [
        { row: tierStart, col: 0, rows: 4, cols: 1 },
        { row: tierStart, col: 3, rows: 4, cols: 1 },
      ],
      at: { row: 1, col: WIDTH + 1 },
    },
    {
      type: 'LINE',
      title: L.paretoChart,
      ranges: [{ row: paretoStart, col: 0, rows: s.pareto.length + 1, cols: 2 }],
      at: { row: 20, col: WIDTH + 1 },
    },
  );
  return {
    role: 'summary',
    name: SHEET_NAMES.summary,
    keyOf: (_row, index) => String(index),
    keptMark: w.kept.summary,
    values,
    formats,
    boldRows: bold,
    frozenRows: 0,
    rules: [],
    charts,
  };
}

export function issuesTable(a: Analysis, o: ReportOptions): SheetTable {
  const w = o.words;
  const header = [w.issuesSheet.row, w.issuesSheet.why, w.issuesSheet.cell];
  const rows = [
    ...a.issues.map((i) => [i.row, w.issues[i.code], i.value]),
    ...a.unknownStatuses.map((u) => [u.firstRow, w.unknownStatus(u.rows, u.counted), u.status]),
  ];
  return {
    role: 'issues',
    name: SHEET_NAMES.issues,
    // Notes beside an issue follow its order row.
    keyOf: (row) => String(row[0]),
    keptMark: w.kept.issues,
    values: [header, ...rows],
    formats: [['', '', ''], ...rows.map(() => ['0', '', ''])],
    boldRows: [0],
    frozenRows: 1,
    rules: [],
    charts: [],
  };
}
