/**
 * The shop's currency: the spreadsheet's (its locale's, as Sheets picks a currency for a
 * locale), or the one the user set. Never the panel's language: an RMB shop read in English
 * still counts in yuan.
 */

/** The currencies SheetCare names, with the mark Sheets shows for each. */
export const CURRENCIES = {
  CNY: '¥',
  USD: '$',
  GBP: '£',
  EUR: '€',
  HKD: 'HK$',
  TWD: 'NT$',
  JPY: '¥',
  SGD: 'S$',
  AUD: 'A$',
  CAD: 'C$',
} as const;
export type Currency = keyof typeof CURRENCIES;

const BY_LOCALE: readonly [RegExp, Currency][] = [
  [/^zh_(CN|SG)?$|^zh$/i, 'CNY'],
  [/^zh_HK$/i, 'HKD'],
  [/^zh_TW$/i, 'TWD'],
  [/_US$/i, 'USD'],
  [/_GB$/i, 'GBP'],
  [/^ja/i, 'JPY'],
  [/^en_SG$/i, 'SGD'],
  [/^en_AU$/i, 'AUD'],
  [/_CA$/i, 'CAD'],
  [/^(de|fr|es|it|nl|pt_PT|fi|el|sk|sl|et|lv|lt)(_|$)/i, 'EUR'],
];

/** The currency of a spreadsheet locale such as "zh_CN" or "en_US"; undefined when unknown. */
export function currencyOfLocale(locale: string): Currency | undefined {
  return BY_LOCALE.find(([re]) => re.test(locale))?.[1];
}

export const isCurrency = (v: unknown): v is Currency =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(CURRENCIES, v);

/** A Sheets number format with the currency's mark; plain figures when there is none. */
export function currencyFormat(currency: Currency | undefined): string {
  if (!currency) return '#,##0.00';
  const mark = CURRENCIES[currency];
  return `${mark.length > 1 ? `"${mark}"` : mark}#,##0.00`;
}

/**
 * An amount as a customer reads it in a mail: the currency's mark, thousands grouped, cents only
 * when there are any ("¥1,299", "$10.50"); plain figures for a shop with no known currency.
 */
export function moneyText(amount: number, currency: Currency | undefined): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const part = cents % 100 ? `.${String(cents % 100).padStart(2, '0')}` : '';
  return `${amount < 0 ? '-' : ''}${currency ? CURRENCIES[currency] : ''}${whole}${part}`;
}

/** The currency in force: the user's, else the spreadsheet locale's. */
export const shopCurrency = (setting: 'auto' | Currency, locale: string): Currency | undefined =>
  setting === 'auto' ? currencyOfLocale(locale) : setting;
