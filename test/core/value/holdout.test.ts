/**
 * The check against what happened next: on CDNOW, the cut falls where the paper's calibration
 * ends and customers are grouped by their repeats before it; on a shop drawn from the model,
 * the prediction of the held-out quarter meets what the customers did.
 */
import { describe, expect, it } from 'vitest';
import { drawShop } from '../../../scripts/benchValue';
import { holdout, LAST_GROUP } from '../../../src/core/value/holdout';
import { CALIBRATION_END, cdnowLines, publishedSummary } from './cdnow';
import { lines } from '../customers/lines';

const DAY = 86_400_000;

describe('the held-out check', () => {
  it('cuts CDNOW where the paper does, and groups its customers by their calibration repeats', () => {
    const { lines } = cdnowLines();
    // 1 January 1997 to 30 June 1998: 546 days, the last 273 held out (the paper's 39 weeks).
    const h = holdout(lines, Date.UTC(1997, 0, 1) / DAY, Date.UTC(1998, 5, 30) / DAY, 0.5);
    expect([h.cut, h.days]).toEqual([CALIBRATION_END, 273]);
    // The groups' sizes are lifetimes' calibration summary counted by x.
    const published = publishedSummary();
    expect(h.groups.map((g) => [g.repeats, g.customers])).toEqual(
      Array.from({ length: LAST_GROUP + 1 }, (_, x) => [
        x,
        published.filter((p) => (x < LAST_GROUP ? p.x === x : p.x >= x)).length,
      ]),
    );
    // Customers who bought more before buy more after, in the data and in the prediction.
    expect(h.groups.at(-1)!.actual / h.groups.at(-1)!.customers).toBeGreaterThan(
      h.groups[0].actual / h.groups[0].customers,
    );
    expect(h.groups.at(-1)!.predicted / h.groups.at(-1)!.customers).toBeGreaterThan(
      h.groups[0].predicted / h.groups[0].customers,
    );
  });

  it('predicts a drawn shop’s last quarter to within 5% of what its customers did', () => {
    const shop = drawShop(
      20_000,
      730,
      { r: 0.5, alpha: 40, a: 0.9, b: 1.6, p: 6, q: 3.7, gamma: 100 },
      3,
    );
    const h = holdout(shop.lines, shop.endDay - 729, shop.endDay, 0.25);
    expect(h.days).toBe(183);
    expect(h.actual).toBeGreaterThan(1000);
    expect(Math.abs(h.predicted - h.actual) / h.actual).toBeLessThan(0.05);
  });

  it('counts what customers did even when the orders before the cut are too few to fit', () => {
    // Ten customers: each bought on day 0 and on day 90 + their number; the cut at day 75.
    const rows: [number, string, number][] = [];
    for (let c = 0; c < 10; c++) {
      rows.push([c, '2024-01-01', 10]);
      rows.push([c, new Date(Date.UTC(2024, 0, 91 + c)).toISOString().slice(0, 10), 10]);
    }
    const first = Date.UTC(2024, 0, 1) / DAY;
    const h = holdout(lines(rows), first, first + 99, 0.25);
    expect([h.cut, h.days]).toEqual([first + 74, 25]);
    expect(h.fit).toEqual({ ok: false, repeatBuyers: 0, needed: 20 });
    // Only the group with customers is shown: none had bought again before the cut.
    expect(h.groups).toEqual([{ repeats: 0, customers: 10, actual: 10, predicted: 0 }]);
    expect([h.actual, h.predicted]).toEqual([10, 0]);
  });
});
