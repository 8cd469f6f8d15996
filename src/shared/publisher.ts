/**
 * Who publishes SheetCare and where its pages live: the facts only the publisher has. The
 * Marketplace and the OAuth consent screen ask for a homepage, a privacy policy and terms on a
 * domain the publisher has verified, and a support address; Help links them. Until `site` is
 * set, Help shows the policy and the terms from the add-on itself (the same words the hosted
 * pages are written from), and `npm run release` refuses to release (docs/publishing/runbook.md,
 * step 1).
 */
export interface Publisher {
  /** Who publishes SheetCare, as the pages and Help name them in each language. */
  readonly name: { readonly en: string; readonly zh: string };
  /** Where docs/publishing is hosted, e.g. "https://example.org/sheetcare", or null. */
  readonly site: string | null;
  /** The support address the listing, the pages and Help give, or null. */
  readonly supportEmail: string | null;
}

export const PUBLISHER: Publisher = {
  name: { en: 'the SheetCare team', zh: 'SheetCare 团队' },
  site: null,
  supportEmail: null,
};

export type SitePage = 'index' | 'privacy' | 'terms';

/** A hosted page's address in a language, or null while the site is not set. */
export function pageUrl(p: Publisher, page: SitePage, lang: 'en' | 'zh'): string | null {
  return p.site ? `${p.site.replace(/\/$/, '')}/${lang}/${page}.html` : null;
}
