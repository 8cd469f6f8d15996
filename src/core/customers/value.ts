/**
 * Customer value (domain brief §2, the Red Baby worked answer): what a customer is worth
 * over their life with the shop, what a satisfied one brings through word of mouth, and
 * what a complaining one costs.
 */
import { roundMoney } from '../ground/money';

export interface ValueSettings {
  /** Purchases a customer makes a year. */
  readonly purchasesPerYear: number;
  /** Years a customer stays. */
  readonly years: number;
  /** People a customer tells about the shop. */
  readonly referrals: number;
  /** Share of them who follow a satisfied customer in. */
  readonly satisfiedRate: number;
  /** Share of them who follow a complaining customer away. */
  readonly complaintRate: number;
}

export const DEFAULT_VALUE_SETTINGS: ValueSettings = {
  purchasesPerYear: 52,
  years: 4,
  referrals: 10,
  satisfiedRate: 0.6,
  complaintRate: 0.9,
};

/** 客户基本价值: average order × purchases a year × years. */
export const basicValue = (averageOrder: number, purchasesPerYear: number, years: number): number =>
  roundMoney(averageOrder * purchasesPerYear * years);

/** Word of mouth: basic value × people told × the share of them who follow. */
const wordOfMouth = (basic: number, referrals: number, rate: number): number =>
  roundMoney(basic * referrals * rate);

/** 满意的客户新增价值, with the rate that follows a satisfied customer in. */
export const satisfiedValue = wordOfMouth;
/** 抱怨客户价值损失, with the rate that follows a complaining customer away. */
export const complaintLoss = wordOfMouth;

export interface CustomerValue {
  readonly basic: number;
  readonly satisfied: number;
  readonly complaintLoss: number;
}

export function customerValue(averageOrder: number, s: ValueSettings): CustomerValue {
  const basic = basicValue(averageOrder, s.purchasesPerYear, s.years);
  return {
    basic,
    satisfied: satisfiedValue(basic, s.referrals, s.satisfiedRate),
    complaintLoss: complaintLoss(basic, s.referrals, s.complaintRate),
  };
}

/**
 * The brief's 52 purchases a year and 4 years are its worked example's, not a given shop's:
 * the analysis estimates both from the shop's own orders unless the user fixes them.
 */
export type Estimated = number | 'auto';

/** Where an estimate came from: the user's setting, this shop's orders, or the brief. */
export type EstimateSource = 'setting' | 'shop' | 'brief';

export interface Estimate {
  readonly value: number;
  readonly source: EstimateSource;
}

const YEAR_DAYS = 365.25;
/** A customer's own rate counts once their purchases span half a year or more. */
export const MIN_HISTORY_DAYS = 182;
/** The stay a retention implies is held within these bounds: no shop keeps a customer forever. */
export const MIN_YEARS = 1;
export const MAX_YEARS = 10;

/** Purchases a year from one customer's own history: the gaps between purchases, a year over. */
export function ownPurchaseRate(
  purchases: number,
  firstDay: number,
  lastDay: number,
): number | undefined {
  const span = lastDay - firstDay;
  if (purchases < 2 || span < MIN_HISTORY_DAYS) return undefined;
  return ((purchases - 1) / span) * YEAR_DAYS;
}

export function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Yearly retention: of the customers who had bought a year or more before the as-of day, the
 * share who bought again within the last year. Undefined when no customer is a year old.
 */
export function yearlyRetention(
  firstDays: readonly number[],
  lastDays: readonly number[],
  asOfDay: number,
): { readonly retained: number; readonly cohort: number } | undefined {
  let cohort = 0;
  let retained = 0;
  firstDays.forEach((first, i) => {
    if (first > asOfDay - 365) return;
    cohort++;
    if (lastDays[i] > asOfDay - 365) retained++;
  });
  return cohort ? { retained, cohort } : undefined;
}

/**
 * The years a customer stays when retained of cohort stay each year: 1 / (1 − r), that is
 * cohort / (cohort − retained), bounded.
 */
export const yearsFromRetention = (retained: number, cohort: number): number =>
  retained >= cohort
    ? MAX_YEARS
    : Math.min(MAX_YEARS, Math.max(MIN_YEARS, cohort / (cohort - retained)));
