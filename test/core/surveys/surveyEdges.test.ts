/** The survey's reading and sheets at their edges: each expectation worked by hand. */
import { describe, expect, it } from 'vitest';
import { composeMail } from '../../../src/core/reminders/mails';
import { postOrderTitles, recogniseResponses } from '../../../src/core/surveys/questionnaire';
import {
  byGroup,
  byPeriod,
  overallResult,
  readResponses,
  Response,
  unhappyResponses,
} from '../../../src/core/surveys/responses';
import { parseRules } from '../../../src/core/reminders/rules';
import {
  FollowUpRow,
  followUpOrder,
  followUpTable,
  responseKey,
  satisfactionTable,
} from '../../../src/core/surveys/satisfactionReport';
import { responseColumns } from '../../../src/core/surveys/survey';
import { zone } from '../../../src/core/ground/zone';
import { words } from '../../../src/words';

const Z = () => zone('Asia/Shanghai');
const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);
const resp = (over: Partial<Response>): Response => ({
  row: 2,
  at: undefined,
  customer: '',
  scores: [undefined, undefined, undefined, undefined, undefined, undefined, undefined],
  overall: undefined,
  delivery: undefined,
  nps: undefined,
  text: '',
  claimed: '',
  ...over,
});

describe('answers on a sheet SheetCare did not make', () => {
  it('finds the questions by wording, the customer and the suggestions by their headers, and reads no letters', () => {
    const headers = [
      '时间戳',
      ' 客户ID ',
      '品牌与形象',
      '质量',
      '价格',
      '售后服务',
      '退货处理',
      '投诉处理',
      '沟通与宣传',
      '您的建议',
    ];
    const cols = responseColumns(headers)!;
    expect(cols).toMatchObject({
      kind: 'other',
      timestamp: 0,
      customer: 1,
      text: 9,
      indicators: [2, 3, 4, 5, 6, 7, 8],
    });
    const { responses, bad } = readResponses(
      [[at('2025-01-01'), '  C9 ', 'A', 5, 5, 5, 5, 5, 5, '  太慢了  ']],
      cols,
      Z(),
      2,
    );
    expect(responses[0]).toMatchObject({ customer: 'c9', text: '太慢了' });
    expect(bad).toEqual([{ row: 2, letter: 'A', value: 'A', column: 'C' }]);
    expect(responseColumns(['时间戳', '品牌与形象', '质量'])).toBeUndefined();
    expect(
      responseColumns([
        'Customer ID',
        'brand',
        'quality',
        'price',
        'after-sales',
        'returns',
        'complaints',
        'communication',
      ]),
    ).toMatchObject({ customer: 0, text: undefined, timestamp: undefined });
  });

  it('skips blank rows, and names an NPS no scale reads by its column', () => {
    const cols = recogniseResponses(['Timestamp', ...postOrderTitles(words('en'))])!;
    const { responses, bad } = readResponses(
      [
        ['', '', '', '', '', '', ''],
        [at('2026-01-01'), 'C1', 'Satisfied', 'Dissatisfied', 'Yes', 'eleven', ''],
      ],
      cols,
      Z(),
      2,
    );
    expect(responses.map((r) => [r.row, r.overall, r.delivery, r.nps])).toEqual([
      [3, 4, 2, undefined],
    ]);
    expect(bad).toEqual([{ row: 3, letter: 'NPS', value: 'eleven', column: 'F' }]);
  });
});

describe('the report at its edges', () => {
  it('averages the overall score, and gives no change after a period without an index', () => {
    const full = [5, 5, 5, 5, 5, 5, 5];
    const rs = [
      resp({ at: Date.UTC(2024, 5, 1), scores: full, overall: 5, nps: 10 }),
      resp({ at: Date.UTC(2025, 5, 1), scores: [5, undefined, 5, 5, 5, 5, 5], overall: 2 }),
      resp({ at: Date.UTC(2026, 5, 1), scores: full, overall: 3, nps: 0 }),
    ];
    expect(byPeriod(rs, 'year').map((p) => [p.key, p.index, p.change, p.overall, p.nps])).toEqual([
      ['2024', 100, null, 5, 100],
      ['2025', null, null, 2, null],
      ['2026', 100, null, 3, -100],
    ]);
    expect(overallResult(rs).overall).toBeCloseTo(10 / 3, 12);
    expect(byGroup(rs, () => undefined)).toEqual([]);
  });

  it('calls back at 2 points and below, at NPS 6 and below, and not at 3 or 7', () => {
    const u = unhappyResponses([
      resp({ row: 2, scores: [3, 3, 3, 3, 3, 3, 3], overall: 3, delivery: 3, nps: 7 }),
      resp({ row: 3, scores: [2, 3, 3, 3, 3, 3, 1] }),
      resp({ row: 4, overall: 2 }),
      resp({ row: 5, nps: 6 }),
    ]);
    expect(u.map((x) => [x.response.row, x.low, x.detractor])).toEqual([
      [3, ['A', 'G'], false],
      [4, ['overall'], false],
      [5, [], true],
    ]);
  });
});

const opts = () => ({ words: words('en'), zone: Z(), currency: 'CNY' as const });

describe('the sheets’ presentation', () => {
  it('formats each section, bolds its headers, and places the charts beside the table', () => {
    const rs = [resp({ at: Date.UTC(2026, 0, 1, 2), scores: [5, 5, 5, 5, 5, 5, 5], nps: 9 })];
    const t = satisfactionTable(
      {
        period: 'quarter',
        periods: byPeriod(rs, 'quarter'),
        overall: overallResult(rs),
        byTier: [],
        byStatus: [{ ...overallResult(rs), key: 'returning' }],
      },
      opts(),
    );
    expect(t.role).toBe('satisfaction');
    expect(t.values.every((r) => r.length === 6)).toBe(true);
    expect(t.formats.every((r) => r.length === 6)).toBe(true);
    expect(t.values[0][0]).toBe('Quarter');
    expect(t.values[1]).toEqual(['2026 Q1', 1, 100, 100, '', 100]);
    expect(t.formats[1]).toEqual(['@', '0', '0.00', '0.00', '+0.00;-0.00;0', '0.0']);
    expect(t.formats[4]).toEqual(['', '0%', '0.00', '0.000', '', '']);
    // Headers: periods, indicators, tier, status; a tier section with no rows keeps its header.
    expect(t.boldRows).toEqual([0, 3, 12, 14]);
    expect(t.values[15].slice(0, 4)).toEqual(['Returning', 1, 100, 100]);
    expect(t.charts.map((c) => c.at)).toEqual([
      { row: 1, col: 8 },
      { row: 20, col: 8 },
    ]);
    const empty = satisfactionTable(
      { period: 'year', periods: [], overall: overallResult([]), byTier: [], byStatus: [] },
      opts(),
    );
    expect(empty.charts).toEqual([]);
  });

  it('orders by tier (none last), loss (none last), then time, and says which scores were low', () => {
    const row = (
      id: string,
      tier: FollowUpRow['tier'],
      loss: number | undefined,
      t?: number,
      low: string[] = ['overall', 'delivery'],
    ): FollowUpRow => ({
      unhappy: { response: resp({ at: t, customer: id }), low, detractor: false, complaint: false },
      sheet: 'S',
      id,
      name: '',
      tier,
      loss,
    });
    const rows = [
      row('n', undefined, 5),
      row('c-none', 'C', undefined),
      row('c-late', 'C', 10, 200),
      row('c-early', 'C', 10, 100),
      row('c-nt', 'C', 10),
    ];
    expect([...rows].sort(followUpOrder).map((r) => r.id)).toEqual([
      'c-nt',
      'c-early',
      'c-late',
      'c-none',
      'n',
    ]);
    const t = followUpTable([row('x', undefined, undefined)], opts());
    expect(t.role).toBe('followUp');
    expect(t.values[1]).toEqual(['', 'x', '', '', '', 'Overall, Delivery', '', '', 'S#x']);
    expect(t.formats[1]).toEqual([
      'yyyy-mm-dd hh:mm',
      '@',
      '@',
      '',
      '¥#,##0.00',
      '',
      '0',
      '@',
      '@',
    ]);
    expect(t.formats[0]).toEqual(Array(9).fill(''));
    expect(t.boldRows).toEqual([0]);
    // An answer with no customer is known by what it says, not by the row it stands in.
    const anonymous = (over: Partial<Response>) =>
      responseKey({
        ...row('', 'A', 1, Date.UTC(2026, 0, 1)),
        unhappy: {
          response: resp({ at: Date.UTC(2026, 0, 1), row: 9, ...over }),
          low: [],
          detractor: true,
          complaint: false,
        },
      });
    expect(anonymous({})).toMatch(/^2026-01-01T00:00\|~[0-9a-z]+$/);
    expect(anonymous({ row: 3 })).toBe(anonymous({}));
    expect(anonymous({ text: '太慢了' })).not.toBe(anonymous({}));
    expect(anonymous({ nps: 2 })).not.toBe(anonymous({ nps: 3 }));
    expect(anonymous({ claimed: 'C1' })).not.toBe(anonymous({}));
  });
});

describe('a survey link in a mail', () => {
  it('goes where the template puts it, and a subject is one line', () => {
    const { rules } = parseRules(
      [
        [
          true,
          'q',
          'survey',
          '',
          '12-01',
          0,
          '',
          1,
          'Hi\n{{name}}',
          'Answer here: {{survey}}',
          'Hi\n{{name}}',
          'Answer here: {{survey}}',
        ],
      ],
      2,
    );
    const details = {
      customer: 'c',
      kind: 'survey' as const,
      priority: 1,
      tier: '' as const,
      sendDay: 0,
      until: 0,
      name: 'Amy',
      phone: '',
      values: {},
    };
    const mail = composeMail(rules[0], details, {
      lang: 'en',
      shop: 'S',
      unsubscribe: '',
      survey: 'https://forms.example/q?e=C',
    });
    expect(mail.subject).toBe('Hi Amy');
    expect(mail.text).toBe('Answer here: https://forms.example/q?e=C');
    expect(composeMail(rules[0], details, { lang: 'en', shop: 'S', unsubscribe: '' }).text).toBe(
      'Answer here: ',
    );
  });
});
