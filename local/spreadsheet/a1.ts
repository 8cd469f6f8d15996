/** A1 notation, as Range.getA1Notation writes it and Sheet.getRange reads it. */
/** A1 notation: "B2", "A1:C10", "A:C", "2:5". */
export function parseA1(a1: string): { row: number; col: number; rows?: number; cols?: number } {
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(a1.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found`);
  const colOf = (s: string) =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = m[1] ? colOf(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  if (m[3] === undefined && m[4] === undefined) return { row: r1, col: c1, rows: 1, cols: 1 };
  const c2 = m[3] ? colOf(m[3]) : undefined;
  const r2 = m[4] ? Number(m[4]) : undefined;
  return {
    row: Math.min(r1, r2 ?? r1),
    col: Math.min(c1, c2 ?? c1),
    rows: r2 === undefined ? undefined : Math.abs(r2 - r1) + 1,
    cols: c2 === undefined ? undefined : Math.abs(c2 - c1) + 1,
  };
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
