/** What a stand-in is made with, and Apps Script's figures it runs by. */
import type { EnvOptions } from './env';
import type { Account } from './services/mail';
import type { FakeSpreadsheet } from './spreadsheet/spreadsheet';

/** Total trigger run time a day (https://developers.google.com/apps-script/guides/services/quotas). */
export const TRIGGER_RUNTIME_MS: Record<Account, number> = {
  consumer: 90 * 60_000,
  workspace: 6 * 3_600_000,
};
export const TRIGGER_RUNTIME_MESSAGE = 'Service using too much computer time for one day';

export interface StandInOptions extends EnvOptions {
  readonly spreadsheet?: FakeSpreadsheet;
  readonly timeZone?: string;
  readonly locale?: string;
  /** The user's own locale (Session.getActiveUserLocale), e.g. "zh-CN" or "en". */
  readonly userLocale?: string;
  readonly email?: string;
  readonly mailQuota?: number;
  /** Consumer (gmail.com) or Google Workspace: the quotas differ. */
  readonly account?: Account;
  /** The project's time zone; the manifest's by default. */
  readonly scriptTimeZone?: string;
  /** An editor add-on (the default): its trigger rules apply. */
  readonly addOn?: boolean;
  /**
   * Whether an add-on's clock trigger runs with the spreadsheet it was made in. Google does not
   * say; developers who shipped add-on clock triggers report it does not (no active
   * spreadsheet, no document properties, no document lock), so that is the default.
   */
  readonly clockDocument?: boolean;
  /** A form's responses sheet appears after the run that made the form (Google does not say). */
  readonly lateFormSheets?: boolean;
  /** The scopes the user granted, without the prefix; all the manifest's by default. */
  readonly grantedScopes?: readonly string[];
  /**
   * What some calls cost on top of callCostMs, as Apps Script's slower services do; realistic
   * figures by default (a send, a form's creation), none with `{}`.
   */
  readonly extraCostMs?: Readonly<Record<string, number>>;
  /** Seeds the minutes Apps Script picks for clock triggers. */
  readonly seed?: number;
  readonly buildDir?: string;
}

/**
 * Slower calls than a read, in ms on top of the flat cost: sending a mail and making a form
 * take a good part of a second in Apps Script's execution logs, a lock or a property far less.
 */
export const SLOW_CALLS: Readonly<Record<string, number>> = {
  'MailApp.sendEmail': 400,
  'FormApp.create': 1500,
  'Form.setDestination': 800,
  'SpreadsheetApp.openById': 300,
  'Spreadsheet.insertSheet': 150,
};
