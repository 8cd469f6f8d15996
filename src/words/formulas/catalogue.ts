/** The words of the custom formulas: their argument errors and hints. */

export interface FormulaWords {
  /** Hints that follow a formula argument's error. */
  readonly hints: {
    readonly date: string;
    readonly shares: string;
    readonly model: string;
    readonly days: string;
    readonly lostAfter: string;
    readonly scale: string;
  };

  readonly errors: {
    /** The value model's formulas on data it cannot fit. */
    readonly tooFewRepeatBuyers: (repeatBuyers: number, needed: number) => string;
    readonly noSpendModel: (needed: number) => string;
    readonly positive: (name: string) => string;
    readonly oneColumn: (name: string, width: number) => string;
    readonly sameRows: (a: string, aRows: number, b: string, bRows: number) => string;
    readonly singleValue: (name: string, hint: string) => string;
    readonly unreadableSetting: (name: string, value: string, hint: string) => string;
    readonly rowValue: (why: string, row: number, column: string, value: string) => string;
    readonly rateRange: (name: string) => string;
    readonly notNegative: (name: string) => string;
    readonly badModel: (value: string) => string;
    readonly badScale: (value: string) => string;
  };
}
