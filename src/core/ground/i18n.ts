/**
 * SheetCare speaks Chinese and English. The core never holds a sentence: it raises a Message
 * (an entry of the catalogue of words), and the edge says it in the user's language.
 */
import { CATALOGUES, Lang, Message } from '../../words';

export type { Lang, Message };

export const langFromLocale = (locale: string | undefined): Lang =>
  /^zh/i.test(locale ?? '') ? 'zh' : 'en';

export function readLang(v: unknown, fallback: Lang): Lang {
  if (v === undefined || v === null || v === '') return fallback;
  const t = String(v).trim().toLowerCase();
  if (t === 'en' || t === 'english' || t === '英文') return 'en';
  if (t === 'zh' || t === 'cn' || t === 'chinese' || t === '中文') return 'zh';
  return fail((w) => w.errors.badLang(String(v)));
}

/** An error whoever shows it says in the user's language. */
export class LocalizedError extends Error {
  constructor(readonly says: Message) {
    super(says(CATALOGUES.en));
  }
  in(lang: Lang): string {
    return this.says(CATALOGUES[lang]);
  }
}

export function fail(message: Message): never {
  throw new LocalizedError(message);
}
