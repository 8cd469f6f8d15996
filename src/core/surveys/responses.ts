/**
 * Answers to SheetCare's surveys, read once into typed responses (domain brief §4): the index
 * per period with its change from the period before, NPS where it was asked, the index by
 * customer group, what to fix first, and the responses that call for a call back.
 */
import { columnLetter, isBlank, readDate, show } from '../ground/cells';
import { netPromoterScore, readNps, readRated, ResponseColumns } from './questionnaire';
import { BadAnswer, DEFAULT_WEIGHTS, INDICATORS, satisfactionIndex } from './satisfaction';
import { DAY_MS, Zone } from '../ground/zone';
import type { IndicatorLetter } from '../../words';

export interface Response {
  /** 1-based sheet row. */
  readonly row: number;
  /** Local ms of the timestamp, when it reads. */
  readonly at: number | undefined;
  /**
   * The customer's key as the analysis knows it (trimmed, lower case); '' when not given, or
   * when the answer's reference does not hold (a form anyone can fill in).
   */
  readonly customer: string;
  /** A customer number the answer gave that is not filed as anyone's: shown, not trusted. */
  readonly claimed: string;
  /** Scores 1–5 per indicator A–G. */
  readonly scores: readonly (number | undefined)[];
  readonly overall: number | undefined;
  readonly delivery: number | undefined;
  readonly nps: number | undefined;
  readonly text: string;
}

/** Who an answer's customer cell speaks for. */
export type CustomerOf = (cell: unknown) => { customer: string; claimed: string };

/** A sheet the team keeps: the number is the customer's, as typed. */
const asTyped: CustomerOf = (cell) => ({
  customer: String(cell ?? '')
    .trim()
    .toLowerCase(),
  claimed: '',
});

/**
 * Every non-blank row as a response; answers no scale can read are listed, never guessed. The
 * customer cell is read by `customerOf`: on SheetCare's own forms, only a reference whose hash
 * holds names a customer.
 */
export function readResponses(
  rows: readonly (readonly unknown[])[],
  cols: ResponseColumns,
  zone: Zone,
  firstRow: number,
  customerOf: CustomerOf = asTyped,
): { responses: Response[]; bad: BadAnswer[] } {
  const letters = cols.kind === 'questionnaire';
  const responses: Response[] = [];
  const bad: BadAnswer[] = [];
  rows.forEach((r, i) => {
    const row = firstRow + i;
    if (r.every(isBlank)) return;
    const cell = (c: number | undefined) => (c === undefined ? '' : r[c]);
    const rated = (c: number | undefined, label: string) => {
      const v = cell(c);
      if (isBlank(v)) return undefined;
      const score = readRated(v, letters);
      if (score === undefined)
        bad.push({ row, letter: label, value: show(v), column: columnLetter(c!) });
      return score;
    };
    const npsCell = cell(cols.nps);
    const nps = readNps(npsCell);
    if (nps === undefined && !isBlank(npsCell))
      bad.push({ row, letter: 'NPS', value: show(npsCell), column: columnLetter(cols.nps!) });
    const when = readDate(cell(cols.timestamp), zone);
    responses.push({
      row,
      at: when.kind === 'ok' ? when.value : undefined,
      ...(cols.customer === undefined
        ? { customer: '', claimed: '' }
        : customerOf(cell(cols.customer))),
      scores: INDICATORS.map((x, j) => rated(cols.indicators[j], x.letter)),
      overall: rated(cols.overall, 'overall'),
      delivery: rated(cols.delivery, 'delivery'),
      nps,
      text: String(cell(cols.text) ?? '').trim(),
    });
  });
  return { responses, bad };
}

export type Period = 'year' | 'quarter' | 'month';

/** "2026", "2026 Q3" or "2026-07": periods that sort as text. */
export function periodOf(at: number, period: Period): string {
  const d = new Date(Math.floor(at / DAY_MS) * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (period === 'year') return String(y);
  if (period === 'quarter') return `${y} Q${Math.floor(m / 3) + 1}`;
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}

export interface GroupResult {
  readonly key: string;
  readonly respondents: number;
  /** Per indicator; null where nobody in the group answered it. */
  readonly means: readonly (number | null)[];
  /** The brief's index (5 points = 100); null unless every indicator has answers. */
  readonly index: number | null;
  readonly zeroIndex: number | null;
  readonly nps: number | null;
  readonly overall: number | null;
}

function group(key: string, rs: readonly Response[]): GroupResult {
  const means = INDICATORS.map((_, j) => {
    const xs = rs.map((r) => r.scores[j]).filter((s): s is number => s !== undefined);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  });
  const complete = means.every((m) => m !== null);
  const overall = rs.map((r) => r.overall).filter((s): s is number => s !== undefined);
  return {
    key,
    respondents: rs.length,
    means,
    index: complete ? satisfactionIndex(means as number[], DEFAULT_WEIGHTS, 'seed') : null,
    zeroIndex: complete ? satisfactionIndex(means as number[], DEFAULT_WEIGHTS, 'zero') : null,
    nps: netPromoterScore(rs.map((r) => r.nps).filter((s): s is number => s !== undefined)),
    overall: overall.length ? overall.reduce((a, b) => a + b, 0) / overall.length : null,
  };
}

/** Responses grouped by keyOf, in the order of keys; a response with no key is left out. */
export function byGroup(
  responses: readonly Response[],
  keyOf: (r: Response) => string | undefined,
  keys?: readonly string[],
): GroupResult[] {
  const groups = new Map<string, Response[]>();
  for (const r of responses) {
    const k = keyOf(r);
    if (k === undefined) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  const order = keys ?? [...groups.keys()].sort();
  return order.filter((k) => groups.has(k)).map((k) => group(k, groups.get(k)!));
}

export interface PeriodResult extends GroupResult {
  /** The index less the previous period's; null for the first or where either is null. */
  readonly change: number | null;
}

/** The index period by period, oldest first, each with its change from the one before. */
export function byPeriod(responses: readonly Response[], period: Period): PeriodResult[] {
  const groups = byGroup(responses, (r) =>
    r.at === undefined ? undefined : periodOf(r.at, period),
  );
  return groups.map((g, i) => {
    const before = groups[i - 1]?.index;
    const change =
      i > 0 && g.index !== null && before !== null && before !== undefined
        ? Math.round((g.index - before) * 1e4) / 1e4
        : null;
    return { ...g, change };
  });
}

export const overallResult = (responses: readonly Response[]): GroupResult =>
  group('all', responses);

/** Importance against performance: weight × room to 5 points, the most to gain first. */
export function fixFirst(
  means: readonly (number | null)[],
): { letter: IndicatorLetter; weight: number; mean: number; gain: number }[] {
  return INDICATORS.flatMap((x, j) => {
    const mean = means[j];
    return mean === null
      ? []
      : [{ letter: x.letter, weight: x.weight, mean, gain: x.weight * (5 - mean) }];
  }).sort((a, b) => b.gain - a.gain);
}

/** A score at or below this is a low one: 不满意 or 很不满意. */
export const LOW_SCORE = 2;
/** Words of a complaint in free text, in either language. */
const COMPLAINT =
  /投诉|差评|不满|太差|很差|失望|破损|坏了|骗|退款|没收到|complain|disappoint|terrible|awful|broken|damaged|refund|worst|never arrived|poor/i;

export interface Unhappy {
  readonly response: Response;
  /** Indicators (A–G) and post-order questions answered 2 or below. */
  readonly low: readonly string[];
  readonly detractor: boolean;
  readonly complaint: boolean;
}

/** The responses that call for a call back: a low score, an NPS of 0–6, or a complaint. */
export function unhappyResponses(responses: readonly Response[]): Unhappy[] {
  const out: Unhappy[] = [];
  for (const r of responses) {
    const low = [
      ...INDICATORS.filter((_, j) => (r.scores[j] ?? 5) <= LOW_SCORE).map((x) => x.letter),
      ...((r.overall ?? 5) <= LOW_SCORE ? ['overall'] : []),
      ...((r.delivery ?? 5) <= LOW_SCORE ? ['delivery'] : []),
    ];
    const detractor = r.nps !== undefined && r.nps <= 6;
    const complaint = COMPLAINT.test(r.text);
    if (low.length || detractor || complaint) out.push({ response: r, low, detractor, complaint });
  }
  return out;
}
