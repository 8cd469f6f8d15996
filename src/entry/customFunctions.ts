/**
 * The custom formulas. Each JSDoc below is copied by the build onto the top-level function
 * Sheets sees, so it is what users read in autocomplete: keep it exact.
 */
import {
  complaintLossFormula,
  customerValueFormula,
  satisfiedValueFormula,
} from '../core/formulas';
import { formulaContext } from '../server/context';

type Cell = unknown;

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
  return customerValueFormula(formulaContext(), avg_amount, purchases_per_year, years);
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
  return satisfiedValueFormula(formulaContext(), basic_value, referrals, rate);
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
  return complaintLossFormula(formulaContext(), basic_value, referrals, rate);
}
