/**
 * The festivals a Chinese shop greets its customers on (domain brief §5), as calendar days of
 * any Gregorian year 1901–2099: fixed days, the n-th weekday of a month, lunar days, the solar
 * term 清明, and 除夕, the day before 春节 (the 29th or the 30th of the twelfth month). An
 * English-speaking shop's greetings (New Year, Valentine's, Mother's Day, Black Friday,
 * Christmas) are here too.
 */
import { lunarDay, qingmingDay } from './lunar';

export const FESTIVALS = [
  'newYear',
  'chuxi',
  'springFestival',
  'lantern',
  'valentines',
  'womensDay',
  'qingming',
  'labourDay',
  'mothersDay',
  'childrensDay',
  'dragonBoat',
  'midYearSale',
  'fathersDay',
  'qixi',
  'midAutumn',
  'nationalDay',
  'doubleNinth',
  'singlesDay',
  'blackFriday',
  'doubleTwelve',
  'christmas',
] as const;
export type Festival = (typeof FESTIVALS)[number];

export const FIRST_FESTIVAL_YEAR = 1901;
export const LAST_FESTIVAL_YEAR = 2099;

/** Other names people write for a festival, beyond the catalogue's two (matched loosely). */
export const FESTIVAL_ALIASES: Readonly<Partial<Record<Festival, readonly string[]>>> = {
  newYear: ['元旦节', "New Year's Day"],
  chuxi: ["Chinese New Year's Eve", '大年三十'],
  springFestival: ['Chinese New Year', 'Lunar New Year', '春节（正月初一）'],
  lantern: ['元宵节', '上元节'],
  valentines: ["Valentine's Day", '西方情人节'],
  womensDay: ["Women's Day", '三八妇女节', '三八节'],
  qingming: ['清明节', 'Tomb-sweeping Day'],
  labourDay: ['五一', 'Labor Day', 'May Day'],
  dragonBoat: ['端午节', 'Duanwu'],
  midYearSale: ['618购物节', '6.18'],
  qixi: ['七夕节', 'Chinese Valentine’s Day'],
  midAutumn: ['中秋节', 'Moon Festival'],
  nationalDay: ['国庆节'],
  doubleNinth: ['重阳节', 'Chongyang'],
  singlesDay: ['11.11', '光棍节', 'Double 11'],
  blackFriday: ['黑五', 'Black Friday sale'],
  doubleTwelve: ['12.12', 'Double 12'],
  christmas: ['圣诞节', 'Christmas Day'],
};

const fixed = (month: number, day: number) => (year: number) =>
  Date.UTC(year, month - 1, day) / 86_400_000;

/** The n-th weekday (0 Sunday) of a month: Mother's Day is the second Sunday of May. */
const nthWeekday = (month: number, weekday: number, n: number) => (year: number) => {
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  const firstWeekday = (first + 4) % 7; // 1970-01-01 was a Thursday
  return first + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7;
};

const lunar = (month: number, day: number) => (year: number) => lunarDay(year, month, day)!;

const RULES: Readonly<Record<Festival, (year: number) => number>> = {
  newYear: fixed(1, 1),
  chuxi: (year) => lunarDay(year, 1, 1)! - 1,
  springFestival: lunar(1, 1),
  lantern: lunar(1, 15),
  valentines: fixed(2, 14),
  womensDay: fixed(3, 8),
  qingming: (year) => fixed(4, qingmingDay(year))(year),
  labourDay: fixed(5, 1),
  mothersDay: nthWeekday(5, 0, 2),
  childrensDay: fixed(6, 1),
  dragonBoat: lunar(5, 5),
  midYearSale: fixed(6, 18),
  fathersDay: nthWeekday(6, 0, 3),
  qixi: lunar(7, 7),
  midAutumn: lunar(8, 15),
  nationalDay: fixed(10, 1),
  doubleNinth: lunar(9, 9),
  singlesDay: fixed(11, 11),
  // The day after Thanksgiving, the fourth Thursday of November.
  blackFriday: (year) => nthWeekday(11, 4, 4)(year) + 1,
  doubleTwelve: fixed(12, 12),
  christmas: fixed(12, 25),
};

/** The festival's day (days since 1970-01-01) in a Gregorian year 1901–2099. */
export function festivalDay(festival: Festival, year: number): number | undefined {
  if (!Number.isInteger(year) || year < FIRST_FESTIVAL_YEAR || year > LAST_FESTIVAL_YEAR) {
    return undefined;
  }
  return RULES[festival](year);
}

const loose = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’`"“”.·・\-_]/g, '');

/** A festival by any of its names in either language; undefined when none matches. */
export function findFestival(
  name: string,
  names: readonly Readonly<Record<Festival, string>>[],
): Festival | undefined {
  const key = loose(name);
  if (!key) return undefined;
  return FESTIVALS.find(
    (f) =>
      names.some((n) => loose(n[f]) === key) ||
      (FESTIVAL_ALIASES[f] ?? []).some((a) => loose(a) === key),
  );
}
