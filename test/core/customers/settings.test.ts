import { describe, expect, it } from 'vitest';
import {
  analysisSettings,
  DEFAULT_SETTINGS,
  validateSettings,
} from '../../../src/core/customers/settings';
import { en } from '../../../src/words';

const errors = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(validateSettings(input).errors).map(([k, m]) => [k, m!(en)]));

describe('validateSettings', () => {
  it('reads shares as 5% or 0.05 and numbers as typed', () => {
    expect(validateSettings({ aShare: '5%', bShare: 0.25, lostAfterDays: '90' }).settings).toEqual({
      ...DEFAULT_SETTINGS,
      aShare: 0.05,
      bShare: 0.25,
      lostAfterDays: 90,
    });
  });

  it('names each field in error, and saves nothing', () => {
    const r = validateSettings({
      aShare: '150%',
      lostAfterDays: 1.5,
      maxAmount: 0,
      lang: 'fr',
      shipping: 'maybe',
    });
    expect(r.settings).toBeUndefined();
    expect(
      errors({ aShare: '150%', lostAfterDays: 1.5, maxAmount: 0, lang: 'fr', shipping: 'maybe' }),
    ).toEqual({
      aShare: 'Enter a percentage from 0% to 100%, such as 5%.',
      lostAfterDays: 'Enter a whole number from 1 to 36500.',
      maxAmount: 'Enter a number from 1 to 1000000000000.',
      lang: 'Choose automatic, English or Chinese.',
      shipping: 'Choose whether shipping counts as spend.',
    });
    expect(errors({ aShare: '30%', bShare: '20%' })).toEqual({
      bShare: 'The B share includes A, so it cannot be smaller than the A share.',
    });
  });
});

describe('validateSettings at the bounds', () => {
  const ok = (input: Record<string, unknown>) => validateSettings(input).settings;
  it('takes each bound itself and refuses just past it', () => {
    expect(ok({ aShare: 0, bShare: 1 })).toMatchObject({ aShare: 0, bShare: 1 });
    expect(ok({ satisfiedRate: '100%', complaintRate: '0%' })).toMatchObject({
      satisfiedRate: 1,
      complaintRate: 0,
    });
    expect(Object.keys(errors({ satisfiedRate: '100.1%', complaintRate: -0.01 }))).toEqual([
      'satisfiedRate',
      'complaintRate',
    ]);
    expect(ok({ lostAfterDays: 1, years: 100, purchasesPerYear: 0 })).toMatchObject({
      lostAfterDays: 1,
      years: 100,
      purchasesPerYear: 0,
    });
    expect(
      errors({ lostAfterDays: 0, years: 100.5, purchasesPerYear: -1, referrals: 1_000_001 }),
    ).toEqual({
      purchasesPerYear: 'Enter a number from 0 to 10000.',
      years: 'Enter a number from 0 to 100.',
      referrals: 'Enter a number from 0 to 1000000.',
      lostAfterDays: 'Enter a whole number from 1 to 36500.',
    });
    expect(errors({ years: 'many', aShare: 'most' })).toEqual({
      aShare: 'Enter a percentage from 0% to 100%, such as 5%.',
      years: 'Enter a number from 0 to 100.',
    });
  });

  it('keeps each choice the user made, and lets B equal A', () => {
    expect(ok({ shipping: 'excluded', lang: 'zh' })).toMatchObject({
      shipping: 'excluded',
      lang: 'zh',
    });
    expect(ok({ shipping: 'included', lang: 'en' })).toMatchObject({ lang: 'en' });
    expect(ok({ lang: 'auto' })).toMatchObject({ lang: 'auto' });
    expect(ok({ aShare: '20%', bShare: '20%' })).toMatchObject({ aShare: 0.2, bShare: 0.2 });
    // An A share that is itself wrong is the only error: B is not blamed for it.
    expect(Object.keys(errors({ aShare: '300%', bShare: '20%' }))).toEqual(['aShare']);
  });

  it('hands the analysis the shares, value parameters, lost days and amount bound', () => {
    const s = ok({ aShare: '4%', bShare: '30%', years: 3, referrals: 2, lostAfterDays: 90 })!;
    expect(analysisSettings(s)).toEqual({
      shares: { a: 0.04, b: 0.3 },
      value: {
        // Left to the shop's own orders unless the user fixes them.
        purchasesPerYear: 'auto',
        years: 3,
        referrals: 2,
        satisfiedRate: DEFAULT_SETTINGS.satisfiedRate,
        complaintRate: DEFAULT_SETTINGS.complaintRate,
      },
      lost: { by: 'days', days: 90, below: 0.3 },
      maxAmount: 10_000_000,
    });
  });

  it('lets "lost" follow the value model below a chance strictly between 0% and 100%', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ lostBy: 'days', lostAfterDays: 180, lostChance: 0.3 });
    const s = ok({ lostBy: 'chance', lostChance: '25%', lostAfterDays: 120 })!;
    expect(analysisSettings(s).lost).toEqual({ by: 'chance', days: 120, below: 0.25 });
    expect(errors({ lostChance: '0%' })).toEqual({
      lostChance: 'Enter a percentage above 0% and below 100%, such as 30%.',
    });
    expect(errors({ lostChance: 1, lostBy: 'never' })).toEqual({
      lostChance: 'Enter a percentage above 0% and below 100%, such as 30%.',
      lostBy: 'Choose days without a purchase or the value model’s chance.',
    });
    expect(ok({ lostChance: '0.5%' })).toMatchObject({ lostChance: 0.005 });
    expect(ok({ lostChance: '99.5%' })).toMatchObject({ lostChance: 0.995 });
  });
});

describe('estimated value parameters and the currency', () => {
  it('leaves purchases a year and years to the orders when blank or "auto", else takes the figure', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      purchasesPerYear: 'auto',
      years: 'auto',
      currency: 'auto',
    });
    expect(validateSettings({ purchasesPerYear: '', years: ' 自动 ' }).settings).toMatchObject({
      purchasesPerYear: 'auto',
      years: 'auto',
    });
    expect(validateSettings({ purchasesPerYear: '2.5', years: 'Auto' }).settings).toMatchObject({
      purchasesPerYear: 2.5,
      years: 'auto',
    });
    expect(errors({ purchasesPerYear: 'often' })).toEqual({
      purchasesPerYear: 'Enter a number from 0 to 10000.',
    });
    // Only the two estimated figures may be left blank.
    expect(Object.keys(errors({ referrals: '' }))).toEqual(['referrals']);
  });

  it('takes a listed currency or automatic, and names the field otherwise', () => {
    expect(validateSettings({ currency: 'USD' }).settings?.currency).toBe('USD');
    expect(validateSettings({ currency: 'auto' }).settings?.currency).toBe('auto');
    expect(errors({ currency: 'XYZ' })).toEqual({
      currency: 'Choose automatic or one of the listed currencies.',
    });
  });
});
