/** The words shared by every wing: the menu, Help, the order columns and platforms, the rows not read, the sidebar's common words and the errors of sheets and settings. */
import type { IssueCode } from '../../core/ground/orderRow';
import type { OrderField } from '../../core/ground/fields';
import type { PlatformId } from '../../core/ground/platforms';

export interface GroundWords {
  /** Digits and separators as this language writes numbers, for toLocaleString. */
  readonly numberLocale: string;
  /** Between a label and its value: ": " or "：". */
  readonly colon: string;
  /** Between the items of a list: ", " or "、". */
  readonly listSeparator: string;
  /** A remark in brackets: " (…)" or "（…）". */
  readonly inParens: (text: string) => string;

  readonly menu: {
    readonly open: string;
    readonly analyze: string;
    readonly reminders: string;
    readonly survey: string;
    readonly settings: string;
    readonly help: string;
  };
  readonly sidebarTitle: string;
  readonly help: string;
  readonly errorTitle: string;
  readonly couldNotFinish: (message: string) => string;

  /** The domain's names. */
  readonly fields: Readonly<Record<OrderField, string>>;
  readonly issues: Readonly<Record<IssueCode, string>>;
  readonly platforms: Readonly<Record<PlatformId, string>>;

  /** Help: the ideas behind the figures, a few lines each. */
  readonly ideas: {
    readonly abc: string;
    readonly value: string;
    readonly rfm: string;
    readonly status: string;
    readonly index: string;
    readonly more: string;
  };
  /** A sidebar call's argument of the wrong type or shape. */
  readonly input: {
    readonly expectedText: (field: string) => string;
    readonly expectedNumber: (field: string) => string;
    readonly expectedBoolean: (field: string) => string;
    readonly expectedObject: (field: string) => string;
    readonly expectedOneOf: (field: string, choices: string) => string;
    readonly expectedInteger: (field: string, min: number, max: number) => string;
  };

  readonly errors: {
    readonly noOrderSheet: string;
    readonly missingColumns: (sheet: string, fields: readonly string[]) => string;
    readonly noRoom: (needed: string, room: string, limit: string) => string;
    readonly noSpreadsheet: string;
    readonly noSheet: (name: string) => string;
    readonly noSheetYet: (name: string) => string;
    readonly unknownField: (field: string) => string;
    readonly columnTwice: (header: string, first: string, second: string) => string;
    readonly unknownTimeZone: (zone: string) => string;
    readonly badLang: (value: string) => string;
  };

  /** The sidebar. */
  readonly panel: {
    readonly loading: string;
    readonly none: string;
    readonly missing: string;
    readonly preview: string;
    readonly row: string;
    readonly save: string;
    readonly saved: string;
    readonly notSaved: string;
    readonly error: string;
    readonly dismiss: string;
    readonly change: string;
    readonly saving: string;
    readonly countIn: (title: string, n: number) => string;
  };
}
