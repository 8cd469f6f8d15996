/**
 * The formulas over an order sheet's columns (customers with their dates and amounts): ABC,
 * average order, RFM, status and the next purchase, one answer per input row.
 */
import { abcTiers, checkShares, DEFAULT_SHARES } from '../customers/abc';
import {
  isBlank,
  readAmount,
  readCustomer,
  readDate,
  readLineAmount,
  readShare,
} from '../ground/cells';
import {
  Arg,
  answer,
  cellAt,
  choice,
  Column,
  column,
  FormulaContext,
  isHeader,
  langSetting,
  optionalColumn,
  problem,
  rowCount,
  setting,
} from './formulaArgs';
import { fail, Message } from '../ground/i18n';
import { fromUnits } from '../ground/money';
import { nextPurchaseDay } from '../customers/nextPurchase';
import { OrderLines, purchaseHistories } from '../ground/purchases';
import { cn8Classes, rf10Segment, rfmScores } from '../customers/rfm';
import { customerStatus, DEFAULT_LOST_AFTER_DAYS, statusOn } from '../customers/status';
import { DAY_MS, dayOf } from '../ground/zone';
import { lostDays } from '../value/predict';
import { fittedModel } from './modelFit';
import { words } from '../../words';

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
export function readOrderRows(
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
export function perRow(
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

export const asOfSetting = (ctx: FormulaContext, arg: Arg): number | undefined =>
  setting(
    'as_of',
    arg,
    (v) => readDate(v, ctx.zone),
    undefined as number | undefined,
    (w) => w.hints.date,
  );

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
  const which = choice(
    'model',
    model,
    ['rf10', 'cn8'],
    (w) => w.hints.model,
    (v) => (w) => w.errors.badModel(v),
  );
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
  // Days (180), or a chance below one (30%, or 0.3): lost when the value model's chance of
  // still being a customer falls below it, as the Settings' "lost" by chance.
  const lost = setting(
    'lost_after_days',
    lostAfterDays,
    readShare,
    DEFAULT_LOST_AFTER_DAYS,
    (w) => w.hints.lostAfter,
  );
  if (!(lost >= 0)) {
    fail((w) => w.errors.lostAfterDaysNegative);
  }
  const l = langSetting(ctx, lang);
  const cols = [column('customers', customers), column('dates', dates)];
  const read = readOrderRows(ctx, cols[0], cols[1]);
  const at = asOfSetting(ctx, asOf);
  const h = purchaseHistories(read.lines, at);
  const byChance = lost > 0 && lost < 1 ? lostDays(fittedModel(read.lines, at), lost) : undefined;
  return answer(
    perRow(read, words(l).titles.status, (c) => {
      const s = byChance
        ? statusOn(h.purchases[c], byChance[c], dayOf(h.asOf))
        : customerStatus(h, c, lost);
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
