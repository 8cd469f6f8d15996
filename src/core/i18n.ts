/** SheetCare speaks Chinese and English; the spreadsheet's locale picks unless told. */
export type Lang = 'en' | 'zh';

export const langFromLocale = (locale: string | undefined): Lang =>
  /^zh/i.test(locale ?? '') ? 'zh' : 'en';

export function readLang(v: unknown, fallback: Lang): Lang {
  if (v === undefined || v === null || v === '') return fallback;
  const t = String(v).trim().toLowerCase();
  if (t === 'en' || t === 'english' || t === '英文') return 'en';
  if (t === 'zh' || t === 'cn' || t === 'chinese' || t === '中文') return 'zh';
  throw new Error(`lang must be "en" or "zh", not "${String(v)}".`);
}

export type Bilingual = { readonly en: string; readonly zh: string };
