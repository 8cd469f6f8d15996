/**
 * The win-back rule when "lost" follows the value model (Settings): a customer who bought milk
 * powder every week and stopped is written to weeks later, on the first day the model gives them
 * less than 30% chance of still being a customer; by days, not before 180 days have passed. The
 * day is worked out here from the fit CLV_MODEL shows and the paper's P(alive) formula.
 */
import { describe, expect, it } from 'vitest';
import { drawShop } from '../../scripts/benchValue';
import type { StandIn } from '../../local/runner';
import { now, sentTo, sh, shop } from '../helpers/reminderShop';

const DAY = 86_400_000;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

describe('win-back when lost follows the value model', () => {
  const drawn = drawShop(
    1200,
    730,
    { r: 0.5, alpha: 40, a: 0.9, b: 1.6, p: 6, q: 3.7, gamma: 100 },
    3,
  );
  const end = drawn.endDay;
  const l = drawn.lines;
  const row = (id: string, amount: number, wallClock: number) => [
    id,
    `客户${id}`,
    `${id.toLowerCase()}@example.com`,
    '',
    '婴儿奶粉',
    amount,
    sh(new Date(wallClock).toISOString().slice(0, 19)),
    '',
  ];
  // W bought every week for 20 weeks; the last time 10 days before the shop's latest order.
  const wDays = Array.from({ length: 20 }, (_, k) => end - 10 - 7 * (19 - k));
  const orders = [
    ...Array.from(l.customer, (c, i) => row(`K${c}`, l.amount![i], l.at![i])),
    ...wDays.map((d) => row('W', 500, d * DAY + 10 * 3_600_000)),
  ];
  const open = (today: number, lostBy: 'days' | 'chance'): StandIn => {
    const s = shop(`${iso(today)}T02:00:00Z`, ['win-back'], orders);
    s.run('saveSettings', { lostBy, lostChance: '30%' });
    return s;
  };

  // The day W turns lost: the fit CLV_MODEL shows, and P(alive) as Batislam et al. write it.
  const s0 = open(end + 1, 'chance');
  const table = s0.formula(
    'CLV_MODEL',
    orders.map((r) => [r[0]]),
    orders.map((r) => [r[6]]),
    orders.map((r) => [r[5]]),
  ) as unknown[][];
  const param = (label: string) => table.find((r) => r[1] === label)![2] as number;
  const [r, alpha, a, b] = [param('r'), param('α（天）'), param('a'), param('b')];
  const x = wDays.length - 1;
  const tx = wDays[19] - wDays[0];
  const alive = (day: number) =>
    1 / (1 + (a / (b + x)) * ((alpha + day - wDays[0]) / (alpha + tx)) ** (r + x));
  let lapse = wDays[19] + 1;
  while (alive(lapse) >= 0.3) lapse++;

  it('writes to the weekly buyer on the first day their chance is below 30%, once', () => {
    // Weeks, not months: what a weekly buyer's silence means.
    expect(lapse - wDays[19]).toBeGreaterThan(14);
    expect(lapse - wDays[19]).toBeLessThan(90);
    const s = open(lapse - 1, 'chance');
    now(s);
    expect(sentTo(s)).not.toContain('w@example.com');
    s.env.setNow(new Date(`${iso(lapse)}T02:00:00Z`));
    now(s);
    expect(sentTo(s).filter((t) => t === 'w@example.com')).toHaveLength(1);
    const mail = s.mail._sent.find((m) => m.to.includes('w@example.com'))!;
    // The mail recalls the last order, as the customer knows it.
    const d = new Date(wDays[19] * DAY);
    expect(mail.body).toContain(
      `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
    );
    s.env.setNow(new Date(`${iso(lapse + 1)}T02:00:00Z`));
    now(s);
    expect(sentTo(s).filter((t) => t === 'w@example.com')).toHaveLength(1);
  });

  it('by days, waits for 180 days without a purchase', () => {
    const s = open(lapse, 'days');
    now(s);
    expect(sentTo(s)).not.toContain('w@example.com');
  });
});
