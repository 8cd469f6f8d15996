/**
 * The custom formulas. Each JSDoc below is copied by the build onto the top-level function
 * Sheets sees, so it is what users read in autocomplete: keep it exact.
 */
import {
  abcClassFormula,
  avgOrderFormula,
  customerStatusFormula,
  nextPurchaseFormula,
  rfmScoreFormula,
  rfmSegmentFormula,
} from '../core/formulas/customerFormulas';
import { satisfactionIndexFormula } from '../core/formulas/surveyFormulas';
import { holidayDateFormula } from '../core/formulas/holidayFormulas';
import {
  complaintLossFormula,
  customerValueFormula,
  satisfiedValueFormula,
} from '../core/formulas/valueFormulas';
import {
  clvModelFormula,
  expectedPurchasesFormula,
  pAliveFormula,
  predictedValueFormula,
} from '../core/formulas/modelFormulas';
import { runFormula } from '../server/formulas/context';

type Cell = unknown;

/**
 * ABC tier of each row's customer: A the top 5% of customers by spend (关键客户), B the top 20%
 * less A (主要客户), C the rest (普通客户). Ties at a boundary go up; spend ≤ 0 is C.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column (e.g. B2:B).
 * @param {Array<Array<number>>} amounts Order amounts for the same rows; refunds negative.
 * @param {number} [a_share=5%] Share of paying customers in tier A.
 * @param {number} [b_share=20%] Share of paying customers in tiers A and B together.
 * @return A, B or C for each row.
 * @customfunction
 */
export function ABC_CLASS(customers: Cell, amounts: Cell, a_share?: Cell, b_share?: Cell) {
  return runFormula((ctx) => abcClassFormula(ctx, customers, amounts, a_share, b_share));
}

/**
 * Average order of each row's customer 平均订单金额: spend ÷ purchases. With dates, the lines of
 * one customer at the same date-time are one purchase.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<number>>} amounts Order amounts for the same rows.
 * @param {Array<Array<Date>>} [dates] Order dates for the same rows.
 * @return The customer's average order for each row.
 * @customfunction
 */
export function AVG_ORDER(customers: Cell, amounts: Cell, dates?: Cell) {
  return runFormula((ctx) => avgOrderFormula(ctx, customers, amounts, dates));
}

/**
 * Basic customer value 客户基本价值: average order × purchases a year × years.
 * Works on one value or a whole column; a header row gets the column title.
 *
 * @param {number|Array<Array<number>>} avg_amount Average order amount, or a column of them.
 * @param {number} [purchases_per_year=52] Purchases a customer makes a year.
 * @param {number} [years=4] Years a customer stays.
 * @return The basic value, one per row.
 * @customfunction
 */
export function CUSTOMER_VALUE(avg_amount: Cell, purchases_per_year?: Cell, years?: Cell) {
  return runFormula((ctx) => customerValueFormula(ctx, avg_amount, purchases_per_year, years));
}

/**
 * Value a satisfied customer adds 满意的客户新增价值: basic value × people told × share who follow.
 *
 * @param {number|Array<Array<number>>} basic_value Basic customer value, or a column of them.
 * @param {number} [referrals=10] People a customer tells.
 * @param {number} [rate=60%] Share of them who follow a satisfied customer, 0% to 100%.
 * @return The added value, one per row.
 * @customfunction
 */
export function SATISFIED_VALUE(basic_value: Cell, referrals?: Cell, rate?: Cell) {
  return runFormula((ctx) => satisfiedValueFormula(ctx, basic_value, referrals, rate));
}

/**
 * Value a complaining customer costs 抱怨客户价值损失: basic value × people told × share who leave.
 *
 * @param {number|Array<Array<number>>} basic_value Basic customer value, or a column of them.
 * @param {number} [referrals=10] People a customer tells.
 * @param {number} [rate=90%] Share of them who follow a complaining customer away, 0% to 100%.
 * @return The value lost, one per row.
 * @customfunction
 */
export function COMPLAINT_LOSS(basic_value: Cell, referrals?: Cell, rate?: Cell) {
  return runFormula((ctx) => complaintLossFormula(ctx, basic_value, referrals, rate));
}

/**
 * RFM scores of each row's customer: three columns R, F, M, each 1–5 (5 best), ranking
 * recency, number of purchases and spend among the customers who bought.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @param {Array<Array<number>>} amounts Order amounts for the same rows.
 * @param {Date} [as_of] Score as of this day; by default the latest purchase in the data.
 * @return R, F and M for each row.
 * @customfunction
 */
export function RFM_SCORE(customers: Cell, dates: Cell, amounts: Cell, as_of?: Cell) {
  return runFormula((ctx) => rfmScoreFormula(ctx, customers, dates, amounts, as_of));
}

/**
 * RFM segment of each row's customer: model "rf10" (ten segments such as Champions, At Risk)
 * or "cn8" (the eight classes such as 重要价值客户).
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @param {Array<Array<number>>} amounts Order amounts for the same rows.
 * @param {Date} [as_of] Segment as of this day; by default the latest purchase in the data.
 * @param {string} [model="rf10"] "rf10" or "cn8".
 * @param {string} [lang] "en" or "zh"; by default the spreadsheet's language.
 * @return The segment name for each row.
 * @customfunction
 */
export function RFM_SEGMENT(
  customers: Cell,
  dates: Cell,
  amounts: Cell,
  as_of?: Cell,
  model?: Cell,
  lang?: Cell,
) {
  return runFormula((ctx) => rfmSegmentFormula(ctx, customers, dates, amounts, as_of, model, lang));
}

/**
 * Status of each row's customer: New 新客户 (one purchase), Returning 老客户 (two or more), or
 * Lost 流失客户 (no purchase for more than lost_after_days; or, given a chance such as 30%,
 * less than that chance of still being a customer by the value model).
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @param {Date} [as_of] Judge as of this day; by default the latest purchase in the data.
 * @param {number} [lost_after_days=180] Days without a purchase after which a customer is lost, or a chance below 100% (30%): lost below it.
 * @param {string} [lang] "en" or "zh"; by default the spreadsheet's language.
 * @return New, Returning or Lost for each row.
 * @customfunction
 */
export function CUSTOMER_STATUS(
  customers: Cell,
  dates: Cell,
  as_of?: Cell,
  lost_after_days?: Cell,
  lang?: Cell,
) {
  return runFormula((ctx) =>
    customerStatusFormula(ctx, customers, dates, as_of, lost_after_days, lang),
  );
}

/**
 * Predicted next purchase of each row's customer 预计下次购买: the last purchase day plus the
 * mean gap between purchase days. Blank for customers who bought on fewer than two days.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @return The predicted date for each row.
 * @customfunction
 */
export function NEXT_PURCHASE(customers: Cell, dates: Cell) {
  return runFormula((ctx) => nextPurchaseFormula(ctx, customers, dates));
}

/**
 * Chance each row's customer is still a customer 仍是活跃客户的概率, from the modified BG/NBD model
 * fitted to these rows' purchases (one purchase a day counts once). Needs 20 customers who
 * bought again on another day.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @param {Date} [as_of] Judge as of this day; by default the latest purchase in the data.
 * @return A probability from 0 to 1 for each row.
 * @customfunction
 */
export function P_ALIVE(customers: Cell, dates: Cell, as_of?: Cell) {
  return runFormula((ctx) => pAliveFormula(ctx, customers, dates, as_of));
}

/**
 * Purchases each row's customer is expected to make in the next days 预计购买次数 (days with a
 * purchase), from the modified BG/NBD model fitted to these rows.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @param {number} days How many days ahead, such as 90.
 * @param {Date} [as_of] From this day; by default the latest purchase in the data.
 * @return The expected number of purchases for each row.
 * @customfunction
 */
export function EXPECTED_PURCHASES(customers: Cell, dates: Cell, days: Cell, as_of?: Cell) {
  return runFormula((ctx) => expectedPurchasesFormula(ctx, customers, dates, days, as_of));
}

/**
 * Predicted value of each row's customer over the next months 预测价值: expected purchases each
 * month (modified BG/NBD) times the expected value of a purchase (Gamma-Gamma), discounted.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @param {Array<Array<number>>} amounts Order amounts for the same rows; refunds negative.
 * @param {number} months How many months ahead, such as 12.
 * @param {number} [monthly_discount=1%] The rate each month ahead is discounted at.
 * @param {Date} [as_of] From this day; by default the latest purchase in the data.
 * @return The predicted value for each row, in the amounts' money.
 * @customfunction
 */
export function PREDICTED_VALUE(
  customers: Cell,
  dates: Cell,
  amounts: Cell,
  months: Cell,
  monthly_discount?: Cell,
  as_of?: Cell,
) {
  return runFormula((ctx) =>
    predictedValueFormula(ctx, customers, dates, amounts, months, monthly_discount, as_of),
  );
}

/**
 * The value model fitted to these rows, for anyone to check: the modified BG/NBD's r, α (in
 * days), a, b and the Gamma-Gamma's p, q, γ, each part's log-likelihood and the customers used.
 *
 * @param {Array<Array<string>>} customers Customer IDs, one column.
 * @param {Array<Array<Date>>} dates Order dates for the same rows.
 * @param {Array<Array<number>>} amounts Order amounts for the same rows; refunds negative.
 * @param {Date} [as_of] Fit on purchases up to this day; by default all of them.
 * @return A table: part, parameter, value.
 * @customfunction
 */
export function CLV_MODEL(customers: Cell, dates: Cell, amounts: Cell, as_of?: Cell) {
  return runFormula((ctx) => clvModelFormula(ctx, customers, dates, amounts, as_of));
}

/**
 * The date of a festival a Chinese shop greets its customers on, in a Gregorian year 1901–2099:
 * 元旦, 除夕, 春节, 元宵, 情人节, 妇女节, 清明, 劳动节, 母亲节, 儿童节, 端午, 618, 父亲节, 七夕, 中秋,
 * 国庆, 重阳, 双十一, 双十二, 圣诞 (or their English names: Spring Festival, Mid-Autumn Festival…).
 *
 * @param {Array<Array<string>>} name The festival's name, or a column of names.
 * @param {Array<Array<number>>} year The year, or a column of years.
 * @return The festival's date for each row.
 * @customfunction
 */
export function HOLIDAY_DATE(name: Cell, year: Cell) {
  return runFormula((ctx) => holidayDateFormula(ctx, name, year));
}

/**
 * Weighted satisfaction index 满意度指数, 0–100, from seven indicators A–G (brand, quality,
 * price, after-sales, returns, complaints, communication) weighted 20/20/20/10/10/15/5%.
 *
 * @param {Array<Array<number>>} answers Seven columns A–G, one row per respondent: 1–5 or 非常满意…很不满意.
 * @param {Array<number>} [weights] Seven weights summing to 100%.
 * @param {string} [scale="seed"] "seed" (5 points = 100) or "zero" (1 point = 0, 5 points = 100).
 * @return The index.
 * @customfunction
 */
export function SATISFACTION_INDEX(answers: Cell, weights?: Cell, scale?: Cell) {
  return runFormula((ctx) => satisfactionIndexFormula(ctx, answers, weights, scale));
}
