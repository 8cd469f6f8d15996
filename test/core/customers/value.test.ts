import { describe, expect, it } from 'vitest';
import { analyseOrderLines } from '../../../src/core/customers/analysis';
import { parseOrderRows } from '../../../src/core/ground/orderLines';
import { RowRules } from '../../../src/core/ground/orderRow';
import { REGISTER } from '../../../src/core/ground/platforms';
import { analysisSettings, DEFAULT_SETTINGS } from '../../../src/core/customers/settings';
import {
  basicValue,
  complaintLoss,
  customerValue,
  DEFAULT_VALUE_SETTINGS,
  median,
  ownPurchaseRate,
  satisfiedValue,
  yearlyRetention,
  yearsFromRetention,
} from '../../../src/core/customers/value';
import { zone } from '../../../src/core/ground/zone';
import { day } from './lines';

const rules: RowRules = {
  zone: zone('UTC'),
  today: day('2025-01-01'),
  maxAmount: 10_000_000,
  format: REGISTER,
  statusChoices: {},
  shippingIncluded: true,
};
const isoPlus = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('customer value (the brief’s Red Baby answer)', () => {
  it('makes an average order of 300 worth 62,400, 374,400 more if satisfied, 561,600 lost if not', () => {
    expect(basicValue(300, 52, 4)).toBe(62_400);
    expect(satisfiedValue(62_400, 10, 0.6)).toBe(374_400);
    expect(complaintLoss(62_400, 10, 0.9)).toBe(561_600);
    expect(customerValue(300, DEFAULT_VALUE_SETTINGS)).toEqual({
      basic: 62_400,
      satisfied: 374_400,
      complaintLoss: 561_600,
    });
  });

  it('rounds money to four decimal places', () => {
    expect(basicValue(0.1, 3, 1)).toBe(0.3);
    expect(
      customerValue(1, {
        ...DEFAULT_VALUE_SETTINGS,
        purchasesPerYear: 1,
        years: 1,
        referrals: 3,
        satisfiedRate: 0.1,
      }).satisfied,
    ).toBe(0.3);
  });
});

describe('value from the shop’s own orders', () => {
  it('takes a customer’s own rate from half a year of history: the gaps, a year over', () => {
    // 5 purchases over 365.25 days: 4 gaps a year.
    expect(ownPurchaseRate(5, 0, 365.25)).toBe(4);
    expect(ownPurchaseRate(3, 100, 282)).toBeCloseTo((2 / 182) * 365.25, 9);
    expect(ownPurchaseRate(3, 100, 281)).toBeUndefined();
    expect(ownPurchaseRate(1, 0, 400)).toBeUndefined();
  });

  it('finds the median, odd and even, whatever the order', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, undefined]);
  });

  it('measures yearly retention among customers a year old, and the stay it implies, bounded', () => {
    // As of day 1000: first purchases on days 600, 635 and 700 (a year old or more: 600, 635);
    // of those, 635 bought again after day 635.
    expect(yearlyRetention([600, 635, 700], [630, 900, 990], 1000)).toEqual({
      retained: 1,
      cohort: 2,
    });
    expect(yearlyRetention([700], [990], 1000)).toBeUndefined();
    expect(yearsFromRetention(1, 2)).toBe(2);
    expect(yearsFromRetention(3, 4)).toBe(4);
    expect(yearsFromRetention(2, 3)).toBe(3);
    expect(yearsFromRetention(0, 5)).toBe(1);
    expect(yearsFromRetention(19, 20)).toBe(10);
    expect(yearsFromRetention(5, 5)).toBe(10);
  });
});

describe('the analysis’s value basis', () => {
  const run = (settings: Partial<ReturnType<typeof analysisSettings>['value']> = {}) => {
    // x buys 8 times over 511 days (own rate 7 / 511 a day); y twice, 527 days apart, the last
    // on 2024-06-20, the as-of day; z once, early in 2023.
    const rows: unknown[][] = [];
    for (let i = 0; i <= 7; i++)
      rows.push(['x', 100, isoPlus('2023-01-01', Math.round(i * 73.05))]);
    rows.push(['y', 50, '2023-01-10'], ['y', 50, '2024-06-20'], ['z', 10, '2023-02-01']);
    const parsed = parseOrderRows(rows, { customer: 0, amount: 1, date: 2 }, rules, 2);
    const base = analysisSettings(DEFAULT_SETTINGS);
    return analyseOrderLines(
      parsed,
      { ...base, value: { ...base.value, ...settings } },
      rows.length,
    );
  };

  it('uses each customer’s own rate where it can, the median for the rest, and retention for years', () => {
    const a = run();
    const v = a.summary.value;
    const x = (7 / 511) * 365.25;
    const y = (1 / 527) * 365.25;
    expect(v.ownRates).toBe(2);
    expect(v.purchasesPerYear.source).toBe('shop');
    expect(v.purchasesPerYear.value).toBeCloseTo((x + y) / 2, 9);
    // x, y and z had all bought a year before 2024-06-20; x and y bought again since.
    expect(v.retention).toEqual({ retained: 2, cohort: 3 });
    expect(v.years).toEqual({ value: 3, source: 'shop' });
    const z = a.customers.find((c) => c.id === 'z')!;
    // z has no history of its own: average 10 × the median rate × 3 years. x uses its own.
    expect(z.basicValue).toBeCloseTo(10 * ((x + y) / 2) * 3, 3);
    expect(a.customers.find((c) => c.id === 'x')!.basicValue).toBeCloseTo(100 * x * 3, 3);
  });

  it('uses the user’s figures as given, for every customer', () => {
    const v = run({ purchasesPerYear: 2, years: 5 }).summary.value;
    expect([v.purchasesPerYear, v.years, v.ownRates]).toEqual([
      { value: 2, source: 'setting' },
      { value: 5, source: 'setting' },
      0,
    ]);
  });
});
