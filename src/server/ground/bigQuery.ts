/**
 * The BigQuery advanced service, thinly: a table's columns, a query started with its
 * parameters, its result read page by page with `getQueryResults` (each page at most
 * PAGE_ROWS rows), and BigQuery's refusals said in the user's language with the fix. Every
 * query is GoogleSQL with named parameters; nothing of the shop's is spliced into it.
 */
import { fail } from '../../core/ground/i18n';
import { restParameter, SqlQuery } from '../../core/warehouse/params';
import type { TableRef, WarehouseColumn } from '../../core/warehouse/query';
import { restRows, WarehouseRow } from '../../core/warehouse/results';

/** Rows a page brings: 24 columns of 10,000 customers stay well inside BigQuery's 10 MB. */
export const PAGE_ROWS = 10_000;
/** How long one call waits for a query to finish before answering "not yet". */
const WAIT_MS = 20_000;

export const tableName = (t: TableRef): string => `${t.project}.${t.dataset}.${t.table}`;

/** A query whose result is being read: where BigQuery keeps it, and where the reading is. */
export interface QueryJob {
  readonly project: string;
  readonly jobId: string;
  readonly location: string;
  readonly totalRows: number;
  readonly bytes: number;
}

export interface Page {
  readonly rows: WarehouseRow[];
  /** Undefined on the last page. */
  readonly pageToken: string | undefined;
}

/**
 * BigQuery's words for what went wrong, said again with the fix (the advanced service throws
 * "API call to bigquery.… failed with error: …"). Anything else is quoted as it came.
 */
function refused(e: unknown, project: string, table: string): never {
  const message = e instanceof Error ? e.message : String(e);
  const said = message.replace(/^.*failed with error:\s*/s, '');
  if (/has not been used in project|is disabled|SERVICE_DISABLED/i.test(said)) {
    fail((w) => w.warehouse.errors.apiDisabled(project));
  }
  if (/bigquery\.jobs\.create permission/i.test(said)) {
    fail((w) => w.warehouse.errors.noJobUser(project));
  }
  if (/^Access Denied: (Table|Dataset)|permission to (query|access) (table|data)/i.test(said)) {
    fail((w) => w.warehouse.errors.noDataViewer(table));
  }
  if (/^Not found: (Table|Dataset)/i.test(said)) fail((w) => w.warehouse.errors.notFound(table));
  if (/^Not found: Project|has not enabled BigQuery/i.test(said)) {
    fail((w) => w.warehouse.errors.noProject(project));
  }
  if (/free query bytes/i.test(said)) fail((w) => w.warehouse.errors.freeQuota(project));
  if (/billing/i.test(said)) fail((w) => w.warehouse.errors.billing(project));
  if (/permissions are not sufficient|Authorization is required/i.test(message)) {
    fail((w) => w.warehouse.errors.notGranted);
  }
  fail((w) => w.warehouse.errors.other(said));
}

/** Runs a BigQuery call, saying any refusal in the user's words. */
function calling<T>(project: string, table: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    return refused(e, project, table);
  }
}

/** The table's top-level columns (a RECORD's fields are not order columns). */
export function tableColumns(t: TableRef, billed: string): WarehouseColumn[] {
  const found = calling(billed, tableName(t), () =>
    BigQuery!.Tables!.get(t.project, t.dataset, t.table),
  );
  return (found.schema?.fields ?? [])
    .filter((f) => f.type !== 'RECORD' && f.type !== 'STRUCT' && f.mode !== 'REPEATED')
    .map((f) => ({ name: f.name!, type: f.type! }));
}

/**
 * Starts a query and waits until BigQuery has its result, or `deadline` (epoch ms) passes;
 * answers the job and its first page.
 */
export function startQuery(
  billed: string,
  table: string,
  q: SqlQuery,
  deadline: number,
): { job: QueryJob; first: Page } {
  const response = calling(billed, table, () =>
    BigQuery!.Jobs!.query(
      {
        query: q.sql,
        useLegacySql: false,
        parameterMode: 'NAMED',
        queryParameters: q.params.map(restParameter),
        maxResults: PAGE_ROWS,
        timeoutMs: WAIT_MS,
      },
      billed,
    ),
  );
  let done: GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse = response;
  const ref = response.jobReference!;
  while (!done.jobComplete) {
    if (Date.now() > deadline) fail((w) => w.warehouse.errors.tooLong);
    done = calling(billed, table, () =>
      BigQuery!.Jobs!.getQueryResults(billed, ref.jobId!, {
        location: ref.location,
        maxResults: PAGE_ROWS,
        timeoutMs: WAIT_MS,
      }),
    );
  }
  return {
    job: {
      project: billed,
      jobId: ref.jobId!,
      location: ref.location ?? 'US',
      totalRows: Number(done.totalRows ?? 0),
      bytes: Number(response.totalBytesProcessed ?? done.totalBytesProcessed ?? 0),
    },
    first: { rows: restRows(done.schema, done.rows), pageToken: done.pageToken ?? undefined },
  };
}

/** The page at `pageToken` of a finished query's result (kept by BigQuery for a day). */
export function nextPage(job: QueryJob, table: string, pageToken: string): Page {
  const page = calling(job.project, table, () =>
    BigQuery!.Jobs!.getQueryResults(job.project, job.jobId, {
      location: job.location,
      pageToken,
      maxResults: PAGE_ROWS,
    }),
  );
  return { rows: restRows(page.schema, page.rows), pageToken: page.pageToken ?? undefined };
}

/**
 * What a query would read, asked of BigQuery without running it (a dry run: free). It also
 * proves the user may run queries in the billed project and read the table.
 */
export function dryRun(billed: string, table: string, q: SqlQuery): number {
  const response = calling(billed, table, () =>
    BigQuery!.Jobs!.query(
      {
        query: q.sql,
        useLegacySql: false,
        dryRun: true,
        parameterMode: 'NAMED',
        queryParameters: q.params.map(restParameter),
      },
      billed,
    ),
  );
  return Number(response.totalBytesProcessed ?? 0);
}

/** A small result (statuses, the Summary's figures) read whole. */
export function queryRows(billed: string, table: string, q: SqlQuery, deadline: number) {
  const { job, first } = startQuery(billed, table, q, deadline);
  const rows = [...first.rows];
  for (let token = first.pageToken; token !== undefined;) {
    const page = nextPage(job, table, token);
    rows.push(...page.rows);
    token = page.pageToken;
  }
  return { rows, bytes: job.bytes };
}
