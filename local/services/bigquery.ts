/**
 * The BigQuery advanced service (https://developers.google.com/apps-script/advanced/bigquery,
 * REST v2: https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/query,
 * jobs/getQueryResults, tables/get), answered by DuckDB: the SQL the bundle sends is run as it
 * is, after the dialect's translation (local/bigquery/dialect.ts). As BigQuery does, it answers
 * in pages with a pageToken, may answer `jobComplete: false` before the rows are ready, words
 * its errors as BigQuery does (a missing role, an API not enabled, no billing, a table not
 * found), and charges the bytes a query reads: every referenced column's whole size, at least
 * 10 MB a table (https://cloud.google.com/bigquery/pricing#on_demand_pricing).
 */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import { DuckDbEngine, EngineParam } from '../bigquery/engine';
import { toDuckDb } from '../bigquery/dialect';
import { loadTable } from '../bigquery/tables';

type Role = 'jobUser' | 'dataViewer';

/** A Cloud project as the user stands in it. */
export interface CloudProject {
  /** Whether the BigQuery API is enabled. */
  api: boolean;
  /** 'sandbox': no billing account, 1 TiB of queries a month free, tables expire in 60 days. */
  billing: 'billed' | 'sandbox';
  roles: Set<Role>;
  /** A sandbox's free bytes left this month. */
  freeBytesLeft: number;
  readonly number: string;
}

interface Job {
  readonly project: string;
  readonly names: string[];
  readonly types: string[];
  readonly rows: (string | null)[][];
  readonly bytes: number;
  /** Polls still to answer `jobComplete: false`. */
  pending: number;
}

const MIN_BILLED = 10 * 1024 * 1024;
const LOCATION = 'US';
/** BigQuery answers at most 10 MB a page; the stand-in, at most this many rows unless asked. */
const DEFAULT_PAGE_ROWS = 10_000;

const TYPE: Record<string, string> = {
  BIGINT: 'INTEGER',
  INTEGER: 'INTEGER',
  HUGEINT: 'INTEGER',
  DOUBLE: 'FLOAT',
  FLOAT: 'FLOAT',
  VARCHAR: 'STRING',
  BOOLEAN: 'BOOLEAN',
  TIMESTAMP: 'DATETIME',
  'TIMESTAMP WITH TIME ZONE': 'TIMESTAMP',
  DATE: 'DATE',
};
const typeOf = (duck: string) => TYPE[duck] ?? (/^DECIMAL/.test(duck) ? 'NUMERIC' : 'STRING');

/** An error as the advanced service throws it: the REST call and BigQuery's own words. */
const apiError = (call: string, message: string) =>
  new Error(`API call to bigquery.${call} failed with error: ${message}`);

export class FakeBigQuery {
  readonly _projects = new Map<string, CloudProject>();
  /** Tables by `project.dataset.table`, with the columns' sizes in bytes once measured. */
  readonly _tables = new Map<string, { sizes?: Map<string, number> }>();
  readonly _jobs = new Map<string, Job>();
  /** Every query's bytes billed, in order: what the shop pays for. */
  readonly _billed: number[] = [];
  /** Every query's time in the engine, in ms, in order. */
  readonly _engineMs: number[] = [];
  /** Polls each new query answers `jobComplete: false` to (a slow query). */
  _slowPolls = 0;
  /** A page ends before this many bytes of rows, whatever maxResults asked (BigQuery: 10 MB). */
  _maxPageBytes = 10 * 1024 * 1024;
  private engine: DuckDbEngine | undefined;
  private nextJob = 1;
  readonly Jobs: FakeBigQueryJobs;
  readonly Tables: FakeBigQueryTables;

  constructor(readonly _env: Env) {
    this.Jobs = new FakeBigQueryJobs(_env, this);
    this.Tables = new FakeBigQueryTables(_env, this);
  }

  _engine(): DuckDbEngine {
    return (this.engine ??= new DuckDbEngine());
  }

  /** A project the user can use: API on, billed, both roles, unless a test says otherwise. */
  _project(id: string, p: Partial<CloudProject> = {}): CloudProject {
    const project: CloudProject = {
      api: true,
      billing: 'billed',
      roles: new Set<Role>(['jobUser', 'dataViewer']),
      freeBytesLeft: 2 ** 40,
      number: String(100_000_000_000 + this._projects.size),
      ...this._projects.get(id),
      ...p,
    };
    this._projects.set(id, project);
    return project;
  }

  /** Loads a sheet's rows as table `project.dataset.table` (see local/bigquery/tables.ts). */
  _load(
    ref: string,
    headers: readonly string[],
    rows: readonly (readonly unknown[])[],
    timeZone: string,
  ): void {
    loadTable(this._engine(), ref, headers, rows, timeZone);
    this._tables.set(ref, {});
  }

  /** Runs SQL of the stand-in's own (a bench's generated table) on the engine. */
  _exec(sql: string): void {
    this._engine().run(sql);
  }

  _register(ref: string): void {
    this._tables.set(ref, {});
  }

  _close(): Promise<number> | undefined {
    return this.engine?.close();
  }

  /** The project, checked as BigQuery checks a caller: API enabled, then the role. */
  _caller(call: string, id: string, role: Role): CloudProject {
    const p = this._projects.get(id);
    if (!p) {
      throw apiError(
        call,
        `The project ${id} has not enabled BigQuery. Or: Not found: Project ${id}`,
      );
    }
    if (!p.api) {
      throw apiError(
        call,
        `BigQuery API has not been used in project ${p.number} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/bigquery.googleapis.com/overview?project=${p.number} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`,
      );
    }
    if (!p.roles.has(role)) {
      throw apiError(
        call,
        role === 'jobUser'
          ? `Access Denied: Project ${id}: User does not have bigquery.jobs.create permission in project ${id}.`
          : `Access Denied: Project ${id}: User does not have permission to access data in project ${id}.`,
      );
    }
    return p;
  }

  /** The table, as BigQuery finds it for a caller with the data viewer role on its project. */
  _table(call: string, ref: string): void {
    const [project, dataset, table] = ref.split('.');
    if (!this._tables.has(ref)) {
      throw apiError(
        call,
        `Not found: Table ${project}:${dataset}.${table} was not found in location ${LOCATION}`,
      );
    }
    const owner = this._projects.get(project);
    if (owner && !owner.roles.has('dataViewer')) {
      throw apiError(
        call,
        `Access Denied: Table ${project}:${dataset}.${table}: User does not have permission to query table ${project}:${dataset}.${table}, or perhaps it does not exist.`,
      );
    }
  }

  /** Bytes a query reads: each referenced table's referenced columns, whole. */
  private bytesOf(sql: string): number {
    let bytes = 0;
    for (const [ref, t] of this._tables) {
      if (!sql.includes(`\`${ref}\``)) continue;
      t.sizes ??= this.columnSizes(ref);
      let read = 0;
      for (const [name, size] of t.sizes) if (sql.includes(`\`${name}\``)) read += size;
      bytes += Math.max(MIN_BILLED, read);
    }
    return bytes;
  }

  /** Each column's logical size as BigQuery counts it: 8 bytes a number or date, 2 + UTF-8 a string. */
  private columnSizes(ref: string): Map<string, number> {
    const engine = this._engine();
    const table = `"${ref}"`;
    const columns = engine.run(`DESCRIBE ${table}`);
    const sizes = new Map<string, number>();
    for (const [name, type] of columns.rows as string[][]) {
      const c = `"${name.replace(/"/g, '""')}"`;
      const expr =
        type === 'VARCHAR'
          ? `SUM(2 + strlen(${c}))`
          : type === 'BOOLEAN'
            ? `COUNT(${c})`
            : `8 * COUNT(${c})`;
      sizes.set(name, Number(engine.run(`SELECT ${expr} AS n FROM ${table}`).rows[0][0] ?? 0));
    }
    return sizes;
  }

  /** Runs a query: its job's id, or what a dry run would read. */
  _run(
    project: string,
    request: GoogleAppsScript.BigQuery.Schema.QueryRequest,
  ): string | { dryRun: number } {
    const caller = this._caller('jobs.query', project, 'jobUser');
    const sql = request.query ?? '';
    if (request.useLegacySql !== false) {
      throw apiError(
        'jobs.query',
        'Legacy SQL is not supported by the stand-in: set useLegacySql: false.',
      );
    }
    for (const ref of sql.match(/`[^`]+\.[^`]+\.[^`]+`/g) ?? [])
      this._table('jobs.query', ref.slice(1, -1));
    const bytes = this.bytesOf(sql);
    if (request.dryRun) return { dryRun: bytes };
    if (caller.billing === 'sandbox') {
      if (bytes > caller.freeBytesLeft) {
        throw apiError(
          'jobs.query',
          'Quota exceeded: Your project exceeded quota for free query bytes scanned. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
        );
      }
      caller.freeBytesLeft -= bytes;
    }
    const params: EngineParam[] = (request.queryParameters ?? []).map((p) => {
      const type = p.parameterType!;
      if (type.type === 'ARRAY') {
        const values = (p.parameterValue?.arrayValues ?? []).map((v) => v.value ?? '');
        return {
          name: p.name!,
          type: `ARRAY<${type.arrayType!.type}>`,
          value: type.arrayType!.type === 'INT64' ? values.map(Number) : values,
        };
      }
      const v = p.parameterValue?.value;
      return {
        name: p.name!,
        type: type.type!,
        value: v === undefined ? null : type.type === 'STRING' ? v : Number(v),
      };
    });
    let result;
    try {
      result = this._engine().run(toDuckDb(sql), params);
    } catch (e) {
      throw apiError('jobs.query', `Query error: ${(e as Error).message.split('\n')[0]}`);
    }
    this._billed.push(bytes);
    this._engineMs.push(result.ms);
    const id = `job_standin_${this.nextJob++}`;
    this._jobs.set(id, {
      project,
      names: result.names,
      types: result.types,
      rows: result.rows,
      bytes,
      pending: this._slowPolls,
    });
    return id;
  }

  /** A page of a job's result as QueryResponse / GetQueryResultsResponse has it. */
  _page(
    id: string,
    from: number,
    maxResults: number | undefined,
  ): GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse {
    const job = this._jobs.get(id)!;
    const reference = { projectId: job.project, jobId: id, location: LOCATION };
    if (job.pending > 0) {
      job.pending--;
      return {
        kind: 'bigquery#getQueryResultsResponse',
        jobReference: reference,
        jobComplete: false,
      };
    }
    const size = maxResults ?? DEFAULT_PAGE_ROWS;
    const rows: (string | null)[][] = [];
    let bytes = 0;
    for (let i = from; i < job.rows.length && rows.length < size; i++) {
      bytes += JSON.stringify(job.rows[i]).length;
      if (rows.length && bytes > this._maxPageBytes) break;
      rows.push(job.rows[i]);
    }
    const next = from + rows.length;
    return {
      kind: 'bigquery#getQueryResultsResponse',
      jobReference: reference,
      jobComplete: true,
      schema: {
        fields: this._env.realm.array(
          job.names.map((name, i) => ({ name, type: typeOf(job.types[i]), mode: 'NULLABLE' })),
        ),
      },
      totalRows: String(job.rows.length),
      totalBytesProcessed: String(job.bytes),
      rows: this._env.realm.array(
        rows.map((r) => ({ f: this._env.realm.array(r.map((v) => ({ v }))) })),
      ) as unknown as GoogleAppsScript.BigQuery.Schema.TableRow[],
      ...(next < job.rows.length ? { pageToken: `page:${next}` } : {}),
    };
  }
}

export class FakeBigQueryJobs {
  constructor(
    readonly _env: Env,
    readonly _bq: FakeBigQuery,
  ) {}
  query(resource: GoogleAppsScript.BigQuery.Schema.QueryRequest, projectId: string) {
    const id = this._bq._run(projectId, resource);
    if (typeof id !== 'string') {
      // A dry run: checked and measured, not run, not billed.
      return {
        kind: 'bigquery#queryResponse',
        jobComplete: true,
        totalBytesProcessed: String(id.dryRun),
      } as GoogleAppsScript.BigQuery.Schema.QueryResponse;
    }
    const page = this._bq._page(id, 0, resource.maxResults);
    return {
      ...page,
      kind: 'bigquery#queryResponse',
    } as GoogleAppsScript.BigQuery.Schema.QueryResponse;
  }
  getQueryResults(
    projectId: string,
    jobId: string,
    optionalArgs: { pageToken?: string; maxResults?: number; startIndex?: string } = {},
  ) {
    const job = this._bq._jobs.get(jobId);
    if (!job || job.project !== projectId) {
      throw apiError('jobs.getQueryResults', `Not found: Job ${projectId}:${LOCATION}.${jobId}`);
    }
    this._bq._caller('jobs.getQueryResults', projectId, 'jobUser');
    const from = optionalArgs.pageToken
      ? Number(optionalArgs.pageToken.slice(5))
      : Number(optionalArgs.startIndex ?? 0);
    return this._bq._page(jobId, from, optionalArgs.maxResults);
  }
}

export class FakeBigQueryTables {
  constructor(
    readonly _env: Env,
    readonly _bq: FakeBigQuery,
  ) {}
  get(projectId: string, datasetId: string, tableId: string) {
    const ref = `${projectId}.${datasetId}.${tableId}`;
    this._bq._caller('tables.get', projectId, 'dataViewer');
    this._bq._table('tables.get', ref);
    const described = this._bq._engine().run(`DESCRIBE "${ref}"`);
    return {
      kind: 'bigquery#table',
      id: `${projectId}:${datasetId}.${tableId}`,
      tableReference: { projectId, datasetId, tableId },
      type: 'TABLE',
      location: LOCATION,
      schema: {
        fields: this._env.realm.array(
          (described.rows as string[][]).map(([name, type]) => ({
            name,
            type: typeOf(type),
            mode: 'NULLABLE',
          })),
        ),
      },
    } as GoogleAppsScript.BigQuery.Schema.Table;
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeBigQueryJobs, GoogleAppsScript.BigQuery.Collection.JobsCollection>>,
  Check<NotInRealApi<FakeBigQueryTables, GoogleAppsScript.BigQuery.Collection.TablesCollection>>,
];

countCalls(FakeBigQueryJobs, 'BigQuery.Jobs');
countCalls(FakeBigQueryTables, 'BigQuery.Tables');
