/**
 * The words SheetCare says about itself: Help's version, changes and links; the privacy policy
 * and the terms (shown in Help and hosted as pages); the Marketplace listing and the reason for
 * each OAuth scope (docs/publishing, written by `npm run listing`). Separate consts per use, so
 * the sidebar's bundle carries Help and the pages, not the listing.
 */

/** The OAuth scopes SheetCare asks for, by their name after https://www.googleapis.com/auth/. */
export type ScopeName =
  | 'spreadsheets.currentonly'
  | 'spreadsheets'
  | 'script.container.ui'
  | 'script.send_mail'
  | 'script.scriptapp'
  | 'forms'
  | 'userinfo.email'
  | 'bigquery';

export interface HelpWords {
  readonly version: (version: string, date: string) => string;
  /** A build with changes no release has carried yet, after the last release or none. */
  readonly development: (since: string | null) => string;
  readonly whatChanged: string;
  readonly notYetReleased: string;
  readonly ideas: string;
  readonly menuAndFormulas: string;
  readonly aboutData: string;
  readonly privacy: string;
  readonly terms: string;
  readonly support: string;
  /** Where support is when the publisher has named no address: the listing's own support link. */
  readonly supportOnListing: string;
  readonly hostedAt: string;
}

export interface PolicySection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface PolicyPage {
  readonly title: string;
  /** ISO day the text last changed. */
  readonly updated: string;
  readonly updatedLabel: string;
  readonly sections: readonly PolicySection[];
}

export interface LegalWords {
  /** `contact` is the publisher's support address, or where to find it. */
  readonly privacy: (publisher: string, contact: string) => PolicyPage;
  readonly terms: (publisher: string, contact: string) => PolicyPage;
  readonly contactOnListing: string;
}

export interface ListingWords {
  readonly name: string;
  /** A few words under the name on the card banner. */
  readonly tagline: string;
  /** At most 200 characters (the Marketplace's short description). */
  readonly short: string;
  /** Paragraphs and "- " bullet lines; under 16,000 characters in all. */
  readonly long: readonly string[];
  readonly category: string;
  /** What SheetCare does with data, in a few lines for the listing and the consent review. */
  readonly dataUse: readonly string[];
  /** Per scope: why SheetCare needs it, and what stops working without it. */
  readonly scopes: Readonly<Record<ScopeName, { readonly why: string; readonly without: string }>>;
  readonly scopeTable: { readonly scope: string; readonly why: string; readonly without: string };
  readonly screenshots: Readonly<Record<'first-run' | 'analysis' | 'reminders', string>>;
}
