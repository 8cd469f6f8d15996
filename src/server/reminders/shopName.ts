/**
 * The shop's name in mails and forms: the one the user gave, else the one the orders' export
 * carries (店铺名称). Never the spreadsheet's file name: without either, nothing is sent in a
 * name the customers would not know, and the user is asked.
 */
import { fail } from '../../core/ground/i18n';
import { findOrderSheet, sheetContext } from '../customers/orderSheet';
import { ownedIds, ownedSheets } from '../ground/ownedSheets';
import { loadReminderConfig, loadSettings } from '../ground/store';
import { Workbook } from '../ground/workbook';
import { langOf } from './panelState';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The shop's name as the order sheet's export gives it; '' when it gives none. */
export function exportedShop(ss: Spreadsheet): string {
  const settings = loadSettings();
  const found = findOrderSheet(new Workbook(ss), sheetContext(ss, settings, langOf(ss)), {
    exclude: ownedIds(ownedSheets(ss)),
  });
  return found?.shopName ?? '';
}

/** The name mails carry, or an error asking for it. The export is read only when none is set. */
export const shopName = (ss: Spreadsheet, set: string = loadReminderConfig().shop): string =>
  set || exportedShop(ss) || fail((w) => w.reminders.errors.noShopName);
