/**
 * Query parameters: every value the shop or the user supplies reaches the SQL as one of these,
 * typed, never as text inside it (BigQuery's named parameters, `@name`).
 */
export type SqlParam =
  | { readonly name: string; readonly type: 'INT64' | 'FLOAT64'; readonly value: number | null }
  | { readonly name: string; readonly type: 'STRING'; readonly value: string }
  | { readonly name: string; readonly type: 'ARRAY<STRING>'; readonly value: readonly string[] }
  | { readonly name: string; readonly type: 'ARRAY<INT64>'; readonly value: readonly number[] };

export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/**
 * A query with the parameters its SQL names, and only those: BigQuery and DuckDB may each
 * refuse a parameter the statement does not use.
 */
export function sqlQuery(sql: string, params: readonly SqlParam[]): SqlQuery {
  const named = new Set(Array.from(sql.matchAll(/@([A-Za-z_][A-Za-z0-9_]*)/g), (m) => m[1]));
  return { sql, params: params.filter((p) => named.has(p.name)) };
}

export const sqlParam = {
  int: (name: string, value: number | null): SqlParam => ({ name, type: 'INT64', value }),
  float: (name: string, value: number | null): SqlParam => ({ name, type: 'FLOAT64', value }),
  string: (name: string, value: string): SqlParam => ({ name, type: 'STRING', value }),
  strings: (name: string, value: readonly string[]): SqlParam => ({
    name,
    type: 'ARRAY<STRING>',
    value,
  }),
  ints: (name: string, value: readonly number[]): SqlParam => ({
    name,
    type: 'ARRAY<INT64>',
    value,
  }),
};

/** A parameter as BigQuery's REST API takes it (QueryParameter): every value as text. */
export function restParameter(p: SqlParam): GoogleAppsScript.BigQuery.Schema.QueryParameter {
  if (p.type === 'ARRAY<STRING>' || p.type === 'ARRAY<INT64>') {
    return {
      name: p.name,
      parameterType: { type: 'ARRAY', arrayType: { type: p.type.slice(6, -1) } },
      parameterValue: { arrayValues: p.value.map((v) => ({ value: String(v) })) },
    };
  }
  return {
    name: p.name,
    parameterType: { type: p.type },
    parameterValue: p.value === null ? {} : { value: String(p.value) },
  };
}
