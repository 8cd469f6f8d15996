/**
 * The satisfaction index (Lulu drinks, domain brief §4): seven indicators, each answered on
 * a five-point scale, weighted into one number from 0 to 100 that compares year on year.
 */
import { halfWidth, isBlank, show } from '../ground/cells';
import { fail } from '../ground/i18n';
import type { IndicatorLetter } from '../../words';

/** The seven indicators A–G and their default weights; their names are in the catalogue. */
export const INDICATORS: readonly { readonly letter: IndicatorLetter; readonly weight: number }[] =
  [
    { letter: 'A', weight: 0.2 },
    { letter: 'B', weight: 0.2 },
    { letter: 'C', weight: 0.2 },
    { letter: 'D', weight: 0.1 },
    { letter: 'E', weight: 0.1 },
    { letter: 'F', weight: 0.15 },
    { letter: 'G', weight: 0.05 },
  ];

export const DEFAULT_WEIGHTS: readonly number[] = INDICATORS.map((i) => i.weight);

/** "seed": 5 points = 100 as the brief computes it; "zero": 1 point = 0, 5 points = 100. */
export type Scale = 'seed' | 'zero';

const WORDS = new Map<string, number>([
  ['非常满意', 5],
  ['满意', 4],
  ['一般满意', 3],
  ['一般', 3],
  ['不满意', 2],
  ['很不满意', 1],
  ['非常不满意', 1],
  ['very satisfied', 5],
  ['satisfied', 4],
  ['neutral', 3],
  ['dissatisfied', 2],
  ['very dissatisfied', 1],
]);

/** An answer: a score 1–5 (number or text) or an answer word; undefined when it is neither. */
export function readAnswer(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 5 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = halfWidth(v).trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^[1-5]$/.test(t)) return Number(t);
  return WORDS.get(t);
}

/** An answer that is neither blank nor readable, by its place in the answers. */
export interface BadAnswer {
  readonly row: number;
  readonly letter: string;
  readonly value: string;
  /** The sheet column (A1 letters), where the answer came from a sheet. */
  readonly column?: string;
}

interface Tally {
  readonly sums: number[];
  readonly counts: number[];
  readonly bad: BadAnswer[];
}

/**
 * Sums and counts each indicator's answers; each row holds the seven answers A–G in order,
 * and rowNumbers[i] is where row i stands, for naming the unreadable ones.
 */
export function tallyAnswers(
  rows: readonly (readonly unknown[])[],
  rowNumbers: readonly number[],
): Tally {
  const sums = new Array(INDICATORS.length).fill(0);
  const counts = new Array(INDICATORS.length).fill(0);
  const bad: BadAnswer[] = [];
  rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (isBlank(cell)) return;
      const score = readAnswer(cell);
      if (score === undefined) {
        bad.push({ row: rowNumbers[i], letter: INDICATORS[j].letter, value: show(cell) });
        return;
      }
      sums[j] += score;
      counts[j]++;
    });
  });
  return { sums, counts, bad };
}

/** The mean score of each indicator over the respondents who answered it. */
export function indicatorMeans(
  rows: readonly (readonly unknown[])[],
  firstRowNumber = 1,
): number[] {
  const wrong = rows.find((row) => row.length !== INDICATORS.length);
  if (wrong) {
    fail((w) => w.errors.answersWidth(wrong.length));
  }
  const { sums, counts, bad } = tallyAnswers(
    rows,
    rows.map((_, i) => firstRowNumber + i),
  );
  if (bad.length) {
    const b = bad[0];
    fail((w) => w.errors.notAnAnswer(b.row, b.letter, b.value));
  }
  return sums.map((s, j) => {
    if (counts[j] === 0) {
      const letter = INDICATORS[j].letter;
      fail((w) => w.errors.noAnswers(letter, w.indicators[letter]));
    }
    return s / counts[j];
  });
}

export function checkWeights(weights: readonly number[]): void {
  if (weights.length !== INDICATORS.length || weights.some((w) => !Number.isFinite(w) || w < 0)) {
    fail((w) => w.errors.sevenWeights);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) {
    const sum = Number((total * 100).toFixed(4));
    fail((w) => w.errors.weightsSum(sum));
  }
}

/** Index = Σ weight × mean ÷ 5 × 100 ("seed"), or Σ weight × (mean − 1) ÷ 4 × 100 ("zero"). */
export function satisfactionIndex(
  means: readonly number[],
  weights = DEFAULT_WEIGHTS,
  scale: Scale = 'seed',
): number {
  checkWeights(weights);
  const raw = means.reduce(
    (sum, mean, j) =>
      sum + weights[j] * (scale === 'zero' ? ((mean - 1) / 4) * 100 : (mean / 5) * 100),
    0,
  );
  return Math.round(raw * 1e4) / 1e4;
}
