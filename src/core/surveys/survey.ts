/**
 * Reporting a satisfaction survey (domain brief §4): from a sheet of answers, such as a
 * form's responses, the index, each indicator's mean, and the index year by year, since the
 * company measures once a year with the same formula so that years compare.
 */
import { recogniseResponses, ResponseColumns } from './questionnaire';
import { byPeriod, overallResult, readResponses } from './responses';
import { BadAnswer, DEFAULT_WEIGHTS, INDICATORS } from './satisfaction';
import { Zone } from '../ground/zone';
import type { IndicatorLetter } from '../../words';

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

/** The questions of a sheet of answers: SheetCare's own forms by their titles, else by wording. */
export function responseColumns(headers: readonly unknown[]): ResponseColumns | undefined {
  const own = recogniseResponses(headers);
  if (own) return own;
  const found = findSurveyColumns(headers);
  if (!found) return undefined;
  const names = headers.map((h) => String(h ?? ''));
  const customer = names.findIndex((h) => CUSTOMER.test(h.trim()));
  const text = names.findIndex((h) => SUGGESTION.test(h));
  return {
    kind: 'other',
    timestamp: found.timestamp,
    customer: customer >= 0 ? customer : undefined,
    indicators: found.indicators,
    overall: undefined,
    delivery: undefined,
    nps: undefined,
    text: text >= 0 ? text : undefined,
  };
}
const CUSTOMER = /^(客户\s*(id|编号|编码)|会员(id|编号)|customer\s*(id|no\.?|number))$/i;
const SUGGESTION = /建议|意见|suggest|comment/i;

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

/**
 * The survey's results. Unreadable answers are reported, not fatal: one typo must not hide a
 * year of answers. firstRow is the sheet row of rows[0].
 */
export function surveyResult(
  rows: readonly (readonly unknown[])[],
  cols: SurveyColumns | ResponseColumns,
  zone: Zone,
  firstRow: number,
): SurveyResult {
  const columns: ResponseColumns =
    'kind' in cols
      ? cols
      : {
          kind: 'other',
          timestamp: cols.timestamp,
          customer: undefined,
          indicators: cols.indicators,
          overall: undefined,
          delivery: undefined,
          nps: undefined,
          text: undefined,
        };
  const { responses, bad } = readResponses(rows, columns, zone, firstRow);
  const rated = responses.filter((r) => r.scores.some((x) => x !== undefined));
  const all = overallResult(rated);
  const indicators = INDICATORS.map((x, j) => ({
    letter: x.letter,
    mean: all.means[j],
    answered: rated.filter((r) => r.scores[j] !== undefined).length,
    weight: DEFAULT_WEIGHTS[j],
  }));
  return {
    respondents: rated.length + bad.filter((b) => !rated.some((r) => r.row === b.row)).length,
    index: all.index,
    zeroIndex: all.zeroIndex,
    indicators,
    mostToGain: mostToGain(indicators),
    byYear: byPeriod(rated, 'year').map((p) => ({
      year: Number(p.key),
      respondents: p.respondents,
      index: p.index,
    })),
    bad,
  };
}
