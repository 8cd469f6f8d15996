import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook, parseCsv } from '../../local/workbook';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import type { AnalyzeResult } from '../../src/shared/api';

const FILE = path.join(import.meta.dirname, '..', 'fixtures', 'online-retail-head.csv');

describe('real orders: the first 3,000 lines of UCI Online Retail', async () => {
  const env = new Env();
  const spreadsheet = await openWorkbook(FILE, { env, timeZone: 'Europe/London', locale: 'en_GB' });
  const s = new StandIn({ spreadsheet });
  const result = s.run('analyzeCustomers') as AnalyzeResult;
  const customers = spreadsheet.getSheetByName(SHEET_NAMES.customers)!.getDataRange().getValues();

  // Worked out independently from the raw CSV text.
  const raw = parseCsv(fs.readFileSync(FILE, 'utf8')).slice(1);
  const spend = new Map<string, number>();
  for (const [, , , q, , price, id] of raw) {
    if (id === '') continue;
    const key = String(Number(id));
    spend.set(key, Math.round(((spend.get(key) ?? 0) + Number(q) * Number(price)) * 100) / 100);
  }

  it('reads quantity × unit price as the amount and finds every customer with an ID', () => {
    expect(result.customers).toBe(spend.size);
    expect(result.rowsNotUsed).toBe(raw.filter((r) => r[6] === '').length);
    const top = [...spend].sort((a, b) => b[1] - a[1])[0];
    expect(String(customers[1][0])).toBe(top[0]);
    expect(customers[1][5]).toBeCloseTo(top[1], 2);
  });

  it('counts cancellation invoices as refunds in spend', () => {
    const cancelled = raw.find((r) => r[0].startsWith('C') && r[6] !== '')!;
    const key = String(Number(cancelled[6]));
    const row = customers.find((r) => String(r[0]) === key)!;
    expect(row[5]).toBeCloseTo(spend.get(key)!, 2);
  });

  it('agrees with the ABC_CLASS formula on every customer', () => {
    const ids = raw.map((r) => [r[6] === '' ? '' : Number(r[6])]);
    const amounts = raw.map((r) => [Number(r[3]) * Number(r[5])]);
    const tiers = s.formula('ABC_CLASS', ids, amounts) as string[][];
    const fromSheet = new Map(customers.slice(1).map((r) => [String(r[0]), r[12]]));
    raw.forEach((r, i) => {
      if (r[6] === '') expect(tiers[i][0]).toBe('#CUSTOMER?');
      else expect(tiers[i][0]).toBe(fromSheet.get(String(Number(r[6]))));
    });
  });
});
