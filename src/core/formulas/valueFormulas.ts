/**
 * The customer-value formulas (domain brief §2): element-wise on single values or columns,
 * each row's leading amount with per-row or single settings.
 */
import { readAmount, readShare, Reading } from '../ground/cells';
import {
  Arg,
  cellAt,
  Column,
  column,
  answer,
  FormulaContext,
  isHeader,
  optionalColumn,
  problem,
  rowCount,
} from './formulaArgs';
import { fail, Message } from '../ground/i18n';
import type { CustomerColumn } from '../customers/titles';
import {
  basicValue,
  complaintLoss,
  DEFAULT_VALUE_SETTINGS,
  satisfiedValue,
} from '../customers/value';
import { words } from '../../words';

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
