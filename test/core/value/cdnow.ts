/**
 * The CDNOW sample of Fader, Hardie and Lee (2005) as lifetimes ships it (test/fixtures/cdnow/):
 * its purchase lines as OrderLines, and the per-customer summary lifetimes published, by the
 * customer's id in the cohort.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { OrderLines } from '../../../src/core/ground/purchases';

const DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'cdnow');
const text = (file: string) => zlib.gunzipSync(fs.readFileSync(path.join(DIR, file))).toString();

/** The end of the 39-week calibration period, 1997-09-30, as a day number. */
export const CALIBRATION_END = Date.UTC(1997, 8, 30) / 86_400_000;

/** Purchase lines: customer (by cohort id), day, dollars; and each cohort id's index. */
export function cdnowLines(): { lines: OrderLines; index: Map<string, number> } {
  const index = new Map<string, number>();
  const customer: number[] = [];
  const at: number[] = [];
  const amount: number[] = [];
  for (const line of text('CDNOW_sample.txt.gz').trim().split('\n')) {
    const [, id, day, , dollars] = line.trim().split(/\s+/);
    if (!index.has(id)) index.set(id, index.size);
    customer.push(index.get(id)!);
    at.push(Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8)));
    amount.push(Number(dollars));
  }
  return {
    lines: {
      customerCount: index.size,
      customer: Int32Array.from(customer),
      at: Float64Array.from(at),
      amount: Float64Array.from(amount),
    },
    index,
  };
}

export interface Published {
  readonly id: string;
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  /** Mean value of the repeat purchases. */
  readonly zbar: number;
}

/** lifetimes' summary in weeks, rounded to two decimals as published. */
export function publishedSummary(): Published[] {
  return text('cdnow_customers_summary_with_transactions.csv.gz')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [id, x, tx, T, zbar] = l.split(',');
      return { id: id.padStart(4, '0'), x: +x, tx: +tx, T: +T, zbar: +zbar };
    });
}
