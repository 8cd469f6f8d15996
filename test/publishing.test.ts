/**
 * The Marketplace kit in docs/publishing (npm run listing): current with its sources, within the
 * Marketplace's limits (developers.google.com/workspace/marketplace/create-listing: a name of
 * 50 characters, a short description of 200, a detailed one under 16,000; icons of 32 and 128
 * px, a 220 × 140 card banner, 1280 × 800 screenshots), and every word in both languages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGES, renderImages } from '../scripts/listing/images';
import { pngSize } from '../scripts/listing/png';
import { KIT, kitTexts, LANGS, LIMITS, longText } from '../scripts/listing/texts';
import { HELP, LEGAL, LISTING } from '../src/words/publishing';

const CJK = /[\u3400-\u9fff]/;

/** Every string a catalogue holds, by its path; functions are called with sample values. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value === 'function') {
    return strings((value as (...a: string[]) => unknown)('SAMPLE', '2026-12-05'), `${at}()`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  }
  return [];
}

describe('the listing kit', () => {
  it('holds what npm run listing writes from the words and the manifest', () => {
    for (const [file, text] of kitTexts()) {
      const at = path.join(KIT, file);
      expect(fs.existsSync(at), `${file}: run npm run listing -- --texts`).toBe(true);
      expect(fs.readFileSync(at, 'utf8'), `${file}: run npm run listing -- --texts`).toBe(text);
    }
  });

  it.each(LANGS)('keeps to the Marketplace’s lengths (%s)', (lang) => {
    const l = LISTING[lang];
    expect([...l.name].length).toBeLessThanOrEqual(LIMITS.name);
    expect(l.name).not.toMatch(/google/i);
    expect([...l.short].length).toBeLessThanOrEqual(LIMITS.short);
    expect([...longText(lang)].length).toBeLessThan(LIMITS.long);
    expect(l.short.length).toBeGreaterThan(40);
  });

  it('says every word in both languages: the same entries, none blank, each in its language', () => {
    for (const [name, catalogue] of Object.entries({ HELP, LEGAL, LISTING })) {
      const en = strings(catalogue.en);
      const zh = strings(catalogue.zh);
      expect(
        zh.map(([at]) => at),
        name,
      ).toEqual(en.map(([at]) => at));
      for (const [at, text] of en) {
        expect(text.trim(), `${name}.en.${at}`).not.toBe('');
        expect(text, `${name}.en.${at}`).not.toMatch(CJK);
      }
      for (const [at, text] of zh) {
        expect(text.trim(), `${name}.zh.${at}`).not.toBe('');
        // The product's name and a page's date stay as they are; the rest is in Chinese.
        if (!/(^|\.)(name|updated)$/.test(at)) expect(text, `${name}.zh.${at}`).toMatch(CJK);
      }
    }
  });

  it('draws the icons and the banner from icon.svg at the Marketplace’s sizes, the icons clear around the square', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-images-'));
    try {
      await renderImages(dir);
      for (const image of IMAGES) {
        const png = fs.readFileSync(path.join(dir, image.file));
        expect(pngSize(png), image.file).toEqual({ width: image.width, height: image.height });
        // RGBA (colour type 6) for the icons: their corners show the page behind them.
        expect(png[25], image.file).toBe(image.file.startsWith('icon') ? 6 : 2);
      }
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('reads a PNG’s size from its header, and refuses what is not a PNG', () => {
    const png = fs.readFileSync(path.join(KIT, 'icon-32.png'));
    expect(pngSize(png)).toEqual({ width: 32, height: 32 });
    expect(() => pngSize(Buffer.from('GIF89a............................'))).toThrow('not a PNG');
    const noHeader = Buffer.from(png);
    noHeader.write('IDAT', 12, 'ascii');
    expect(() => pngSize(noHeader)).toThrow('not a PNG');
  });

  it('has its icons and banner at the Marketplace’s sizes', () => {
    for (const image of IMAGES) {
      const png = fs.readFileSync(path.join(KIT, image.file));
      expect(pngSize(png), image.file).toEqual({ width: image.width, height: image.height });
    }
  });

  it.each(LANGS)('has 1280 × 800 screenshots of the sidebar, three for %s', (lang) => {
    const dir = path.join(KIT, 'screenshots');
    const mine = fs.readdirSync(dir).filter((f) => f.endsWith(`-${lang}.png`));
    expect(mine.sort()).toEqual([
      `1-first-run-${lang}.png`,
      `2-analysis-${lang}.png`,
      `3-reminders-${lang}.png`,
    ]);
    for (const f of mine) {
      expect(pngSize(fs.readFileSync(path.join(dir, f))), f).toEqual({ width: 1280, height: 800 });
    }
  });

  it('links, from its pages, only files that are in the kit', () => {
    for (const [file, text] of kitTexts()) {
      if (!file.endsWith('.html')) continue;
      for (const [, ref] of text.matchAll(/(?:href|src)="([^"#:]+)"/g)) {
        const target = path.join(KIT, path.dirname(file), ref);
        expect(fs.existsSync(target), `${file} → ${ref}`).toBe(true);
      }
    }
  });
});
