/**
 * Customers drawn from the modified BG/NBD and Gamma-Gamma themselves, for the value model's
 * bench and for tests that check a fit finds the parameters it was drawn with: each customer's
 * purchase rate and dropout chance from the model's priors, their purchases over the days from
 * their first, and what each purchase is worth.
 */
import { seededRandom } from '../src/core/ground/random';
import type { OrderLines } from '../src/core/ground/purchases';

const DAY_MS = 86_400_000;

/** Marsaglia and Tsang (2000): a gamma(shape, 1) draw. */
function gammaDraw(rnd: () => number, shape: number): number {
  if (shape < 1) return gammaDraw(rnd, shape + 1) * Math.pow(rnd(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      // Box–Muller for a standard normal.
      x = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rnd();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export interface DrawnShop {
  readonly lines: OrderLines;
  /** The last day of the orders (a day number). */
  readonly endDay: number;
}

/**
 * `customers` customers whose first purchases fall in the `days` before the end, with the
 * model's parameters in days (r, α, a, b) and spend (p, q, γ).
 */
export function drawShop(
  customers: number,
  days: number,
  m: { r: number; alpha: number; a: number; b: number; p: number; q: number; gamma: number },
  seed = 1,
): DrawnShop {
  const rnd = seededRandom(seed);
  const endDay = Math.floor(Date.UTC(2026, 10, 23) / DAY_MS);
  const customer: number[] = [];
  const at: number[] = [];
  const amount: number[] = [];
  for (let c = 0; c < customers; c++) {
    const rate = gammaDraw(rnd, m.r) / m.alpha;
    const x1 = gammaDraw(rnd, m.a);
    const drop = x1 / (x1 + gammaDraw(rnd, m.b));
    const nu = gammaDraw(rnd, m.q) / m.gamma;
    const first = endDay - Math.floor(rnd() * days);
    let t = first * DAY_MS + Math.floor(rnd() * DAY_MS);
    for (;;) {
      customer.push(c);
      at.push(t);
      amount.push(Math.round((gammaDraw(rnd, m.p) / nu) * 100) / 100);
      // Modified BG/NBD: a customer may leave after any purchase, the first included.
      if (rnd() < drop) break;
      t += (-Math.log(1 - rnd()) / rate) * DAY_MS;
      if (t >= (endDay + 1) * DAY_MS) break;
    }
  }
  return {
    lines: {
      customerCount: customers,
      customer: Int32Array.from(customer),
      at: Float64Array.from(at),
      amount: Float64Array.from(amount),
    },
    endDay,
  };
}
