/** The catalogue of words, by language. */
import type { Lang, Words } from './catalogue';
import { en } from './en';
import { zh } from './zh';

export type { IndicatorLetter, Lang, Message, NumericSetting, Words } from './catalogue';

export { en, zh };

export const CATALOGUES: Readonly<Record<Lang, Words>> = { en, zh };

export const words = (lang: Lang): Words => CATALOGUES[lang];
