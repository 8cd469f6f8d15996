/**
 * The SQL the bundle sends is GoogleSQL, and the stand-in runs it on DuckDB after
 * local/bigquery/dialect.ts: these tests hold the two apart where the engines read the same
 * text differently (the traps the issue names), and fail when a function of one engine slips
 * into the other's path.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../local/bigquery/engine';
import { BIGQUERY_ONLY, DUCKDB_ONLY, toDuckDb } from '../../local/bigquery/dialect';
import { customerQuery, statusQuery, summaryQuery } from '../../src/core/warehouse/query';
import { sqlRegex } from '../../src/core/warehouse/regex';
import { analysisSettings, DEFAULT_SETTINGS } from '../../src/core/customers/settings';
import { recogniseHeaders } from '../../src/core/ground/columns';
import { SAMPLE_HEADERS } from '../../src/core/ground/sampleShop';
import { rowsOf } from '../helpers/warehouse';

const engine = new DuckDbEngine();
afterAll(() => engine.close());
const one = (sql: string) => rowsOf(engine.run(toDuckDb(sql)))[0];

const headers = [...SAMPLE_HEADERS];
const { columns, format } = recogniseHeaders(headers);
const register = {
  table: { project: 'p', dataset: 'd', table: 't' },
  columns: headers.map((name, i) => ({
    name,
    type: i === columns.date ? 'TIMESTAMP' : i === columns.amount ? 'NUMERIC' : 'STRING',
  })),
  map: columns,
  format,
};
const rules = {
  analysis: analysisSettings(DEFAULT_SETTINGS),
  zoneId: 'Asia/Shanghai',
  today: 20_000,
  counted: ['已完成'],
  unpaid: ['等待买家付款'],
  shippingIncluded: true,
};
const ALL = [customerQuery(register, rules), summaryQuery(register, rules), statusQuery(register)!];
const words = (sql: string) =>
  new Set(sql.match(/[A-Za-z_][A-Za-z0-9_.]*(?=\s*\()|\b[A-Z][A-Z0-9_]+\b/g));

describe('one SQL, two engines', () => {
  it('the bundle sends no DuckDB function, and the stand-in runs no BigQuery-only one', () => {
    for (const q of ALL) {
      const bq = words(q.sql);
      for (const f of DUCKDB_ONLY) expect(bq.has(f) || bq.has(f.toUpperCase()), f).toBe(false);
      const duck = [...words(toDuckDb(q.sql))].map((w) => w.toUpperCase());
      for (const f of [
        ...BIGQUERY_ONLY,
        'SAFE_CAST',
        'REGEXP_CONTAINS',
        'UNIX_MILLIS',
        'FLOAT64',
        'SAFE_DIVIDE',
      ]) {
        expect(duck, f).not.toContain(f);
      }
      expect(q.sql).not.toMatch(/"/);
      expect(toDuckDb(q.sql)).not.toMatch(/[`@]/);
    }
  });

  it('every value reaches the SQL as a parameter, and every parameter is used', () => {
    for (const q of ALL) {
      for (const p of q.params) expect(q.sql).toMatch(new RegExp(`@${p.name}\\b`));
      // No text of the shop's inside the statement: the statuses, the zone, the shares.
      expect(q.sql).not.toContain('已完成');
      expect(q.sql).not.toContain('Asia/Shanghai');
    }
  });

  it('refuses what DuckDB would read otherwise, rather than run it', () => {
    expect(() => toDuckDb('SELECT DIV(7, 2)')).toThrow(/DIV/);
    expect(() => toDuckDb("SELECT SAFE.PARSE_DATE('%Y', '2020')")).toThrow(/SAFE\.PARSE_DATE/);
    expect(() => toDuckDb("SELECT 'a\\\\b'")).toThrow(/backslash/);
    expect(() => toDuckDb('SELECT "text"')).toThrow(/string in GoogleSQL/);
  });

  it('LOG is natural in BigQuery and base 10 in DuckDB: translated, it stays natural', () => {
    expect(Number(one('SELECT LOG(100) AS x').x)).toBeCloseTo(Math.log(100), 12);
    expect(Number(one('SELECT LN(100) AS x').x)).toBeCloseTo(Math.log(100), 12);
    expect(Number(one('SELECT LOG(100, 10) AS x').x)).toBeCloseTo(2, 12);
  });

  it('x / 0 fails in BigQuery and is NULL in DuckDB: SAFE_DIVIDE and NULLIF give NULL in both', () => {
    expect(one('SELECT SAFE_DIVIDE(1, 0) AS x').x).toBeNull();
    expect(one('SELECT 1 / NULLIF(0, 0) AS x').x).toBeNull();
    for (const q of ALL.slice(0, 2)) {
      // Every division by a column goes through NULLIF; the others divide by a constant.
      const divisions = q.sql.match(/\/\s*[^/\n]{0,40}/g) ?? [];
      expect(divisions.length).toBeGreaterThan(5);
      for (const d of divisions) expect(d, d).toMatch(/^\/\s*(NULLIF\(|\d)/);
    }
  });

  it('DATE_DIFF takes (later, earlier, DAY) in BigQuery and (part, earlier, later) in DuckDB', () => {
    expect(Number(one("SELECT DATE_DIFF(DATE '2026-12-05', DATE '2026-11-30', DAY) AS x").x)).toBe(
      5,
    );
  });

  it('NULLs sort first ascending in both unless told: the analysis writes NULLS LAST', () => {
    const q = 'SELECT x FROM (SELECT 1 AS x UNION ALL SELECT NULL) ORDER BY x NULLS LAST LIMIT 1';
    expect(one(q).x).toBe('1');
    expect(customerQuery(register, rules).sql).toMatch(/at_ms NULLS LAST/);
  });

  it("REGEXP_REPLACE replaces every match in BigQuery, DuckDB's only the first without 'g'", () => {
    expect(one("SELECT REGEXP_REPLACE('a b c', ' ', '') AS x").x).toBe('abc');
  });

  it('the patterns the sheet path uses read the same in RE2', () => {
    expect(sqlRegex(/^\s*[（(【[]?x/i)).toBe('(?i)^\\s*[（(【\\[]?x');
    expect(sqlRegex(/[\u00a0]/)).toBe('[\\x{00a0}]');
    expect(() => sqlRegex(/a(?=b)/)).toThrow(/RE2/);
  });
});
