/**
 * The BG/NBD's conditional quantities from the model's definition, by quadrature, as an
 * independent check of the closed forms (which need 2F1): the purchase rate λ integrates out
 * in closed form (a gamma integral), the dropout probability p numerically. With p = u^(1/a)
 * the beta prior's p^(a−1) becomes a constant, so the integrand is smooth on [0, 1].
 */
import type { BgNbd } from '../../../src/core/value/bgnbd';

/** Gauss–Legendre nodes and weights on [−1, 1], 8 points. */
const NODES = [
  [-0.9602898564975363, 0.1012285362903763],
  [-0.7966664774136267, 0.2223810344533745],
  [-0.525532409916329, 0.3137066458778873],
  [-0.1834346424956498, 0.362683783378362],
  [0.1834346424956498, 0.362683783378362],
  [0.525532409916329, 0.3137066458778873],
  [0.7966664774136267, 0.2223810344533745],
  [0.9602898564975363, 0.1012285362903763],
];

/** ∫₀¹ f(u) du on `pieces` equal intervals, 8 Gauss points each. */
function integrate(f: (u: number) => number, pieces = 4000): number {
  let sum = 0;
  const h = 1 / pieces;
  for (let i = 0; i < pieces; i++) {
    const mid = (i + 0.5) * h;
    for (const [x, w] of NODES) sum += w * f(mid + (x * h) / 2);
  }
  return (sum * h) / 2;
}

/**
 * P(alive) and the expected purchases in the next t, each as ∫ over p of the λ-integrated
 * joint density of the history (and of being active at T) under the prior.
 */
export function bruteForce(
  m: BgNbd,
  t: number,
  x: number,
  tx: number,
  T: number,
): { pAlive: number; expected: number } {
  const { r, alpha, a, b } = m;
  const k = r + x;
  // ∫ λ^(x) e^(−λs) g(λ) dλ = Γ(r+x) α^r / (Γ(r) (α+s)^(r+x)): its log, without the s-free part.
  const lam = (s: number) => Math.exp(-k * Math.log(alpha + s));
  // p^(a−1) dp = du / a; the beta function's constant cancels in each ratio.
  const p = (u: number) => Math.pow(u, 1 / a);
  const q = (u: number) => Math.pow(1 - p(u), b - 1);
  // Ways to be active at T after x repeats (modified: also surviving the first purchase).
  const stay = (pu: number) => Math.pow(1 - pu, m.modified ? x + 1 : x);
  const left = (pu: number) =>
    m.modified ? pu * Math.pow(1 - pu, x) : x > 0 ? pu * Math.pow(1 - pu, x - 1) : 0;
  const alive = integrate((u) => q(u) * stay(p(u)) * lam(T));
  const gone = integrate((u) => q(u) * left(p(u)) * lam(tx));
  // Active at T, an active customer makes (1 − e^(−λpt)) / p purchases in t on average.
  const more = integrate((u) => {
    const pu = p(u);
    const rest =
      pu > 0
        ? (lam(T) - Math.exp(-k * Math.log(alpha + T + pu * t))) / pu
        : ((k * t) / (alpha + T)) * lam(T);
    return q(u) * stay(pu) * rest;
  });
  return { pAlive: alive / (alive + gone), expected: more / (alive + gone) };
}
