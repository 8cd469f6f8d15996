/**
 * The satisfaction index (Lulu drinks, domain brief §4): seven indicators, each answered on
 * a five-point scale, weighted into one number from 0 to 100 that compares year on year.
 */
import { halfWidth, isBlank, show } from './cells';
import { fail } from './i18n';

export const INDICATORS = [
  { letter: 'A', en: 'Brand and image', zh: '品牌与形象', weight: 0.2 },
  { letter: 'B', en: 'Quality', zh: '质量', weight: 0.2 },
  { letter: 'C', en: 'Price', zh: '价格', weight: 0.2 },
  { letter: 'D', en: 'After-sales service quality', zh: '售后服务质量', weight: 0.1 },
  { letter: 'E', en: 'Returns handling', zh: '退货处理情况', weight: 0.1 },
  { letter: 'F', en: 'Complaint handling', zh: '投诉处理', weight: 0.15 },
  { letter: 'G', en: 'Communication and promotion', zh: '沟通与宣传', weight: 0.05 },
] as const;

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
    fail(
      `answers must have exactly 7 columns (A–G); it has ${wrong.length}.`,
      `答卷必须正好 7 列（A–G），这里有 ${wrong.length} 列。`,
    );
  }
  const { sums, counts, bad } = tallyAnswers(
    rows,
    rows.map((_, i) => firstRowNumber + i),
  );
  if (bad.length) {
    const b = bad[0];
    fail(
      `Row ${b.row}, column ${b.letter}: "${b.value}" is not an answer ` +
        '(1–5, or very satisfied … very dissatisfied).',
      `第 ${b.row} 行 ${b.letter} 列："${b.value}" 不是有效答案` +
        '（1–5，或 非常满意 / 满意 / 一般 / 不满意 / 很不满意）。',
    );
  }
  return sums.map((s, j) => {
    if (counts[j] === 0) {
      fail(
        `Indicator ${INDICATORS[j].letter} (${INDICATORS[j].en}) has no answers.`,
        `指标 ${INDICATORS[j].letter}（${INDICATORS[j].zh}）没有任何答案。`,
      );
    }
    return s / counts[j];
  });
}

export function checkWeights(weights: readonly number[]): void {
  if (weights.length !== INDICATORS.length || weights.some((w) => !Number.isFinite(w) || w < 0)) {
    fail(
      'weights must be seven numbers, one per indicator A–G, such as 20% 20% 20% 10% 10% 15% 5%.',
      '权重必须是 7 个数，对应指标 A–G，例如 20% 20% 20% 10% 10% 15% 5%。',
    );
  }
  const total = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-9) {
    const sum = Number((total * 100).toFixed(4));
    fail(
      `weights must sum to 100%; these sum to ${sum}%.`,
      `权重之和必须为 100%，这里是 ${sum}%。`,
    );
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
