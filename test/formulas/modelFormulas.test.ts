/**
 * The value model's formulas through the built add-on, as Sheets calls them: on a register
 * read the same way by Analyze and by the formulas (a drawn shop: customer, amount, date),
 * each formula's column is the Customers sheet's for the same customer; CLV_MODEL shows the
 * fit Summary shows; and data that cannot support a fit says how much more it needs.
 */
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { drawShop } from '../../scripts/benchValue';
import type { AnalyzeResult } from '../../src/shared/api';
import { SHEET_NAMES } from '../../src/words/sheetNames';

describe('the value model’s formulas', () => {
  const shop = drawShop(
    1500,
    730,
    { r: 0.5, alpha: 40, a: 0.9, b: 1.6, p: 6, q: 3.7, gamma: 100 },
    11,
  );
  const l = shop.lines;
  // A register in UTC, where the drawn local times are the instants themselves.
  const rows = Array.from(l.customer, (c, i) => [`K${c}`, l.amount![i], new Date(l.at![i])]);
  const s = new StandIn({ locale: 'en_US', timeZone: 'Etc/UTC' });
  s.spreadsheet._load('Orders', [['Customer ID', 'Amount', 'Order date'], ...rows]);
  const result = s.run('analyzeCustomers') as AnalyzeResult;
  const [header, ...sheet] = s.spreadsheet
    .getSheetByName(SHEET_NAMES.customers)!
    .getDataRange()
    .getValues();
  const onSheet = (title: string) =>
    new Map(sheet.map((r) => [String(r[0]), r[header.indexOf(title)] as number]));
  const customers = rows.map((r) => [r[0]]);
  const dates = rows.map((r) => [r[2]]);
  const amounts = rows.map((r) => [r[1]]);
  // Each row's answer, by its customer.
  const byCustomer = (out: unknown[][]) => new Map(out.map((r, i) => [String(rows[i][0]), r[0]]));

  it('give each customer what the Customers sheet gives them', () => {
    expect(result.value.model!.fit.ok).toBe(true);
    const checks: [string, unknown[][]][] = [
      ['Chance still a customer', s.formula('P_ALIVE', customers, dates) as unknown[][]],
      [
        'Expected purchases, next 90 days',
        s.formula('EXPECTED_PURCHASES', customers, dates, 90) as unknown[][],
      ],
      [
        'Predicted value, next 12 months',
        s.formula('PREDICTED_VALUE', customers, dates, amounts, 12) as unknown[][],
      ],
    ];
    for (const [title, out] of checks) {
      const mine = onSheet(title);
      expect(mine.size).toBe(1500);
      for (const [id, v] of byCustomer(out))
        expect(v as number, `${title} ${id}`).toBeCloseTo(mine.get(id)!, 9);
    }
  });

  it('show the fit that Summary shows, for anyone to check', () => {
    const table = s.formula('CLV_MODEL', customers, dates, amounts) as unknown[][];
    const fit = result.value.model!.fit;
    if (!fit.ok) throw new Error('the drawn shop has repeat buyers');
    const value = (label: string, part = 0) =>
      table.filter((r, i) => r[1] === label && (part === 0 ? i < 7 : i >= 7))[0][2];
    expect(value('r')).toBeCloseTo(fit.model.purchases.r, 9);
    expect(value('α (days)')).toBeCloseTo(fit.model.purchases.alpha, 9);
    expect(value('customers')).toBe(1500);
    expect(value('γ', 1)).toBeCloseTo(fit.model.spend!.gamma, 9);
  });

  it('say how many repeat buyers they need when the data has too few', () => {
    const few = [['A'], ['A'], ['B']];
    const days = [[new Date('2024-01-01')], [new Date('2024-02-01')], [new Date('2024-01-05')]];
    expect(() => s.formula('P_ALIVE', few, days)).toThrow(
      'Too few customers bought again to fit the value model: 1 bought on a second day; it needs 20.',
    );
    expect(() => s.formula('EXPECTED_PURCHASES', customers, dates, 0)).toThrow(
      'days must be more than 0',
    );
  });

  it('call lost, by a chance, whom the Customers sheet calls lost when Settings say so', () => {
    s.run('saveSettings', { lostBy: 'chance', lostChance: '30%' });
    s.run('analyzeCustomers');
    const [head, ...again] = s.spreadsheet
      .getSheetByName(SHEET_NAMES.customers)!
      .getDataRange()
      .getValues();
    const status = new Map(again.map((r) => [String(r[0]), r[head.indexOf('Status')]]));
    const chance = new Map(
      again.map((r) => [String(r[0]), r[head.indexOf('Chance still a customer')]]),
    );
    const formula = byCustomer(
      s.formula('CUSTOMER_STATUS', customers, dates, '', '30%') as unknown[][],
    );
    let lost = 0;
    for (const [id, v] of formula) {
      expect(v, id).toBe(status.get(id));
      expect(v === 'Lost', id).toBe((chance.get(id) as number) < 0.3);
      if (v === 'Lost') lost++;
    }
    expect(lost).toBeGreaterThan(50);
    // Summary says what lost meant.
    const summary = s.spreadsheet.getSheetByName(SHEET_NAMES.summary)!.getDataRange().getValues();
    const row = summary.find((r) => r[0] === 'Lost')!;
    expect(row).toContain('The value model gives them less than 30% chance of buying here still');
  });
});
