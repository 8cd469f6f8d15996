import { describe, expect, it } from 'vitest';
import { Activity, LAPSE_DRIFT_DAYS, yearlyDay } from '../../../src/core/reminders/occasions';
import { planEntries } from '../../../src/core/reminders/sendLog';
import { day, latestOf, person, plan, rule } from './reminderFixtures';

describe('what the rules make due', () => {
  it('greets on a lunar festival’s day of that year, and the day before when asked', () => {
    // Spring Festival 2027 is 6 February; New Year's Eve (除夕) the 5th.
    const dues = plan({
      recipients: [person('a'), person('b', { tier: 'A' })],
      rules: [
        rule('sf', '节日祝福', '当天', '春节'),
        rule('eve', '节日祝福', '提前1天', '除夕', 'A'),
      ],
      from: day('2027-02-01'),
      to: day('2027-02-10'),
    });
    expect(
      dues.map((d) => [d.key, d.sendDay - day('2027-02-01'), d.values.holiday, d.values.date]),
    ).toEqual([
      ['a|sf|2027-02-06', 5, '春节', '2027年2月6日'],
      ['b|sf|2027-02-06', 5, '春节', '2027年2月6日'],
      // Only B is in the A-tier audience; a greeting is not "skipped" for the others.
      ['b|eve|2027-02-05', 3, '除夕', '2027年2月5日'],
    ]);
    expect(dues.every((d) => !d.outsideAudience)).toBe(true);
  });

  it('plans nothing outside the days asked for', () => {
    const dues = plan({
      recipients: [person('a')],
      rules: [rule('sf', '节日祝福', '当天', '春节')],
      from: day('2027-02-07'),
      to: day('2027-03-01'),
    });
    expect(dues).toEqual([]);
  });

  it('wishes a happy birthday on the day, and on 28 February to those born on the 29th', () => {
    const dues = plan({
      recipients: [
        person('leap', { birthday: { month: 2, day: 29 } }),
        person('x', { birthday: { month: 3, day: 1 } }),
      ],
      rules: [rule('bd', 'birthday', 0)],
      from: day('2027-02-27'),
      to: day('2028-02-29'),
    });
    expect(dues.map((d) => d.key)).toEqual([
      'leap|bd|2027-02-28',
      'leap|bd|2028-02-29',
      'x|bd|2027-03-01',
    ]);
    expect(yearlyDay({ month: 2, day: 29 }, 2100) - yearlyDay({ month: 2, day: 28 }, 2100)).toBe(0);
  });

  it('announces an activity days before it starts, and again on its last day', () => {
    const sale: Activity = {
      name: '618 年中大促',
      start: day('2027-06-01'),
      end: day('2027-06-18'),
      description: '囤货价',
      link: 'https://shop.example.com/618',
      lastDay: true,
      row: 2,
    };
    const dues = plan({
      recipients: [person('a')],
      rules: [rule('act', 'activity', '提前2天')],
      activities: [sale],
      from: day('2027-05-01'),
      to: day('2027-06-30'),
    });
    expect(
      dues.map((d) => [
        d.key,
        d.sendDay - day('2027-05-30'),
        d.until - day('2027-05-30'),
        d.values.lastDay,
      ]),
    ).toEqual([
      ['a|act|618 年中大促@2027-06-01', 0, 19, undefined],
      ['a|act|618 年中大促@2027-06-01/last', 19, 19, '最后一天'],
    ]);
    expect(dues[0].values).toMatchObject({
      activity: '618 年中大促',
      start: '2027年6月1日',
      end: '2027年6月18日',
    });
  });

  it('follows up a week after the last purchase, naming an activity that starts within a month', () => {
    const dues = plan({
      recipients: [
        person('a', { lastPurchase: day('2027-05-20') }),
        person('b', { lastPurchase: day('2027-05-21') }),
      ],
      rules: [rule('fu', 'followUp', 7)],
      activities: [
        {
          name: '年中大促',
          start: day('2027-06-20'),
          end: day('2027-06-25'),
          description: '',
          link: '',
          lastDay: false,
          row: 2,
        },
      ],
      from: day('2027-05-27'),
      to: day('2027-05-27'),
    });
    expect(dues.map((d) => d.key)).toEqual(['a|fu|2027-05-20']);
    expect(dues[0].values).toMatchObject({
      product: '婴儿湿巾',
      date: '2027年5月20日',
      activity: '年中大促',
    });
    // Kept a week: a follow-up later than that is too late.
    expect(dues[0].until - dues[0].sendDay).toBe(7);
  });

  it('reminds of replenishment days before the predicted purchase, and of a coupon before it expires', () => {
    const dues = plan({
      recipients: [
        person('a', {
          replenish: [
            { product: '婴儿湿巾', lastBought: day('2027-02-08'), due: day('2027-03-10') },
          ],
        }),
        person('b', { email: 'B@Example.com' }),
      ],
      rules: [rule('rep', 'replenish', '提前3天'), rule('cp', 'coupon', '3 days before')],
      coupons: [
        { customer: 'A', code: 'LD001', value: '10 元', expiry: day('2027-03-10'), row: 2 },
        // Written by email, in another case.
        {
          customer: 'b@example.com',
          code: 'FS002',
          value: '5 元',
          expiry: day('2027-03-10'),
          row: 3,
        },
      ],
      from: day('2027-03-07'),
      to: day('2027-03-07'),
    });
    expect(dues.map((d) => [d.key, d.values.coupon ?? d.values.product])).toEqual([
      ['a|rep|2027-03-10/婴儿湿巾', '婴儿湿巾'],
      ['a|cp|LD001', 'LD001'],
      ['b|cp|FS002', 'FS002'],
    ]);
    expect(dues[1].values.expiry).toBe('2027年3月10日');
  });

  it('tells a coupon’s amount in the shop’s currency, and keeps the shop’s own words', () => {
    const coupon = (code: string, value: string | number) => ({
      customer: 'A',
      code,
      value,
      expiry: day('2027-03-10'),
      row: 2,
    });
    const dues = plan({
      recipients: [person('a')],
      rules: [rule('cp', 'coupon', '3 days before')],
      coupons: [coupon('US10', 10), coupon('PCT', '10% off')],
      from: day('2027-03-07'),
      to: day('2027-03-07'),
      currency: 'USD',
    });
    expect(dues.map((d) => d.values.value)).toEqual(['$10', '10% off']);
  });

  it('writes to an A or B customer once when they turn lost, and logs others as outside the audience', () => {
    // Lost after 180 days without a purchase: a last purchase on 2027-01-01 turns lost on 07-01.
    const last = day('2027-01-01');
    const dues = plan({
      recipients: [
        person('a', { tier: 'A', lastPurchase: last }),
        person('c', { tier: 'C', lastPurchase: last }),
      ],
      rules: [rule('wb', 'winBack', 0, '', 'A, B')],
      from: day('2027-06-25'),
      to: day('2027-07-05'),
    });
    expect(dues.map((d) => [d.key, d.sendDay - last, d.outsideAudience])).toEqual([
      ['a|wb|2027-01-01', 181, false],
      ['c|wb|2027-01-01', 181, true],
    ]); // The mail recalls the last order, 1 January, not the day they turned lost (2 July).
    expect(dues[0].values.date).toBe('2027年1月1日');
  });

  it('catches a lapse the model’s refit moved into days already planned, sent once, skips unsaid', () => {
    // Planned up to 9 March; today's fit says b lapsed on the 7th (yesterday's said the 11th).
    const from = day('2027-03-10');
    const last = day('2027-01-01');
    const wb = rule('wb', 'winBack', 0, '', 'A, B');
    const people = [
      person('a', { tier: 'A', lastPurchase: last, lostFrom: from }),
      person('b', { tier: 'A', lastPurchase: last, lostFrom: from - 3 }),
      person('c', { tier: 'C', lastPurchase: last, lostFrom: from - 3 }),
      person('d', { tier: 'A', lastPurchase: last, lostFrom: from - LAPSE_DRIFT_DAYS - 1 }),
    ];
    const moving = plan({ recipients: people, rules: [wb], from, to: from, lapsesMove: true });
    expect(moving.map((d) => [d.key, d.sendDay - from, d.late ?? false])).toEqual([
      ['a|wb|2027-01-01', 0, false],
      ['b|wb|2027-01-01', 0, true],
      ['c|wb|2027-01-01', 0, true],
    ]);
    // Lost by days a lapse never moves: only the day's own.
    const fixed = plan({ recipients: people, rules: [wb], from, to: from });
    expect(fixed.map((d) => d.key)).toEqual(['a|wb|2027-01-01']);
    const options = { now: 1, blocked: () => undefined, capPerDay: 1, dryRun: false };
    const entries = planEntries(moving, new Map(), options);
    // c is outside the audience: that skip was that day's to say, not said again now.
    expect(entries.map((e) => [e.key, e.status])).toEqual([
      ['a|wb|2027-01-01', 'planned'],
      ['b|wb|2027-01-01', 'planned'],
    ]);
    // b's mail went on the day its lapse first fell on: the late one is not planned again.
    const sent = { ...entries[1], status: 'sent' as const };
    expect(planEntries(moving, latestOf([sent]), options).map((e) => e.key)).toEqual([
      'a|wb|2027-01-01',
    ]);
  });
});
