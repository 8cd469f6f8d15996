/** SATISFACTION_INDEX: a range of answers, seven columns A–G, into one index (§4). */
import { isBlank, readShare, show } from '../ground/cells';
import { Arg, choice, FormulaContext } from './formulaArgs';
import { fail } from '../ground/i18n';
import {
  DEFAULT_WEIGHTS,
  indicatorMeans,
  readAnswer,
  satisfactionIndex,
  Scale,
} from '../surveys/satisfaction';

export function satisfactionIndexFormula(
  _ctx: FormulaContext,
  answers: Arg,
  weights?: Arg,
  scale?: Arg,
) {
  const rows = (Array.isArray(answers) ? answers : [[answers]]) as unknown[][];
  const headerRow = rows.length > 0 && rows[0].every((c) => readAnswer(c) === undefined) ? 1 : 0;
  let w = DEFAULT_WEIGHTS;
  if (
    weights !== undefined &&
    !(Array.isArray(weights) ? (weights as unknown[]).flat().every(isBlank) : isBlank(weights))
  ) {
    const cells = Array.isArray(weights) ? (weights as unknown[]).flat() : [weights];
    w = cells.map((v, i) => {
      const r = readShare(v);
      if (r.kind !== 'ok') {
        fail((w) => w.errors.weightNotNumber(i + 1, show(v)));
      }
      return r.value;
    });
  }
  const s = choice<Scale>(
    'scale',
    scale,
    ['seed', 'zero'],
    (w) => w.hints.scale,
    (v) => (w) => w.errors.badScale(v),
  );
  // Rows are numbered within the answers range, as the user selected it.
  return satisfactionIndex(indicatorMeans(rows.slice(headerRow), headerRow + 1), w, s);
}
