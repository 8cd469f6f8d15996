/**
 * How every SheetCare custom formula reads its arguments and shapes its answer. Sheets hands a
 * range over as a 2-D array and a single cell as a value; each formula takes whole columns
 * and answers one row per input row, so one formula at the top of a column serves a sheet.
 */
import { Reading, isBlank, show } from '../ground/cells';
import { fail, Lang, Message, readLang } from '../ground/i18n';
import { Zone } from '../ground/zone';

/** What every formula knows of its spreadsheet: its time zone and its language. */
export interface FormulaContext {
  readonly zone: Zone;
  readonly lang: Lang;
}

/** What Sheets hands a custom function: a value, or a 2-D array for a range. */
export type Arg = unknown;

export interface Column {
  readonly name: string;
  readonly cells: readonly unknown[];
  /** False when a single value was given: the answer is then a single value too. */
  readonly range: boolean;
}

export function column(name: string, arg: Arg): Column {
  if (!Array.isArray(arg)) return { name, cells: [arg], range: false };
  const rows = arg as unknown[];
  const width = rows.length && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 1;
  if (width !== 1) fail((w) => w.errors.oneColumn(name, width));
  return { name, cells: rows.map((r) => (Array.isArray(r) ? r[0] : r)), range: true };
}

/** Ranges must cover the same rows; single values stand for every row. */
export function rowCount(...cols: readonly (Column | undefined)[]): number {
  let first: Column | undefined;
  for (const c of cols) {
    if (!c?.range) continue;
    if (first && first.cells.length !== c.cells.length) {
      const a = first;
      fail((w) => w.errors.sameRows(a.name, a.cells.length, c.name, c.cells.length));
    }
    first ??= c;
  }
  return first ? first.cells.length : 1;
}

export const cellAt = (c: Column | undefined, row: number): unknown =>
  c === undefined ? '' : c.range ? c.cells[row] : c.cells[0];

/** A setting given as one cell; an omitted or empty one takes its default. */
export function setting<T>(
  name: string,
  arg: Arg,
  read: (v: unknown) => Reading<T>,
  fallback: T,
  hint: Message,
): T {
  let v = arg;
  if (Array.isArray(v)) {
    const flat = (v as unknown[]).flat();
    if (flat.length !== 1) fail((w) => w.errors.singleValue(name, hint(w)));
    v = flat[0];
  }
  const r = read(v);
  if (r.kind === 'blank') return fallback;
  if (r.kind === 'bad') fail((w) => w.errors.unreadableSetting(name, show(v), hint(w)));
  return r.value;
}

/**
 * The first row is a header when its key cell holds text that its reader cannot read: the
 * answer there is the formula's own column title.
 */
export function isHeader(c: Column, read: (v: unknown) => Reading<unknown>): boolean {
  if (!c.range || c.cells.length === 0) return false;
  const v = c.cells[0];
  return typeof v === 'string' && !isBlank(v) && read(v).kind === 'bad';
}

/** The answer for a row that takes no part: it names the problem, starting with #. */
export const problem = (what: string, v: unknown): string =>
  isBlank(v) ? `#${what}?` : `#${what}? "${show(v)}"`;

/** One answer per row, shaped as Sheets expects: a column for a range, else a value. */
export function answer(values: readonly unknown[], shapeFrom: readonly (Column | undefined)[]) {
  return shapeFrom.some((c) => c?.range) ? values.map((v) => [v]) : values[0];
}

/** An omitted optional argument is no column at all, so every row takes the default. */
export const optionalColumn = (name: string, arg: Arg): Column | undefined =>
  arg === undefined ? undefined : column(name, arg);

const readText = (v: unknown): Reading<string> =>
  isBlank(v) ? { kind: 'blank' } : { kind: 'ok', value: String(v).trim() };

/** A setting that names one of a few options (model "rf10" or "cn8"), any case. */
export function choice<T extends string>(
  name: string,
  arg: Arg,
  options: readonly T[],
  hint: Message,
  refuse: (value: string) => Message,
): T {
  const value = setting(name, arg, readText, options[0] as string, hint).toLowerCase();
  if (!(options as readonly string[]).includes(value)) fail(refuse(value));
  return value as T;
}

/** The language a formula answers in: its lang argument, else the spreadsheet's. */
export const langSetting = (ctx: FormulaContext, arg: Arg): Lang =>
  readLang(Array.isArray(arg) ? (arg as unknown[]).flat()[0] : arg, ctx.lang);
