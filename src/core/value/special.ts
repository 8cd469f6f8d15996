/**
 * The special functions the value model needs, in plain arithmetic: the log of the gamma
 * function and the Gaussian hypergeometric function 2F1, each with a stated accuracy.
 */

/** Lanczos coefficients (g = 7, n = 9): relative error about 1e-15 for x > 0. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx), for the accuracy near zero.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  }
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Terms the series may take before it is called divergent for the arguments given. */
export const HYP2F1_MAX_TERMS = 1_000_000;

/**
 * 2F1(a, b; c; z) for 0 ≤ z < 1, by its power series: Σ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ, summed until a
 * term is below 1e-16 of the sum for two terms running. The terms shrink like zᵏ, so z = 0.99
 * takes a few thousand; the guard throws rather than return a sum that has not converged.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) throw new RangeError(`2F1: z must be in [0, 1), not ${z}`);
  if (!(c > 0)) throw new RangeError(`2F1: c must be positive, not ${c}`);
  let term = 1;
  let sum = 1;
  let small = 0;
  for (let k = 0; k < HYP2F1_MAX_TERMS; k++) {
    term *= ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    sum += term;
    if (!Number.isFinite(sum)) throw new RangeError('2F1: the series overflows');
    if (Math.abs(term) <= 1e-16 * Math.abs(sum)) {
      if (++small === 2) return sum;
    } else {
      small = 0;
    }
  }
  throw new RangeError(`2F1(${a}, ${b}; ${c}; ${z}) did not converge in ${HYP2F1_MAX_TERMS} terms`);
}
