/**
 * A1 ↔ R1C1 for formulas, as Range.getFormulasR1C1 and setFormulaR1C1 convert them
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getformulasr1c1):
 * a relative reference becomes an offset from the formula's own cell, R[-1]C[2], an absolute
 * one ($B$3) a position, R3C2. Text in double quotes is left alone, and so is a name followed
 * by "(" (a function such as LOG10).
 */

const colNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const colLetters = (col: number): string => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
};

/** Applies `f` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, f: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('');
}

const A1_CELL = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** A formula written in cell (row, col), 1-based, as R1C1. */
export function toR1C1(formula: string, row: number, col: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(A1_CELL, (_m, absC: string, letters: string, absR: string, digits: string) => {
      const r = Number(digits);
      const c = colNumber(letters);
      const rPart = absR ? `R${r}` : `R[${r - row}]`;
      const cPart = absC ? `C${c}` : `C[${c - col}]`;
      return rPart + cPart;
    }),
  );
}

const R1C1_CELL = /(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/** An R1C1 formula placed in cell (row, col), 1-based, as A1. */
export function fromR1C1(formula: string, row: number, col: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(R1C1_CELL, (_m, r?: string, c?: string) => {
      const rel = (part: string | undefined, at: number) =>
        part === undefined
          ? { n: at, abs: false }
          : part.startsWith('[')
            ? { n: at + Number(part.slice(1, -1)), abs: false }
            : { n: Number(part), abs: true };
      const rr = rel(r, row);
      const cc = rel(c, col);
      if (rr.n < 1 || cc.n < 1) return '#REF!';
      return `${cc.abs ? '$' : ''}${colLetters(cc.n)}${rr.abs ? '$' : ''}${rr.n}`;
    }),
  );
}
