/**
 * The custom formulas' arithmetic over whole columns: arguments in as Sheets hands them,
 * one answer per row out. The Apps Script entry points only add the spreadsheet's zone and
 * language.
 */
import { readAmount, readShare, Reading } from './cells';
import { Arg, Column, answer, cellAt, column, isHeader, problem, rowCount } from './formula';
import { Bilingual, Lang } from './i18n';
import { basicValue, complaintLoss, DEFAULT_VALUE_SETTINGS, satisfiedValue } from './value';
import { Zone } from './zone';

export interface FormulaContext {
  readonly zone: Zone;
  readonly lang: Lang;
}

export const TITLES = {
  basicValue: { en: 'Basic value', zh: '客户基本价值' },
  satisfiedValue: { en: 'Satisfied customer value', zh: '满意的客户新增价值' },
  complaintLoss: { en: 'Complaint loss', zh: '抱怨客户价值损失' },
} satisfies Record<string, Bilingual>;

interface NumberInput {
  readonly col: Column | undefined;
  /** What a row's problem text calls an unreadable cell, e.g. AMOUNT. */
  readonly what: string;
  readonly read: (v: unknown) => Reading<number>;
  /** Absent for the leading column, which a row cannot do without. */
  readonly fallback?: number;
  /** Why a readable value is still out of bounds; such a value throws. */
  readonly invalid?: (n: number) => string | undefined;
}

const rate = (name: string, col: Column | undefined, fallback: number): NumberInput => ({
  col,
  what: 'RATE',
  read: readShare,
  fallback,
  invalid: (n) =>
    n < 0 || n > 1 ? `${name} must be between 0% and 100% (write 60% or 0.6)` : undefined,
});

const count = (name: string, col: Column | undefined, fallback: number): NumberInput => ({
  col,
  what: name.toUpperCase(),
  read: readAmount,
  fallback,
  invalid: (n) => (n < 0 ? `${name} cannot be negative` : undefined),
});

/** A value formula: each row's leading amount combined with per-row or single settings. */
function elementwise(
  ctx: FormulaContext,
  title: Bilingual,
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
      out.push(title[ctx.lang]);
      continue;
    }
    const values: number[] = [];
    let result: unknown;
    for (const input of inputs) {
      const cell = cellAt(input.col, row);
      const r = input.read(cell);
      if (r.kind === 'ok') {
        const why = input.invalid?.(r.value);
        if (why) throw new Error(`${why}; row ${row + 1} of ${input.col?.name} has ${cell}.`);
        values.push(r.value);
      } else if (r.kind === 'blank' && input.fallback !== undefined) {
        values.push(input.fallback);
      } else {
        result ??= r.kind === 'blank' ? '' : problem(input.what, cell);
      }
    }
    out.push(result ?? compute(values));
  }
  return answer(out, cols);
}

const d = DEFAULT_VALUE_SETTINGS;

export function customerValueFormula(ctx: FormulaContext, avg: Arg, perYear?: Arg, years?: Arg) {
  return elementwise(
    ctx,
    TITLES.basicValue,
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
  (title: Bilingual, defaultRate: number, compute: (b: number, n: number, x: number) => number) =>
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
  TITLES.satisfiedValue,
  d.satisfiedRate,
  satisfiedValue,
);
export const complaintLossFormula = wordOfMouthFormula(
  TITLES.complaintLoss,
  d.complaintRate,
  complaintLoss,
);

/** An omitted optional argument is no column at all, so every row takes the default. */
export const optionalColumn = (name: string, arg: Arg): Column | undefined =>
  arg === undefined ? undefined : column(name, arg);
