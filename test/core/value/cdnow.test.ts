/**
 * The papers reproduced on the CDNOW sample (Fader, Hardie and Lee 2005; Batislam, Denizel and
 * Filiztekin 2007; Fader and Hardie 2013): the per-customer summary as lifetimes publishes it,
 * the fitted parameters and log-likelihoods within 0.5%, Hardie's worked figures, and the
 * closed forms against the model's definition computed by quadrature (bruteForce.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  BgNbd,
  bgNbdLogLikelihood,
  expectedPurchases,
  fitBgNbd,
  pAlive,
} from '../../../src/core/value/bgnbd';
import { expectedSpend, fitGammaGamma } from '../../../src/core/value/gammaGamma';
import { valueHistories } from '../../../src/core/value/histories';
import { bruteForce } from './bruteForce';
import { CALIBRATION_END, cdnowLines, publishedSummary } from './cdnow';

const { lines, index } = cdnowLines();
const published = publishedSummary();
const weeks = valueHistories(lines, CALIBRATION_END, 7);
const near = (actual: number, expected: number, share = 0.005) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * share);

describe('the CDNOW sample', () => {
  it('is summarised as lifetimes summarises it: every customer, to the published cent', () => {
    expect(index.size).toBe(2357);
    expect(published).toHaveLength(2357);
    // From the lines last first, as a sheet sorted newest first holds them; worked out in the
    // test itself, where a mutation run sees it.
    const order = Array.from(lines.customer, (_, i) => lines.customer.length - 1 - i);
    const summary = valueHistories(
      {
        customerCount: lines.customerCount,
        customer: Int32Array.from(order, (i) => lines.customer[i]),
        at: Float64Array.from(order, (i) => lines.at![i]),
        amount: Float64Array.from(order, (i) => lines.amount![i]),
      },
      CALIBRATION_END,
      7,
    );
    // Published to two decimals: each of ours is within half a cent of it (22.345 rounds either way).
    for (const p of published) {
      const c = index.get(p.id)!;
      const ours = [summary.x[c], summary.tx[c], summary.T[c], summary.monetary[c]];
      [p.x, p.tx, p.T, p.zbar].forEach((v, k) =>
        expect(
          Math.abs(ours[k] - v),
          `${p.id}: ${ours} vs ${[p.x, p.tx, p.T, p.zbar]}`,
        ).toBeLessThanOrEqual(0.005 + 1e-9),
      );
    }
  });

  const histories = { x: weeks.x, tx: weeks.tx, T: weeks.T };
  const bg = fitBgNbd(histories, false);
  const mbg = fitBgNbd(histories, true);

  it('gives the BG/NBD of Fader, Hardie and Lee (2005)', () => {
    near(bg.r, 0.2426);
    near(bg.alpha, 4.4136);
    near(bg.a, 0.7929);
    near(bg.b, 2.4259);
    expect(bg.logLikelihood).toBeCloseTo(-9582.43, 1);
    // Hardie's worked example: 2 repeats, the last at 30.43 weeks, 38.86 weeks old: 1.226
    // purchases expected in the next 39 weeks.
    expect(expectedPurchases(bg, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('gives the modified BG/NBD of Batislam, Denizel and Filiztekin (2007)', () => {
    near(mbg.r, 0.5248);
    near(mbg.alpha, 6.1831);
    near(mbg.a, 0.8914);
    near(mbg.b, 1.614);
    expect(mbg.logLikelihood).toBeCloseTo(-9582.14, 1);
    // A one-time buyer is not certain to be active (the BG/NBD says they are).
    expect(pAlive(bg, 0, 0, 38.86)).toBe(1);
    expect(pAlive(mbg, 0, 0, 38.86)).toBeLessThan(0.9);
  });

  it('gives the Gamma-Gamma of Fader and Hardie (2013), on repeat buyers only', () => {
    const used = published.filter((p) => p.x > 0 && p.zbar > 0);
    const gg = fitGammaGamma({ x: used.map((p) => p.x), m: used.map((p) => p.zbar) });
    near(gg.p, 6.25);
    near(gg.q, 3.74);
    near(gg.gamma, 15.44);
    // Hardie's spreadsheet (brucehardie.com/notes/025): the first ten customers' expected
    // spend per purchase at the maximum-likelihood parameters (6.25, 3.74, 15.44 rounded).
    const first = published.slice(0, 10).map((p) => expectedSpend(gg, p.x, p.zbar));
    const hardie = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    first.forEach((v, i) => expect(Math.abs(v - hardie[i])).toBeLessThan(0.01));
  });

  it('reaches the papers’ parameters from any of its starts, not by luck of one', () => {
    const paper: BgNbd = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, modified: false };
    expect(bg.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(paper, histories) - 0.01);
  });
});

describe('the closed forms', () => {
  // A grid of histories, in weeks, for the published parameters of both models.
  const MODELS: BgNbd[] = [
    { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, modified: false },
    { r: 0.5248, alpha: 6.1831, a: 0.8914, b: 1.614, modified: true },
  ];
  const grid: [number, number, number, number][] = [];
  for (const x of [0, 1, 2, 7, 20])
    for (const T of [2, 38.86, 78])
      for (const share of [0, 0.4, 1])
        for (const t of [1, 39, 150]) if (x > 0 || share === 0) grid.push([x, T * share, T, t]);

  it.each(MODELS.map((m) => [m.modified ? 'modified BG/NBD' : 'BG/NBD', m] as const))(
    'of the %s agree with the model’s definition to 1e-6',
    (_, m) => {
      for (const [x, tx, T, t] of grid) {
        const direct = bruteForce(m, t, x, tx, T);
        const e = expectedPurchases(m, t, x, tx, T);
        expect(Math.abs(pAlive(m, x, tx, T) - direct.pAlive), `${x} ${tx} ${T}`).toBeLessThan(1e-6);
        expect(Math.abs(e - direct.expected) / Math.max(1, e), `${x} ${tx} ${T} ${t}`).toBeLessThan(
          1e-6,
        );
      }
    },
  );
});
