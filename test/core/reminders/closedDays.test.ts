/**
 * The shop's closed days: typed as days and ranges; a replenishment reminder that would fall on
 * one waits for the first open day, and nothing else moves.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CLOSED_RUN, openDay, parseClosedDays } from '../../../src/core/reminders/closedDays';
import { day, person, plan, rule } from './reminderFixtures';

const days = (text: string) => {
  const r = parseClosedDays(text);
  return r.ok ? [...r.days].sort((a, b) => a - b) : r.part;
};

describe('closed days as the owner types them', () => {
  it('reads days and ranges with the separators people use, in either language', () => {
    expect(days('')).toEqual([]);
    expect(days('2027-02-10 ~ 2027-02-12，2027/10/1')).toEqual([
      day('2027-02-10'),
      day('2027-02-11'),
      day('2027-02-12'),
      day('2027-10-01'),
    ]);
    expect(days('2027-02-10至2027-02-11; 2027-02-11')).toEqual([
      day('2027-02-10'),
      day('2027-02-11'),
    ]);
    expect(days('2027-12-31 to 2028-01-01')).toEqual([day('2027-12-31'), day('2028-01-01')]);
  });

  it('names the first part that is no day, a backwards range or one too long', () => {
    expect(days('2027-02-10, 2027-02-30')).toBe('2027-02-30');
    expect(days('next week')).toBe('next week');
    expect(days('2027-02-12 ~ 2027-02-10')).toBe('2027-02-12 ~ 2027-02-10');
    expect(MAX_CLOSED_RUN).toBe(60);
    // 1 January to 1 March 2027 is 31 + 28 + 1 = 60 days, the most; to 2 March one too many.
    expect(days('2027-01-01 ~ 2027-03-01')).toHaveLength(60);
    expect(days('2027-01-01 ~ 2027-03-02')).toBe('2027-01-01 ~ 2027-03-02');
  });

  it('finds the first open day', () => {
    const closed = new Set([day('2027-02-10'), day('2027-02-11')]);
    expect(openDay(day('2027-02-09'), closed)).toBe(day('2027-02-09'));
    expect(openDay(day('2027-02-10'), closed)).toBe(day('2027-02-12'));
  });
});

describe('replenishment on closed days', () => {
  // Wipes run out on 13 February 2027; the rule reminds 3 days before, on the 10th, and the
  // shop is closed for Spring Festival from the 5th to the 12th.
  const customer = person('a', {
    lastPurchase: day('2027-01-14'),
    replenish: [{ product: '婴儿湿巾', lastBought: day('2027-01-14'), due: day('2027-02-13') }],
  });
  const closed = new Set(Array.from({ length: 8 }, (_, i) => day('2027-02-05') + i));
  const dues = (from: string, to: string, c = closed) =>
    plan({
      recipients: [customer],
      rules: [rule('rep', 'replenish', '提前3天'), rule('fu', 'followUp', 7)],
      from: day(from),
      to: day(to),
      closed: c,
    }).map((d) => [d.key, d.sendDay, d.values.date]);

  it('waits for the first open day, still naming the day it runs out', () => {
    expect(dues('2027-02-01', '2027-02-28')).toEqual([
      ['a|rep|2027-02-13/婴儿湿巾', day('2027-02-13'), '2027年2月13日'],
    ]);
    // Planned day by day, it comes once, on the 13th, and not on the 10th.
    expect(dues('2027-02-10', '2027-02-10')).toEqual([]);
    expect(dues('2027-02-13', '2027-02-13')).toHaveLength(1);
  });

  it('moves nothing when the shop is open, and no follow-up for a closed day', () => {
    expect(dues('2027-02-10', '2027-02-10', new Set())).toEqual([
      ['a|rep|2027-02-13/婴儿湿巾', day('2027-02-10'), '2027年2月13日'],
    ]);
    // The follow-up of 14 January went on the 21st, closed days or not.
    expect(dues('2027-01-21', '2027-01-21', new Set([day('2027-01-21')]))).toEqual([
      ['a|fu|2027-01-14', day('2027-01-21'), '2027年1月14日'],
    ]);
  });
});
