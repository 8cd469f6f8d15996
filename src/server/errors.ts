import { Lang, LocalizedError } from '../core/i18n';
import { userLang } from './lang';

/**
 * Errors reach the user as one readable sentence: their own (UserError) as written, anything
 * else prefixed so they know it is SheetCare's fault, never as a stack trace.
 */
export class UserError extends Error {}

export function userMessage(e: unknown, lang: Lang = 'en'): string {
  if (e instanceof UserError) return e.message;
  if (e instanceof LocalizedError) return e.text[lang];
  const message = e instanceof Error ? e.message : String(e);
  return `SheetCare could not finish: ${message}`;
}

/** Wraps a server function so that whatever it throws is a readable Error. */
export function readable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      throw new Error(userMessage(e, userLang()), { cause: e });
    }
  };
}
