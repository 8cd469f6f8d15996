/**
 * What changed, release by release, in both languages: Help shows it, CHANGELOG.md is written
 * from it. A change goes under "unreleased" with the work; `npm run release` moves those under
 * a new version (scripts/release.ts), so the file is data a script edits, not code.
 */
import data from './changes.json';

export interface Change {
  readonly zh: string;
  readonly en: string;
}

export interface Release {
  readonly version: string;
  /** ISO day of the release. */
  readonly date: string;
  /** The Apps Script version the release pushed: the number the Marketplace configuration names. */
  readonly scriptVersion?: number;
  readonly changes: readonly Change[];
}

export interface Changes {
  readonly unreleased: readonly Change[];
  /** Newest first. */
  readonly releases: readonly Release[];
}

export const CHANGES: Changes = data;

/** The release this build carries, or null before the first. */
export const latestRelease = (c: Changes = CHANGES): Release | null => c.releases[0] ?? null;
