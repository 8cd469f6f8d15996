/** SheetCare speaks Chinese and English; the spreadsheet's locale picks unless told. */
export type Lang = 'en' | 'zh';

export const langFromLocale = (locale: string | undefined): Lang =>
  /^zh/i.test(locale ?? '') ? 'zh' : 'en';

export function readLang(v: unknown, fallback: Lang): Lang {
  if (v === undefined || v === null || v === '') return fallback;
  const t = String(v).trim().toLowerCase();
  if (t === 'en' || t === 'english' || t === '英文') return 'en';
  if (t === 'zh' || t === 'cn' || t === 'chinese' || t === '中文') return 'zh';
  return fail(
    `lang must be "en" or "zh", not "${String(v)}".`,
    `lang 只能是 "en" 或 "zh"，不能是 "${String(v)}"。`,
  );
}

export type Bilingual = { readonly en: string; readonly zh: string };

/** An error told in both languages; whoever shows it picks the user's. */
export class LocalizedError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export function fail(en: string, zh: string): never {
  throw new LocalizedError({ en, zh });
}
