import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/build';

const demo = (...args: string[]) =>
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts', 'demo.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );

describe('npm run demo', () => {
  it('opens a CSV workbook, builds the menu and recognises its order sheet', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-'));
    const csv = path.join(dir, 'orders.csv');
    fs.writeFileSync(
      csv,
      'Order Date,Customer ID,Total,Email\n2024-01-05,17850,"1,299.00",a@example.com\n2024-01-06,17851,15,b@example.com\n',
    );
    const out = path.join(dir, 'out.xlsx');
    const text = demo('--workbook', csv, '--locale', 'en_US', '--out', out);
    expect(text).toMatch(/Open SheetCare/);
    expect(text).toMatch(/customer\s+← column B "Customer ID"/);
    expect(text).toMatch(/amount\s+← column C "Total"/);
    expect(fs.existsSync(out)).toBe(true);
  });
});
describe('npm run demo on each platform export', () => {
  it('prints the format it recognised', () => {
    const dir = path.join(import.meta.dirname, 'fixtures', 'platforms');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-')), 'out.xlsx');
    const formats: Record<string, string> = {
      tmall: 'Tmall / Taobao order export (千牛)',
      jd: 'JD order export (京东商家)',
      pinduoduo: 'Pinduoduo order export (拼多多商家后台)',
      douyin: 'Douyin shop order export (抖店)',
      youzan: 'Order register',
      wechat: 'Order register',
      shopify: 'Shopify orders export',
      woocommerce: 'WooCommerce orders export',
      register: 'Order register',
    };
    for (const [name, format] of Object.entries(formats)) {
      const text = demo(
        '--workbook',
        path.join(dir, `${name}.csv`),
        '--locale',
        'en_US',
        '--out',
        out,
      );
      expect(text).toContain(`format: ${format}`);
    }
  });
});
