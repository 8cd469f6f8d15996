/**
 * The custom formulas' arithmetic over whole columns: arguments in as Sheets hands them,
 * one answer per row out. The Apps Script entry points only add the spreadsheet's zone and
 * language.
 */
import { abcTiers, checkShares, DEFAULT_SHARES } from './abc';
import {
  isBlank,
  readAmount,
  readCustomer,
  readDate,
  readLineAmount,
  readShare,
  Reading,
  show,
} from './cells';
import {
  Arg,
  Column,
  answer,
  cellAt,
  column,
  isHeader,
  problem,
  rowCount,
  setting,
} from './formula';
import { fail, Lang, Message, readLang } from './i18n';
import { words } from '../words';
import { fromUnits } from './money';
import { nextPurchaseDay } from './nextPurchase';
import { OrderLines, purchaseHistories } from './purchases';
import { cn8Classes, rf10Segment, rfmScores } from './rfm';
import { DEFAULT_WEIGHTS, indicatorMeans, readAnswer, satisfactionIndex } from './satisfaction';
import { customerStatus, DEFAULT_LOST_AFTER_DAYS } from './status';
import type { CustomerColumn } from './titles';
import { basicValue, complaintLoss, DEFAULT_VALUE_SETTINGS, satisfiedValue } from './value';
import { DAY_MS, Zone } from './zone';

export interface FormulaContext {
  readonly zone: Zone;
  readonly lang: Lang;
}

interface NumberInput {
  readonly col: Column | undefined;
  /** What a row's problem text calls an unreadable cell, e.g. AMOUNT. */
  readonly what: string;
  readonly read: (v: unknown) => Reading<number>;
  /** Absent for the leading column, which a row cannot do without. */
  readonly fallback?: number;
  /** Why a readable value is still out of bounds; such a value throws. */
  readonly invalid?: (n: number) => Message | undefined;
}

const rate = (name: string, col: Column | undefined, fallback: number): NumberInput => ({
  col,
  what: 'RATE',
  read: readShare,
  fallback,
  invalid: (n) => (n < 0 || n > 1 ? (w) => w.errors.rateRange(name) : undefined),
});

const count = (name: string, col: Column | undefined, fallback: number): NumberInput => ({
  col,
  what: name.toUpperCase(),
  read: readAmount,
  fallback,
  invalid: (n) => (n < 0 ? (w) => w.errors.notNegative(name) : undefined),
});

/** A value formula: each row's leading amount combined with per-row or single settings. */
function elementwise(
  ctx: FormulaContext,
  title: CustomerColumn,
  inputs: readonly NumberInput[],
  compute: (values: readonly number[]) => number,
) {
  const cols = inputs.map((i) => i.col);
  const n = rowCount(...cols);
  const lead = inputs[0];
  const header = lead.col !== undefined && isHeader(lead.col, lead.read);
  const out: unknown[] = [];
  for (let row = 0; row < n; row++) {
    if (row === 0 && header) {
      out.push(words(ctx.lang).titles[title]);
      continue;
    }
    const values: number[] = [];
    let result: unknown;
    for (const input of inputs) {
      const cell = cellAt(input.col, row);
      const r = input.read(cell);
      if (r.kind === 'ok') {
        const why = input.invalid?.(r.value);
        if (why) {
          fail((w) => w.errors.rowValue(why(w), row + 1, input.col?.name ?? '', String(cell)));
        }
        values.push(r.value);
      } else if (r.kind === 'blank' && input.fallback !== undefined) {
        values.push(input.fallback);
      } else {
        result ??= r.kind === 'blank' ? '' : problem(input.what, cell);
      }
    }
    // A product past what a number holds is an error in the cell, never Infinity on the sheet.
    const value = result ?? compute(values);
    out.push(typeof value === 'number' && !Number.isFinite(value) ? problem('NUM', value) : value);
  }
  return answer(out, cols);
}

const d = DEFAULT_VALUE_SETTINGS;

export function customerValueFormula(ctx: FormulaContext, avg: Arg, perYear?: Arg, years?: Arg) {
  return elementwise(
    ctx,
    'basicValue',
    [
      { col: column('avg_amount', avg), what: 'AMOUNT', read: readAmount },
      count(
        'purchases_per_year',
        optionalColumn('purchases_per_year', perYear),
        d.purchasesPerYear,
      ),
      count('years', optionalColumn('years', years), d.years),
    ],
    ([a, p, y]) => basicValue(a, p, y),
  );
}

/** A word-of-mouth formula: basic value × people told × the share who follow. */
const wordOfMouthFormula =
  (
    title: CustomerColumn,
    defaultRate: number,
    compute: (b: number, n: number, x: number) => number,
  ) =>
  (ctx: FormulaContext, basic: Arg, referrals?: Arg, r?: Arg) =>
    elementwise(
      ctx,
      title,
      [
        { col: column('basic_value', basic), what: 'AMOUNT', read: readAmount },
        count('referrals', optionalColumn('referrals', referrals), d.referrals),
        rate('rate', optionalColumn('rate', r), defaultRate),
      ],
      ([b, n, x]) => compute(b, n, x),
    );

export const satisfiedValueFormula = wordOfMouthFormula(
  'satisfiedValue',
  d.satisfiedRate,
  satisfiedValue,
);
export const complaintLossFormula = wordOfMouthFormula(
  'complaintLoss',
  d.complaintRate,
  complaintLoss,
);

/** An omitted optional argument is no column at all, so every row takes the default. */
export const optionalColumn = (name: string, arg: Arg): Column | undefined =>
  arg === undefined ? undefined : column(name, arg);

// ---------------------------------------------------------------- customer formulas

/** How one input row reads: blank, unreadable (with its # text), or a customer's line. */
type RowReading =
  { kind: 'blank' } | { kind: 'bad'; text: string } | { kind: 'line'; customer: number };

interface ReadRows {
  readonly header: boolean;
  readonly rows: RowReading[];
  readonly lines: OrderLines;
}

/**
 * Reads customers with their dates and/or amounts, row by row. The first row is a header
 * when its amount (its date, without amounts) is text that does not read as one.
 */
function readOrderRows(
  ctx: FormulaContext,
  customers: Column,
  dates?: Column,
  amounts?: Column,
): ReadRows {
  const n = rowCount(customers, dates, amounts);
  const z = ctx.zone;
  const readDateCell = (v: unknown) => readDate(v, z);
  const key = amounts ?? dates;
  const header = key !== undefined && isHeader(key, amounts ? readAmount : readDateCell);
  const index = new Map<string, number>();
  const rows: RowReading[] = [];
  const customer: number[] = [];
  const at: number[] = [];
  const amount: number[] = [];
  for (let row = header ? 1 : 0; row < n; row++) {
    const cv = cellAt(customers, row);
    const dv = cellAt(dates, row);
    const av = cellAt(amounts, row);
    if (isBlank(cv) && (!dates || isBlank(dv)) && (!amounts || isBlank(av))) {
      rows.push({ kind: 'blank' });
      continue;
    }
    const c = readCustomer(cv);
    const d = dates ? readDateCell(dv) : undefined;
    const a = amounts ? readLineAmount(av) : undefined;
    if (c.kind !== 'ok') rows.push({ kind: 'bad', text: problem('CUSTOMER', cv) });
    else if (a && a.kind !== 'ok') rows.push({ kind: 'bad', text: problem('AMOUNT', av) });
    else if (d && d.kind !== 'ok') rows.push({ kind: 'bad', text: problem('DATE', dv) });
    else {
      let i = index.get(c.value);
      if (i === undefined) {
        i = index.size;
        index.set(c.value, i);
      }
      rows.push({ kind: 'line', customer: i });
      customer.push(i);
      if (d?.kind === 'ok') at.push(d.value);
      if (a?.kind === 'ok') amount.push(a.value);
    }
  }
  return {
    header,
    rows,
    lines: {
      customerCount: index.size,
      customer: Int32Array.from(customer),
      at: dates ? Float64Array.from(at) : undefined,
      amount: amounts ? Float64Array.from(amount) : undefined,
    },
  };
}

/** One answer per row: the title on a header, "" on blanks, the # text on unreadable rows. */
function perRow(
  read: ReadRows,
  title: unknown,
  onLine: (customer: number) => unknown,
  blank: unknown = '',
  bad: (text: string) => unknown = (t) => t,
): unknown[] {
  const out: unknown[] = read.header ? [title] : [];
  for (const r of read.rows)
    out.push(r.kind === 'line' ? onLine(r.customer) : r.kind === 'blank' ? blank : bad(r.text));
  return out;
}

const asOfSetting = (ctx: FormulaContext, arg: Arg): number | undefined =>
  setting(
    'as_of',
    arg,
    (v) => readDate(v, ctx.zone),
    undefined as number | undefined,
    (w) => w.hints.date,
  );

const langSetting = (ctx: FormulaContext, arg: Arg): Lang =>
  readLang(Array.isArray(arg) ? (arg as unknown[]).flat()[0] : arg, ctx.lang);

export function abcClassFormula(
  ctx: FormulaContext,
  customers: Arg,
  amounts: Arg,
  aShare?: Arg,
  bShare?: Arg,
) {
  const hint: Message = (w) => w.hints.shares;
  const shares = {
    a: setting('a_share', aShare, readShare, DEFAULT_SHARES.a, hint),
    b: setting('b_share', bShare, readShare, DEFAULT_SHARES.b, hint),
  };
  checkShares(shares);
  const cols = [column('customers', customers), column('amounts', amounts)];
  const read = readOrderRows(ctx, cols[0], undefined, cols[1]);
  const tiers = abcTiers(purchaseHistories(read.lines).spendUnits, shares);
  return answer(
    perRow(read, words(ctx.lang).titles.tier, (c) => tiers[c]),
    cols,
  );
}

export function avgOrderFormula(ctx: FormulaContext, customers: Arg, amounts: Arg, dates?: Arg) {
  const c = column('customers', customers);
  const a = column('amounts', amounts);
  const d = optionalColumn('dates', dates);
  const cols = [c, a, d];
  const read = readOrderRows(ctx, c, d, a);
  const h = purchaseHistories(read.lines);
  return answer(
    perRow(read, words(ctx.lang).titles.averageOrder, (c) =>
      h.purchases[c] > 0 ? fromUnits(h.spendUnits[c]) / h.purchases[c] : '',
    ),
    cols,
  );
}

/** RFM needs customers, dates and amounts; the histories are taken as of as_of. */
function rfmRead(ctx: FormulaContext, customers: Arg, dates: Arg, amounts: Arg, asOf: Arg) {
  const cols = [column('customers', customers), column('dates', dates), column('amounts', amounts)];
  const read = readOrderRows(ctx, cols[0], cols[1], cols[2]);
  return { cols, read, h: purchaseHistories(read.lines, asOfSetting(ctx, asOf)) };
}

export function rfmScoreFormula(
  ctx: FormulaContext,
  customers: Arg,
  dates: Arg,
  amounts: Arg,
  asOf?: Arg,
) {
  const { cols, read, h } = rfmRead(ctx, customers, dates, amounts, asOf);
  const scores = rfmScores(h);
  const rows = perRow(
    read,
    ['R', 'F', 'M'],
    (c) => {
      const s = scores[c];
      return s ? [s.r, s.f, s.m] : ['', '', ''];
    },
    ['', '', ''],
    (t) => [t, '', ''],
  ) as unknown[][];
  return cols.some((c) => c.range) ? rows : rows[0];
}

export function rfmSegmentFormula(
  ctx: FormulaContext,
  customers: Arg,
  dates: Arg,
  amounts: Arg,
  asOf?: Arg,
  model?: Arg,
  lang?: Arg,
) {
  const which = setting('model', model, readText, 'rf10', (w) => w.hints.model).toLowerCase();
  if (which !== 'rf10' && which !== 'cn8') {
    fail((w) => w.errors.badModel(which));
  }
  const l = langSetting(ctx, lang);
  const { cols, read, h } = rfmRead(ctx, customers, dates, amounts, asOf);
  let name: (c: number) => string;
  if (which === 'rf10') {
    const scores = rfmScores(h);
    name = (c) => {
      const s = scores[c];
      return s ? words(l).segments[rf10Segment(s)] : '';
    };
  } else {
    const classes = cn8Classes(h);
    name = (c) => {
      const k = classes[c];
      return k ? words(l).classes[k] : '';
    };
  }
  const title = words(l).titles[which === 'rf10' ? 'segment' : 'cn8'];
  return answer(perRow(read, title, name), cols);
}

export function customerStatusFormula(
  ctx: FormulaContext,
  customers: Arg,
  dates: Arg,
  asOf?: Arg,
  lostAfterDays?: Arg,
  lang?: Arg,
) {
  const lost = setting(
    'lost_after_days',
    lostAfterDays,
    readAmount,
    DEFAULT_LOST_AFTER_DAYS,
    (w) => w.hints.days,
  );
  if (!(lost >= 0)) {
    fail((w) => w.errors.lostAfterDaysNegative);
  }
  const l = langSetting(ctx, lang);
  const cols = [column('customers', customers), column('dates', dates)];
  const read = readOrderRows(ctx, cols[0], cols[1]);
  const h = purchaseHistories(read.lines, asOfSetting(ctx, asOf));
  return answer(
    perRow(read, words(l).titles.status, (c) => {
      const s = customerStatus(h, c, lost);
      return s ? words(l).statuses[s] : '';
    }),
    cols,
  );
}

export function nextPurchaseFormula(ctx: FormulaContext, customers: Arg, dates: Arg) {
  const cols = [column('customers', customers), column('dates', dates)];
  const read = readOrderRows(ctx, cols[0], cols[1]);
  const h = purchaseHistories(read.lines);
  return answer(
    perRow(read, words(ctx.lang).titles.nextPurchase, (c) => {
      const day = nextPurchaseDay(h, c);
      return day === undefined ? '' : new Date(ctx.zone.toUtc(day * DAY_MS));
    }),
    cols,
  );
}

const readText = (v: unknown): Reading<string> =>
  isBlank(v) ? { kind: 'blank' } : { kind: 'ok', value: String(v).trim() };

export function satisfactionIndexFormula(
  _ctx: FormulaContext,
  answers: Arg,
  weights?: Arg,
  scale?: Arg,
) {
  const rows = (Array.isArray(answers) ? answers : [[answers]]) as unknown[][];
  const headerRow = rows.length > 0 && rows[0].every((c) => readAnswer(c) === undefined) ? 1 : 0;
  let w = DEFAULT_WEIGHTS;
  if (
    weights !== undefined &&
    !(Array.isArray(weights) ? (weights as unknown[]).flat().every(isBlank) : isBlank(weights))
  ) {
    const cells = Array.isArray(weights) ? (weights as unknown[]).flat() : [weights];
    w = cells.map((v, i) => {
      const r = readShare(v);
      if (r.kind !== 'ok') {
        fail((w) => w.errors.weightNotNumber(i + 1, show(v)));
      }
      return r.value;
    });
  }
  const s = setting('scale', scale, readText, 'seed', (w) => w.hints.scale).toLowerCase();
  if (s !== 'seed' && s !== 'zero') {
    fail((w) => w.errors.badScale(s));
  }
  // Rows are numbered within the answers range, as the user selected it.
  return satisfactionIndex(indicatorMeans(rows.slice(headerRow), headerRow + 1), w, s);
}
