/**
 * Predicted value and the model's answers on any history: the value month by month is the
 * quadrature's expected purchases (bruteForce.ts, no 2F1) times the expected spend, discounted;
 * and for any history P(alive) is a probability and expected purchases grow with the time ahead.
 *
 * A failure prints fast-check's seed and path; replay it with FC_SEED=<seed> FC_PATH=<path>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BgNbd, expectedPurchases, pAlive } from '../../../src/core/value/bgnbd';
import { MONTH_DAYS, predictedValue } from '../../../src/core/value/clv';
import { expectedSpend } from '../../../src/core/value/gammaGamma';
import { bruteForce } from './bruteForce';

const replay = {
  seed: process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED),
  path: process.env.FC_PATH,
};
// The papers' fits, in weeks; the same in days has α seven times larger.
const MBG: BgNbd = { r: 0.5248, alpha: 6.1831 * 7, a: 0.8914, b: 1.614, modified: true };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('predicted value', () => {
  it('is each month’s expected purchases times the expected spend, discounted monthly', () => {
    // Customer 1 of CDNOW in days: 2 repeats, the last on day 213, 272 days old, $22.35 a repeat.
    const h = { x: 2, tx: 213, T: 272, monetary: 22.35 };
    const spend = expectedSpend(GG, h.x, h.monetary);
    let expected = 0;
    for (let i = 1; i <= 12; i++) {
      const month =
        bruteForce(MBG, i * MONTH_DAYS, h.x, h.tx, h.T).expected -
        bruteForce(MBG, (i - 1) * MONTH_DAYS, h.x, h.tx, h.T).expected;
      expected += (month * spend) / 1.01 ** i;
    }
    expect(predictedValue(MBG, GG, h, 12, 0.01, 1)).toBeCloseTo(expected, 6);
    // Undiscounted, twelve months are the year's purchases times the spend.
    expect(predictedValue(MBG, GG, h, 12, 0, 1)).toBeCloseTo(
      expectedPurchases(MBG, 360, h.x, h.tx, h.T) * spend,
      9,
    );
  });
});

describe('the model on any history', () => {
  const history = fc
    .record({
      x: fc.integer({ min: 0, max: 60 }),
      T: fc.double({ min: 0.5, max: 2000, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      t: fc.double({ min: 0.1, max: 1000, noNaN: true }),
      modified: fc.boolean(),
    })
    .map((v) => ({ ...v, tx: v.x === 0 ? 0 : v.T * v.share }));

  it('gives a probability, and more purchases the further it looks', () => {
    fc.assert(
      fc.property(history, ({ x, tx, T, t, modified }) => {
        const m: BgNbd = { ...MBG, modified };
        const p = pAlive(m, x, tx, T);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        const near = expectedPurchases(m, t, x, tx, T);
        const far = expectedPurchases(m, 2 * t, x, tx, T);
        expect(near).toBeGreaterThanOrEqual(0);
        expect(far).toBeGreaterThanOrEqual(near);
      }),
      replay,
    );
  });
});
