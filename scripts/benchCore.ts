/**
 * What `npm run bench` measures of the core, bundled as Code.js bundles it (see shippedCore in
 * bench.ts), with the bench's register and its plain reference reader.
 */
import { DEFAULT_SETTINGS } from '../src/core/customers/settings';
import { REGISTER } from '../src/core/ground/platforms';
import type { RowRules } from '../src/core/ground/orderRow';
import { Zone } from '../src/core/ground/zone';

export { analyseOrderLines } from '../src/core/customers/analysis';
export { parseOrderRows } from '../src/core/ground/orderLines';
export { zone } from '../src/core/ground/zone';

/** A register of n lines over two years; customer i buys with a heavy-tailed appetite. */
export function syntheticRows(lines: number, customers: number): unknown[][] {
  const rows: unknown[][] = [];
  const start = Date.UTC(2024, 0, 1);
  let seed = 42;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < lines; i++) {
    const c = i < customers ? i : Math.floor(customers * rnd() ** 2);
    rows.push([
      `C${c}`,
      Math.round(rnd() * 50_000) / 100,
      new Date(start + Math.floor(rnd() * 730 * 86_400_000)),
    ]);
  }
  return rows;
}

/**
 * The reference: a plain reader that trusts every cell (numbers as numbers, dates as dates in the
 * sheet's zone, the ID as written) and makes the same lines in one pass, checking nothing.
 * SheetCare's reader is measured against it, so a slow machine slows both and the ratio stands.
 */
export function plainReader(rows: readonly (readonly unknown[])[], z: Zone): number {
  const index = new Map<string, number>();
  const customer = new Int32Array(rows.length);
  const amount = new Float64Array(rows.length);
  const at = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const key = String(row[0]);
    let c = index.get(key);
    if (c === undefined) {
      c = index.size;
      index.set(key, c);
    }
    customer[i] = c;
    amount[i] = Number(row[1]);
    at[i] = z.toLocal((row[2] as Date).getTime());
  }
  return index.size;
}

/** The bench register's columns, and the rules a plain register is read by. */
export const BENCH_COLUMNS = { customer: 0, amount: 1, date: 2 };
export const benchRules = (z: Zone): RowRules => ({
  zone: z,
  today: Infinity,
  maxAmount: DEFAULT_SETTINGS.maxAmount,
  format: REGISTER,
  statusChoices: {},
  shippingIncluded: true,
});
