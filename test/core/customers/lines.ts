/** Order lines for core tests, written as a shop's register reads: customer, day, amount. */
import type { OrderLines } from '../../../src/core/ground/purchases';
import type { ParsedOrders } from '../../../src/core/ground/orderLines';
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

/**
 * A register read into these lines, as the analysis takes it: customer i is `K${i}` (or as
 * named), with an email, buying "goods"; nothing else known.
 */
export function parsedLines(l: OrderLines, id = (i: number) => `K${i}`): ParsedOrders {
  const n = l.customerCount;
  const ids = Array.from({ length: n }, (_, i) => id(i));
  const blank = () => Array<string>(n).fill('');
  return {
    keys: ids.map((x) => x.toLowerCase()),
    ids,
    names: blank(),
    emails: ids.map((x) => `${x.toLowerCase()}@example.com`),
    phones: blank(),
    products: Array<string>(n).fill('goods'),
    birthdays: Array<undefined>(n).fill(undefined),
    consents: Array<undefined>(n).fill(undefined),
    bought: {
      names: [],
      customer: new Int32Array(0),
      at: new Float64Array(0),
      product: new Int32Array(0),
    },
    lineCustomer: Int32Array.from(l.customer),
    lineAmount: Float64Array.from(l.amount!),
    lineAt: Float64Array.from(l.at!),
    continuationRows: 0,
    issues: [],
    unknownStatuses: [],
    blankRows: 0,
    awaitingPayment: 0,
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
