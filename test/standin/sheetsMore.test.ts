/** The stand-in's developer metadata, R1C1 formulas, range lists, column moves, rules and charts. */
import { describe, expect, it } from 'vitest';
import { fromR1C1, toR1C1 } from '../../local/spreadsheet/r1c1';
import { FakeConditionalFormatRuleBuilder } from '../../local/spreadsheet/conditionalFormat';
import { inScript, withSheet } from '../helpers/standIn';

describe('developer metadata (developers.google.com/apps-script/reference/spreadsheet/developer-metadata)', () => {
  it('stays on its sheet through a rename and a move, and is found by key', () => {
    const s = withSheet([['x']]);
    const found = inScript(
      s,
      `const ss = SpreadsheetApp.getActiveSpreadsheet();
       const sh = ss.insertSheet('Mine');
       sh.addDeveloperMetadata('k', 'v1');
       sh.setName('Renamed');
       const m = ss.createDeveloperMetadataFinder().withKey('k').find();
       m[0].setValue('v2');
       [m.length, m[0].getLocation().getSheet().getName(), m[0].getValue(),
        ss.createDeveloperMetadataFinder().withKey('other').find().length]`,
    );
    expect(found).toEqual([1, 'Renamed', 'v2', 0]);
  });

  it('goes with its sheet when the sheet is deleted, and holds at most 30,000 characters', () => {
    const s = withSheet([['x']]);
    const sheet = s.spreadsheet.insertSheet('Mine');
    sheet.addDeveloperMetadata('k', 'v');
    s.spreadsheet.deleteSheet(sheet);
    expect(s.spreadsheet.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(0);
    expect(() =>
      s.spreadsheet.getSheets()[0].addDeveloperMetadata('k', 'x'.repeat(30_000)),
    ).toThrow('exceed the limit of 30000 characters');
  });
});

describe('R1C1 formulas (developers.google.com/apps-script/reference/spreadsheet/range#getformulasr1c1)', () => {
  it('writes relative references as offsets from the cell and absolute ones as positions', () => {
    expect(toR1C1('=E2*2+$A$1+LOG10(B3)&"A1"', 2, 21)).toBe(
      '=R[0]C[-16]*2+R1C1+LOG10(R[1]C[-19])&"A1"',
    );
    expect(fromR1C1('=R[0]C[-16]*2+R1C1+LOG10(R[1]C[-19])&"A1"', 5, 21)).toBe(
      '=E5*2+$A$1+LOG10(B6)&"A1"',
    );
    expect(fromR1C1('=RC[-1]', 3, 2)).toBe('=A3');
  });

  it('moves a formula with its row through getFormulasR1C1 and a range list', () => {
    const s = withSheet([['a', 'b']]);
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    sheet.getRange('C2').setFormula('=A2&B2');
    const r1c1 = sheet.getRange('C2').getFormulasR1C1()[0][0];
    sheet.getRangeList(['C5', 'D7']).setFormulaR1C1(r1c1);
    expect(sheet.getRange('C5').getFormula()).toBe('=A5&B5');
    expect(sheet.getRange('D7').getFormula()).toBe('=B7&C7');
  });
});

describe('columns inserted and deleted by the user', () => {
  it('move the cells to their right', () => {
    const s = withSheet([['a', 'b', 'c']]);
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    sheet.insertColumnsBefore(2, 1);
    expect(sheet.getDataRange().getValues()).toEqual([['a', '', 'b', 'c']]);
    sheet.deleteColumns(1, 2);
    expect(sheet.getDataRange().getValues()).toEqual([['b', 'c']]);
  });
});

describe('conditional rules and charts read back', () => {
  it('hands back a rule’s condition, and gives an inserted chart an id', () => {
    const s = withSheet([['a']]);
    const sheet = s.spreadsheet.getSheetByName('Orders')!;
    const rule = new FakeConditionalFormatRuleBuilder(s.env)
      .whenFormulaSatisfied('=$A2="A"')
      .setBackground('#b7e1cd')
      .setRanges([sheet.getRange('A2:A3')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const condition = sheet.getConditionalFormatRules()[0].getBooleanCondition();
    expect([
      condition.getCriteriaType(),
      condition.getCriteriaValues(),
      condition.getBackground(),
    ]).toEqual(['CUSTOM_FORMULA', ['=$A2="A"'], '#b7e1cd']);
    const built = sheet.newChart().addRange(sheet.getRange('A1:A2')).build();
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    sheet.insertChart(built);
    const ids = sheet.getCharts().map((c) => c.getChartId());
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
