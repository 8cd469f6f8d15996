import { describe, expect, it } from 'vitest';
import type { Response, Unhappy } from '../../../src/core/surveys/responses';
import { byPeriod, overallResult } from '../../../src/core/surveys/responses';
import {
  FollowUpRow,
  followUpOrder,
  followUpTable,
  responseKey,
  satisfactionTable,
} from '../../../src/core/surveys/satisfactionReport';
import { zone } from '../../../src/core/ground/zone';
import { words } from '../../../src/words';

const response = (
  customer: string,
  at: number | undefined,
  scores: number[],
  row = 2,
): Response => ({
  row,
  at,
  customer,
  scores,
  overall: undefined,
  delivery: undefined,
  nps: undefined,
  text: '',
  claimed: '',
});
const options = () => ({
  words: words('en'),
  zone: zone('Asia/Shanghai'),
  currency: 'CNY' as const,
});
const T = (iso: string) => Date.parse(`${iso}Z`);

describe('the Satisfaction sheet', () => {
  it('lays out periods, indicators by what to fix first, tiers and statuses, with two charts', () => {
    const rs = [
      response('a', T('2025-05-01T10:00'), [4, 4, 4, 4, 4, 4, 4]),
      response('b', T('2026-05-01T10:00'), [5, 5, 3, 5, 5, 5, 5]),
    ];
    const table = satisfactionTable(
      {
        period: 'year',
        periods: byPeriod(rs, 'year'),
        overall: overallResult(rs),
        byTier: [{ ...overallResult(rs.slice(0, 1)), key: 'A' }],
        byStatus: [],
      },
      options(),
    );
    expect(table.values.slice(0, 3).map((r) => r.slice(0, 5))).toEqual([
      ['Year', 'Respondents', 'Satisfaction index', 'Index (1 point = 0)', 'Change'],
      ['2025', 1, 80, 75, ''],
      // 2026: 0.2×5 + 0.2×5 + 0.2×3 + 0.1×5 + 0.1×5 + 0.15×5 + 0.05×5 = 4.6 → 92, up 12.
      ['2026', 1, 92, 90, 12],
    ]);
    // Price (C) averages 3.5: 0.2 × 1.5 = 0.3 to gain, the most.
    expect(table.values[5].slice(0, 3)).toEqual(['Price', 0.2, 3.5]);
    expect(table.values[5][3]).toBeCloseTo(0.3, 12);
    expect(table.values.find((r) => r[0] === words('en').tiers.A)?.slice(1, 3)).toEqual([1, 80]);
    expect(table.charts.map((c) => [c.type, c.ranges.map((r) => [r.row, r.col, r.rows])])).toEqual([
      [
        'COLUMN',
        [
          [4, 0, 8],
          [4, 2, 8],
        ],
      ],
      [
        'LINE',
        [
          [0, 0, 3],
          [0, 2, 3],
        ],
      ],
    ]);
    expect(table.keyOf(table.values[1], 0)).toBe('2025');
  });
});

const row = (
  customer: string,
  tier: 'A' | 'B' | 'C' | undefined,
  loss: number | undefined,
  at = T('2026-01-01T10:00'),
): FollowUpRow => ({
  unhappy: {
    response: response(customer, at, [1, 5, 5, 5, 5, 5, 5]),
    low: ['A'],
    detractor: false,
    complaint: true,
  } as Unhappy,
  sheet: 'Form Responses 1',
  id: customer.toUpperCase(),
  name: customer,
  tier,
  loss,
});

describe('the Follow-up sheet', () => {
  it('puts A customers first, then the most at stake, then the earliest answer', () => {
    const rows = [
      row('c', 'C', 9_000),
      row('b2', 'B', 100),
      row('a', 'A', 50),
      row('b1', 'B', 500),
      row('x', undefined, undefined),
      row('b0', 'B', 500, T('2025-12-01T10:00')),
    ];
    expect([...rows].sort(followUpOrder).map((r) => r.id)).toEqual([
      'A',
      'B0',
      'B1',
      'B2',
      'C',
      'X',
    ]);
  });

  it('keys a row by its answer time and customer, or by its sheet and customer when it has no time, never by its row', () => {
    expect(responseKey(row('a', 'A', 1, T('2026-01-01T10:00:30')))).toBe('2026-01-01T10:00|a');
    const at = (n: number) =>
      responseKey({
        ...row('a', 'A', 1),
        unhappy: { ...row('a', 'A', 1).unhappy, response: response('a', undefined, [], n) },
      });
    expect(at(7)).toBe('Form Responses 1#a');
    expect(at(3)).toBe(at(7));
  });

  it('names the low scores and a complaint, and writes the time as the spreadsheet’s wall clock', () => {
    const table = followUpTable([row('a', 'A', 1234)], options());
    expect(table.values[1].slice(1, 8)).toEqual([
      'A',
      'a',
      'A',
      1234,
      'Brand and image, complaint in the text',
      '',
      '',
    ]);
    // 10:00 in Shanghai is 02:00 UTC.
    expect((table.values[1][0] as Date).toISOString()).toBe('2026-01-01T02:00:00.000Z');
    expect(table.keyOf(table.values[1], 0)).toBe('2026-01-01T10:00|a');
  });
});
