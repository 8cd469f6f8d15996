/**
 * What a customer's purchases are worth: the Gamma-Gamma model (Fader and Hardie, "The
 * Gamma-Gamma model of monetary value", 2013). Each customer's purchases vary around their own
 * mean, gamma(p, ν) with ν gamma(q, γ) across customers; a customer's expected spend per purchase
 * weighs their own mean of x repeat purchases against the shop's: the more purchases, the more
 * their own. Only customers with a repeat purchase of positive value tell it anything.
 */
import { lnGamma } from './special';
import { minimise } from './optimise';

export interface GammaGamma {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/** Repeat purchases (x ≥ 1) and their mean value (m > 0) per customer. */
export interface Spends {
  readonly x: ArrayLike<number>;
  readonly m: ArrayLike<number>;
}

/**
 * The spends' log-likelihood as a function of the parameters, for the optimiser: the gamma
 * functions depend on x alone and are worked out once per distinct x per call, the data's own
 * logs once for all calls.
 */
export function gammaGammaLikelihood(s: Spends): (g: GammaGamma) => number {
  const n = s.x.length;
  const xs = [...new Set(Array.from(s.x))];
  const xAt = new Map(xs.map((x, k) => [x, k]));
  const k = Int32Array.from(Array.from(s.x), (x) => xAt.get(x)!);
  const lnM = Float64Array.from(Array.from(s.m), Math.log);
  const lnX = Float64Array.from(Array.from(s.x), Math.log);
  const perX = new Float64Array(xs.length);
  return ({ p, q, gamma }) => {
    const base = -lnGamma(q) + q * Math.log(gamma);
    xs.forEach((x, j) => (perX[j] = base + lnGamma(p * x + q) - lnGamma(p * x)));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const px = p * s.x[i];
      sum +=
        perX[k[i]] + (px - 1) * lnM[i] + px * lnX[i] - (px + q) * Math.log(s.x[i] * s.m[i] + gamma);
    }
    return sum;
  };
}

/** A customer's expected value per purchase: their mean, shrunk towards the shop's. */
export function expectedSpend(g: GammaGamma, x: number, m: number): number {
  const { p, q, gamma } = g;
  const shop = (gamma * p) / (q - 1);
  if (x <= 0) return shop;
  const own = (p * x) / (p * x + q - 1);
  return (1 - own) * shop + own * m;
}

export interface GammaGammaFit extends GammaGamma {
  readonly logLikelihood: number;
  readonly evaluations: number;
}

export function fitGammaGamma(s: Spends): GammaGammaFit {
  const params = (v: readonly number[]): GammaGamma => ({
    p: Math.exp(v[0]),
    q: Math.exp(v[1]),
    gamma: Math.exp(v[2]),
  });
  let mean = 0;
  for (let i = 0; i < s.m.length; i++) mean += s.m[i] / s.m.length;
  const scale = Math.log(Math.max(mean, 1e-6));
  const starts = [
    [0, Math.log(2), scale],
    [Math.log(5), Math.log(4), scale],
    [Math.log(0.5), Math.log(1.5), scale - 1],
  ];
  const likelihood = gammaGammaLikelihood(s);
  const fit = minimise((v) => -likelihood(params(v)), starts);
  return { ...params(fit.x), logLikelihood: -fit.value, evaluations: fit.evaluations };
}
