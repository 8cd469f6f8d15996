/**
 * Every word SheetCare says to a user or a customer: one interface per wing (its folder's
 * catalogue.ts), implemented once per language (en.ts, zh.ts beside it), so a missing or extra
 * translation fails the typecheck. Messages with values are functions. Code elsewhere never
 * holds a sentence: it names an entry here, and the edge (a sheet, a dialog, a panel, a
 * formula's cell) looks it up in the language that the language rule picks (README,
 * "Languages").
 */
import type { CalendarWords } from './calendar/catalogue';
import type { CustomerWords } from './customers/catalogue';
import type { FormulaWords } from './formulas/catalogue';
import type { GroundWords } from './ground/catalogue';
import type { ReminderWingWords } from './reminders/catalogue';
import type { SurveyWords } from './surveys/catalogue';

export type { NumericSetting } from './customers/catalogue';
export type { IndicatorLetter } from './surveys/catalogue';

export type Lang = 'en' | 'zh';

/** A sentence not yet in a language: the edge says it in the user's. */
export type Message = (w: Words) => string;

/** Each wing's words in one language: a language's catalogue is made of them. */
export interface Wings {
  readonly ground: GroundWords;
  readonly customers: CustomerWords;
  readonly formulas: FormulaWords;
  readonly calendar: CalendarWords;
  readonly reminders: ReminderWingWords;
  readonly surveys: SurveyWords;
}

export type Words = GroundWords &
  CustomerWords &
  FormulaWords &
  CalendarWords &
  ReminderWingWords &
  SurveyWords;

/**
 * One language's catalogue from its wings' words: errors and the sidebar's panel words are
 * shared objects that several wings fill.
 */
export const catalogue = (w: Wings): Words => ({
  ...w.ground,
  ...w.customers,
  ...w.formulas,
  ...w.calendar,
  ...w.reminders,
  ...w.surveys,
  errors: {
    ...w.ground.errors,
    ...w.customers.errors,
    ...w.formulas.errors,
    ...w.calendar.errors,
    ...w.surveys.errors,
  },
  panel: { ...w.ground.panel, ...w.customers.panel, ...w.surveys.panel },
});
