/**
 * The Chinese lunar calendar, 1900–2100, by the table every lunisolar library uses: for each
 * lunar year from 1900, bits 15…4 say which of months 1–12 have 30 days (else 29), bits 3…0
 * the leap month (0: none), bit 16 whether that leap month has 30 days. The table is the one
 * in chinese-days (MIT, https://github.com/vsme/chinese-days); its arithmetic here works on
 * day numbers only, with no Date and no time zone, so it reads the same in any script zone.
 * Intl's Chinese calendar is not used: it puts Spring Festival a day off in 2027 and 2030.
 */

const INFO = [
  0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2, 0x04ae0,
  0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977, 0x04970, 0x0a4b0,
  0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970, 0x06566, 0x0d4a0, 0x0ea50,
  0x06e95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950, 0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0,
  0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557, 0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0,
  0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0, 0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260,
  0x0f263, 0x0d950, 0x05b57, 0x056a0, 0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558,
  0x0b540, 0x0b6a0, 0x195a6, 0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46,
  0x0ab60, 0x09570, 0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x055c0, 0x0ab60, 0x096d5,
  0x092e0, 0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5,
  0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, 0x07954,
  0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, 0x05aa0, 0x076a3,
  0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, 0x0b5a0, 0x056d0, 0x055b2,
  0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, 0x14b63, 0x09370, 0x049f8, 0x04970,
  0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0, 0x0a2e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0,
  0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4, 0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50,
  0x055a0, 0x0aba4, 0x0a5b0, 0x052b0, 0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60,
  0x0a570, 0x054e4, 0x0d160, 0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0,
  0x0d150, 0x0f252, 0x0d520,
];

export const FIRST_LUNAR_YEAR = 1900;
export const LAST_LUNAR_YEAR = 2100;
/** Day number (days since 1970-01-01) of lunar 1900-01-01: 1900-01-31. */
const EPOCH = Date.UTC(1900, 0, 31) / 86_400_000;

const info = (year: number): number => INFO[year - FIRST_LUNAR_YEAR];
export const leapMonth = (year: number): number => info(year) & 0xf;
const leapDays = (year: number): number => (leapMonth(year) ? (info(year) & 0x10000 ? 30 : 29) : 0);
export const monthDays = (year: number, month: number): number =>
  info(year) & (0x10000 >> month) ? 30 : 29;

function yearDays(year: number): number {
  let days = 0;
  for (let m = 1; m <= 12; m++) days += monthDays(year, m);
  return days + leapDays(year);
}

/**
 * The day number (days since 1970-01-01, a calendar day with no zone) of a day of the lunar
 * calendar, the ordinary month unless leap is asked; undefined outside the table.
 */
export function lunarDay(
  year: number,
  month: number,
  day: number,
  leap = false,
): number | undefined {
  if (year < FIRST_LUNAR_YEAR || year > LAST_LUNAR_YEAR || month < 1 || month > 12)
    return undefined;
  if (leap && leapMonth(year) !== month) return undefined;
  let n = EPOCH;
  for (let y = FIRST_LUNAR_YEAR; y < year; y++) n += yearDays(y);
  for (let m = 1; m < month; m++) {
    n += monthDays(year, m);
    if (m === leapMonth(year)) n += leapDays(year);
  }
  if (leap) n += monthDays(year, month);
  const length = leap ? leapDays(year) : monthDays(year, month);
  return day >= 1 && day <= length ? n + day - 1 : undefined;
}

/** The last day of the twelfth lunar month: 29 or 30, so 除夕 is not always 腊月三十. */
export const lastDayOfYear = (year: number): number => monthDays(year, 12);

/**
 * 清明 (Qingming), the solar term, by the formula with its century constant: ⌊Y × 0.2422 + C⌋ −
 * ⌊Y / 4⌋ in April, Y the year within its century, C 5.59 in the 1900s and 4.81 in the 2000s.
 */
export const qingmingDay = (year: number): number => {
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return Math.floor(y * 0.2422 + c) - Math.floor(y / 4);
};
