/**
 * How many purchases a customer will make, and whether they are still a customer: the BG/NBD
 * model (Fader, Hardie and Lee, "Counting your customers the easy way", Marketing Science 2005)
 * and its modified form (Batislam, Denizel and Filiztekin 2007), in which a customer may drop out
 * at their first purchase too, so a one-time buyer is not certain to be active.
 *
 * While active a customer buys at rate λ (gamma(r, α) across customers); after each purchase
 * (and, modified, at the first) they drop out with probability p (beta(a, b) across customers).
 * A customer's history is (x, tₓ, T): repeat purchases, the time of the last from the first,
 * and the time from the first to now. The formulas are the papers' and Hardie's notes'
 * (brucehardie.com/notes/004, 021), written as CamDavidsonPilon/lifetimes writes them.
 */
import { hyp2f1, lnGamma } from './special';
import { minimise } from './optimise';

export interface BgNbd {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
  /** Modified BG/NBD (MBG/NBD): a customer may leave at their first purchase. */
  readonly modified: boolean;
}

/** Customers' histories, as columns, with how many customers share each (weights). */
export interface Histories {
  readonly x: ArrayLike<number>;
  readonly tx: ArrayLike<number>;
  readonly T: ArrayLike<number>;
  readonly weight?: ArrayLike<number>;
}

/** ln(eᵘ + eᵛ) without overflow, for the finite terms of a likelihood. */
const logAddExp = (u: number, v: number) => {
  const m = u > v ? u : v;
  return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
};

/** Each distinct value of a column, and each entry's index into them. */
function levels(v: ArrayLike<number>): { values: number[]; of: Int32Array } {
  const at = new Map<number, number>();
  const of = new Int32Array(v.length);
  for (let i = 0; i < v.length; i++) {
    let k = at.get(v[i]);
    if (k === undefined) at.set(v[i], (k = at.size));
    of[i] = k;
  }
  return { values: [...at.keys()], of };
}

/**
 * The sample's log-likelihood as a function of the parameters, for the optimiser to call many
 * times: every term that depends on x alone (the gamma functions), on T alone or on tₓ alone
 * is worked out once per distinct value per call, so a call costs a few lookups and one
 * log-sum-exp per history. In days a shop has a few dozen x, a few hundred T and tₓ.
 */
export function bgNbdLikelihood(h: Histories, modified: boolean): (p: BgNbd) => number {
  const x = levels(h.x);
  const T = levels(h.T);
  const tx = levels(h.tx);
  const n = h.x.length;
  const perX = new Float64Array(x.values.length);
  const lnB = new Float64Array(x.values.length);
  const lnT = new Float64Array(T.values.length);
  const lnTx = new Float64Array(tx.values.length);
  return (p) => {
    const { r, alpha, a, b } = p;
    const base = -lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) - lnGamma(b);
    x.values.forEach((xv, k) => {
      // Modified: one more survival (the first purchase) in the beta part.
      const s = modified ? 1 : 0;
      perX[k] = base + lnGamma(r + xv) + lnGamma(b + xv + s) - lnGamma(a + b + xv + s);
      lnB[k] = Math.log(a) - Math.log(modified ? b + xv : b + Math.max(xv, 1) - 1);
    });
    T.values.forEach((v, k) => (lnT[k] = Math.log(alpha + v)));
    tx.values.forEach((v, k) => (lnTx[k] = Math.log(alpha + v)));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const k = x.of[i];
      const rx = r + x.values[k];
      const stay = -rx * lnT[T.of[i]];
      const left = lnB[k] - rx * lnTx[tx.of[i]];
      // BG/NBD: nobody with no repeat purchase has left; modified: anyone may have.
      const term = modified || x.values[k] > 0 ? logAddExp(stay, left) : stay;
      sum += (h.weight ? h.weight[i] : 1) * (perX[k] + term);
    }
    return sum;
  };
}

/** The sample's log-likelihood under the parameters. */
export function bgNbdLogLikelihood(p: BgNbd, h: Histories): number {
  return bgNbdLikelihood(h, p.modified)(p);
}

/** The chance the customer is still active at T. */
export function pAlive(p: BgNbd, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  if (p.modified) {
    return 1 / (1 + (a / (b + x)) * ((alpha + T) / (alpha + tx)) ** (r + x));
  }
  if (x === 0) return 1;
  return 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
}

/**
 * The first whole age T at which the chance the customer is still active falls below `below`
 * (between 0 and 1), with no purchase after tₓ; Infinity if it never does (BG/NBD with no repeat
 * purchase). P(alive) falls as T grows, and solving pAlive < below for T gives
 * α + T > (α + tₓ)·K^(1/(r+x)), K = (1/below − 1)/c, c = a/(b + x) (modified) or a/(b + x − 1).
 * Never before tₓ + 1: a customer is not lost on the day they buy.
 */
export function ageLost(p: BgNbd, x: number, tx: number, below: number): number {
  const { r, alpha, a, b } = p;
  if (!p.modified && x === 0) return Infinity;
  const c = a / (p.modified ? b + x : b + x - 1);
  const bound = (alpha + tx) * ((1 / below - 1) / c) ** (1 / (r + x)) - alpha;
  return Math.max(Math.floor(bound) + 1, tx + 1);
}

/** Expected purchases in the next t, given the history (the papers' conditional expectation). */
export function expectedPurchases(p: BgNbd, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const shrink = ((alpha + T) / (alpha + T + t)) ** (r + x);
  if (p.modified) {
    const first = (a + b + x) / (a - 1);
    const second = 1 - hyp2f1(r + x, b + x + 1, a + b + x, z) * shrink;
    return (first * second) / (1 + (a / (b + x)) * ((alpha + T) / (alpha + tx)) ** (r + x));
  }
  const first = (a + b + x - 1) / (a - 1);
  const second = 1 - hyp2f1(r + x, b + x, a + b + x - 1, z) * shrink;
  const active = x > 0 ? 1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 1;
  return (first * second) / active;
}

export interface BgNbdFit extends BgNbd {
  readonly logLikelihood: number;
  readonly evaluations: number;
}

/**
 * The parameters that make the histories likeliest, searched in logs (so each stays positive)
 * from several starts. The caller checks the data can support a fit (repeatBuyersNeeded).
 */
export function fitBgNbd(h: Histories, modified: boolean): BgNbdFit {
  const params = (v: readonly number[]): BgNbd => ({
    r: Math.exp(v[0]),
    alpha: Math.exp(v[1]),
    a: Math.exp(v[2]),
    b: Math.exp(v[3]),
    modified,
  });
  // The purchase rate's scale follows the time unit: start α near the mean age.
  let ages = 0;
  let n = 0;
  for (let i = 0; i < h.T.length; i++) {
    const w = h.weight ? h.weight[i] : 1;
    ages += w * h.T[i];
    n += w;
  }
  const scale = Math.log(Math.max(ages / Math.max(n, 1), 1e-6));
  const starts = [
    [0, scale, 0, 0],
    [Math.log(0.25), scale, Math.log(0.8), Math.log(2.5)],
    [Math.log(2), scale + 1, Math.log(0.5), Math.log(5)],
  ];
  const likelihood = bgNbdLikelihood(h, modified);
  const m = minimise((v) => -likelihood(params(v)), starts);
  return { ...params(m.x), logLikelihood: -m.value, evaluations: m.evaluations };
}
