/**
 * Who runs a spreadsheet's reminder job, and which spreadsheets an account runs.
 *
 * Triggers belong to the user who made them, and an add-on's clock run may not know the
 * spreadsheet it was made in. So each account keeps one hourly trigger and, in its user
 * properties, the spreadsheets it runs (by ID); each spreadsheet keeps in its own store whether
 * its job is on and whose it is. A run serves the account's list and checks each spreadsheet's
 * record first: a job turned off, or taken on by another account, drops out of the list, and the
 * trigger removes itself when the list is empty. One job per spreadsheet, whoever turns it on.
 */
import { parsed, readOwn, writeOwn } from '../ground/spreadsheetStore';

const RUNNER_KEY = 'sheetcare.runner';
const ACCOUNT_KEY = 'sheetcare.jobs';
/** The handler the hourly trigger calls. */
export const JOB_HANDLER = 'reminderTick';

/**
 * Spreadsheets one account may run reminders in. One trigger serves them all, each hourly run
 * going through the list: a consumer account has 90 minutes of trigger time a day, 3¾ minutes
 * an hour, and a spreadsheet with nothing to send still costs a few seconds to open and check.
 */
export const ACCOUNT_LIMIT = 10;

/** A spreadsheet's job: on or off, run by whom, since when (UTC ms). */
export interface Runner {
  readonly on: boolean;
  readonly by: string;
  readonly since: number;
}

export function loadRunner(): Runner | undefined {
  const r = parsed<Runner>(readOwn(RUNNER_KEY));
  return r && typeof r.by === 'string' && Number.isFinite(r.since)
    ? { on: r.on === true, by: r.by, since: r.since! }
    : undefined;
}

export function saveRunner(runner: Runner): void {
  writeOwn(RUNNER_KEY, JSON.stringify(runner));
}

/** What goes wrong in a run: the spreadsheet cannot be opened, a scope is missing, or the run fails. */
export type FailureKind = 'open' | 'scope' | 'run';

export interface Failure {
  readonly kind: FailureKind;
  /** Runs in a row that failed this way. */
  readonly count: number;
  /** When the streak began, and the last failure of it (UTC ms). */
  readonly since: number;
  readonly at: number;
  readonly message: string;
}

/** One spreadsheet the account runs. */
export interface AccountJob {
  readonly name: string;
  readonly since: number;
  /** When a run last served it (UTC ms): the least recently served goes first. */
  readonly served?: number;
  readonly failure?: Failure;
  /** When the user was last told of each kind of failure by mail (UTC ms). */
  readonly told?: Partial<Record<FailureKind, number>>;
}

export type AccountJobs = Readonly<Record<string, AccountJob>>;

const props = () => PropertiesService.getUserProperties();

export function loadAccountJobs(): AccountJobs {
  const raw = parsed<Record<string, AccountJob>>(props().getProperty(ACCOUNT_KEY)) ?? {};
  const jobs: Record<string, AccountJob> = {};
  for (const [id, j] of Object.entries(raw)) {
    if (id && j && typeof j.name === 'string' && Number.isFinite(j.since)) jobs[id] = j;
  }
  return jobs;
}

export function saveAccountJobs(jobs: AccountJobs): void {
  if (Object.keys(jobs).length) props().setProperty(ACCOUNT_KEY, JSON.stringify(jobs));
  else props().deleteProperty(ACCOUNT_KEY);
}

/** This account's hourly trigger, wherever it was made. */
export const accountTrigger = (): GoogleAppsScript.Script.Trigger | undefined =>
  ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === JOB_HANDLER);

/** The account's one hourly trigger: made when it has none. */
export function ensureAccountTrigger(): void {
  if (!accountTrigger()) ScriptApp.newTrigger(JOB_HANDLER).timeBased().everyHours(1).create();
}

export function removeAccountTrigger(): void {
  const t = accountTrigger();
  if (t) ScriptApp.deleteTrigger(t);
}
