/**
 * The age at which a customer counts as lost (P(alive) below a chance), against a scan of
 * P(alive) itself over whole ages, on the CDNOW parameters of both models (in weeks).
 */
import { describe, expect, it } from 'vitest';
import { ageLost, BgNbd, pAlive } from '../../../src/core/value/bgnbd';

const BG: BgNbd = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, modified: false };
const MBG: BgNbd = { r: 0.5248, alpha: 6.1831, a: 0.8914, b: 1.614, modified: true };

/** The first whole age from tₓ + 1 on at which P(alive) is below `below`, by walking. */
function scan(p: BgNbd, x: number, tx: number, below: number): number {
  for (let T = tx + 1; T < tx + 100_000; T++) if (pAlive(p, x, tx, T) < below) return T;
  return Infinity;
}

describe('the age a customer counts as lost at', () => {
  for (const p of [BG, MBG]) {
    it(`is the first whole age below the chance (${p.modified ? 'modified' : 'BG/NBD'})`, () => {
      for (const x of [0, 1, 2, 5, 20])
        for (const tx of x === 0 ? [0] : [1, 10, 38])
          for (const below of [0.05, 0.3, 0.5, 0.9]) {
            const want = scan(p, x, tx, below);
            expect(ageLost(p, x, tx, below), `x=${x} tx=${tx} below=${below}`).toBe(want);
          }
    });
  }

  it('never comes for a one-time buyer under BG/NBD, whose P(alive) stays 1', () => {
    expect(ageLost(BG, 0, 0, 0.99)).toBe(Infinity);
    // The modified model loses them too, later the lower the chance asked.
    expect(ageLost(MBG, 0, 0, 0.3)).toBeGreaterThan(ageLost(MBG, 0, 0, 0.5));
  });

  it('is the day after the last purchase when the chance is below the setting from the start', () => {
    // Modified, x = 0: P(alive) at tₓ is 1/(1 + a/b) = 0.644, below 0.9 at once.
    expect(pAlive(MBG, 0, 0, 0)).toBeLessThan(0.9);
    expect(ageLost(MBG, 0, 0, 0.9)).toBe(1);
  });
});
