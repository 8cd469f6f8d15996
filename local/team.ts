/**
 * The shop's team at work on a sheet, as they work in the Sheets window: sorting the rows under
 * the header, inserting a row, deleting one, typing over a cell, adding a column of notes. These
 * are a person's edits, not the script's, so they are no service calls: a test may make them
 * between any two calls of a run (`env.atCall`) or between runs.
 */
import type { FakeSheet } from './spreadsheet/sheet';
import type { Stored } from './spreadsheet/cells';

const lastRow = (sheet: FakeSheet) => sheet._extent().rows;

/** Sorts the rows below the header by one column (1-based), as Data → Sort range does. */
export function sortRows(sheet: FakeSheet, col: number, descending = false): void {
  const last = lastRow(sheet);
  if (last < 3) return;
  const data = sheet._rows.slice(1, last).map((r) => r ?? []);
  const v = (r: (Stored | undefined)[]) => r[col - 1];
  data.sort((a, b) => {
    const x = v(a);
    const y = v(b);
    const order =
      x === y
        ? 0
        : x === undefined
          ? 1
          : y === undefined
            ? -1
            : (x instanceof Date ? x.getTime() : x) < (y instanceof Date ? y.getTime() : y)
              ? -1
              : 1;
    return descending ? -order : order;
  });
  sheet._rows.splice(1, data.length, ...data);
  // The formats of the rows go with their values; dates keep their look in the stand-in.
}

/** A blank row inserted before row `at` (1-based), pushing the rows below down. */
export function insertRow(sheet: FakeSheet, at: number): void {
  sheet._rows.splice(at - 1, 0, []);
  sheet._maxRows += 1;
  sheet._shiftKeys(at - 1, 1);
}

/** Row `at` deleted, the rows below moving up. */
export function deleteRow(sheet: FakeSheet, at: number): void {
  if (at > lastRow(sheet)) return;
  sheet._rows.splice(at - 1, 1);
  sheet._maxRows -= 1;
  sheet._shiftKeys(at - 1, -1);
}

/** Text typed over a cell. */
export function typeInto(sheet: FakeSheet, row: number, col: number, text: Stored): void {
  // A note beside the data: the team adds the column first.
  sheet._maxCols = Math.max(sheet._maxCols, col);
  sheet._maxRows = Math.max(sheet._maxRows, row);
  sheet._rows[row - 1] ??= [];
  sheet._rows[row - 1][col - 1] = text;
}

/**
 * One edit of the kinds a team makes, chosen by `rnd`: sort by a column either way, insert a
 * row, delete a data row, type a note over a cell, or write in their column of notes beside the
 * headed ones. Returns what it did, for a test's message.
 */
export function randomEdit(sheet: FakeSheet, rnd: () => number): string {
  const last = lastRow(sheet);
  const cols = Math.max(sheet._extent().cols, 1);
  const pick = (n: number) => 1 + Math.floor(rnd() * n);
  const kind = Math.floor(rnd() * 5);
  if (kind === 0 && last >= 3) {
    const col = pick(cols);
    const desc = rnd() < 0.5;
    sortRows(sheet, col, desc);
    return `sorted ${sheet._name} by column ${col}${desc ? ' descending' : ''}`;
  }
  if (kind === 1) {
    const at = 1 + pick(Math.max(last, 1));
    insertRow(sheet, at);
    return `inserted a row at ${at} of ${sheet._name}`;
  }
  if (kind === 2 && last >= 2) {
    const at = 1 + pick(last - 1);
    deleteRow(sheet, at);
    return `deleted row ${at} of ${sheet._name}`;
  }
  if (kind === 3 && last >= 2) {
    const row = 1 + pick(last - 1);
    const col = pick(cols);
    typeInto(sheet, row, col, '已处理，客户已回复');
    return `typed over ${sheet._name} row ${row} column ${col}`;
  }
  // In the team's one column of notes, beside the sheet's own headed columns.
  const headed = (sheet._rows[0] ?? []).filter((v) => v !== undefined && v !== '').length;
  const row = 1 + pick(Math.max(last, 1));
  typeInto(sheet, row, headed + 1, '备注：电话联系过');
  return `wrote a note beside ${sheet._name} row ${row}`;
}
