import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { CELL_LIMIT } from '../../local/spreadsheet/cells';
import { isDateObject } from '../../src/core/ground/cells';
import { inScript, withSheet } from '../helpers/standIn';

describe('stand-in SpreadsheetApp', () => {
  it('hands dates back as Date objects of the script realm, and empty cells as ""', () => {
    const s = withSheet([
      ['when', 'blank'],
      [new Date('2024-01-05T04:00:00Z'), ''],
    ]);
    const seen = inScript(
      s,
      `const v = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Orders').getRange(2, 1, 1, 2).getValues();
       [v[0][0] instanceof Date, v[0][0].getTime(), v[0][1], v instanceof Array]`,
    ) as unknown[];
    expect(seen).toEqual([true, Date.parse('2024-01-05T04:00:00Z'), '', true]);
  });

  it('turns a number in a date-formatted cell into a Date at that day in the sheet zone', () => {
    const s = new StandIn({ timeZone: 'Asia/Shanghai' });
    const sheet = s.spreadsheet._load('S', [[45296]], [['yyyy-mm-dd']]);
    const v = sheet.getRange(1, 1).getValue() as Date;
    expect(v.toISOString()).toBe('2024-01-04T16:00:00.000Z');
    expect(sheet.getRange(1, 1).getDisplayValue()).toBe('2024-01-05');
  });

  it('makes a written string starting with = a formula, and an apostrophe keeps text', () => {
    const s = withSheet([['x']]);
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    sheet
      .getRange(1, 1, 1, 3)
      .setValues([['=HYPERLINK("http://x","y")', "'=HYPERLINK(1)", "'00123"]]);
    expect(sheet.getRange(1, 1).getFormula()).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getRange(1, 2).getFormula()).toBe('');
    expect(sheet.getRange(1, 2).getValue()).toBe('=HYPERLINK(1)');
    expect(sheet.getRange(1, 3).getValue()).toBe('00123');
  });

  it('reads written text the way Sheets reads typing: numbers, percentages and dates convert', () => {
    const s = withSheet([['x']]);
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    sheet.getRange(1, 1, 1, 4).setValues([['00123', '1,299.5', '5%', '2024-01-05']]);
    const [a, b, c, d] = sheet.getRange(1, 1, 1, 4).getValues()[0];
    expect(a).toBe(123);
    expect(b).toBe(1299.5);
    expect(c).toBe(0.05);
    expect(isDateObject(d)).toBe(true);
  });

  it('throws Apps Script’s error when setValues has the wrong shape', () => {
    const s = withSheet([['x']]);
    const range = s.spreadsheet.getSheetByName('Orders')!.getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses ranges outside the grid until rows are inserted', () => {
    const s = new StandIn();
    const sheet = s.spreadsheet.insertSheet('Big');
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    sheet.insertRowsAfter(1000, 10);
    expect(sheet.getRange(1001, 1).getValue()).toBe('');
  });

  it(`holds the ${CELL_LIMIT.toLocaleString()}-cell limit of a spreadsheet`, () => {
    const s = new StandIn();
    const sheet = s.spreadsheet.insertSheet('Big');
    sheet.insertRowsAfter(1000, Math.floor(CELL_LIMIT / 26) - 1000);
    expect(() => sheet.insertRowsAfter(1000, 1000)).toThrow('above the limit of 10000000 cells');
    expect(() => s.spreadsheet.insertSheet('More')).toThrow('above the limit');
  });

  it('knows the last row and data range from content, not from formatting', () => {
    const s = withSheet([
      ['a', 'b'],
      [1, 2],
      ['', ''],
      [3, ''],
    ]);
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    sheet.getRange(10, 5).setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B4');
  });

  it('formats display values by number format', () => {
    const s = withSheet([[1299.5, 0.256, -5]]);
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    sheet.getRange(1, 1).setNumberFormat('¥#,##0.00');
    sheet.getRange(1, 2).setNumberFormat('0.0%');
    sheet.getRange(1, 3).setNumberFormat('0');
    expect(sheet.getRange(1, 1, 1, 3).getDisplayValues()[0]).toEqual(['¥1,299.50', '25.6%', '-5']);
  });

  it('refuses duplicate sheet names and deleting the last sheet', () => {
    const s = new StandIn();
    const a = s.spreadsheet.insertSheet('Customers');
    expect(() => s.spreadsheet.insertSheet('customers')).toThrow('already exists');
    expect(() => s.spreadsheet.deleteSheet(a)).toThrow("can't remove all the sheets");
  });

  it('records conditional format rules and charts as data', () => {
    const s = withSheet([['a'], [1]]);
    inScript(
      s,
      `const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Orders');
       const rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('A').setBackground('#b7e1cd').setRanges([sh.getRange('A2:A10')]).build();
       sh.setConditionalFormatRules([rule]);
       sh.insertChart(sh.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sh.getRange('A1:A2')).setPosition(1, 3, 0, 0).build());`,
    );
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    expect(sheet._rules[0]._data).toEqual({
      condition: { type: 'TEXT_EQ', values: ['A'] },
      format: { background: '#b7e1cd' },
      ranges: ['Orders!A2:A10'],
    });
    expect(sheet._charts[0]._data).toMatchObject({
      type: 'COLUMN',
      ranges: ['Orders!A1:A2'],
      position: { row: 1, col: 3 },
    });
  });

  it('counts every service call by method', () => {
    const s = withSheet([['a'], [1]]);
    inScript(
      s,
      `const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Orders'); sh.getRange(1,1).getValue(); sh.getRange(2,1).getValue();`,
    );
    expect(s.env.counts.get('Sheet.getRange')).toBe(2);
    expect(s.env.counts.get('Range.getValue')).toBe(2);
    expect(s.env.counts.get('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
  });
});
