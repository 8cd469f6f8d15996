/**
 * What "Analyze customers" writes: the Customers, Summary and Issues sheets as plain tables
 * (values, number formats, colour rules, charts) for an adapter to put on the spreadsheet.
 */
import { Analysis, CustomerRecord, GroupStat, ISSUE_TEXT, UnknownStatus } from './analysis';
import { TIER_NAMES } from './abc';
import { Bilingual, Lang } from './i18n';
import { CN8, RF10 } from './rfm';
import { STATUS_NAMES } from './status';
import { TITLES } from './titles';
import { readCustomer } from './cells';
import { isoDay, Zone } from './zone';

export const SHEET_NAMES = {
  customers: '客户 Customers',
  summary: '汇总 Summary',
  issues: '问题行 Issues',
} as const;

export type ResultRole = keyof typeof SHEET_NAMES;

export interface ColourRule {
  /** Colour cells of these columns (0-based) whose row satisfies the formula (row 2 form). */
  readonly formula: string;
  readonly columns: readonly number[];
  readonly background: string;
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
  readonly keptMark: Bilingual;
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

export function currencyFormat(locale: string): string {
  const symbol = /^zh/i.test(locale)
    ? '¥'
    : /_GB$/i.test(locale)
      ? '£'
      : /_US$/i.test(locale)
        ? '$'
        : /^(de|fr|es|it|nl)/i.test(locale)
          ? '€'
          : '';
  return `${symbol}#,##0.00`;
}
const DATE_FORMAT = 'yyyy-mm-dd';
const PERCENT = '0.0%';

const FORMAT_OF_COLUMN: Record<keyof typeof TITLES, 'text' | 'int' | 'money' | 'date' | 'score'> = {
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
};
/** The Customers sheet's columns, in order: one per figure of a CustomerRecord. */
const CUSTOMER_COLUMNS = (Object.keys(FORMAT_OF_COLUMN) as (keyof typeof TITLES)[]).map((key) => ({
  key,
  title: TITLES[key],
  format: FORMAT_OF_COLUMN[key],
}));

export interface ReportOptions {
  readonly lang: Lang;
  readonly zone: Zone;
  readonly locale: string;
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
      return r.status ? STATUS_NAMES[r.status][o.lang] : '';
    case 'segment':
      return r.segment ? RF10[r.segment][o.lang] : '';
    case 'cn8':
      return r.cn8 ? CN8[r.cn8][o.lang] : '';
    default: {
      const v = r[key as keyof CustomerRecord];
      return v === undefined ? '' : v;
    }
  }
}

export function customersTable(a: Analysis, o: ReportOptions): SheetTable {
  const money = currencyFormat(o.locale);
  const formatOf = { text: '', int: '0', money, date: DATE_FORMAT, score: '0' } as const;
  const header = CUSTOMER_COLUMNS.map((c) => c.title[o.lang]);
  const rows = a.customers.map((r) => CUSTOMER_COLUMNS.map((c) => customerCell(r, c.key, o)));
  const rowFormats = CUSTOMER_COLUMNS.map((c) => formatOf[c.format]);
  const tierCol = CUSTOMER_COLUMNS.findIndex((c) => c.key === 'tier');
  const spendCol = CUSTOMER_COLUMNS.findIndex((c) => c.key === 'spend');
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
    keptMark: {
      en: 'No longer in the order sheet: your cells on this row are kept',
      zh: '订单表中已无此客户：本行您填写的内容已保留',
    },
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
      },
      ...(['A', 'B', 'C'] as const).map((t) => ({
        formula: `=$${letter(tierCol)}2="${t}"`,
        columns: [tierCol],
        background: TIER_COLOURS[t],
      })),
    ],
    charts: [],
  };
}

const SERVICE_POLICY: Record<'A' | 'B' | 'C', Bilingual> = {
  A: {
    en: 'Dedicated representative, regular visits, fastest service, best terms; complaints first',
    zh: '专人负责、定期拜访、最快服务、最优条件；投诉优先处理',
  },
  B: {
    en: 'Dedicated representative and regular contact; watch for changes',
    zh: '专人负责、定期联系；关注变化',
  },
  C: {
    en: 'Standard service, convenient and timely; look for rising stars',
    zh: '标准服务，方便及时；发掘可升级的客户',
  },
};

const L = {
  title: { en: 'SheetCare customer summary', zh: 'SheetCare 客户分析汇总' },
  asOf: { en: 'As of', zh: '截至' },
  customers: { en: 'Customers', zh: '客户数' },
  buyers: { en: 'Paying customers', zh: '有效购买客户数' },
  rowsUsed: { en: 'Order rows used', zh: '使用的订单行' },
  rowsNotUsed: { en: 'Order rows not used (see Issues)', zh: '未使用的订单行（见问题行）' },
  tier: { en: 'ABC tier', zh: 'ABC 分类' },
  shareCustomers: { en: 'Share of customers', zh: '客户占比' },
  shareSpend: { en: 'Share of spend', zh: '消费占比' },
  policy: { en: 'Service policy', zh: '服务策略' },
  segment: { en: 'RFM segment (rf10)', zh: 'RFM 客户细分 (rf10)' },
  cls: { en: 'RFM class (cn8)', zh: 'RFM 客户分类 (cn8)' },
  value: { en: 'Customer value (all customers)', zh: '客户价值（全部客户）' },
  total: { en: 'Total', zh: '合计' },
  pareto: { en: 'Pareto: top customers', zh: '帕累托：头部客户' },
  cumulative: { en: 'Cumulative share of spend', zh: '累计消费占比' },
  tierChart: { en: 'Spend by ABC tier', zh: '各 ABC 分类消费金额' },
  paretoChart: {
    en: 'Pareto curve: share of spend from the top customers',
    zh: '帕累托曲线：头部客户的消费占比',
  },
} satisfies Record<string, Bilingual>;

const WIDTH = 6;

export function summaryTable(a: Analysis, o: ReportOptions): SheetTable {
  const t = (b: Bilingual) => b[o.lang];
  const money = currencyFormat(o.locale);
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
  const groupTable = (
    heading: Bilingual,
    stats: GroupStat[],
    label: (k: string) => string,
    extra?: (k: string) => string,
  ) => {
    const start = values.length;
    add(
      [
        t(heading),
        t(L.customers),
        t(L.shareCustomers),
        t(TITLES.spend),
        t(L.shareSpend),
        ...(extra ? [t(L.policy)] : []),
      ],
      [],
      true,
    );
    for (const g of stats) {
      add(
        [
          label(g.key),
          g.customers,
          share(g.customers, s.customers),
          g.spend,
          share(g.spend, s.spend),
          ...(extra ? [extra(g.key)] : []),
        ],
        ['', '0', PERCENT, money, PERCENT],
      );
    }
    add([]);
    return start;
  };

  add([t(L.title)], [], true);
  add([t(L.asOf), a.asOf === undefined ? '' : isoDay(a.asOf)]);
  add([t(L.customers), s.customers], ['', '0']);
  add([t(L.buyers), s.buyers], ['', '0']);
  add([t(TITLES.spend), s.spend], ['', money]);
  add([t(L.rowsUsed), a.rowsUsed], ['', '0']);
  add([t(L.rowsNotUsed), a.issues.length], ['', '0']);
  add([]);
  const tierStart = groupTable(
    L.tier,
    s.tiers,
    (k) => TIER_NAMES[k as 'A'][o.lang],
    (k) => t(SERVICE_POLICY[k as 'A']),
  );
  groupTable(L.segment, s.segments, (k) => RF10[k][o.lang]);
  groupTable(L.cls, s.classes, (k) => CN8[k][o.lang]);
  groupTable(TITLES.status, s.statuses, (k) => STATUS_NAMES[k as 'new'][o.lang]);
  add([t(L.value), t(L.total)], [], true);
  add([t(TITLES.basicValue), s.value.basic], ['', money]);
  add([t(TITLES.satisfiedValue), s.value.satisfied], ['', money]);
  add([t(TITLES.complaintLoss), s.value.complaintLoss], ['', money]);
  add([]);
  const paretoStart = values.length;
  add([t(L.pareto), t(L.cumulative)], [], true);
  for (const p of s.pareto) add([p.topShare, p.spendShare], ['0%', PERCENT]);

  charts.push(
    {
      type: 'COLUMN',
      title: t(L.tierChart),
      ranges: [
        { row: tierStart, col: 0, rows: 4, cols: 1 },
        { row: tierStart, col: 3, rows: 4, cols: 1 },
      ],
      at: { row: 1, col: WIDTH + 1 },
    },
    {
      type: 'LINE',
      title: t(L.paretoChart),
      ranges: [{ row: paretoStart, col: 0, rows: s.pareto.length + 1, cols: 2 }],
      at: { row: 20, col: WIDTH + 1 },
    },
  );
  return {
    role: 'summary',
    name: SHEET_NAMES.summary,
    keyOf: (_row, index) => String(index),
    keptMark: {
      en: 'Row kept for your cells beside the summary',
      zh: '为您在汇总旁填写的内容保留的行',
    },
    values,
    formats,
    boldRows: bold,
    frozenRows: 0,
    rules: [],
    charts,
  };
}

/** A status the format does not know: said once, with its rows, and how it was counted. */
export function unknownStatusText(u: UnknownStatus, lang: Lang): string {
  return lang === 'zh'
    ? `未识别的订单状态，共 ${u.rows} 行，${u.counted ? '已计入' : '未计入'}销售（可在 SheetCare 中更改）`
    : `Status not recognised, ${u.rows} ${u.rows === 1 ? 'row' : 'rows'}, ${u.counted ? 'counted' : 'not counted'} as sales (change it in SheetCare)`;
}

export function issuesTable(a: Analysis, o: ReportOptions): SheetTable {
  const header =
    o.lang === 'zh' ? ['行号', '原因', '单元格内容'] : ['Row', 'Why it was not used', 'Cell'];
  const rows = [
    ...a.issues.map((i) => [i.row, ISSUE_TEXT[i.code][o.lang], i.value]),
    ...a.unknownStatuses.map((u) => [u.firstRow, unknownStatusText(u, o.lang), u.status]),
  ];
  return {
    role: 'issues',
    name: SHEET_NAMES.issues,
    // Notes beside an issue follow its order row.
    keyOf: (row) => String(row[0]),
    keptMark: {
      en: 'No longer an issue: your cells on this row are kept',
      zh: '此行已不再有问题：本行您填写的内容已保留',
    },
    values: [header, ...rows],
    formats: [['', '', ''], ...rows.map(() => ['0', '', ''])],
    boldRows: [0],
    frozenRows: 1,
    rules: [],
    charts: [],
  };
}
