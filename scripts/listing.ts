/**
 * npm run listing: the Marketplace kit in docs/publishing, from a fresh clone: the listing and
 * scope texts and the pages to host (scripts/listing/texts.ts), the icons and the card banner
 * from icon.svg (scripts/listing/images.ts), and 1280 × 800 screenshots of the real sidebar on
 * the sample shop in both languages, taken by the first-run browser test. The runbook and the
 * demo-video script beside them are written by hand. `-- --texts` writes the texts alone, after
 * a change of words, without a browser.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build';
import { renderImages } from './listing/images';
import { KIT, kitTexts } from './listing/texts';

for (const [file, text] of kitTexts()) {
  fs.mkdirSync(path.dirname(path.join(KIT, file)), { recursive: true });
  fs.writeFileSync(path.join(KIT, file), text);
}
console.log(`texts: ${[...kitTexts().keys()].join(', ')}`);
if (process.argv.includes('--texts')) process.exit(0);
await renderImages();
console.log('images: icon-32.png, icon-128.png, banner-220x140.png');
const shots = path.join(KIT, 'screenshots');
fs.rmSync(shots, { recursive: true, force: true });
const test = spawnSync('npx', ['vitest', 'run', 'test/browser/firstRun.test.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, LISTING_SHOTS: shots },
});
if (test.status !== 0) process.exit(test.status ?? 1);
console.log(`screenshots: ${fs.readdirSync(shots).sort().join(', ')}`);
