/**
 * The spreadsheet's sheets as one request sees them. Each sheet's name, id and grid is asked of
 * Apps Script once, however many steps want it (finding the register, checking the result fits,
 * writing it): every ask is a service call. Made at the start of a request, before any sheet is
 * inserted or deleted.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Grid {
  readonly rows: number;
  readonly cols: number;
}

export class SheetFacts {
  private sheetId: number | undefined;
  private size: Grid | undefined;

  constructor(
    readonly sheet: Sheet,
    readonly name: string,
  ) {}

  get id(): number {
    return (this.sheetId ??= this.sheet.getSheetId());
  }

  /** The whole grid, empty cells included: what counts toward the spreadsheet's cell limit. */
  get grid(): Grid {
    return (this.size ??= { rows: this.sheet.getMaxRows(), cols: this.sheet.getMaxColumns() });
  }
}

export class Workbook {
  private list: SheetFacts[] | undefined;

  constructor(readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  get sheets(): readonly SheetFacts[] {
    return (this.list ??= this.ss.getSheets().map((s) => new SheetFacts(s, s.getName())));
  }

  /** The sheet of that name; Sheets keeps names unique whatever their case. */
  named(name: string): SheetFacts | undefined {
    const folded = name.toLowerCase();
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === folded)
    );
  }

  withId(id: number): SheetFacts | undefined {
    return this.sheets.find((s) => s.id === id);
  }
}
