/**
 * The survey forms SheetCare makes (domain brief §4): the brief's questionnaire of ten questions
 * and Joyo's four-question survey after an order. Their titles come from the catalogue of words,
 * and the answers are read back by the same titles, so the two can never drift apart.
 */
import { halfWidth, isBlank } from '../ground/cells';
import { readAnswer } from './satisfaction';
import { CATALOGUES, IndicatorLetter, Words } from '../../words';

/**
 * The questionnaire asks in this order; the indicators are lettered otherwise: its sixth
 * question (communication) is G, its seventh (complaint handling) is F.
 */
export const QUESTION_ORDER: readonly IndicatorLetter[] = ['A', 'B', 'C', 'D', 'E', 'G', 'F'];

export type SurveyKind = 'questionnaire' | 'postOrder';
/** Answers on a sheet SheetCare did not make: found by their wording, letters not read. */
export type ResponseKind = SurveyKind | 'other';

/** The questionnaire's titles in order: customer, seven rated, bought, why not, suggestions. */
export const questionnaireTitles = (w: Words): string[] => {
  const f = w.surveyForms;
  return [f.customer, ...QUESTION_ORDER.map((l) => f.rated[l]), f.bought, f.whyNot, f.suggestions];
};

/** The post-order survey's titles in order. */
export const postOrderTitles = (w: Words): string[] => {
  const f = w.surveyForms;
  return [f.customer, f.overall, f.delivery, f.again, f.nps, f.comment];
};

/** Where each answer is on a sheet of responses (0-based columns). */
export interface ResponseColumns {
  readonly kind: ResponseKind;
  readonly timestamp: number | undefined;
  readonly customer: number | undefined;
  /** Per indicator A–G (questionnaire). */
  readonly indicators: readonly (number | undefined)[];
  readonly overall: number | undefined;
  readonly delivery: number | undefined;
  readonly nps: number | undefined;
  /** Free text: suggestions, or the post-order comment. */
  readonly text: number | undefined;
}

/** A title as a form's responses sheet may write it: numbered ("6. …") or not, any width. */
const plain = (t: unknown): string =>
  halfWidth(String(t ?? ''))
    .replace(/^\s*\d+\s*[.、)]\s*/, '')
    .trim()
    .toLowerCase();

const TIMESTAMP = /^(时间戳|timestamp|提交时间)$/i;

/**
 * The columns of a SheetCare survey's responses, found by the catalogue's titles in either
 * language; undefined when the headers are not one of its forms.
 */
export function recogniseResponses(headers: readonly unknown[]): ResponseColumns | undefined {
  const names = headers.map(plain);
  const at = (title: (w: Words) => string) => {
    for (const w of Object.values(CATALOGUES)) {
      const i = names.indexOf(plain(title(w)));
      if (i >= 0) return i;
    }
    return undefined;
  };
  const timestamp = names.findIndex((n) => TIMESTAMP.test(n));
  const common = {
    timestamp: timestamp >= 0 ? timestamp : undefined,
    customer: at((w) => w.surveyForms.customer),
  };
  const indicators = (['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const).map((l) =>
    at((w) => w.surveyForms.rated[l]),
  );
  if (indicators.every((i) => i !== undefined)) {
    return {
      kind: 'questionnaire',
      ...common,
      indicators,
      overall: undefined,
      delivery: undefined,
      nps: undefined,
      text: at((w) => w.surveyForms.suggestions),
    };
  }
  const overall = at((w) => w.surveyForms.overall);
  const nps = at((w) => w.surveyForms.nps);
  if (overall !== undefined && nps !== undefined) {
    return {
      kind: 'postOrder',
      ...common,
      indicators: indicators.map(() => undefined),
      overall,
      delivery: at((w) => w.surveyForms.delivery),
      nps,
      text: at((w) => w.surveyForms.comment),
    };
  }
  return undefined;
}

/**
 * An answer to a rated question: a score 1–5, an answer word in either language, or, on the
 * questionnaire's own sheet, a letter A–E for its five answers in order (A is very satisfied, 5).
 */
export function readRated(v: unknown, letters: boolean): number | undefined {
  const score = readAnswer(v);
  if (score !== undefined || !letters || typeof v !== 'string') return score;
  const t = halfWidth(v).trim().toUpperCase();
  return /^[A-E]$/.test(t) ? 5 - (t.charCodeAt(0) - 65) : undefined;
}

/** A 0–10 recommendation score. */
export function readNps(v: unknown): number | undefined {
  if (isBlank(v)) return undefined;
  const n = typeof v === 'number' ? v : Number(halfWidth(String(v)).trim());
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : undefined;
}

/**
 * Net Promoter Score: the share answering 9 or 10 less the share answering 0 to 6, in points
 * (−100 to 100); null without answers.
 */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 1000) / 10;
}
