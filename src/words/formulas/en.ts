/** The words of the custom formulas, in English. */
import type { FormulaWords } from './catalogue';

export const formulasEn: FormulaWords = {
  hints: {
    date: 'Give a date such as 2024-12-31.',
    shares: 'Write shares as percentages such as 5% and 20%.',
    model: 'Use "rf10" (ten segments) or "cn8" (eight classes).',
    days: 'Give a number of days such as 180.',
    lostAfter:
      'Give a number of days such as 180, or a chance such as 30% to let the value model decide.',
    scale: 'Use "seed" or "zero".',
  },

  errors: {
    tooFewRepeatBuyers: (r, n) =>
      `Too few customers bought again to fit the value model: ${r} bought on a second day; it needs ${n}. Give more order history.`,
    noSpendModel: (n) =>
      `Too few repeat buyers with a positive spend to model what purchases are worth (it needs ${n}).`,
    positive: (name) => `${name} must be more than 0`,
    oneColumn: (name, width) => `${name} must be one column; it has ${width}.`,
    sameRows: (a, aRows, b, bRows) =>
      `${a} has ${aRows} rows but ${b} has ${bRows}: give ranges over the same rows, such as A2:A1000 and C2:C1000.`,
    singleValue: (name, hint) => `${name} must be a single value. ${hint}`,
    unreadableSetting: (name, value, hint) => `${name} "${value}" cannot be read. ${hint}`,
    rowValue: (why, row, column, value) => `${why}; row ${row} of ${column} has ${value}.`,
    rateRange: (name) => `${name} must be between 0% and 100% (write 60% or 0.6)`,
    notNegative: (name) => `${name} cannot be negative`,
    badModel: (value) => `model must be "rf10" or "cn8", not "${value}".`,
    badScale: (value) => `scale must be "seed" or "zero", not "${value}".`,
  },
};
