/**
 * Both paths on one register: the sheet path (parseOrderRows + analyseOrderLines, what Analyze
 * runs on a sheet) and the SQL path (the same rows loaded into the stand-in's warehouse as bq
 * load would, customerQuery run there), for tests that hold them to the same answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Env } from '../../local/env';
import { openWorkbook } from '../../local/workbook';
import { DuckDbEngine, EngineResult } from '../../local/bigquery/engine';
import { toDuckDb } from '../../local/bigquery/dialect';
import { loadTable } from '../../local/bigquery/tables';
import { analyseOrderLines, Analysis } from '../../src/core/customers/analysis';
import { analysisSettings, DEFAULT_SETTINGS, Settings } from '../../src/core/customers/settings';
import { findHeaderRow, recogniseHeaders } from '../../src/core/ground/columns';
import { ParsedOrders, parseOrderRows } from '../../src/core/ground/orderLines';
import { dayOf, zone, Zone } from '../../src/core/ground/zone';
import {
  countedStatuses,
  customerQuery,
  statusQuery,
  summaryQuery,
  WarehouseRegister,
  WarehouseRules,
} from '../../src/core/warehouse/query';
import type { SqlQuery } from '../../src/core/warehouse/params';
import type { WarehouseRow } from '../../src/core/warehouse/results';

/** DuckDB's column types as BigQuery's schema names them. */
export const BIGQUERY_TYPE: Record<string, string> = {
  BIGINT: 'INTEGER',
  INTEGER: 'INTEGER',
  DOUBLE: 'FLOAT',
  VARCHAR: 'STRING',
  TIMESTAMP: 'DATETIME',
  'TIMESTAMP WITH TIME ZONE': 'TIMESTAMP',
  DATE: 'DATE',
  BOOLEAN: 'BOOLEAN',
};

export const rowsOf = (r: EngineResult): WarehouseRow[] =>
  r.rows.map((row) => Object.fromEntries(r.names.map((n, i) => [n, row[i]])));

export function runQuery(engine: DuckDbEngine, q: SqlQuery): WarehouseRow[] {
  return rowsOf(engine.run(toDuckDb(q.sql), q.params));
}

/** A gzipped CSV, unzipped to a temporary file for openWorkbook. */
function plain(file: string): string {
  if (!file.endsWith('.gz')) return file;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-'));
  const out = path.join(dir, path.basename(file, '.gz'));
  fs.writeFileSync(out, zlib.gunzipSync(fs.readFileSync(file)));
  return out;
}

export interface BothPaths {
  readonly sheet: Analysis;
  readonly parsed: ParsedOrders;
  readonly engine: DuckDbEngine;
  readonly register: WarehouseRegister;
  readonly rules: WarehouseRules;
  readonly zone: Zone;
  readonly headers: string[];
  readonly rows: unknown[][];
}

export async function bothPaths(
  file: string,
  timeZone: string,
  options: { settings?: Partial<Settings>; today?: string; engine?: DuckDbEngine } = {},
): Promise<BothPaths> {
  const ss = await openWorkbook(plain(file), { env: new Env(), timeZone });
  const values = ss.getSheets()[0].getDataRange().getValues() as unknown[][];
  const found = findHeaderRow(values.slice(0, 30))!;
  const headers = values[found.headerRow].map(String);
  const rows = values.slice(found.headerRow + 1);
  const z = zone(timeZone);
  const today = dayOf(z.toLocal(new Date(options.today ?? '2026-12-05T00:00:00Z').getTime()));
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const { format, columns } = recogniseHeaders(headers);
  const sheetRules = {
    zone: z,
    today,
    maxAmount: settings.maxAmount,
    format,
    statusChoices: {},
    shippingIncluded: settings.shipping === 'included',
  };
  const parsed = parseOrderRows(rows, columns, sheetRules, found.headerRow + 2);
  const sheet = analyseOrderLines(parsed, analysisSettings(settings), rows.length);

  const engine = options.engine ?? new DuckDbEngine();
  const table = { project: 'shop', dataset: 'orders', table: 'lines' };
  loadTable(engine, 'shop.orders.lines', headers, rows, timeZone);
  const described = rowsOf(engine.run('DESCRIBE "shop.orders.lines"'));
  const register: WarehouseRegister = {
    table,
    columns: described.map((d) => ({ name: d.column_name!, type: BIGQUERY_TYPE[d.column_type!] })),
    map: columns,
    format,
  };
  const sq = statusQuery(register);
  const found2 = sq
    ? runQuery(engine, sq).map((r) => ({ status: r.status!, rows: Number(r.n) }))
    : [];
  const rules: WarehouseRules = {
    analysis: analysisSettings(settings),
    zoneId: timeZone,
    today,
    counted: countedStatuses(found2, format, {}).counted,
    unpaid: countedStatuses(found2, format, {}).unpaid,
    shippingIncluded: settings.shipping === 'included',
  };
  return { sheet, parsed, engine, register, rules, zone: z, headers, rows };
}

export { customerQuery, summaryQuery };
