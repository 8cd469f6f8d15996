/**
 * The shop's name as its own export writes it: Tmall's and Taobao's 店铺名称, a register's
 * 店铺 or "Store name" column. Mails and forms carry it; a spreadsheet's file name
 * ("tmall-orders-fresh") is never a shop's name, so without such a column the user is asked.
 */
import { isBlank } from './cells';
import { normaliseHeader } from './headerText';

/** Header names of a column holding the shop's name, as normaliseHeader leaves them. */
const SHOP_HEADERS = new Set([
  '店铺名称',
  '店铺名',
  '店铺',
  '店名',
  '商家名称',
  '门店名称',
  'storename',
  'shopname',
  'store',
  'shop',
]);

/** The column (0-based) that holds the shop's name, if the headers have one. */
export const shopColumn = (headers: readonly unknown[]): number | undefined => {
  const i = headers.findIndex((h) => SHOP_HEADERS.has(normaliseHeader(h)));
  return i < 0 ? undefined : i;
};

/**
 * The name most rows give (the first seen on a tie): one shop's export names it on every line,
 * and a blank on a later line item says nothing.
 */
export function shopNameIn(rows: readonly (readonly unknown[])[], column: number): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const v = row[column];
    const name = isBlank(v) ? '' : String(v).trim().slice(0, 100);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  // A Map keeps the order names were first seen in: a later name must have more to win.
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/** The shop's name the rows under these headers give, or '' when they give none. */
export function exportedShopName(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
): string {
  const column = shopColumn(headers);
  return column === undefined ? '' : shopNameIn(rows, column);
}
