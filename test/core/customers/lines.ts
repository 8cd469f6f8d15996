/** Order lines for core tests, written as a shop's register reads: customer, day, amount. */
import type { OrderLines } from '../../../src/core/ground/purchases';
import type { RowRules } from '../../../src/core/ground/orderRow';
import { REGISTER } from '../../../src/core/ground/platforms';
import { zone } from '../../../src/core/ground/zone';

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

/** A register's rules for parseOrderRows tests: UTC, read on 1 June 2024, nothing chosen. */
export const REGISTER_RULES: RowRules = {
  zone: zone('UTC'),
  today: Math.floor(Date.parse('2024-06-01T00:00Z') / DAY),
  maxAmount: 10_000_000,
  format: REGISTER,
  statusChoices: {},
  shippingIncluded: true,
};
