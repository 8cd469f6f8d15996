/** Order lines for core tests, written as a shop's register reads: customer, day, amount. */
import type { OrderLines } from '../../../src/core/ground/purchases';

const DAY = 86_400_000;
/** Local milliseconds of "2024-01-05" or "2024-01-05T10:00". */
export const at = (iso: string): number =>
  Date.parse(`${iso.length === 10 ? `${iso}T00:00` : iso}Z`);
export const day = (iso: string): number => Math.floor(at(iso) / DAY);

export function lines(
  rows: readonly [customer: number, when: string, amount: number][],
): OrderLines {
  return {
    customerCount: Math.max(-1, ...rows.map((r) => r[0])) + 1,
    customer: Int32Array.from(rows.map((r) => r[0])),
    at: Float64Array.from(rows.map((r) => at(r[1]))),
    amount: Float64Array.from(rows.map((r) => r[2])),
  };
}
