/**
 * Reporting a satisfaction survey (domain brief §4): from a sheet of answers, such as a
 * form's responses, the index, each indicator's mean, and the index year by year, since the
 * company measures once a year with the same formula so that years compare.
 */
import { isBlank, readDate } from './cells';
import {
  DEFAULT_WEIGHTS,
  INDICATORS,
  satisfactionIndex,
  BadAnswer,
  tallyAnswers,
} from './satisfaction';
import { Zone } from './zone';
import type { IndicatorLetter } from '../words';

/**
 * Words that name each indicator in a question. After-sales service is tried before
 * quality, since "售后服务质量" names both.
 */
const KEYWORDS: readonly [letter: string, words: RegExp][] = [
  ['D', /售后|after-?sales/i],
  ['E', /退货|退换|return/i],
  ['F', /投诉|complain/i],
  ['G', /沟通|宣传|communicat|promot/i],
  ['A', /品牌|形象|brand|image/i],
  ['C', /价格|price/i],
  ['B', /质量|品质|quality/i],
];
const TIMESTAMP = /时间戳|提交时间|填写时间|timestamp|submitted|^日期$|^date$/i;

export interface SurveyColumns {
  /** The column (0-based) of each indicator A–G. */
  readonly indicators: number[];
  readonly timestamp?: number;
}

/** Finds the seven indicator questions by their wording, in any order; undefined if any is missing. */
export function findSurveyColumns(headers: readonly unknown[]): SurveyColumns | undefined {
  const byLetter = new Map<string, number>();
  let timestamp: number | undefined;
  headers.forEach((h, i) => {
    const text = String(h ?? '');
    if (timestamp === undefined && TIMESTAMP.test(text.trim())) timestamp = i;
    const hit = KEYWORDS.find(([letter, re]) => !byLetter.has(letter) && re.test(text));
    if (hit) byLetter.set(hit[0], i);
  });
  const indicators = INDICATORS.map((x) => byLetter.get(x.letter));
  if (indicators.some((i) => i === undefined)) return undefined;
  return { indicators: indicators as number[], timestamp };
}

/**
 * The indicator where a better mean would lift the index most: weight × room to 5 points.
 * Null when no indicator has answers.
 */
export function mostToGain(indicators: readonly IndicatorResult[]): IndicatorLetter | null {
  let best: IndicatorResult | undefined;
  const gain = (x: IndicatorResult) => x.weight * (5 - (x.mean as number));
  for (const x of indicators) {
    if (x.mean !== null && (!best || gain(x) > gain(best))) best = x;
  }
  return best?.letter ?? null;
}

export interface IndicatorResult {
  readonly letter: IndicatorLetter;
  readonly mean: number | null;
  readonly answered: number;
  readonly weight: number;
}

export interface SurveyResult {
  readonly respondents: number;
  /** Null when an indicator has no answers at all. */
  readonly index: number | null;
  readonly zeroIndex: number | null;
  readonly indicators: IndicatorResult[];
  readonly mostToGain: IndicatorLetter | null;
  readonly byYear: {
    readonly year: number;
    readonly respondents: number;
    readonly index: number | null;
  }[];
  readonly bad: BadAnswer[];
}

function indexOf(sums: number[], counts: number[], scale: 'seed' | 'zero'): number | null {
  if (counts.some((c) => c === 0)) return null;
  return satisfactionIndex(
    sums.map((s, j) => s / counts[j]),
    DEFAULT_WEIGHTS,
    scale,
  );
}

/**
 * The survey's results. Unreadable answers are reported, not fatal: one typo must not hide a
 * year of answers. firstRow is the sheet row of rows[0].
 */
export function surveyResult(
  rows: readonly (readonly unknown[])[],
  cols: SurveyColumns,
  zone: Zone,
  firstRow: number,
): SurveyResult {
  const answered = rows
    .map((row, i) => ({
      row: firstRow + i,
      answers: cols.indicators.map((c) => row[c]),
      when: cols.timestamp === undefined ? undefined : row[cols.timestamp],
    }))
    .filter((r) => !r.answers.every(isBlank));
  const all = tallyAnswers(
    answered.map((r) => r.answers),
    answered.map((r) => r.row),
  );
  const years = new Map<number, (typeof answered)[number][]>();
  for (const r of answered) {
    const d = readDate(r.when, zone);
    if (d.kind !== 'ok') continue;
    const year = new Date(d.value).getUTCFullYear();
    let group = years.get(year);
    if (!group) years.set(year, (group = []));
    group.push(r);
  }
  const indicators = INDICATORS.map((x, j) => ({
    letter: x.letter,
    mean: all.counts[j] ? all.sums[j] / all.counts[j] : null,
    answered: all.counts[j],
    weight: DEFAULT_WEIGHTS[j],
  }));
  return {
    respondents: answered.length,
    index: indexOf(all.sums, all.counts, 'seed'),
    zeroIndex: indexOf(all.sums, all.counts, 'zero'),
    indicators,
    mostToGain: mostToGain(indicators),
    byYear: [...years.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, rs]) => {
        const t = tallyAnswers(
          rs.map((r) => r.answers),
          rs.map((r) => r.row),
        );
        return { year, respondents: rs.length, index: indexOf(t.sums, t.counts, 'seed') };
      }),
    bad: all.bad,
  };
}
