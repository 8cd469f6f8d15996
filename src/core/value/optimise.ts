/**
 * Minimising a smooth function of a few unconstrained parameters (the models' log-parameters):
 * the Nelder–Mead simplex (Nelder and Mead 1965, with the standard coefficients 1, 2, ½, ½),
 * restarted from its best point until a restart gains nothing, from each of several starts.
 */

export interface Minimum {
  readonly x: readonly number[];
  readonly value: number;
  /** Evaluations of the function, over every start and restart. */
  readonly evaluations: number;
  readonly converged: boolean;
}

export interface SimplexOptions {
  /** Stop when the simplex's values differ by less than this. */
  readonly tolerance?: number;
  readonly maxEvaluations?: number;
  /** The first simplex's step from the start in each coordinate. */
  readonly step?: number;
}

function simplex(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  o: Required<SimplexOptions>,
  budget: { used: number },
): { x: number[]; value: number; converged: boolean } {
  const n = start.length;
  const value = (x: number[]) => {
    budget.used++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
  const points = [start.slice()];
  for (let i = 0; i < n; i++) {
    const p = start.slice();
    p[i] += o.step;
    points.push(p);
  }
  const values = points.map(value);
  const order = () => {
    const idx = points.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    const p = idx.map((i) => points[i]);
    const v = idx.map((i) => values[i]);
    points.splice(0, points.length, ...p);
    values.splice(0, values.length, ...v);
  };
  order();
  while (budget.used < o.maxEvaluations) {
    if (Math.abs(values[n] - values[0]) <= o.tolerance * (1 + Math.abs(values[0]))) {
      return { x: points[0], value: values[0], converged: true };
    }
    const centroid = Array.from({ length: n }, (_, j) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += points[i][j];
      return s / n;
    });
    const along = (t: number) => centroid.map((c, j) => c + t * (points[n][j] - c));
    const reflected = along(-1);
    const fr = value(reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = value(expanded);
      [points[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]) {
      [points[n], values[n]] = [reflected, fr];
    } else {
      const outside = fr < values[n];
      const contracted = along(outside ? -0.5 : 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : values[n])) {
        [points[n], values[n]] = [contracted, fc];
      } else {
        // Shrink every point halfway towards the best.
        for (let i = 1; i <= n; i++) {
          points[i] = points[i].map((x, j) => points[0][j] + 0.5 * (x - points[0][j]));
          values[i] = value(points[i]);
        }
      }
    }
    order();
  }
  return { x: points[0], value: values[0], converged: false };
}

/**
 * The least value of f found from the starts given: each start's simplex is restarted at its
 * best point until a restart improves it by less than the tolerance (a simplex can stall on a
 * ridge far from the minimum).
 */
export function minimise(
  f: (x: readonly number[]) => number,
  starts: readonly (readonly number[])[],
  options: SimplexOptions = {},
): Minimum {
  const o: Required<SimplexOptions> = {
    tolerance: options.tolerance ?? 1e-10,
    maxEvaluations: options.maxEvaluations ?? 20_000,
    step: options.step ?? 0.5,
  };
  let evaluations = 0;
  let best: { x: number[]; value: number; converged: boolean } | undefined;
  for (const start of starts) {
    // Each start has the whole budget: a start that wanders does not starve the next.
    const budget = { used: 0 };
    let run = simplex(f, start, o, budget);
    for (let restart = 0; restart < 20 && run.converged; restart++) {
      const again = simplex(f, run.x, { ...o, step: o.step / 4 }, budget);
      const gain = run.value - again.value;
      run = again.value <= run.value ? again : run;
      if (gain <= o.tolerance * (1 + Math.abs(run.value))) break;
    }
    evaluations += budget.used;
    if (!best || run.value < best.value) best = run;
  }
  return {
    x: best!.x,
    value: best!.value,
    evaluations,
    converged: best!.converged,
  };
}
