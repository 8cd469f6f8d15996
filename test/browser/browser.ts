/** Shared set-up for browser tests: Debian's Chromium driven by playwright-core. */
import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';
import { ROOT } from '../../scripts/build';

export { CHROMIUM, launch } from '../../scripts/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
