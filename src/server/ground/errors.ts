/**
 * Errors reach the user as one readable sentence in their language: SheetCare's own
 * (LocalizedError, raised with both languages) as written, anything else prefixed so they
 * know SheetCare stopped, never as a stack trace.
 */
import { Lang, LocalizedError } from '../../core/ground/i18n';
import { words } from '../../words';
import { loadSettings } from './store';
import { uiLang } from './lang';

export function userMessage(e: unknown, lang: Lang): string {
  if (e instanceof LocalizedError) return e.in(lang);
  return words(lang).couldNotFinish(e instanceof Error ? e.message : String(e));
}

/** The language to speak to the user in, even when the settings themselves cannot be read. */
export function spokenLang(): Lang {
  try {
    return uiLang(loadSettings());
  } catch {
    return 'en';
  }
}

/** Wraps a server function so that whatever it throws is a readable Error. */
export function readable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      throw new Error(userMessage(e, spokenLang()), { cause: e });
    }
  };
}
