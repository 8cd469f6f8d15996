/**
 * Whether a row is blank or a totals row (合计, Grand total): the first thing asked of every row
 * of every register, so it is written for speed, one pass over the row's cells.
 */
/**
 * A totals row's label, with or without spaces and a trailing colon: 合计, 总计：, 合 计, Grand
 * total. One anchored pattern, so the usual cell fails at its first character.
 */
const TOTALS =
  /^[\s\u3000]*(?:[合总小][\s\u3000]*计|总[\s\u3000]*合[\s\u3000]*计|(?:grand|sub)?[\s\u3000]*totals?)[\s\u3000]*[:：]?[\s\u3000]*$/i;

/**
 * Whether a text's first character may open a totals label: a space of any kind, 合, 总, 小, or
 * the g, s or t of grand, sub and total. TOTALS cannot match any other text, so every other
 * cell (nearly all of them: IDs, names, nicknames) is passed without the pattern.
 */
function mayOpenTotals(c: number): boolean {
  if (c < 0x80) return c <= 32 || (c | 0x20) === 0x67 || (c | 0x20) === 0x73 || (c | 0x20) === 0x74;
  return (
    c === 0x5408 || // 合
    c === 0x603b || // 总
    c === 0x5c0f || // 小
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * What a row's cells say of it, in one pass: blank, a totals row (its label), or data. Written
 * out rather than through isBlank and a label test per cell: it runs on every cell of every row.
 */
export const BLANK_ROW = Symbol('blank row');
export function rowLabel(row: readonly unknown[]): unknown {
  let blank = true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string') {
      if (v !== null && v !== undefined) blank = false;
      continue;
    }
    if (v.length === 0) continue;
    const first = v.charCodeAt(0);
    if (mayOpenTotals(first) && TOTALS.test(v)) return v;
    // Text that opens with a printable ASCII character is not blank, at once.
    if (blank && ((first > 32 && first < 127) || v.trim() !== '')) blank = false;
  }
  return blank ? BLANK_ROW : undefined;
}
