import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../local/env';
import { generateSampleShop } from '../src/core/ground/sampleShop';
import { openWorkbook } from '../local/workbook';
import { ROOT } from '../scripts/build';
import { isDateObject } from '../src/core/ground/cells';
import { zone } from '../src/core/ground/zone';

describe('the bundled sample shop', async () => {
  const ss = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), { env: new Env() });
  const sheet = ss._sheets[0];
  const rows = sheet.getDataRange().getValues();

  it('is what the seeded generator makes, cell for cell', () => {
    const fresh = generateSampleShop().rows;
    expect(rows.length).toBe(fresh.length);
    // Shanghai is UTC+8, but kept summer time from 1986 to 1991: some birthdays fall in it.
    const shanghai = zone('Asia/Shanghai');
    const norm = (v: unknown) => (isDateObject(v) ? v.getTime() : v === null ? '' : v);
    for (let r = 0; r < fresh.length; r += 97) {
      expect(rows[r].map(norm), `row ${r + 1}`).toEqual(
        fresh[r].map((v) => (v instanceof Date ? shanghai.toUtc(v.getTime()) : norm(v))),
      );
    }
  });

  it('is a realistic, messy register of about 2,000 customers and 12,000 order lines', () => {
    const customers = new Set(
      rows
        .slice(1)
        .map((r) => r[1])
        .filter((c) => c !== ''),
    );
    expect(customers.size).toBeGreaterThan(1900);
    expect(rows.length).toBeGreaterThan(11_500);
    expect(rows.some((r) => typeof r[9] === 'string' && r[9].startsWith('¥'))).toBe(true);
    expect(rows.some((r) => typeof r[9] === 'string' && r[9].endsWith('元'))).toBe(true);
    expect(rows.some((r) => typeof r[10] === 'string' && r[10].includes('年'))).toBe(true);
    expect(rows.some((r) => r.every((c) => c === ''))).toBe(true);
    expect(rows.at(-1)![0]).toBe('合计');
    expect(rows.some((r) => r[11] === '已退款')).toBe(true);
    expect(rows.some((r) => typeof r[9] === 'number' && r[9] < 0)).toBe(true);
    expect(rows.some((r) => String(r[2]).startsWith('=HYPERLINK'))).toBe(true);
  });
});

describe('the sample shop’s customer value', async () => {
  const { StandIn } = await import('../local/runner');
  const env = new Env({ today: '2026-11-24T02:00:00Z' });
  const spreadsheet = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), { env });
  const r = new StandIn({ spreadsheet }).run(
    'analyzeCustomers',
  ) as import('../src/shared/api').AnalyzeResult;

  it('is estimated from its own orders, in the order of magnitude of its sales', () => {
    const v = r.value;
    expect([v.purchasesPerYear.source, v.years.source]).toEqual(['shop', 'shop']);
    // Its customers buy a few times a year, not the worked example's 52.
    expect(v.purchasesPerYear.value).toBeGreaterThan(1);
    expect(v.purchasesPerYear.value).toBeLessThan(12);
    expect(v.atStakeA).toBeGreaterThan(r.spend / 10);
    expect(v.atStakeA).toBeLessThan(r.spend * 10);
    expect(v.typical!.basic).toBeLessThan(r.spend / 100);
  });
});
