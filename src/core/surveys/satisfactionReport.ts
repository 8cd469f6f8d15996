/**
 * What the survey writes (domain brief §4, §5): the Satisfaction sheet (the index per period
 * with its change, NPS, each indicator against its weight, the index by tier and by status, and
 * two charts) and the Follow-up sheet, the unhappy responses with the A customers' first (the
 * brief: A customers' complaints come first), then by the complaint loss at stake. The team's
 * own columns beside the Follow-up rows follow their response from run to run.
 */
import type { Tier } from '../customers/abc';
import type { Period, PeriodResult, GroupResult, Response, Unhappy } from './responses';
import { fixFirst } from './responses';
import type { ChartSpec, ReportOptions, SheetTable } from '../customers/report';
import { currencyFormat } from '../ground/currency';
import type { Status } from '../customers/status';
import { SHEET_NAMES } from '../../words/sheetNames';

export interface SatisfactionInput {
  readonly period: Period;
  readonly periods: readonly PeriodResult[];
  readonly overall: GroupResult;
  readonly byTier: readonly GroupResult[];
  readonly byStatus: readonly GroupResult[];
}

const WIDTH = 6;
const INDEX = '0.00';
const SCORE = '0.00';

export function satisfactionTable(s: SatisfactionInput, o: ReportOptions): SheetTable {
  const w = o.words;
  const L = w.satisfactionSheet;
  const values: unknown[][] = [];
  const formats: string[][] = [];
  const bold: number[] = [];
  const add = (cells: unknown[], fmts: string[] = [], isBold = false) => {
    if (isBold) bold.push(values.length);
    values.push([...cells, ...Array(WIDTH - cells.length).fill('')]);
    formats.push([...fmts, ...Array(WIDTH - fmts.length).fill('')]);
  };
  const blank = (n: number | null) => (n === null ? '' : n);

  add([L.periods[s.period], L.respondents, L.index, L.zeroIndex, L.change, L.nps], [], true);
  const periodsAt = values.length;
  for (const p of s.periods) {
    add(
      [p.key, p.respondents, blank(p.index), blank(p.zeroIndex), blank(p.change), blank(p.nps)],
      ['@', '0', INDEX, INDEX, '+0.00;-0.00;0', '0.0'],
    );
  }
  add([]);
  add([L.indicator, L.weight, L.mean, L.gain], [], true);
  const indicatorsAt = values.length;
  for (const x of fixFirst(s.overall.means)) {
    add([w.indicators[x.letter], x.weight, x.mean, x.gain], ['', '0%', SCORE, '0.000']);
  }
  const groups = (heading: string, rows: readonly GroupResult[], name: (k: string) => string) => {
    add([]);
    add([heading, L.respondents, L.index, L.nps], [], true);
    for (const g of rows) {
      add([name(g.key), g.respondents, blank(g.index), blank(g.nps)], ['', '0', INDEX, '0.0']);
    }
  };
  groups(L.tier, s.byTier, (k) => w.tiers[k as Tier]);
  groups(L.status, s.byStatus, (k) => w.statuses[k as Status]);

  const charts: ChartSpec[] = [];
  const indicators = fixFirst(s.overall.means).length;
  if (indicators) {
    charts.push({
      type: 'COLUMN',
      title: L.chartMeans,
      ranges: [
        { row: indicatorsAt - 1, col: 0, rows: indicators + 1, cols: 1 },
        { row: indicatorsAt - 1, col: 2, rows: indicators + 1, cols: 1 },
      ],
      at: { row: 1, col: WIDTH + 2 },
    });
  }
  if (s.periods.length) {
    charts.push({
      type: 'LINE',
      title: L.chartTrend,
      ranges: [
        { row: periodsAt - 1, col: 0, rows: s.periods.length + 1, cols: 1 },
        { row: periodsAt - 1, col: 2, rows: s.periods.length + 1, cols: 1 },
      ],
      at: { row: 20, col: WIDTH + 2 },
    });
  }
  return {
    role: 'satisfaction',
    name: SHEET_NAMES.satisfaction,
    // Notes beside a period, an indicator or a group follow its label.
    keyOf: (row) => String(row[0]),
    keptMark: L.kept,
    values,
    formats,
    boldRows: bold,
    frozenRows: 1,
    rules: [],
    charts,
  };
}

/** An unhappy response with what the analysis knows of its customer. */
export interface FollowUpRow {
  readonly unhappy: Unhappy;
  /** Which responses sheet, for the key and the source column. */
  readonly sheet: string;
  readonly id: string;
  readonly name: string;
  readonly tier: Tier | undefined;
  /** The complaint loss at stake (value formula); undefined without a purchase history. */
  readonly loss: number | undefined;
}

const TIER_RANK: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2 };

/** A customers first, then the most at stake, then the earliest answer. */
export function followUpOrder(a: FollowUpRow, b: FollowUpRow): number {
  return (
    (TIER_RANK[a.tier ?? ''] ?? 3) - (TIER_RANK[b.tier ?? ''] ?? 3) ||
    (b.loss ?? -1) - (a.loss ?? -1) ||
    (a.unhappy.response.at ?? 0) - (b.unhappy.response.at ?? 0)
  );
}

/**
 * The response a row stands for, whatever rows are deleted or sorted on the responses sheet:
 * its answer time and customer; for an answer with no customer, its answers themselves in
 * place of the customer (and of the time, where that does not read).
 */
export const responseKey = (r: FollowUpRow): string => {
  const x = r.unhappy.response;
  const who = x.customer || `~${fingerprint(x)}`;
  return x.at === undefined
    ? `${r.sheet}#${who}`
    : `${new Date(x.at).toISOString().slice(0, 16)}|${who}`;
};

/** A short hash of what an answer says (FNV-1a): two different answers differ here. */
function fingerprint(x: Response): string {
  const text = [x.claimed, ...x.scores, x.overall, x.delivery, x.nps, x.text].join('|');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function followUpTable(rows: readonly FollowUpRow[], o: ReportOptions): SheetTable {
  const w = o.words;
  const L = w.followUpSheet;
  const header = [L.date, L.customer, L.name, L.tier, L.loss, L.low, L.nps, L.text, L.source];
  const lowWords = (u: Unhappy) =>
    [
      ...u.low.map((x) =>
        x === 'overall' ? L.overall : x === 'delivery' ? L.delivery : w.indicators[x as 'A'],
      ),
      ...(u.complaint ? [L.complaint] : []),
    ].join(w.listSeparator);
  const sorted = [...rows].sort(followUpOrder);
  const body = sorted.map((r) => {
    const x = r.unhappy.response;
    return [
      // A wall-clock time in the spreadsheet's zone, written as the instant it is there.
      x.at === undefined ? '' : new Date(o.zone.toUtc(Math.floor(x.at / 60_000) * 60_000)),
      r.id || x.customer || (x.claimed ? L.unverified(x.claimed) : ''),
      r.name,
      r.tier ?? '',
      r.loss ?? '',
      lowWords(r.unhappy),
      x.nps ?? '',
      x.text,
      responseKey(r),
    ];
  });
  const money = currencyFormat(o.currency);
  return {
    role: 'followUp',
    name: SHEET_NAMES.followUp,
    keyOf: (row) => String(row[8]),
    keptMark: L.kept,
    values: [header, ...body],
    formats: [
      header.map(() => ''),
      ...body.map(() => ['yyyy-mm-dd hh:mm', '@', '@', '', money, '', '0', '@', '@']),
    ],
    boldRows: [0],
    frozenRows: 1,
    rules: [],
    charts: [],
  };
}
