/**
 * The reminders' candidates (core/reminders/dueFilter.ts) as a condition on the customer
 * query's results: only customers some rule could make due come back from the warehouse.
 */
import { SqlParam, sqlParam } from './params';

/** As dueCandidates answers them (the reminders' shape, restated: the wings do not cross). */
export interface DueWanted {
  readonly everyone: boolean;
  readonly lastPurchase: readonly (readonly [number, number])[];
  readonly lostFrom: readonly (readonly [number, number])[];
  readonly birthdays: readonly string[];
  readonly couponHolders: readonly string[];
}

const DAY_MS = 86_400_000;

export function dueWhere(d: DueWanted): { sql: string; params: SqlParam[] } {
  if (d.everyone) return { sql: 'TRUE', params: [] };
  const or: string[] = [];
  const params: SqlParam[] = [];
  const ranges = (column: string, list: DueWanted['lastPurchase'], name: string) =>
    list.forEach(([from, to], i) => {
      or.push(`${column} BETWEEN @${name}_from_${i} AND @${name}_to_${i}`);
      params.push(sqlParam.int(`${name}_from_${i}`, from), sqlParam.int(`${name}_to_${i}`, to));
    });
  ranges(`CAST(FLOOR(last_ms / ${DAY_MS}) AS INT64)`, d.lastPurchase, 'last_purchase');
  ranges('lost_from_day', d.lostFrom, 'lost_from');
  if (d.birthdays.length) {
    // A birthday written as a date (yyyy-mm-dd…) is matched on its month and day; one written
    // any other way comes back, and the planner reads it.
    or.push(
      `(birthday <> '' AND (NOT REGEXP_CONTAINS(birthday, @iso_day) OR SUBSTR(birthday, 6, 5) IN UNNEST(@birthdays)))`,
    );
    params.push(
      sqlParam.string('iso_day', '^\\d{4}-\\d{2}-\\d{2}'),
      sqlParam.strings('birthdays', d.birthdays),
    );
  }
  if (d.couponHolders.length) {
    or.push('(customer_key IN UNNEST(@coupon_holders) OR LOWER(email) IN UNNEST(@coupon_holders))');
    params.push(sqlParam.strings('coupon_holders', d.couponHolders));
  }
  return { sql: or.length ? or.join('\n  OR ') : 'FALSE', params };
}
