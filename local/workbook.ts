/**
 * Workbooks in and out of the stand-in: an .xlsx or .csv opened as a spreadsheet (as Sheets
 * imports a file), and a spreadsheet saved as .xlsx with its values, formats and colours.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { instantOf, isDate, wallClock } from './clock';
import { Env } from './env';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';

export interface OpenOptions {
  readonly env: Env;
  readonly timeZone?: string;
  readonly locale?: string;
}

/**
 * The text of a CSV file as platforms write it: UTF-8 with or without a byte-order mark,
 * UTF-16 from some spreadsheet programs, or GBK from Chinese back offices (whatever is not
 * valid UTF-8 is read as GBK, which covers GB2312).
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The separator of the header line: comma, semicolon (European exports) or tab. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"(?:[^"]|"")*"/g, '');
  const counts = [',', ';', '\t'].map((sep) => [sep, outsideQuotes.split(sep).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** CSV rows: quotes, doubled quotes, newlines in fields, CRLF, any separator. */
export function parseCsv(text: string): string[][] {
  return parse(text, {
    delimiter: separatorOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

const NUMBER = /^[+-]?(\d+|\d*\.\d+)([eE][+-]?\d+)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** As Sheets imports CSV: plain numbers and ISO dates are converted, the rest stays text. */
function csvCell(text: string, tz: string): unknown {
  // ="0012345" is how exports keep a long order number from turning into a number.
  const guarded = /^="(.*)"$/.exec(text);
  if (guarded) return guarded[1];
  if (NUMBER.test(text)) return Number(text);
  const m = DATE_TIME.exec(text);
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
    return new Date(instantOf(tz, Date.UTC(y, mo - 1, d, h, mi, s)));
  }
  return text;
}

export async function openWorkbook(file: string, options: OpenOptions): Promise<FakeSpreadsheet> {
  const tz = options.timeZone ?? 'Asia/Shanghai';
  const ss = new FakeSpreadsheet(
    options.env,
    path.basename(file).replace(/\.\w+$/, ''),
    tz,
    options.locale ?? 'zh_CN',
  );
  if (/\.csv$/i.test(file)) {
    const rows = parseCsv(decodeCsv(fs.readFileSync(file)));
    ss._load(
      ss._name,
      rows.map((r) => r.map((c) => csvCell(c, tz))),
    );
    return ss;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    const formats: (string | undefined)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const values: unknown[] = [];
      const fmts: (string | undefined)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        let v: unknown = cell.value;
        if (v && typeof v === 'object' && !isDate(v)) {
          const o = v as { result?: unknown; text?: string; richText?: { text: string }[] };
          v = o.result ?? o.text ?? o.richText?.map((t) => t.text).join('') ?? '';
        }
        // xlsx holds wall-clock time; exceljs reads it as UTC. Place it in the sheet's zone.
        if (isDate(v)) v = new Date(instantOf(tz, v.getTime()));
        values[c - 1] = v;
        fmts[c - 1] = cell.numFmt || undefined;
      });
      rows[r - 1] = values;
      formats[r - 1] = fmts;
    });
    ss._load(
      ws.name,
      Array.from(rows, (r) => r ?? []),
      Array.from(formats, (f) => f ?? []),
    );
  });
  return ss;
}

export async function saveWorkbook(ss: FakeSpreadsheet, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of ss._sheets) {
    const ws = wb.addWorksheet(sheet._name, {
      views: sheet._frozenRows ? [{ state: 'frozen', ySplit: sheet._frozenRows }] : undefined,
    });
    const { rows, cols } = sheet._extent();
    for (let r = 0; r < rows; r++) {
      const row = ws.getRow(r + 1);
      for (let c = 0; c < cols; c++) {
        const k = r * 18_278 + c;
        const v = sheet._rows[r]?.[c];
        const formula = sheet._formulas.get(k);
        const cell = row.getCell(c + 1);
        const value = v instanceof Date ? new Date(wallClock(ss._tz, v.getTime())) : v;
        if (formula)
          cell.value = {
            formula: formula.slice(1),
            result: value as ExcelJS.CellValue,
          } as ExcelJS.CellFormulaValue;
        else if (value !== undefined) cell.value = value as ExcelJS.CellValue;
        const fmt = sheet._formats.get(k);
        if (fmt) cell.numFmt = fmt;
        const bg = sheet._backgrounds.get(k);
        if (bg)
          cell.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${bg.replace('#', '').toUpperCase()}` },
          };
        if (sheet._fontWeights.get(k) === 'bold') cell.font = { bold: true };
      }
    }
    for (const [col, width] of sheet._columnWidths) ws.getColumn(col).width = width / 7;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}
