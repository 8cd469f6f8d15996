/**
 * Analyze on random small registers full of hostile cells, with random user columns, column
 * inserts and deletes, renamed result sheets and repeated runs. Each cell is generated with
 * what it means (the amount it is worth, whether its date can be used), so the expected result
 * comes from the generator, not from SheetCare.
 *
 * A failure prints fast-check's seed and path; replay it with FC_SEED=<seed> FC_PATH=<path>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import type { FakeSheet } from '../../local/spreadsheet/sheet';
import type { AnalyzeResult } from '../../src/shared/api';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const replay = {
  seed: process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED),
  path: process.env.FC_PATH,
};

/** A cell and what it means: the customer it names (null: none, 'totals': a totals label). */
const customer = fc.constantFrom<[unknown, string | null | 'totals']>(
  ['C1', 'c1'],
  [' c1 ', 'c1'],
  ['C2', 'c2'],
  ['00123', '00123'],
  [17850, '17850'],
  ['17850', '17850'],
  ['=HYPERLINK("http://x.example","x")', '=hyperlink("http://x.example","x")'],
  ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ['张伟', '张伟'],
  ['', null],
  ['合计', 'totals'],
  ['Total:', 'totals'],
);
/** The amount a cell is worth: a number, or null when it must be listed. */
const amount = fc.oneof(
  fc.integer({ min: -500, max: 5000 }).map((n): [unknown, number | null] => [n, n]),
  fc.constantFrom<[unknown, number | null]>(
    ['¥1,200.00', 1200],
    ['1,299', 1299],
    ['300元', 300],
    ['(50)', -50],
    ['--5', null],
    ['(-50)', null],
    ['+-5', null],
    ['1e308', null],
    [1e308, null],
    ['123456789012345678', null],
    ['abc', null],
    ['', null],
    [0, 0],
  ),
);
/** A date cell and whether it can be used (before "today", 2024-06-01, and readable). */
const date = fc.oneof(
  fc
    .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2024, 4, 31) })
    .map((t): [unknown, boolean] => [new Date(t), true]),
  fc.constantFrom<[unknown, boolean]>(
    ['2024/1/5 10:00', true],
    ['2024年3月4日', true],
    [45296, true],
    ['2024-02-30', false],
    ['0024-01-05', false],
    [2024, false],
    ['soon', false],
    ['', false],
    ['2204-03-01', false],
    [new Date(Date.UTC(2024, 6, 1)), false],
  ),
);
const status = fc.constantFrom<[unknown, boolean]>(
  ['paid', true],
  ['', true],
  ['cancelled', false],
  ['已取消', false],
);

const orderRow = fc.tuple(customer, amount, date, status);
type OrderRow = [
  [unknown, string | null | 'totals'],
  [unknown, number | null],
  [unknown, boolean],
  [unknown, boolean],
];

/** What the user types beside a customer: [what they type, what must come back]. */
const userCell = fc.constantFrom(
  { typed: '=F{row}*2', formula: '=F{row}*2' },
  {
    typed: '\'=IMPORTXML("http://x.example","//a")',
    value: '=IMPORTXML("http://x.example","//a")',
  },
  { typed: "'00123", value: '00123' },
  { typed: "'TRUE", value: 'TRUE' },
  { typed: 'call back', value: 'call back' },
  { typed: 42, value: 42 },
);

const scenario = fc.record({
  rows: fc.array(orderRow, { maxLength: 14 }),
  notes: fc.array(fc.tuple(fc.nat(), userCell), { maxLength: 4 }),
  insertAt: fc.option(fc.integer({ min: 1, max: 5 })),
  deleteExtra: fc.boolean(),
  rename: fc.boolean(),
  chooseColumns: fc.boolean(),
});

const HEADER = ['Customer ID', 'Amount', 'Order date', 'Status'];
const TODAY = '2024-06-01T12:00:00Z';
const usable = ([c, a, d, st]: OrderRow): boolean =>
  c[1] !== null && c[1] !== 'totals' && st[1] && a[1] !== null && d[1];
const blank = ([c, a, d, st]: OrderRow): boolean =>
  [c[0], a[0], d[0], st[0]].every((v) => v === '');

const snapshot = (s: StandIn) =>
  JSON.stringify(
    s.spreadsheet.getSheets().map((sh) => {
      const r = sh.getDataRange();
      return [sh.getName(), r.getValues(), r.getFormulas()];
    }),
  );

function check(sc: {
  rows: OrderRow[];
  notes: [number, { typed: unknown; formula?: string; value?: unknown }][];
  insertAt: number | null;
  deleteExtra: boolean;
  rename: boolean;
  chooseColumns: boolean;
}): void {
  const s = new StandIn({ locale: 'en_US', userLocale: 'en', timeZone: 'UTC', today: TODAY });
  s.spreadsheet._load('Orders', [HEADER, ...sc.rows.map((r) => r.map((x) => x[0]))]);
  const orders = s.spreadsheet.getSheetByName('Orders') as FakeSheet;
  if (sc.chooseColumns) {
    s.run('saveColumnChoice', {
      sheetName: 'Orders',
      columns: { customer: 0, amount: 1, date: 2 },
    });
  }
  const first = s.run('analyzeCustomers') as AnalyzeResult;

  // Every non-blank row is used or listed, and exactly the ones the generator says.
  const nonBlank = sc.rows.filter((r) => !blank(r));
  expect(first.rowsUsed + first.rowsNotUsed).toBe(nonBlank.length);
  const listed = s.spreadsheet
    .getSheetByName(first.sheets.issues)!
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r) => r[0]);
  const expectedListed = sc.rows.flatMap((r, i) => (!blank(r) && !usable(r) ? [i + 2] : []));
  expect(listed).toEqual(expectedListed);

  // Spend per customer is the sum of that customer's used amounts.
  const expected = new Map<string, number>();
  for (const r of sc.rows.filter(usable)) {
    const key = r[0][1] as string;
    expected.set(key, (expected.get(key) ?? 0) + (r[1][1] as number));
  }
  const customers = s.spreadsheet.getSheetByName(first.sheets.customers) as FakeSheet;
  const shown = new Map(
    customers
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => [String(r[0]).trim().toLowerCase(), r[5] as number]),
  );
  expect(shown).toEqual(expected);
  expect(first.spend).toBe([...expected.values()].reduce((a, b) => a + b, 0));

  // The user writes beside some customers.
  const ids = [...shown.keys()];
  const typed = new Map<string, { col: number; formula?: string; value?: unknown }[]>();
  if (ids.length) {
    // Their own columns past the sheet's last: the user adds the columns first.
    const need = 25 + sc.notes.length - 1 - customers.getMaxColumns();
    if (need > 0) customers.insertColumnsAfter(customers.getMaxColumns(), need);
    customers.getRange(1, 25).setValue('Notes');
    sc.notes.forEach(([pick, cell], j) => {
      const rowIndex = 2 + (pick % ids.length);
      const key = String(customers.getRange(rowIndex, 1).getValue()).trim().toLowerCase();
      customers
        .getRange(rowIndex, 25 + j)
        .setValue(
          typeof cell.typed === 'string'
            ? cell.typed.replace('{row}', String(rowIndex))
            : cell.typed,
        );
      typed.set(key, [...(typed.get(key) ?? []), { ...cell, col: 25 + j }]);
    });
  }
  if (sc.rename) customers.setName('Kunden');
  if (sc.insertAt !== null) {
    orders.insertColumnsBefore(sc.insertAt, 1);
    orders.getRange(1, sc.insertAt).setValue('Phone');
  }
  if (sc.deleteExtra) orders.deleteColumns(4 + (sc.insertAt !== null ? 1 : 0), 1);

  const before = snapshot(s);
  let second: AnalyzeResult;
  try {
    second = s.run('analyzeCustomers') as AnalyzeResult;
  } catch (e) {
    // Only SheetCare's own sentences, and nothing written.
    expect(String((e as Error).message)).not.toMatch(/could not finish|TypeError|coordinates/);
    expect(snapshot(s)).toBe(before);
    return;
  }
  // Deleting Status makes cancelled rows count; otherwise the figures stand.
  if (!sc.deleteExtra) expect(second.spend).toBe(first.spend);
  const sheetNow = s.spreadsheet.getSheetByName(second.sheets.customers) as FakeSheet;
  expect(sheetNow).toBe(customers);
  const rows = sheetNow.getDataRange().getValues();
  const formulas = sheetNow.getDataRange().getFormulas();
  for (const [key, cells] of typed) {
    const r = rows.findIndex((row, i) => i > 0 && String(row[0]).trim().toLowerCase() === key);
    expect(r).toBeGreaterThan(0);
    for (const cell of cells) {
      if (cell.formula) {
        expect(formulas[r][cell.col - 1]).toBe(cell.formula.replace('{row}', String(r + 1)));
      } else {
        expect(formulas[r][cell.col - 1]).toBe('');
        expect(rows[r][cell.col - 1]).toEqual(cell.value);
      }
    }
  }

  // Running again without changes changes nothing.
  const settled = snapshot(s);
  s.run('analyzeCustomers');
  expect(snapshot(s)).toBe(settled);
}

describe('Analyze on random hostile registers', () => {
  it('lists or uses every row, sums what it used, keeps every user cell, and settles', () => {
    fc.assert(
      fc.property(scenario, (sc) => check(sc as Parameters<typeof check>[0])),
      { numRuns: RUNS, ...replay },
    );
  });
});
