/**
 * A result sheet is shared: SheetCare owns a block at its top left (the header row, one row per
 * record, and the rows it keeps for the user), the user owns every cell to the right of that
 * block and every row below it. Re-writing the block moves each of the user's cells with the
 * record it sits beside, as the user entered it (a formula stays a formula, in R1C1 so that
 * relative references follow the row), and drops none of them: cells whose record has gone are
 * kept on a row of their own, marked.
 */

/** A sheet's used area as it was, and the block SheetCare wrote there last time. */
export interface OldSheet {
  readonly values: readonly (readonly unknown[])[];
  /** R1C1 formulas, '' where a cell holds no formula; same shape as values. */
  readonly formulas: readonly (readonly string[])[];
  /** Rows and columns of SheetCare's block (header included). */
  readonly block: { readonly rows: number; readonly cols: number };
}

export interface NewBlock {
  /** Header row first, then one row per record; every row as wide as the header. */
  readonly values: readonly (readonly unknown[])[];
  /** The record a row stands for, new or old, from SheetCare's own cells of that row. */
  readonly keyOf: (row: readonly unknown[], index: number) => string;
  /** The row kept for cells whose record has gone: its key cell, then this mark. */
  readonly keptMark: string;
}

export interface Layout {
  /** The whole used area: SheetCare's block, then the user's cells; '' where a formula goes. */
  readonly values: unknown[][];
  /** The user's formulas, grouped by their R1C1 text, at 1-based [row, column] cells. */
  readonly formulas: { readonly formula: string; readonly cells: [number, number][] }[];
  /** SheetCare's block now. */
  readonly block: { readonly rows: number; readonly cols: number };
  /** 0-based rows of the block that keep cells of a record that has gone. */
  readonly keptRows: number[];
}

interface UserCell {
  readonly value: unknown;
  readonly formula: string;
}

const isEmpty = (c: UserCell): boolean => c.formula === '' && (c.value === '' || c.value == null);

export function layout(next: NewBlock, old: OldSheet | undefined): Layout {
  const width = next.values[0]?.length ?? 1;
  const oldBlock = old?.block ?? { rows: 0, cols: width };
  const cell = (r: number, c: number): UserCell => ({
    value: old?.values[r]?.[c] ?? '',
    formula: old?.formulas[r]?.[c] ?? '',
  });
  const oldWidth = old ? Math.max(0, ...old.values.map((r) => r.length)) : 0;
  const extraWidth = Math.max(0, oldWidth - oldBlock.cols);
  // The user's cells to the right of an old block row, or undefined when there are none.
  const rightOf = (r: number): UserCell[] | undefined => {
    const cells = Array.from({ length: extraWidth }, (_, j) => cell(r, oldBlock.cols + j));
    return cells.every(isEmpty) ? undefined : cells;
  };

  // Old body rows with user cells, by the record they stood beside, in sheet order.
  const waiting = new Map<string, { row: number; cells: UserCell[] }[]>();
  const oldBody = old ? Math.min(oldBlock.rows, old.values.length) : 0;
  for (let r = 1; r < oldBody; r++) {
    const cells = rightOf(r);
    if (!cells) continue;
    const key = next.keyOf(old!.values[r].slice(0, oldBlock.cols), r - 1);
    const list = waiting.get(key) ?? [];
    list.push({ row: r, cells });
    waiting.set(key, list);
  }

  const rows: { ours: unknown[]; user?: UserCell[] }[] = next.values.map((v, i) => {
    if (i === 0) return { ours: [...v], user: old ? rightOf(0) : undefined };
    const list = waiting.get(next.keyOf(v, i - 1));
    return { ours: [...v], user: list?.shift()?.cells };
  });
  // What is left belonged to records that have gone, or to a second row of one record.
  const kept = [...waiting.values()].flat().sort((a, b) => a.row - b.row);
  const keptRows: number[] = [];
  for (const k of kept) {
    keptRows.push(rows.length);
    const ours = Array<unknown>(width).fill('');
    ours[0] = old!.values[k.row][0];
    if (width > 1) ours[1] = next.keptMark;
    rows.push({ ours, user: k.cells });
  }
  const block = { rows: rows.length, cols: width };

  // Rows below the old block belong to the user whole; they move with its bottom edge.
  const tail: UserCell[][] = [];
  for (let r = oldBlock.rows; r < (old?.values.length ?? 0); r++) {
    tail.push(Array.from({ length: oldWidth }, (_, c) => cell(r, c)));
  }
  while (tail.length && tail[tail.length - 1].every(isEmpty)) tail.pop();

  const fullWidth = Math.max(width + extraWidth, tail.length ? oldWidth : 0);
  const values: unknown[][] = [];
  const byFormula = new Map<string, [number, number][]>();
  const put = (out: unknown[], r: number, c: number, u: UserCell) => {
    if (u.formula) {
      const cells = byFormula.get(u.formula) ?? [];
      cells.push([r + 1, c + 1]);
      byFormula.set(u.formula, cells);
      out[c] = '';
    } else out[c] = u.value;
  };
  rows.forEach((row, r) => {
    const out = Array<unknown>(fullWidth).fill('');
    row.ours.forEach((v, c) => (out[c] = v));
    row.user?.forEach((u, j) => put(out, r, width + j, u));
    values.push(out);
  });
  tail.forEach((cells) => {
    const r = values.length;
    const out = Array<unknown>(fullWidth).fill('');
    // Cells beside the block's columns shift with the block's width, like the right-hand ones.
    cells.forEach((u, c) => put(out, r, c < oldBlock.cols ? c : c - oldBlock.cols + width, u));
    values.push(out);
  });
  return {
    values,
    formulas: [...byFormula].map(([formula, cells]) => ({ formula, cells })),
    block,
    keptRows,
  };
}
