/**
 * Least privilege, held by the built bundle itself: the Apps Script services and methods
 * Code.js calls decide the OAuth scopes it needs (each method's "Authorization" section in
 * https://developers.google.com/apps-script/reference), and appsscript.json asks for those and
 * no others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from '../local/runner';
import { SCOPE_PREFIX, scopeOf } from '../local/scopes';
import { manifestScopes } from '../scripts/listing/texts';
import { LISTING } from '../src/words/publishing';

const SERVICES =
  /\b(SpreadsheetApp|MailApp|ScriptApp|FormApp|BigQuery|LockService|PropertiesService|CacheService|HtmlService|Session|Utilities|Logger|Charts|UrlFetchApp|GmailApp|DriveApp|DocumentApp|CalendarApp|ContactsApp)\.([A-Za-z]+)/g;

describe('OAuth scopes', () => {
  const code = fs.readFileSync(path.join(BUILD_DIR, 'Code.js'), 'utf8');
  const calls = [...code.matchAll(SERVICES)].map((m) => `${m[1]}.${m[2]}`);
  const manifest = JSON.parse(fs.readFileSync('appsscript.json', 'utf8')) as {
    oauthScopes: string[];
  };

  it('asks for exactly the scopes the bundle’s calls need', () => {
    const needed = new Set(
      calls.map((c) => scopeOf(...(c.split('.') as [string, string]))).filter((s) => s !== null),
    );
    expect([...needed].sort()).toEqual(
      manifest.oauthScopes.map((s) => s.replace(SCOPE_PREFIX, '')).sort(),
    );
  });

  it('finds the calls it reasons from', () => {
    // A bundle whose calls the pattern no longer sees would pass the test above vacuously.
    expect(calls).toContain('SpreadsheetApp.getActiveSpreadsheet');
    expect(calls).toContain('SpreadsheetApp.getUi');
  });

  it('are the scopes the README’s table and the listing justify, one reason each, no more', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Scopes it asks for, and why'));
    const rows = table.slice(0, table.indexOf('\n## ')).split('\n');
    const inReadme = rows.flatMap((r) => /^\| `([a-z._]+)` \|/.exec(r)?.slice(1) ?? []);
    expect(inReadme).toEqual(manifestScopes());
    for (const lang of ['en', 'zh'] as const) {
      expect(Object.keys(LISTING[lang].scopes).sort(), lang).toEqual([...manifestScopes()].sort());
    }
    expect(manifestScopes().length).toBe(manifest.oauthScopes.length);
  });
});
