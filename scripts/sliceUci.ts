/**
 * Writes test/fixtures/online-retail-invoices.csv.gz: the UCI Online Retail file (in
 * ../shared/datasets, not in the repository) one row per invoice of a customer with an ID,
 * its lines' quantity × unit price summed to the cent. Analyze groups lines of one customer at
 * one moment into one purchase, and an invoice's lines share their moment, so each customer's
 * purchases, spend and value model are the full file's (the bench's part `uci` prints both
 * fits): a 25-fold smaller file for the tests. `npx tsx scripts/sliceUci.ts`
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseCsv } from '../local/workbook';

const ROOT = path.resolve(import.meta.dirname, '..');
const UCI = path.resolve(ROOT, '..', 'shared', 'datasets', 'online-retail.csv.gz');
export const UCI_INVOICES = path.join(ROOT, 'test', 'fixtures', 'online-retail-invoices.csv.gz');

/** The invoices: number, date-time as the file writes it, customer, country, amount. */
export function invoices(table: readonly string[][]): string[][] {
  const byInvoice = new Map<string, { row: string[]; cents: number }>();
  for (const [invoice, , , quantity, at, price, customer, country] of table.slice(1)) {
    if (customer === '') continue;
    const k = `${invoice}|${customer}|${at}`;
    const cents = Math.round(Number(quantity) * Number(price) * 100);
    const seen = byInvoice.get(k);
    if (seen) seen.cents += cents;
    else byInvoice.set(k, { row: [invoice, at, customer, country], cents });
  }
  return [...byInvoice.values()].map(({ row, cents }) => [...row, (cents / 100).toFixed(2)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = parseCsv(zlib.gunzipSync(fs.readFileSync(UCI)).toString('utf8'));
  const rows = invoices(table);
  const csv = [['InvoiceNo', 'InvoiceDate', 'CustomerID', 'Country', 'Amount'], ...rows]
    .map((r) => r.join(','))
    .join('\n');
  fs.writeFileSync(UCI_INVOICES, zlib.gzipSync(`${csv}\n`, { level: 9 }));
  console.log(
    `${rows.length} invoices → ${UCI_INVOICES} (${fs.statSync(UCI_INVOICES).size} bytes)`,
  );
}
