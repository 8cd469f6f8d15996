// The stand-in BigQuery's engine: DuckDB in a worker thread, so that the script's synchronous
// calls (Apps Script's advanced services block) can wait for its asynchronous answers
// (local/bigquery/engine.ts). Plain JavaScript: a worker loads it as it is.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { BIGINT, DOUBLE, DuckDBInstance, LIST, VARCHAR, listValue } from '@duckdb/node-api';

const { signal, port } = workerData;
const flag = new Int32Array(signal);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

const TYPES = {
  INT64: BIGINT,
  FLOAT64: DOUBLE,
  STRING: VARCHAR,
  'ARRAY<STRING>': LIST(VARCHAR),
  'ARRAY<INT64>': LIST(BIGINT),
};

function bind(params) {
  const values = {};
  const types = {};
  for (const p of params ?? []) {
    types[p.name] = TYPES[p.type];
    if (p.type === 'ARRAY<INT64>') values[p.name] = listValue(p.value.map((v) => BigInt(v)));
    else if (p.type === 'ARRAY<STRING>') values[p.name] = listValue(p.value);
    else if (p.type === 'INT64') values[p.name] = p.value === null ? null : BigInt(p.value);
    else values[p.name] = p.value;
  }
  return { values, types };
}

const cell = (v) =>
  v === null || v === undefined
    ? null
    : typeof v === 'string'
      ? v
      : typeof v === 'boolean'
        ? String(v)
        : String(v);

async function run({ sql, params }) {
  const { values, types } = bind(params);
  const started = performance.now();
  const reader = params?.length
    ? await connection.runAndReadAll(sql, values, types)
    : await connection.runAndReadAll(sql);
  const ms = performance.now() - started;
  return {
    names: reader.columnNames(),
    types: reader.columnTypes().map((t) => t.toString()),
    rows: reader.getRows().map((r) => r.map(cell)),
    ms,
  };
}

parentPort.on('message', () => {});
port.on('message', async (request) => {
  let answer;
  try {
    answer = { ok: true, ...(await run(request)) };
  } catch (e) {
    answer = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
