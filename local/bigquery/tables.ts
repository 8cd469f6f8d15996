/**
 * A table in the stand-in's warehouse from a sheet's rows, typed as `bq load --autodetect`
 * types a CSV export: a column of whole numbers INT64, of numbers FLOAT64, of dates and times
 * DATETIME (the wall-clock time the export wrote), of true/false BOOL, anything else STRING.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDate, wallClock } from '../clock';
import type { DuckDbEngine } from './engine';

type Kind = 'INT64' | 'FLOAT64' | 'DATETIME' | 'BOOL' | 'STRING';
/** Whole seconds: an export writes no milliseconds, nor does a sheet's date cell carry them. */
const DUCK: Record<Kind, string> = {
  INT64: 'BIGINT',
  FLOAT64: 'DOUBLE',
  DATETIME: 'TIMESTAMP',
  BOOL: 'BOOLEAN',
  STRING: 'VARCHAR',
};

const blank = (v: unknown) => v === null || v === undefined || v === '';

function kindOf(values: readonly unknown[]): Kind {
  const present = values.filter((v) => !blank(v));
  if (!present.length) return 'STRING';
  if (present.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'INT64';
  if (present.every((v) => typeof v === 'number')) return 'FLOAT64';
  if (present.every(isDate)) return 'DATETIME';
  if (present.every((v) => typeof v === 'boolean')) return 'BOOL';
  return 'STRING';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function datetimeText(wall: number): string {
  const d = new Date(wall);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function csvField(v: unknown, kind: Kind, timeZone: string): string {
  if (blank(v)) return '';
  const text =
    kind === 'DATETIME'
      ? datetimeText(wallClock(timeZone, (v as Date).getTime()))
      : isDate(v)
        ? datetimeText(wallClock(timeZone, v.getTime()))
        : String(v);
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Loads rows under their headers as table `name` (the `project.dataset.table` the bundle
 * queries); dates are the sheet's instants, written as wall-clock time in `timeZone`.
 */
export function loadTable(
  engine: DuckDbEngine,
  name: string,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  timeZone: string,
): void {
  const kinds = headers.map((_, c) => kindOf(rows.map((r) => r[c])));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-bq-')), 'rows.csv');
  const lines = rows.map((r) =>
    headers.map((_, c) => csvField(r[c], kinds[c], timeZone)).join(','),
  );
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const columns = headers
    .map((h, c) => `'${h.replace(/'/g, "''")}': '${DUCK[kinds[c]]}'`)
    .join(', ');
  const ident = `"${name.replace(/"/g, '""')}"`;
  engine.run(
    `CREATE OR REPLACE TABLE ${ident} AS SELECT * FROM read_csv('${file}', header = false, columns = {${columns}}, quote = '"', escape = '"', nullstr = '', timestampformat = '%Y-%m-%d %H:%M:%S')`,
  );
  fs.rmSync(path.dirname(file), { recursive: true });
}
