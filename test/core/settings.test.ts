import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../src/core/settings';
import { en } from '../../src/words';

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
