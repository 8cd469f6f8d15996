/** The value model fitted to a shop's histories: what it needs, what it uses and leaves out. */
import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood } from '../../../src/core/value/bgnbd';
import { purchaseDays, valueHistories } from '../../../src/core/value/histories';
import { fitValueModel, MIN_REPEAT_BUYERS } from '../../../src/core/value/model';
import { lines } from '../customers/lines';
import { CALIBRATION_END, cdnowLines } from './cdnow';

describe('the histories the model reads', () => {
  it('counts no day of refunds alone as a purchase day', () => {
    const h = valueHistories(
      lines([
        [0, '2024-01-01T10:00', 100],
        // A refund alone on its day: no purchase.
        [0, '2024-01-05T10:00', -100],
        // A purchase, and a refund of part of it later that day: one purchase day worth 30.
        [0, '2024-01-10T10:00', 50],
        [0, '2024-01-10T16:00', -20],
        // A moment that is more refund than purchase: no purchase.
        [0, '2024-01-12T09:00', 30],
        [0, '2024-01-12T09:00', -40],
        // Only a refund: no history at all.
        [1, '2024-01-03T10:00', -15],
      ]),
      Math.floor(Date.parse('2024-01-20') / 86_400_000),
      1,
    );
    expect([h.seen[0], h.x[0], h.tx[0], h.T[0], h.monetary[0]]).toEqual([1, 1, 9, 19, 30]);
    expect(h.seen[1]).toBe(0);
    // Lines without dates have no history to read: a caller's mistake, said plainly.
    expect(() => valueHistories({ customerCount: 1, customer: Int32Array.of(0) }, 0, 1)).toThrow(
      'purchaseDays: the lines have no dates',
    );
  });

  it('takes the days after one day up to another, both as written: (after, upTo]', () => {
    const days = purchaseDays(
      lines([
        [0, '2024-01-09T23:00', 5],
        [0, '2024-01-10T08:00', 5],
        [0, '2024-01-20T08:00', 7],
        [0, '2024-01-21T08:00', 9],
      ]),
      Math.floor(Date.parse('2024-01-09') / 86_400_000),
      Math.floor(Date.parse('2024-01-20') / 86_400_000),
    );
    expect([...days[0]]).toEqual([
      [Math.floor(Date.parse('2024-01-10') / 86_400_000), 5],
      [Math.floor(Date.parse('2024-01-20') / 86_400_000), 7],
    ]);
  });
});

describe('fitting the value model', () => {
  it('says how many repeat buyers it has and needs when they are too few', () => {
    // 25 customers, 19 of whom came back on another day.
    const rows: [number, string, number][] = [];
    for (let c = 0; c < 25; c++) {
      rows.push([c, '2024-01-01', 10]);
      if (c < 19) rows.push([c, `2024-02-${String(c + 1).padStart(2, '0')}`, 12]);
    }
    const h = valueHistories(lines(rows), Math.floor(Date.parse('2024-06-01') / 86_400_000), 1);
    expect(MIN_REPEAT_BUYERS).toBe(20);
    expect(fitValueModel(h)).toEqual({ ok: false, repeatBuyers: 19, needed: 20 });
  });

  it('leaves out of the spend model the repeat buyers whose repeats net to nothing, and counts them', () => {
    const { lines: l } = cdnowLines();
    const h = valueHistories(l, CALIBRATION_END, 1);
    // One repeat buyer's repeat purchases refunded: their mean repeat spend is zero.
    const refunded = [...h.x].findIndex((x) => x > 0);
    h.monetary[refunded] = 0;
    const fit = fitValueModel(h);
    if (!fit.ok) throw new Error('CDNOW has 946 repeat buyers');
    expect(fit.model.customers).toBe(2357);
    expect(fit.model.repeatBuyers).toBe(946);
    expect([fit.model.spendUsed, fit.model.spendLeftOut]).toEqual([945, 1]);
    // In days, the fit is the weeks' fit with α seven times larger (the rate's time scale).
    expect(fit.model.purchases.alpha / 7).toBeCloseTo(6.1831, 1);
    expect(fit.model.purchases.r).toBeCloseTo(0.5248, 2);
  });

  it('weighs shared histories as the customers they stand for', () => {
    const { lines: l } = cdnowLines();
    const h = valueHistories(l, CALIBRATION_END, 1);
    const fit = fitValueModel(h);
    if (!fit.ok) throw new Error('CDNOW has 946 repeat buyers');
    const each = bgNbdLogLikelihood(fit.model.purchases, { x: h.x, tx: h.tx, T: h.T });
    expect(fit.model.purchases.logLikelihood).toBeCloseTo(each, 6);
  });
});
