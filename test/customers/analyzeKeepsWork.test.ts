/**
 * Analyze is safe to run on any spreadsheet, as often as the user likes: it writes only to its
 * own sheets, keeps every cell the user entered, and writes nothing when it cannot finish.
 */
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { CELL_LIMIT } from '../../local/spreadsheet/cells';
import { FakeConditionalFormatRuleBuilder } from '../../local/spreadsheet/conditionalFormat';
import type { FakeSheet } from '../../local/spreadsheet/sheet';
import { SHEET_NAMES } from '../../src/words/sheetNames';
import type { AnalyzeResult } from '../../src/shared/api';
import { TIER_COLOURS, UNPROFITABLE } from '../../src/core/customers/report';
import { storedValue } from '../helpers/standIn';

/** Colour rules in the order SheetCare lists them: the loss colour, then tiers A, B, C. */
const ORDER_OF = [UNPROFITABLE, TIER_COLOURS.A, TIER_COLOURS.B, TIER_COLOURS.C];
const byTier = (a: string, b: string) => ORDER_OF.indexOf(a) - ORDER_OF.indexOf(b);

const ORDERS: unknown[][] = [
  ['Customer ID', 'Amount', 'Order date'],
  ['C1', 100, '2024-01-05'],
  ['C2', 300, '2024-01-06'],
  ['C3', 50, '2024-01-07'],
  ['C1', 100, '2024-02-05'],
];

function shop(rows: unknown[][] = ORDERS, name = 'Orders'): StandIn {
  const s = new StandIn({ locale: 'en_US', userLocale: 'en', timeZone: 'UTC' });
  s.spreadsheet._load(name, rows);
  return s;
}

const analyze = (s: StandIn) => s.run('analyzeCustomers') as AnalyzeResult;
const sheet = (s: StandIn, name: string): FakeSheet => s.spreadsheet.getSheetByName(name)!;
const values = (sh: FakeSheet) => sh.getDataRange().getValues();
/** The row (1-based) of a customer on the Customers sheet. */
const rowOf = (sh: FakeSheet, id: string) => values(sh).findIndex((r) => r[0] === id) + 1;
const WIDTH = 24; // the Customers block: ID … predicted value

describe('SheetCare writes only to its own sheets', () => {
  it('never writes a copy the user made of its sheet, nor takes a renamed copy for its own', () => {
    const s = shop();
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    // A sheet just inserted is marked by its name: the user's copy, made before the next run,
    // carries the same mark (if Sheets copies it) under another name.
    const early = c.copyTo(s.spreadsheet);
    early.getRange(2, 1).setValue('my own list');
    sheet(s, 'Orders').appendRow(['C9', 5, '2024-03-01']);
    analyze(s);
    expect(rowOf(c, 'C9')).toBeGreaterThan(0);
    expect(values(early)[1][0]).toBe('my own list');
    expect(rowOf(early, 'C9')).toBe(0);
    // Now the mark names the sheet's id: a copy is never SheetCare's, whatever its name.
    const late = c.copyTo(s.spreadsheet);
    c.setName('Customers, old');
    late.setName(SHEET_NAMES.customers);
    sheet(s, 'Orders').appendRow(['C10', 5, '2024-03-02']);
    analyze(s);
    expect(rowOf(c, 'C10')).toBeGreaterThan(0);
    expect(rowOf(late, 'C10')).toBe(0);
  });

  it('takes neither sheet when a copy and the renamed original both carry a mark by name', () => {
    const s = shop();
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    const copy = c.copyTo(s.spreadsheet);
    c.setName('Renamed');
    const before = [values(c), values(copy)].map((v) => JSON.stringify(v));
    sheet(s, 'Orders').appendRow(['C9', 5, '2024-03-01']);
    analyze(s);
    expect([values(c), values(copy)].map((v) => JSON.stringify(v))).toEqual(before);
    // The name is free again: the new sheet takes it.
    const made = sheet(s, SHEET_NAMES.customers);
    expect(made).not.toBe(c);
    expect(rowOf(made, 'C9')).toBeGreaterThan(0);
    // From then on the new sheet is SheetCare's, and only it.
    sheet(s, 'Orders').appendRow(['C10', 5, '2024-03-02']);
    analyze(s);
    expect(rowOf(made, 'C10')).toBeGreaterThan(0);
    expect([values(c), values(copy)].map((v) => JSON.stringify(v))).toEqual(before);
  });

  it('never touches a user sheet that has a result name, even when it is the register', () => {
    const s = shop(ORDERS, SHEET_NAMES.customers);
    const before = JSON.stringify(values(sheet(s, SHEET_NAMES.customers)));
    const r = analyze(s);
    expect(r.orderSheet).toBe(SHEET_NAMES.customers);
    expect(JSON.stringify(values(sheet(s, SHEET_NAMES.customers)))).toBe(before);
    expect(r.sheets.customers).toBe(`${SHEET_NAMES.customers} (2)`);
    expect(r.newSheets).toEqual([
      `${SHEET_NAMES.customers} (2)`,
      SHEET_NAMES.summary,
      SHEET_NAMES.issues,
    ]);
    // C1 spent 200, C2 300, C3 50.
    expect(values(sheet(s, r.sheets.customers)).map((row) => [row[0], row[5]])).toEqual([
      ['Customer ID', 'Spend'],
      ['C2', 300],
      ['C1', 200],
      ['C3', 50],
    ]);
    // The second run finds its own sheet again, and still not the user's.
    const again = analyze(s);
    expect(again.sheets.customers).toBe(`${SHEET_NAMES.customers} (2)`);
    expect(again.newSheets).toEqual([]);
    expect(JSON.stringify(values(sheet(s, SHEET_NAMES.customers)))).toBe(before);
  });

  it('leaves a user sheet called Summary alone and says where the summary went', () => {
    const s = shop();
    const mine = s.spreadsheet.insertSheet(SHEET_NAMES.summary);
    mine.getRange(1, 1).setValue('My own summary');
    const r = analyze(s);
    expect(mine.getRange(1, 1).getValue()).toBe('My own summary');
    expect(mine.getLastRow()).toBe(1);
    expect(r.sheets.summary).toBe(`${SHEET_NAMES.summary} (2)`);
    s.spreadsheet.deleteSheet(sheet(s, r.sheets.summary));
    s.run('menuAnalyze');
    expect(s.spreadsheet._ui.alerts.at(-1)?.prompt).toContain(
      `A sheet of yours already had that name, so SheetCare wrote to a new sheet, "${SHEET_NAMES.summary} (2)", and left yours as it was.`,
    );
  });

  it('follows its sheet through a rename', () => {
    const s = shop();
    analyze(s);
    sheet(s, SHEET_NAMES.customers).setName('Our customers');
    const r = analyze(s);
    expect(r.sheets.customers).toBe('Our customers');
    expect(r.newSheets).toEqual([]);
    expect(s.spreadsheet.getSheetByName(SHEET_NAMES.customers)).toBeNull();
    expect(values(sheet(s, 'Our customers'))[1][0]).toBe('C2');
  });

  it('never takes its own Customers sheet for the order register', () => {
    const s = shop();
    analyze(s);
    // The Customers sheet has a customer, an amount-like and date columns; Orders stays the register.
    s.spreadsheet.setActiveSheet(sheet(s, SHEET_NAMES.customers));
    expect(analyze(s).orderSheet).toBe('Orders');
  });
});

describe('the user’s cells stay exactly as entered', () => {
  it('keeps formulas as formulas on their customer’s new row, and text as text', () => {
    const s = shop();
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    const u = WIDTH + 1;
    // Four columns of their own past the sheet's last: the user adds the columns first.
    c.insertColumnsAfter(c.getMaxColumns(), Math.max(0, u + 3 - c.getMaxColumns()));
    c.getRange(1, u, 1, 4).setValues([['Double spend', 'Pasted note', 'Code', 'Flag']]);
    const c1 = rowOf(c, 'C1');
    c.getRange(c1, u).setFormula(`=F${c1}*2`);
    c.getRange(c1, u + 1).setValue('\'=IMPORTXML("http://x.example","//a")');
    c.getRange(c1, u + 2).setValue("'00123");
    c.getRange(c1, u + 3).setValue("'TRUE");
    // C3 now outspends everyone: every row moves.
    sheet(s, 'Orders').appendRow(['C3', 1000, '2024-03-01']);
    analyze(s);
    const now = rowOf(c, 'C1');
    expect(now).not.toBe(c1);
    expect(c.getRange(now, u).getFormula()).toBe(`=F${now}*2`);
    expect(c.getRange(now, u + 1).getFormula()).toBe('');
    expect(c.getRange(now, u + 1).getValue()).toBe('=IMPORTXML("http://x.example","//a")');
    expect(c.getRange(now, u + 2).getValue()).toBe('00123');
    expect(c.getRange(now, u + 3).getValue()).toBe('TRUE');
    expect(values(c)[0].slice(WIDTH)).toEqual(['Double spend', 'Pasted note', 'Code', 'Flag']);
  });

  it('keeps a note with its customer when the register is re-sorted and spelled differently', () => {
    const s = shop([
      ['Customer ID', 'Amount', 'Order date'],
      ['C1', 100, '2024-01-05'],
      ['C2', 300, '2024-01-06'],
      ['c1 ', 100, '2024-02-05'],
    ]);
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    c.getRange(rowOf(c, 'C1'), WIDTH + 1).setValue('VIP, call first');
    // Sorted newest first, "c1 " is now the first spelling the analysis meets.
    const orders = sheet(s, 'Orders');
    orders.getRange(2, 1, 3, 3).setValues([
      ['c1 ', 100, '2024-02-05'],
      ['C2', 300, '2024-01-06'],
      ['C1', 100, '2024-01-05'],
    ]);
    analyze(s);
    const rows = values(c);
    const noted = rows.filter((r) => r[WIDTH] === 'VIP, call first');
    expect(noted).toHaveLength(1);
    expect(String(noted[0][0]).trim().toLowerCase()).toBe('c1');
    expect(noted[0][5]).toBe(200);
  });

  it('keeps both notes when two rows stood for one customer, and notes of customers who have gone', () => {
    const s = shop();
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    c.getRange(1, WIDTH + 1).setValue('Notes');
    c.getRange(rowOf(c, 'C3'), WIDTH + 1).setValue('Asked for a refund');
    // A row the user added by hand for C2, below the block's customers.
    const extra = c.getLastRow() + 1;
    c.insertRowsAfter(c.getMaxRows(), 1);
    c.getRange(extra, 1).setValue('C2');
    c.getRange(extra, WIDTH + 1).setValue('Second note for C2');
    c.getRange(rowOf(c, 'C2'), WIDTH + 1).setValue('First note for C2');
    // C3's only order is removed from the register.
    sheet(s, 'Orders').getRange(4, 1, 1, 3).clearContent();
    const r = analyze(s);
    expect(r.customers).toBe(2);
    const rows = values(c);
    const notes = rows.map((row) => [row[0], row[1], row[WIDTH]]).filter((x) => x[2] !== '');
    expect(notes).toEqual([
      ['Customer ID', 'Name', 'Notes'],
      ['C2', '', 'First note for C2'],
      ['C3', 'No longer in the order sheet: your cells on this row are kept', 'Asked for a refund'],
      ['C2', '', 'Second note for C2'],
    ]);
    // When C3 buys again the note joins them, and the marked row goes.
    sheet(s, 'Orders').appendRow(['C3', 20, '2024-03-01']);
    analyze(s);
    const back = values(c).filter((row) => row[WIDTH] === 'Asked for a refund');
    expect(back).toHaveLength(1);
    expect(back[0][1]).toBe('');
    expect(back[0][5]).toBe(20);
  });

  it('keeps rows the user wrote below the block, below it', () => {
    const s = shop();
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    // Three customers: the block is rows 1–4. The user adds rows, leaves a gap, writes a total.
    c.insertRowsAfter(c.getMaxRows(), 5);
    c.getRange(6, 1, 1, 2).setValues([['My total', '=SUM(F2:F4)']]);
    sheet(s, 'Orders').appendRow(['C4', 10, '2024-03-01']);
    analyze(s);
    // Four customers now: the block is rows 1–5 and the user's row moved down one.
    expect(c.getRange(7, 1).getValue()).toBe('My total');
    expect(c.getRange(7, 2).getFormula()).toBe('=SUM(F3:F5)');
    expect(c.getRange(6, 1).getValue()).toBe('');
  });

  it('keeps notes beside Issues with their order row', () => {
    const s = shop([
      ['Customer ID', 'Amount', 'Order date'],
      ['C1', 'abc', '2024-01-05'],
      ['C2', 300, 'soon'],
      ['', 50, '2024-01-07'],
    ]);
    analyze(s);
    const issues = sheet(s, SHEET_NAMES.issues);
    expect(values(issues).map((r) => r[0])).toEqual(['Row', 2, 3, 4]);
    issues.getRange(3, 4).setValue('Asked the warehouse'); // beside order row 3
    // Row 2 is fixed: the issue of row 3 moves up on Issues, and its note with it.
    sheet(s, 'Orders').getRange(2, 2).setValue(100);
    analyze(s);
    expect(values(issues).map((r) => [r[0], r[3]])).toEqual([
      ['Row', ''],
      [3, 'Asked the warehouse'],
      [4, ''],
    ]);
  });

  it('colours only what some row wears, and takes its own rule away when no row does', () => {
    const s = shop([...ORDERS, ['C4', -20, '2024-02-06']]); // C4 only got money back
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    const colours = () => c.getConditionalFormatRules().map((r) => r._data.format.background);
    const tierCol = values(c)[0].indexOf('ABC tier');
    const worn = () =>
      new Set(
        values(c)
          .slice(1)
          .map((r) => TIER_COLOURS[r[tierCol] as 'A' | 'B' | 'C']),
      );
    expect(colours()).toEqual([UNPROFITABLE, ...worn()].sort(byTier));
    // The refund was a typo: C4 paid 20. The loss colour goes; it is not kept as the user's.
    sheet(s, 'Orders').getRange(6, 2).setValue(20);
    analyze(s);
    expect(colours()).toEqual([...worn()].sort(byTier));
  });

  it('keeps the user’s charts and conditional formats, and replaces only its own', () => {
    const s = shop();
    analyze(s);
    const c = sheet(s, SHEET_NAMES.customers);
    const summary = sheet(s, SHEET_NAMES.summary);
    const own = summary.newChart().setChartType('PIE').addRange(summary.getRange('A1:B3'));
    summary.insertChart(own.setPosition(40, 1, 0, 0).build());
    const ruleBuilder = new FakeConditionalFormatRuleBuilder(s.env)
      .whenNumberGreaterThan(250)
      .setBackground('#ff0000')
      .setRanges([c.getRange('F2:F4')])
      .build();
    c.setConditionalFormatRules([...c.getConditionalFormatRules(), ruleBuilder]);
    const ourRules = c.getConditionalFormatRules().length - 1;
    analyze(s);
    analyze(s);
    expect(summary.getCharts().map((x) => x._data.type)).toEqual(['PIE', 'COLUMN', 'LINE']);
    const rules = c.getConditionalFormatRules();
    expect(rules).toHaveLength(ourRules + 1);
    expect(rules.filter((x) => x._data.format.background === '#ff0000')).toHaveLength(1);
  });
});

describe('all or nothing', () => {
  it('with no usable row, writes empty results and an Issues sheet that explains every row', () => {
    const s = shop([
      ['Customer ID', 'Amount', 'Order date', 'Status'],
      ['C1', 100, '2024-01-05', 'cancelled'],
      ['C2', 300, 'someday', 'paid'],
    ]);
    const r = analyze(s);
    expect([r.rowsRead, r.rowsUsed, r.rowsNotUsed, r.customers, r.spend]).toEqual([2, 0, 2, 0, 0]);
    expect(values(sheet(s, SHEET_NAMES.customers))).toHaveLength(1);
    expect(values(sheet(s, SHEET_NAMES.issues)).map((x) => x[1])).toEqual([
      'Why it was not used',
      'Cancelled or refunded order',
      'Date cannot be read',
    ]);
    expect(JSON.parse(s.properties._document.getProperty('sheetcare.lastAnalysis')!)).toMatchObject(
      { rowsUsed: 0, customers: 0 },
    );
  });

  /** Fills the workbook with an archive sheet until fewer than `room` cells are left. */
  const fill = (s: StandIn, room: number) => {
    const archive = s.spreadsheet.insertSheet('Archive');
    archive.insertRowsAfter(1000, Math.floor((CELL_LIMIT - s.spreadsheet._cellCount()) / 26));
    expect(CELL_LIMIT - s.spreadsheet._cellCount()).toBeLessThan(room);
  };
  const snapshot = (s: StandIn) =>
    s.spreadsheet
      .getSheets()
      .map((x) => [x.getName(), x.getMaxRows(), x.getMaxColumns(), JSON.stringify(values(x))]);

  it('an error leaves every sheet and the stored summary as they were', () => {
    const s = shop();
    analyze(s);
    const props = s.properties._document;
    const stored = props.getProperty('sheetcare.lastAnalysis');
    // The team trims the Customers sheet to its rows; then a fifth customer needs a row more.
    const c = sheet(s, SHEET_NAMES.customers);
    c.deleteRows(5, c.getMaxRows() - 4);
    sheet(s, 'Orders').appendRow(['C9', 5, '2024-03-01']);
    // The Summary and Issues sheets fit as they are; only the Customers sheet must grow.
    fill(s, 26);
    const before = snapshot(s);
    expect(() => analyze(s)).toThrow(/need [\d,]+ more cells.*Nothing was written/);
    expect(snapshot(s)).toEqual(before);
    expect(props.getProperty('sheetcare.lastAnalysis')).toBe(stored);
  });

  it('a sheet it cannot insert is taken back with the rest: nothing new stays behind', () => {
    const s = shop();
    analyze(s);
    const props = s.properties._document;
    const stored = props.getProperty('sheetcare.lastAnalysis');
    // The user deletes the Summary sheet: the next run inserts one, which no longer fits.
    s.spreadsheet.deleteSheet(sheet(s, SHEET_NAMES.summary));
    sheet(s, 'Orders').appendRow(['C9', 5, '2024-03-01']);
    fill(s, 26 * 1000);
    const before = snapshot(s);
    expect(() => analyze(s)).toThrow(/need [\d,]+ more cells.*Nothing was written/);
    expect(snapshot(s)).toEqual(before);
    expect(props.getProperty('sheetcare.lastAnalysis')).toBe(stored);
  });
});

/**
 * Google does not document the grid of a sheet that insertSheet makes; SheetCare assumes the
 * 1000 × 26 seen in Sheets and asks only when a sheet proves smaller. Both worlds work alike.
 */
describe('a new sheet of any size', () => {
  const grids = [
    { rows: 1000, cols: 26 },
    { rows: 3, cols: 2 },
    { rows: 2500, cols: 40 },
  ];
  it.each(grids)('writes the same results when Sheets makes %o', (grid) => {
    const usual = shop();
    const other = shop();
    other.spreadsheet._newSheetGrid = grid;
    const results = [analyze(usual), analyze(other)].map((r) => ({ ...r, ranAt: '' }));
    expect(results[1]).toEqual(results[0]);
    for (const name of [SHEET_NAMES.customers, SHEET_NAMES.summary, SHEET_NAMES.issues]) {
      expect(values(sheet(other, name))).toEqual(values(sheet(usual, name)));
      expect(sheet(other, name).getFrozenRows()).toBe(sheet(usual, name).getFrozenRows());
    }
    // And again, on the sheets it made: nothing is lost or doubled.
    analyze(other);
    expect(values(sheet(other, SHEET_NAMES.customers))).toEqual(
      values(sheet(usual, SHEET_NAMES.customers)),
    );
  });
});

describe('the stored summary', () => {
  it('is discarded, not shown as an error forever, when it no longer reads as an analysis', () => {
    const s = shop();
    const props = s.properties._document;
    for (const bad of ['{"spend": null}', 'not json', '{"customers":1e999}']) {
      props.setProperty('sheetcare.lastAnalysis', bad);
      const state = s.run('getSidebarState') as { lastAnalysis: unknown };
      expect(state.lastAnalysis).toBeNull();
      expect(props.getProperty('sheetcare.lastAnalysis')).toBeNull();
    }
  });
});

describe('endpoints check their input', () => {
  it('refuses a wrong type or shape, naming the field', () => {
    const s = shop();
    expect(() => s.run('saveSettings', null)).toThrow('settings: expected an object.');
    expect(() => s.run('saveSettings', 'x')).toThrow('settings: expected an object.');
    expect(() => s.run('inspectOrderSheet', 3)).toThrow('sheetName: expected text.');
    expect(() => s.run('showSheet', {})).toThrow('name: expected text.');
    expect(() => s.run('switchReminderJob', 'yes')).toThrow('on: expected true or false.');
    expect(() =>
      s.run('saveReminderSettings', { hour: 24, dryRun: false, shop: '', capPerDay: 1 }),
    ).toThrow('hour');
    expect(() => s.run('setRuleOn', { id: 7, on: true })).toThrow('id: expected text.');
    expect(() =>
      s.run('saveColumnChoice', { sheetName: 'Orders', columns: { amount: 1.5 } }),
    ).toThrow('columns.amount: expected a whole number from -1 to 2.');
    expect(() => s.run('saveColumnChoice', { sheetName: 'Orders', columns: [] })).toThrow(
      'columns: expected an object.',
    );
  });

  it('refuses one column chosen for two fields', () => {
    const s = shop();
    expect(() =>
      s.run('saveColumnChoice', { sheetName: 'Orders', columns: { customer: 1, amount: 1 } }),
    ).toThrow('Column "Amount" cannot be both Customer and Amount');
    expect(storedValue(s, 'sheetcare.orderSheet')).toBeNull();
  });
});
