/** A shop drawn from the model itself (scripts/benchValue.ts): the fit finds what it was drawn with. */
import { describe, expect, it } from 'vitest';
import { drawShop } from '../../../scripts/benchValue';
import { valueHistories } from '../../../src/core/value/histories';
import { fitValueModel } from '../../../src/core/value/model';

describe('a shop drawn from the model', () => {
  // In days: a purchase every 80 days or so while active, most leave within a few purchases.
  const truth = { r: 0.5, alpha: 40, a: 0.9, b: 1.6, p: 6, q: 3.7, gamma: 100 };
  const shop = drawShop(50_000, 730, truth, 7);
  const fit = fitValueModel(valueHistories(shop.lines, shop.endDay, 1));

  it('is fitted back to the parameters it was drawn with', () => {
    if (!fit.ok) throw new Error(`${fit.repeatBuyers} repeat buyers`);
    const { purchases, spend } = fit.model;
    // 50,000 customers: each estimate within 15% of the truth.
    const near = (got: number, want: number) =>
      expect(Math.abs(got - want) / want).toBeLessThan(0.15);
    near(purchases.r, truth.r);
    near(purchases.alpha, truth.alpha);
    near(purchases.a, truth.a);
    near(purchases.b, truth.b);
    near(spend!.p, truth.p);
    near(spend!.q, truth.q);
    near(spend!.gamma, truth.gamma);
  });
});
