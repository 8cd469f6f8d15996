/** The Pareto view drawn in the sidebar: cumulative share of spend against share of customers. */
import type { AnalyzeResult } from '../shared/api';
import { svg } from './dom';

const W = 268;
const H = 172;
// Room for "100%" at both axes' ends, and for the legend under the axis.
const PAD = { l: 34, r: 16, t: 8, b: 42 };

export function paretoChart(
  r: AnalyzeResult,
  title: string,
  tierNames: Readonly<Record<'A' | 'B' | 'C', string>>,
): SVGElement {
  const x = (share: number) => PAD.l + share * (W - PAD.l - PAD.r);
  const y = (share: number) => H - PAD.b - share * (H - PAD.t - PAD.b);
  const points = [{ topShare: 0, spendShare: 0 }, ...r.pareto];
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: 'img',
    'aria-label': title,
    class: 'chart',
  });
  chart.append(svg('title', {}, title));
  // Tier bands: A and B customers' share of customers, shaded behind the curve.
  let from = 0;
  for (const t of r.tiers) {
    const to = from + (r.buyers ? t.customers / r.buyers : 0);
    if (t.key !== 'C')
      chart.append(
        svg('rect', {
          x: x(from),
          y: PAD.t,
          width: Math.max(0, x(Math.min(to, 1)) - x(from)),
          height: H - PAD.t - PAD.b,
          class: `band band-${t.key}`,
        }),
      );
    from = to;
  }
  for (const s of [0, 0.5, 1]) {
    chart.append(svg('line', { x1: PAD.l, x2: W - PAD.r, y1: y(s), y2: y(s), class: 'grid' }));
    chart.append(
      svg(
        'text',
        { x: PAD.l - 4, y: y(s) + 4, 'text-anchor': 'end', class: 'axis' },
        `${s * 100}%`,
      ),
    );
  }
  for (const s of [0, 0.2, 0.5, 1]) {
    chart.append(
      svg(
        'text',
        { x: x(s), y: H - PAD.b + 14, 'text-anchor': s === 1 ? 'end' : 'middle', class: 'axis' },
        `${s * 100}%`,
      ),
    );
  }
  // The bands' legend: which shade is which tier.
  (['A', 'B'] as const).forEach((k, i) => {
    const lx = PAD.l + i * 116;
    chart.append(
      svg('rect', { x: lx, y: H - 14, width: 10, height: 10, class: `band band-${k}` }),
      svg('text', { x: lx + 14, y: H - 5, class: 'axis legend' }, tierNames[k]),
    );
  });
  chart.append(
    svg('polyline', {
      points: points.map((p) => `${x(p.topShare)},${y(p.spendShare)}`).join(' '),
      class: 'curve',
    }),
  );
  for (const p of r.pareto)
    chart.append(svg('circle', { cx: x(p.topShare), cy: y(p.spendShare), r: 2.5, class: 'dot' }));
  return chart;
}
