/**
 * ABC classification (domain brief §3): A, key customers 关键客户, the top a_share of
 * customers by spend; B, major customers 主要客户, the top b_share less the A; C, ordinary
 * customers 普通客户, the rest.
 *
 * Decided here, and documented in the README: over the n customers with spend > 0,
 * a = ⌈n × a_share⌉ and b = ⌈n × b_share⌉; a customer's rank is 1 + the number of customers
 * with strictly greater spend, so ties share a rank and a tie at a boundary goes up; A when
 * rank ≤ a, B when rank ≤ b, else C. Spend ≤ 0 is always C.
 */
import { fail } from '../ground/i18n';

export type Tier = 'A' | 'B' | 'C';

export interface AbcShares {
  readonly a: number;
  readonly b: number;
}

export const DEFAULT_SHARES: AbcShares = { a: 0.05, b: 0.2 };

/** ⌈n × share⌉ without floating point adding one: 100 × 7% is 7, not 8. */
export function ceilShare(n: number, share: number): number {
  return Math.ceil(Number((n * share).toFixed(9)));
}

export function checkShares(s: AbcShares): void {
  const ok = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!ok(s.a) || !ok(s.b) || s.a > s.b) {
    fail((w) => w.errors.abcShares);
  }
}

/** The tier of each customer from their spend (any unit, compared exactly). */
export function abcTiers(spend: ArrayLike<number>, shares: AbcShares = DEFAULT_SHARES): Tier[] {
  checkShares(shares);
  const positive: number[] = [];
  for (let i = 0; i < spend.length; i++) if (spend[i] > 0) positive.push(spend[i]);
  positive.sort((x, y) => y - x);
  const n = positive.length;
  const a = ceilShare(n, shares.a);
  const b = ceilShare(n, shares.b);
  // The lowest spend still inside each tier: ranks by "strictly greater" make ties go up.
  const aFloor = a > 0 ? positive[a - 1] : Infinity;
  const bFloor = b > 0 ? positive[b - 1] : Infinity;
  const tiers: Tier[] = new Array(spend.length);
  for (let i = 0; i < spend.length; i++) {
    const s = spend[i];
    tiers[i] = s <= 0 ? 'C' : s >= aFloor ? 'A' : s >= bFloor ? 'B' : 'C';
  }
  return tiers;
}

export const TIERS: readonly Tier[] = ['A', 'B', 'C'];
