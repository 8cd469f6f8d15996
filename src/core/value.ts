/**
 * Customer value (domain brief §2, the Red Baby worked answer): what a customer is worth
 * over their life with the shop, what a satisfied one brings through word of mouth, and
 * what a complaining one costs.
 */
import { roundMoney } from './money';

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
