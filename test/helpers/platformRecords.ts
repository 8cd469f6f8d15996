/** The platform fixtures as their bytes say, read without SheetCare: for expected values. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const PLATFORMS_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'platforms');

/** A fixture's rows, header → cell; UTF-8 (with or without BOM) or GBK, `,` or `;`. */
export function records(file: string): Record<string, string>[] {
  const bytes = fs.readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    text = new TextDecoder('gbk').decode(bytes);
  }
  const delimiter = text.split('\n')[0].includes(';') ? ';' : ',';
  return parse(text, { columns: true, delimiter, relax_quotes: true }) as Record<string, string>[];
}
