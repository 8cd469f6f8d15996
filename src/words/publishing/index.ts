/** SheetCare's words about itself, by language (catalogue.ts says which is for what). */
import type { Lang } from '../catalogue';
import type { HelpWords, LegalWords, ListingWords } from './catalogue';
import { helpEn, legalEn, listingEn } from './en';
import { helpZh, legalZh, listingZh } from './zh';

export type * from './catalogue';

export const HELP: Readonly<Record<Lang, HelpWords>> = { en: helpEn, zh: helpZh };
export const LEGAL: Readonly<Record<Lang, LegalWords>> = { en: legalEn, zh: legalZh };
export const LISTING: Readonly<Record<Lang, ListingWords>> = { en: listingEn, zh: listingZh };
