/**
 * The listing kit's text files, from the words (src/words/publishing) and the manifest: the
 * store listing in both languages, the scope justifications, and the pages to host (homepage,
 * privacy policy, terms: docs/publishing is the site, its pages beside the images they show).
 * Pure: `npm run listing` writes them, test/publishing.test.ts holds docs/publishing to them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/words';
import { PUBLISHER } from '../../src/shared/publisher';
import { LEGAL, LISTING, PolicyPage, ScopeName } from '../../src/words/publishing';
import { ROOT } from '../build';

export const KIT = path.join(ROOT, 'docs', 'publishing');
export const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';
export const LANGS: readonly Lang[] = ['en', 'zh'];
const LANGUAGE: Record<Lang, string> = { en: 'English', zh: '中文（简体）' };

/** The Marketplace's limits (developers.google.com/workspace/marketplace/create-listing). */
export const LIMITS = { name: 50, short: 200, long: 16_000 } as const;

export function manifestScopes(): ScopeName[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as {
    oauthScopes: string[];
  };
  return manifest.oauthScopes.map((s) => s.replace(SCOPE_PREFIX, '') as ScopeName);
}

/** The long description as the Marketplace's plain-text field takes it. */
export const longText = (lang: Lang): string =>
  // Paragraphs apart, a heading's bullets together under it.
  LISTING[lang].long
    .map((line, i) => (i === 0 || line.startsWith('- ') ? line : `\n${line}`))
    .join('\n');

const GENERATED = '<!-- Written by `npm run listing` from src/words/publishing: edit there. -->';

function listingMarkdown(): string {
  const parts = [
    GENERATED,
    '# SheetCare: the Marketplace store listing',
    '',
    'Paste each field into Google Cloud console → Google Workspace Marketplace SDK → Store Listing, one language at a time (the counts are the Marketplace’s limits).',
  ];
  for (const lang of LANGS) {
    const l = LISTING[lang];
    const long = longText(lang);
    parts.push(
      '',
      `## ${LANGUAGE[lang]}`,
      '',
      `**Application name** (${[...l.name].length}/${LIMITS.name}): ${l.name}`,
      '',
      `**Short description** (${[...l.short].length}/${LIMITS.short}):`,
      '',
      l.short,
      '',
      `**Detailed description** (${[...long].length}/${LIMITS.long}):`,
      '',
      '```text',
      long,
      '```',
      '',
      `**Category**: ${l.category}`,
      '',
      '**What SheetCare does with data**:',
      '',
      ...l.dataUse.map((d) => `- ${d}`),
      '',
      '**Screenshots** (`screenshots/`, 1280 × 800):',
      '',
      ...(['first-run', 'analysis', 'reminders'] as const).map(
        (s, i) => `${i + 1}. \`${i + 1}-${s}-${lang}.png\`: ${l.screenshots[s]}`,
      ),
    );
  }
  return parts.join('\n') + '\n';
}

function scopesMarkdown(): string {
  const parts = [
    GENERATED,
    '# The OAuth scopes SheetCare asks for, and why',
    '',
    'For the OAuth consent screen’s verification (“How will the scopes be used?”) and the Marketplace SDK’s configuration: each scope, in the order of `appsscript.json`, with why SheetCare needs it and what stops working without it. None is restricted; `script.send_mail`, `script.scriptapp`, `script.container.ui` and `forms` may be counted sensitive.',
  ];
  for (const lang of LANGS) {
    const t = LISTING[lang].scopeTable;
    parts.push(
      '',
      `## ${LANGUAGE[lang]}`,
      '',
      `| ${t.scope} | ${t.why} | ${t.without} |`,
      '| --- | --- | --- |',
    );
    for (const scope of manifestScopes()) {
      const s = LISTING[lang].scopes[scope];
      parts.push(`| \`${SCOPE_PREFIX}${scope}\` | ${s.why} | ${s.without} |`);
    }
  }
  return parts.join('\n') + '\n';
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font: 16px/1.6 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #202124; }
header { display: flex; align-items: center; gap: .75rem; }
header img { width: 48px; height: 48px; }
nav a { margin-right: 1rem; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.15rem; margin-top: 1.6rem; }
.updated { color: #5f6368; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function nav(lang: Lang): string {
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const t = LISTING[lang];
  const legal = LEGAL[lang];
  const contact = PUBLISHER.supportEmail ?? legal.contactOnListing;
  return `<header><img src="../icon-128.png" alt=""><strong>${esc(t.name)}</strong></header>
<nav><a href="index.html">${esc(t.name)}</a><a href="privacy.html">${esc(legal.privacy(PUBLISHER.name[lang], contact).title)}</a><a href="terms.html">${esc(legal.terms(PUBLISHER.name[lang], contact).title)}</a><a href="../${other}/index.html" hreflang="${other}">${esc(LANGUAGE[other])}</a></nav>`;
}

function policyPage(lang: Lang, p: PolicyPage): string {
  const sections = p.sections
    .map(
      (s) =>
        `<h2>${esc(s.heading)}</h2>\n${s.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}`,
    )
    .join('\n');
  return page(
    lang,
    p.title,
    `${nav(lang)}\n<h1>${esc(p.title)}</h1>\n<p class="updated">${esc(p.updatedLabel)}: ${esc(p.updated)}</p>\n${sections}`,
  );
}

function homePage(lang: Lang): string {
  const l = LISTING[lang];
  const blocks = l.long
    .map((line, i, all) => {
      if (line.startsWith('- ')) {
        const open = !all[i - 1]?.startsWith('- ') ? '<ul>' : '';
        const close = !all[i + 1]?.startsWith('- ') ? '</ul>' : '';
        return `${open}<li>${esc(line.slice(2))}</li>${close}`;
      }
      // A line followed by bullets heads them.
      return all[i + 1]?.startsWith('- ') ? `<h2>${esc(line)}</h2>` : `<p>${esc(line)}</p>`;
    })
    .join('\n');
  const support = PUBLISHER.supportEmail
    ? `<p><a href="mailto:${esc(PUBLISHER.supportEmail)}">${esc(PUBLISHER.supportEmail)}</a></p>`
    : '';
  return page(
    lang,
    `${l.name}: ${l.short}`,
    `${nav(lang)}\n<h1>${esc(l.short)}</h1>\n${blocks}\n<img src="../screenshots/2-analysis-${lang}.png" alt="${esc(l.screenshots.analysis)}" width="640">\n${support}`,
  );
}

/** The site's front door: both languages, for a homepage URL that names no language. */
function chooser(): string {
  const links = LANGS.map(
    (lang) =>
      `<p><a href="${lang}/index.html" hreflang="${lang}">${esc(LANGUAGE[lang])}: ${esc(LISTING[lang].short)}</a></p>`,
  ).join('\n');
  return page(
    'en',
    'SheetCare',
    `<header><img src="icon-128.png" alt=""><strong>SheetCare</strong></header>\n${links}`,
  );
}

/** Every text file of the kit, by its path under docs/publishing. */
export function kitTexts(): Map<string, string> {
  const files = new Map<string, string>([
    ['listing.md', listingMarkdown()],
    ['scopes.md', scopesMarkdown()],
    ['index.html', chooser()],
  ]);
  for (const lang of LANGS) {
    const legal = LEGAL[lang];
    const contact = PUBLISHER.supportEmail ?? legal.contactOnListing;
    files.set(`${lang}/index.html`, homePage(lang));
    files.set(
      `${lang}/privacy.html`,
      policyPage(lang, legal.privacy(PUBLISHER.name[lang], contact)),
    );
    files.set(`${lang}/terms.html`, policyPage(lang, legal.terms(PUBLISHER.name[lang], contact)));
  }
  return files;
}
