/**
 * The value model's formulas (core/value): whole columns of customers, dates and amounts in,
 * one answer per row, fitted on the rows given up to `as_of` (by default the latest purchase).
 * A customer whose first purchase falls after it has no answer yet.
 */
import { readAmount, readShare } from '../ground/cells';
import { Arg, answer, column, FormulaContext, setting } from './formulaArgs';
import { asOfSetting, perRow, readOrderRows } from './customerFormulas';
import { fail } from '../ground/i18n';
import type { OrderLines } from '../ground/purchases';
import { expectedPurchases, pAlive } from '../value/bgnbd';
import { predictedValue } from '../value/clv';
import { DEFAULT_OUTLOOK } from '../value/predict';
import { fittedModel } from './modelFit';
import { words } from '../../words';

/** The histories at as_of and the model fitted on them. */
const fitted = (ctx: FormulaContext, lines: OrderLines, asOf: Arg) =>
  fittedModel(lines, asOfSetting(ctx, asOf));

/** A positive number setting, such as days or months ahead. */
const positive = (name: string, arg: Arg, fallback: number) => {
  const v = setting(name, arg, readAmount, fallback, (w) => w.hints.days);
  if (!(v > 0)) fail((w) => w.errors.positive(name));
  return v;
};

export function pAliveFormula(ctx: FormulaContext, customers: Arg, dates: Arg, asOf?: Arg) {
  const cols = [column('customers', customers), column('dates', dates)];
  const read = readOrderRows(ctx, cols[0], cols[1]);
  const { h, model } = fitted(ctx, read.lines, asOf);
  return answer(
    perRow(read, words(ctx.lang).titles.pAlive, (c) =>
      h.seen[c] ? pAlive(model.purchases, h.x[c], h.tx[c], h.T[c]) : '',
    ),
    cols,
  );
}

export function expectedPurchasesFormula(
  ctx: FormulaContext,
  customers: Arg,
  dates: Arg,
  days: Arg,
  asOf?: Arg,
) {
  const ahead = positive('days', days, DEFAULT_OUTLOOK.days);
  const cols = [column('customers', customers), column('dates', dates)];
  const read = readOrderRows(ctx, cols[0], cols[1]);
  const { h, model } = fitted(ctx, read.lines, asOf);
  return answer(
    perRow(read, words(ctx.lang).titles.expected90, (c) =>
      h.seen[c] ? expectedPurchases(model.purchases, ahead, h.x[c], h.tx[c], h.T[c]) : '',
    ),
    cols,
  );
}

export function predictedValueFormula(
  ctx: FormulaContext,
  customers: Arg,
  dates: Arg,
  amounts: Arg,
  months: Arg,
  monthlyDiscount?: Arg,
  asOf?: Arg,
) {
  const horizon = positive('months', months, DEFAULT_OUTLOOK.months);
  const discount = setting(
    'monthly_discount',
    monthlyDiscount,
    readShare,
    DEFAULT_OUTLOOK.monthlyDiscount,
    (w) => w.hints.shares,
  );
  const cols = [column('customers', customers), column('dates', dates), column('amounts', amounts)];
  const read = readOrderRows(ctx, cols[0], cols[1], cols[2]);
  const { h, model } = fitted(ctx, read.lines, asOf);
  const spend = model.spend;
  if (!spend) return fail((w) => w.errors.noSpendModel(model.needed));
  return answer(
    perRow(read, words(ctx.lang).titles.predicted12, (c) =>
      h.seen[c]
        ? predictedValue(
            model.purchases,
            spend,
            { x: h.x[c], tx: h.tx[c], T: h.T[c], monetary: h.monetary[c] },
            horizon,
            discount,
            1,
          )
        : '',
    ),
    cols,
  );
}

/**
 * The fitted model itself, for anyone to check: each parameter, the log-likelihoods and how
 * many customers each part used, as a table of label, parameter and value.
 */
export function clvModelFormula(
  ctx: FormulaContext,
  customers: Arg,
  dates: Arg,
  amounts: Arg,
  asOf?: Arg,
) {
  const cols = [column('customers', customers), column('dates', dates), column('amounts', amounts)];
  const read = readOrderRows(ctx, cols[0], cols[1], cols[2]);
  const { model } = fitted(ctx, read.lines, asOf);
  const M = words(ctx.lang).model;
  const F = words(ctx.lang).modelTable;
  const b = model.purchases;
  const rows: unknown[][] = [
    [M.purchases, 'r', b.r],
    ['', M.alphaDays, b.alpha],
    ['', 'a', b.a],
    ['', 'b', b.b],
    ['', M.logLikelihood, b.logLikelihood],
    ['', F.customers, model.customers],
    ['', F.repeatBuyers, model.repeatBuyers],
  ];
  const g = model.spend;
  if (g) {
    rows.push(
      [M.spend, 'p', g.p],
      ['', 'q', g.q],
      ['', 'γ', g.gamma],
      ['', M.logLikelihood, g.logLikelihood],
      ['', F.used, model.spendUsed],
      ['', F.leftOut, model.spendLeftOut],
    );
  }
  return rows;
}
