/** The simplex on functions whose minima are known. */
import { describe, expect, it } from 'vitest';
import { minimise } from '../../../src/core/value/optimise';

describe('minimise', () => {
  it('finds the bottom of Rosenbrock’s valley from the classic start', () => {
    const rosenbrock = ([x, y]: readonly number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const m = minimise(rosenbrock, [[-1.2, 1]]);
    expect(m.converged).toBe(true);
    expect(m.x[0]).toBeCloseTo(1, 4);
    expect(m.x[1]).toBeCloseTo(1, 4);
    expect(m.value).toBeLessThan(1e-9);
  });

  it('finds a four-dimensional minimum off the axes, and counts its evaluations', () => {
    let calls = 0;
    const centre = [0.3, -1.7, 2.2, 0.05];
    const bowl = (v: readonly number[]) => {
      calls++;
      return (
        v.reduce((s, x, i) => s + (i + 1) * (x - centre[i]) ** 2, 0) +
        (v[0] - centre[0]) * (v[1] - centre[1])
      );
    };
    const m = minimise(bowl, [[0, 0, 0, 0]]);
    m.x.forEach((x, i) => expect(x).toBeCloseTo(centre[i], 5));
    expect(m.evaluations).toBe(calls);
  });

  it('keeps the best of several starts, and steps around where the function is undefined', () => {
    // Two wells, the deeper at 3; NaN left of −4.
    const wells = ([x]: readonly number[]) =>
      x < -4 ? NaN : Math.min((x + 2) ** 2 + 1, (x - 3) ** 2);
    expect(minimise(wells, [[-2.5]]).x[0]).toBeCloseTo(-2, 5);
    const m = minimise(wells, [[-2.5], [-4.5], [2]]);
    expect(m.x[0]).toBeCloseTo(3, 5);
    expect(m.value).toBeCloseTo(0, 9);
  });
});
