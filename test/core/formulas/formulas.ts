/** Shared helpers for the core formula tests: arguments as Sheets passes them, errors as said. */
import type { Lang } from '../../../src/core/ground/i18n';
import { LocalizedError } from '../../../src/core/ground/i18n';
import { zone } from '../../../src/core/ground/zone';

/** A UTC, English spreadsheet. */
export const ctx = { zone: zone('UTC'), lang: 'en' as const };

/** A column range, as Sheets passes one: a row per value. */
export const col = (...xs: unknown[]) => xs.map((x) => [x]);

/** The first cell of each row of an answer. */
export const flat = (v: unknown) => (v as unknown[][]).map((r) => r[0]);

/** What a formula's error says to the user in the language given; "no error" when none. */
export function says(f: () => unknown, lang: Lang = 'en'): string {
  try {
    f();
  } catch (e) {
    if (e instanceof LocalizedError) return e.in(lang);
    throw e;
  }
  return 'no error';
}
