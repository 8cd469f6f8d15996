/**
 * HOLIDAY_DATE(name, year): the date of a built-in festival in a Gregorian year. Names in
 * Chinese or English; a column of names or of years gives a column of dates.
 */
import { isBlank, show } from '../ground/cells';
import { answer, Arg, cellAt, column, FormulaContext, rowCount } from './formulaArgs';
import {
  FESTIVALS,
  festivalDay,
  findFestival,
  FIRST_FESTIVAL_YEAR,
  LAST_FESTIVAL_YEAR,
} from '../calendar/holidays';
import { fail } from '../ground/i18n';
import { CATALOGUES, words } from '../../words';
import { DAY_MS } from '../ground/zone';

export function holidayDateFormula(ctx: FormulaContext, name: Arg, year: Arg) {
  const names = column('name', name);
  const years = column('year', year);
  const n = rowCount(names, years);
  const catalogues = [CATALOGUES.zh.festivals, CATALOGUES.en.festivals];
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const nv = cellAt(names, i);
    const yv = cellAt(years, i);
    // A row with no festival or no year asks nothing: its cell stays blank.
    if (isBlank(nv) || isBlank(yv)) {
      out.push('');
      continue;
    }
    const festival = findFestival(String(nv ?? ''), catalogues);
    if (!festival) {
      const known = FESTIVALS.map((f) => words(ctx.lang).festivals[f]).join(
        words(ctx.lang).listSeparator,
      );
      fail((w) => w.errors.unknownFestival(show(nv), known));
    }
    const y = typeof yv === 'string' && /^\s*\d{4}\s*$/.test(yv) ? Number(yv) : yv;
    const day = typeof y === 'number' ? festivalDay(festival, y) : undefined;
    if (day === undefined) {
      fail((w) => w.errors.festivalYear(show(yv), FIRST_FESTIVAL_YEAR, LAST_FESTIVAL_YEAR));
    }
    // The festival's midnight in the spreadsheet's zone: a date cell that reads as that day.
    out.push(new Date(ctx.zone.toUtc(day * DAY_MS)));
  }
  return answer(out, [names, years]);
}
