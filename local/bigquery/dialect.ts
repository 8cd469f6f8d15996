/**
 * GoogleSQL as DuckDB reads it: the stand-in's BigQuery runs the very SQL the bundle sends, on
 * DuckDB, after this translation. It rewrites the few calls whose name, argument order or
 * meaning differ between the two engines, and refuses any BigQuery-only function it does not
 * know, so nothing reaches DuckDB that it would read another way (its LOG is base 10, its
 * x / 0 is NULL where BigQuery fails, its REGEXP_REPLACE replaces once without 'g'...).
 *
 * Sources: https://cloud.google.com/bigquery/docs/reference/standard-sql/functions-and-operators
 * and https://duckdb.org/docs/sql/functions/overview.
 */

type Node = { kind: 'token'; text: string } | { kind: 'group'; items: Node[] };

const TOKEN =
  /\s+|--[^\n]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|@[A-Za-z_][A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|<=|>=|<>|!=|\|\||[(),+\-*/<>=.;]/y;

function tokenize(sql: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < sql.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(sql);
    if (!m)
      throw new Error(`stand-in BigQuery: cannot read the SQL at "${sql.slice(at, at + 20)}"`);
    out.push(m[0]);
  }
  return out;
}

function parse(tokens: string[]): Node[] {
  const stack: Node[][] = [[]];
  for (const t of tokens) {
    if (t === '(') stack.push([]);
    else if (t === ')') {
      const items = stack.pop()!;
      if (!stack.length) throw new Error('stand-in BigQuery: unbalanced ")"');
      stack[stack.length - 1].push({ kind: 'group', items });
    } else stack[stack.length - 1].push({ kind: 'token', text: t });
  }
  if (stack.length !== 1) throw new Error('stand-in BigQuery: unbalanced "("');
  return stack[0];
}

/** A group's items split at its top-level commas, each emitted. */
function args(group: Node[]): string[] {
  const out: Node[][] = [[]];
  for (const n of group) {
    if (n.kind === 'token' && n.text === ',') out.push([]);
    else out[out.length - 1].push(n);
  }
  return out.map((a) => emit(a).trim());
}

/** BigQuery functions DuckDB lacks or reads otherwise, as DuckDB writes them. */
const CALLS: Record<string, (a: string[]) => string> = {
  UNIX_MILLIS: ([t]) => `epoch_ms(${t})`,
  TIMESTAMP: ([x]) => `CAST(${x} AS TIMESTAMP)`,
  DATETIME: ([t, zone]) => `timezone(${zone}, ${t})`,
  'SAFE.PARSE_DATETIME': ([format, s]) => `try_strptime(${s}, ${format})`,
  'SAFE.PARSE_TIMESTAMP': ([format, s]) => `try_strptime(${s}, ${format})`,
  SAFE_CAST: ([x]) => `TRY_CAST(${x})`,
  REGEXP_CONTAINS: ([s, re]) => `regexp_matches(${s}, ${re})`,
  REGEXP_REPLACE: ([s, re, by]) => `regexp_replace(${s}, ${re}, ${by}, 'g')`,
  SAFE_DIVIDE: ([a, b]) => `((${a}) / NULLIF(${b}, 0))`,
  LOG: (a) => (a.length === 1 ? `ln(${a[0]})` : `(ln(${a[0]}) / ln(${a[1]}))`),
  DATE_DIFF: ([a, b, part]) => `date_diff('${part.toLowerCase()}', ${b}, ${a})`,
};

/** BigQuery-only functions with no translation here: a query using one is refused. */
export const BIGQUERY_ONLY = [
  'DIV',
  'IEEE_DIVIDE',
  'FORMAT_DATE',
  'FORMAT_TIMESTAMP',
  'PARSE_DATE',
  'GENERATE_ARRAY',
  'GENERATE_DATE_ARRAY',
  'ARRAY_LENGTH',
  'APPROX_QUANTILES',
  'PERCENTILE_CONT',
  'NTILE',
  'SAFE_MULTIPLY',
  'SAFE_ADD',
  'SAFE_SUBTRACT',
  'SAFE_NEGATE',
  'UNIX_SECONDS',
  'UNIX_DATE',
  'TIMESTAMP_DIFF',
  'DATETIME_DIFF',
  'DATE_TRUNC',
];

/** DuckDB's own functions and types, which BigQuery does not know. */
export const DUCKDB_ONLY = [
  'epoch_ms',
  'regexp_matches',
  'regexp_full_match',
  'try_cast',
  'try_strptime',
  'strptime',
  'timezone',
  'list_contains',
  'arg_max',
  'arg_min',
  'DOUBLE',
  'VARCHAR',
  'BIGINT',
];

function emit(nodes: Node[]): string {
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.kind === 'group') {
      out += `(${emit(n.items)})`;
      continue;
    }
    const t = n.text;
    const next = nodes[i + 1];
    const upper = t.toUpperCase();
    if (next?.kind === 'group' && /^[A-Za-z_]/.test(t)) {
      const rewrite = CALLS[upper];
      if (rewrite) {
        out += rewrite(args(next.items));
        i++;
        continue;
      }
      if (BIGQUERY_ONLY.includes(upper) || upper.startsWith('SAFE.')) {
        throw new Error(`stand-in BigQuery: ${upper} has no DuckDB translation here`);
      }
      if (upper === 'UNNEST' && /\bIN\s*$/i.test(out)) {
        out += `(SELECT UNNEST(${emit(next.items)}))`;
        i++;
        continue;
      }
    }
    if (t.startsWith("'") && t.includes('\\')) {
      // BigQuery reads \ in a quoted string as an escape, DuckDB as itself: pass such text as
      // a query parameter instead.
      throw new Error(`stand-in BigQuery: a backslash in a string literal reads otherwise: ${t}`);
    }
    if (t.startsWith('`')) out += `"${t.slice(1, -1)}"`;
    else if (t.startsWith('@')) out += `$${t.slice(1)}`;
    else if (upper === 'FLOAT64') out += 'DOUBLE';
    else if (t.startsWith('"')) {
      throw new Error(`stand-in BigQuery: "…" is a string in GoogleSQL, an identifier in DuckDB`);
    } else out += t;
  }
  return out;
}

/** The query as DuckDB runs it. */
export const toDuckDb = (sql: string): string => emit(parse(tokenize(sql)));
