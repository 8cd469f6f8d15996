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

export function gammaGammaLogLikelihood(g: GammaGamma, s: Spends): number {
  const { p, q, gamma } = g;
  let sum = 0;
  for (let i = 0; i < s.x.length; i++) {
    const x = s.x[i];
    const m = s.m[i];
    sum +=
      lnGamma(p * x + q) -
      lnGamma(p * x) -
      lnGamma(q) +
      q * Math.log(gamma) +
      (p * x - 1) * Math.log(m) +
      p * x * Math.log(x) -
      (p * x + q) * Math.log(x * m + gamma);
  }
  return sum;
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
  const fit = minimise((v) => -gammaGammaLogLikelihood(params(v), s), starts);
  return { ...params(fit.x), logLikelihood: -fit.value, evaluations: fit.evaluations };
}
