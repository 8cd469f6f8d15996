/**
 * "Lost" by the value model's chance instead of a fixed number of days: on a shop drawn from the
 * model, with a weekly buyer who stopped and a one-time buyer as old as their last order, every
 * customer the analysis calls lost is one whose chance of still being a customer (computed
 * straight from P(alive)) is below the setting, the day they turn lost is the first day it is, and
 * the win-back rule writes to each on exactly that day.
 */
import { describe, expect, it } from 'vitest';
import { drawShop } from '../../../scripts/benchValue';
import { analyseOrderLines } from '../../../src/core/customers/analysis';
import { analysisSettings, DEFAULT_SETTINGS, Settings } from '../../../src/core/customers/settings';
import type { OrderLines } from '../../../src/core/ground/purchases';
import { pAlive } from '../../../src/core/value/bgnbd';
import { dueMails } from '../../../src/core/reminders/occasions';
import { person, rule } from '../reminders/reminderFixtures';
import { words } from '../../../src/words';
import { parsedLines } from './lines';

const DAY = 86_400_000;

/** The drawn shop with two customers added: a weekly buyer gone 60 days, a one-time buyer of 60 days ago. */
function shopWithTwo() {
  const shop = drawShop(
    3000,
    730,
    { r: 0.5, alpha: 40, a: 0.9, b: 1.6, p: 6, q: 3.7, gamma: 100 },
    5,
  );
  const l = shop.lines;
  const weekly = l.customerCount;
  const once = weekly + 1;
  const end = shop.endDay;
  const extra: [number, number][] = [
    ...Array.from({ length: 20 }, (_, k): [number, number] => [weekly, end - 60 - 7 * (19 - k)]),
    [once, end - 60],
  ];
  const lines: OrderLines = {
    customerCount: once + 1,
    customer: Int32Array.from([...l.customer, ...extra.map((e) => e[0])]),
    at: Float64Array.from([...l.at!, ...extra.map((e) => e[1] * DAY + 12 * 3_600_000)]),
    amount: Float64Array.from([...l.amount!, ...extra.map(() => 30)]),
  };
  return { lines, weekly: `K${weekly}`, once: `K${once}` };
}

/** Each customer's purchase days, from the lines themselves. */
function purchaseDays(l: OrderLines): Map<string, number[]> {
  const days = new Map<string, Set<number>>();
  l.customer.forEach((c, i) => {
    const k = `K${c}`;
    if (!days.has(k)) days.set(k, new Set());
    days.get(k)!.add(Math.floor(l.at![i] / DAY));
  });
  return new Map([...days].map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
}

describe('lost by the value model’s chance', () => {
  const { lines, weekly, once } = shopWithTwo();
  const settings: Settings = { ...DEFAULT_SETTINGS, lostBy: 'chance', lostChance: 0.3 };
  const a = analyseOrderLines(parsedLines(lines), analysisSettings(settings, true), 0);
  const byDays = analyseOrderLines(parsedLines(lines), analysisSettings(DEFAULT_SETTINGS), 0);
  const fit = a.summary.value.model!.fit;
  if (!fit.ok) throw new Error('the drawn shop has repeat buyers');
  const p = fit.model.purchases;
  const days = purchaseDays(lines);
  // P(alive) of a customer with no purchase after their last, judged on day `d`.
  const chanceOn = (id: string, d: number) => {
    const ds = days.get(id)!;
    return pAlive(p, ds.length - 1, ds[ds.length - 1] - ds[0], d - ds[0]);
  };
  const asOfDay = Math.floor(a.asOf! / DAY);

  it('calls lost exactly the customers whose chance is below the setting', () => {
    expect(a.summary.lostBy).toEqual({
      rule: { by: 'chance', days: 180, below: 0.3 },
      applied: 'chance',
    });
    let lost = 0;
    for (const r of a.customers) {
      expect(r.status === 'lost', r.id).toBe(chanceOn(r.id, asOfDay) < 0.3);
      // The sheet's own column says the same chance.
      expect(r.pAlive!).toBeCloseTo(chanceOn(r.id, asOfDay), 12);
      if (r.status === 'lost') lost++;
    }
    expect(a.summary.statuses.find((s) => s.key === 'lost')!.customers).toBe(lost);
    expect(lost).toBeGreaterThan(100);
  });

  it('loses a weekly buyer after weeks away, not a one-time buyer of the same day', () => {
    const status = (x: typeof a, id: string) => x.customers.find((r) => r.id === id)!.status;
    expect([status(a, weekly), status(a, once)]).toEqual(['lost', 'new']);
    // By 180 days neither is lost yet: both last bought 60 days before the end.
    expect([status(byDays, weekly), status(byDays, once)]).toEqual(['returning', 'new']);
  });

  it('dates each customer’s lapse on the first day their chance is below the setting', () => {
    for (const r of a.customers) {
      const lostFrom = Math.round(r.lostFrom! / DAY);
      const last = Math.floor(r.lastPurchase! / DAY);
      expect(chanceOn(r.id, lostFrom), r.id).toBeLessThan(0.3);
      // Not lost on the day of a purchase, whatever the model says of that day.
      if (lostFrom - 1 > last)
        expect(chanceOn(r.id, lostFrom - 1), r.id).toBeGreaterThanOrEqual(0.3);
      else expect(lostFrom).toBe(last + 1);
    }
  });

  it('mails a win-back to each customer on the day they turn lost, and on no other', () => {
    const recipients = a.customers.map((r) =>
      person(r.key, {
        id: r.id,
        lastPurchase: Math.floor(r.lastPurchase! / DAY),
        lostFrom: Math.round(r.lostFrom! / DAY),
      }),
    );
    const winBack = rule('wb', 'winBack', 0);
    for (let d = asOfDay + 1; d <= asOfDay + 30; d++) {
      const due = dueMails(
        { recipients, rules: [winBack], activities: [], coupons: [], from: d, to: d },
        words('en'),
      );
      // Worked out from P(alive) alone: below the setting on d, not the day before (or a purchase then).
      const expected = a.customers
        .filter((r) => {
          const last = Math.floor(r.lastPurchase! / DAY);
          return chanceOn(r.id, d) < 0.3 && (d - 1 <= last || chanceOn(r.id, d - 1) >= 0.3);
        })
        .map((r) => r.id)
        .sort();
      expect(due.map((x) => x.recipient.id).sort(), `day ${d}`).toEqual(expected);
    }
  });

  it('keeps to the days, and says so, when too few customers bought again to fit the model', () => {
    const few = parsedLines({
      customerCount: 3,
      customer: Int32Array.from([0, 0, 1, 2]),
      at: Float64Array.from([0, 20, 100, 300].map((d) => (19_000 + d) * DAY)),
      amount: Float64Array.from([10, 10, 10, 10]),
    });
    const small = analyseOrderLines(few, analysisSettings(settings, true), 4);
    expect(small.summary.lostBy.applied).toBe('days');
    // As of day 300: K0 last bought on day 20 (280 days before), K1 on day 100 (200), K2 that day.
    expect(small.customers.map((r) => [r.id, r.status])).toEqual([
      ['K0', 'lost'],
      ['K1', 'lost'],
      ['K2', 'new'],
    ]);
  });
});
