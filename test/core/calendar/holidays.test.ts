/** The festival calendar, held against published dates and a second lunar library. */
process.env.TZ = 'UTC';
import fs from 'node:fs';
import path from 'node:path';
import { getSolarDateFromLunar } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  FESTIVALS,
  festivalDay,
  findFestival,
  type Festival,
} from '../../../src/core/calendar/holidays';
import { lastDayOfYear, leapMonth, lunarDay } from '../../../src/core/calendar/lunar';
import { en, zh } from '../../../src/words';

const iso = (day: number | undefined) =>
  day === undefined ? undefined : new Date(day * 86_400_000).toISOString().slice(0, 10);

const CSV = fs
  .readFileSync(
    path.join(__dirname, '../../fixtures/holidays/lunar_festivals_2020_2030.csv'),
    'utf8',
  )
  .trim()
  .split('\n');
const COLUMNS: Record<string, Festival> = {
  chuxi_new_years_eve: 'chuxi',
  spring_festival: 'springFestival',
  lantern: 'lantern',
  qingming: 'qingming',
  dragon_boat: 'dragonBoat',
  qixi: 'qixi',
  mid_autumn: 'midAutumn',
  double_ninth: 'doubleNinth',
};

describe('lunar festivals, 2020–2030, as published', () => {
  const header = CSV[0].split(',');
  for (const line of CSV.slice(1)) {
    const cells = line.split(',');
    const year = Number(cells[0]);
    it(`${year}`, () => {
      const ours = Object.fromEntries(
        header.filter((h) => COLUMNS[h]).map((h) => [h, iso(festivalDay(COLUMNS[h], year))]),
      );
      const theirs = Object.fromEntries(
        header.map((h, i) => [h, cells[i]]).filter(([h]) => COLUMNS[h]),
      );
      expect(ours).toEqual(theirs);
    });
  }

  it('puts Spring Festival where Intl’s Chinese calendar does not, in 2027 and 2030', () => {
    expect(iso(festivalDay('springFestival', 2027))).toBe('2027-02-06');
    expect(iso(festivalDay('springFestival', 2030))).toBe('2030-02-03');
  });

  it('puts 除夕 on the last day of the twelfth month, the 29th where that month is short', () => {
    const short = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029].filter(
      (y) => lastDayOfYear(y - 1) === 29,
    );
    expect(short.length).toBeGreaterThan(0);
    for (const y of short) {
      expect(festivalDay('chuxi', y)).toBe(lunarDay(y - 1, 12, 29));
    }
  });
});

describe('the lunar table, every year 1901–2099', () => {
  it('agrees with chinese-days on every month’s first day, leap months included', () => {
    const differ: string[] = [];
    for (let y = 1901; y <= 2099; y++) {
      for (let m = 1; m <= 12; m++) {
        const theirs = getSolarDateFromLunar(`${y}-${m}-1`);
        if (iso(lunarDay(y, m, 1)) !== theirs.date) differ.push(`${y}-${m}`);
        if (leapMonth(y) === m && iso(lunarDay(y, m, 1, true)) !== theirs.leapMonthDate) {
          differ.push(`${y}-leap${m}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('refuses a day a month does not have, and years outside the table', () => {
    expect(lunarDay(2024, 1, 31)).toBeUndefined();
    expect(lunarDay(2024, 13, 1)).toBeUndefined();
    expect(lunarDay(1899, 1, 1)).toBeUndefined();
    expect(lunarDay(2023, 3, 1, true)).toBeUndefined();
    // 2023 had a leap second month.
    expect(iso(lunarDay(2023, 2, 1, true))).toBe('2023-03-22');
  });
});

describe('fixed and weekday festivals', () => {
  it.each([
    ['newYear', 2026, '2026-01-01'],
    ['valentines', 2026, '2026-02-14'],
    ['womensDay', 2026, '2026-03-08'],
    ['labourDay', 2026, '2026-05-01'],
    // May 2026 begins on a Friday: its Sundays are the 3rd and the 10th.
    ['mothersDay', 2026, '2026-05-10'],
    ['childrensDay', 2026, '2026-06-01'],
    ['midYearSale', 2026, '2026-06-18'],
    // June 2026 begins on a Monday: Sundays the 7th, 14th, 21st.
    ['fathersDay', 2026, '2026-06-21'],
    ['nationalDay', 2026, '2026-10-01'],
    ['singlesDay', 2026, '2026-11-11'],
    ['doubleTwelve', 2026, '2026-12-12'],
    ['christmas', 2026, '2026-12-25'],
    ['mothersDay', 2024, '2024-05-12'],
  ] as const)('%s %d is %s', (f, y, date) => expect(iso(festivalDay(f, y))).toBe(date));

  it('answers only for 1901–2099', () => {
    expect(festivalDay('christmas', 1900)).toBeUndefined();
    expect(festivalDay('christmas', 2100)).toBeUndefined();
    expect(festivalDay('christmas', 2026.5)).toBeUndefined();
    expect(iso(festivalDay('springFestival', 1901))).toBe('1901-02-19');
    expect(iso(festivalDay('midAutumn', 2099))).toBe(getSolarDateFromLunar('2099-08-15').date);
  });
});

describe('festival names', () => {
  const names = [zh.festivals, en.festivals];
  it('finds each festival by its Chinese and English names, and common other names', () => {
    for (const f of FESTIVALS) {
      expect(findFestival(zh.festivals[f], names)).toBe(f);
      expect(findFestival(en.festivals[f], names)).toBe(f);
    }
    expect(
      [
        '中秋节',
        ' spring festival ',
        'Chinese New Year',
        "Singles' Day",
        '11.11',
        'mothers day',
      ].map((n) => findFestival(n, names)),
    ).toEqual([
      'midAutumn',
      'springFestival',
      'springFestival',
      'singlesDay',
      'singlesDay',
      'mothersDay',
    ]);
    expect(findFestival('Easter', names)).toBeUndefined();
    expect(findFestival('', names)).toBeUndefined();
  });
});

describe('Black Friday', () => {
  it('is the day after the fourth Thursday of November (US Thanksgiving)', () => {
    // Published dates (timeanddate.com, "Black Friday" by year).
    const published: Record<number, string> = {
      2024: '2024-11-29',
      2025: '2025-11-28',
      2026: '2026-11-27',
      2027: '2027-11-26',
      2028: '2028-11-24',
    };
    for (const [year, iso] of Object.entries(published)) {
      expect(festivalDay('blackFriday', Number(year))).toBe(Date.parse(iso) / 86_400_000);
    }
  });
});
