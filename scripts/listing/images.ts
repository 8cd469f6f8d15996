/**
 * The listing's graphics from one SVG (docs/publishing/icon.svg), drawn by Chromium at the
 * Marketplace's sizes: the application icons (32 and 128 px, transparent around the rounded
 * square) and the card banner (220 × 140: the icon, the name and the line under it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LISTING } from '../../src/words/publishing';
import { launch } from '../chromium';
import { KIT } from './texts';

export const IMAGES = [
  { file: 'icon-32.png', width: 32, height: 32 },
  { file: 'icon-128.png', width: 128, height: 128 },
  { file: 'banner-220x140.png', width: 220, height: 140 },
] as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function icon(svg: string, size: number): string {
  return `<body style="margin:0;background:transparent">${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}</body>`;
}

function banner(svg: string): string {
  return `<body style="margin:0;width:220px;height:140px;background:#e6f4ea;display:flex;flex-direction:column;align-items:center;justify-content:center;font-family:'WenQuanYi Zen Hei',sans-serif">
${svg.replace('width="128" height="128"', 'width="64" height="64"')}
<div style="font-size:22px;font-weight:bold;color:#202124;margin-top:6px">SheetCare</div>
<div style="font-size:12px;color:#3c4043;margin-top:2px">${esc(LISTING.zh.tagline)}</div>
<div style="font-size:10px;color:#3c4043">${esc(LISTING.en.tagline)}</div>
</body>`;
}

/** Draws the images into `dir` (the kit by default). */
export async function renderImages(dir = KIT): Promise<void> {
  const svg = fs.readFileSync(path.join(KIT, 'icon.svg'), 'utf8');
  const browser = await launch();
  try {
    for (const image of IMAGES) {
      const page = await browser.newPage({
        viewport: { width: image.width, height: image.height },
        deviceScaleFactor: 1,
      });
      const html = image.file.startsWith('icon') ? icon(svg, image.width) : banner(svg);
      await page.setContent(html);
      await page.screenshot({
        path: path.join(dir, image.file),
        omitBackground: image.file.startsWith('icon'),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
