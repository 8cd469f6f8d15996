/** The special functions against values known in closed form. */
import { describe, expect, it } from 'vitest';
import { hyp2f1, lnGamma } from '../../../src/core/value/special';

describe('lnGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, 0.5 * Math.log(Math.PI)],
    [10, Math.log(362880)],
    [0.1, Math.log(9.513507698668732)],
    // Γ(20.5) = 40! √π / (4^20 · 20!)
    [20.5, 40.83150097453078],
  ])('ln Γ(%f) = %f', (x, expected) => {
    expect(lnGamma(x)).toBeCloseTo(expected, 10);
  });

  it('is NaN off the positive axis', () => {
    expect(lnGamma(0)).toBeNaN();
    expect(lnGamma(-1.5)).toBeNaN();
  });
});

describe('hyp2f1', () => {
  it('agrees with its closed forms', () => {
    for (const z of [0, 0.1, 0.5, 0.9, 0.99]) {
      const log = z === 0 ? 1 : -Math.log(1 - z) / z;
      expect(hyp2f1(1, 1, 2, z) / log).toBeCloseTo(1, 12);
      expect(hyp2f1(0.7, 2.3, 2.3, z) / (1 - z) ** -0.7).toBeCloseTo(1, 12);
      const s = Math.sqrt(z);
      const asin = s === 0 ? 1 : Math.asin(s) / s;
      expect(hyp2f1(0.5, 0.5, 1.5, z) / asin).toBeCloseTo(1, 12);
    }
  });

  it('refuses rather than return a sum that has not converged', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, -0.5)).toThrow(RangeError);
    // Terms shrink like (1 − 1e-7)^k: ten million terms are not enough.
    expect(() => hyp2f1(1, 1, 2, 1 - 1e-7)).toThrow('did not converge');
  });
});
