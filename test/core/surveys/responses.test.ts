import { describe, expect, it } from 'vitest';
import {
  netPromoterScore,
  postOrderTitles,
  questionnaireTitles,
  readNps,
  readRated,
  recogniseResponses,
} from '../../../src/core/surveys/questionnaire';
import {
  byGroup,
  byPeriod,
  fixFirst,
  overallResult,
  periodOf,
  readResponses,
  unhappyResponses,
} from '../../../src/core/surveys/responses';
import { zone } from '../../../src/core/ground/zone';
import { words } from '../../../src/words';

const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);
const shanghai = () => zone('Asia/Shanghai');

/** The questionnaire's responses sheet as Sheets writes it: a timestamp, then the questions. */
function questionnaire(lang: 'zh' | 'en', rows: unknown[][]) {
  const headers = [lang === 'zh' ? '时间戳' : 'Timestamp', ...questionnaireTitles(words(lang))];
  const cols = recogniseResponses(headers)!;
  return readResponses(rows, cols, shanghai(), 2);
}

describe('the questionnaire read back', () => {
  it('knows its own titles in either language, numbered or not, in questionnaire order', () => {
    const numbered = [
      '时间戳',
      ...questionnaireTitles(words('zh')).map((t, i) => (i ? `${i}. ${t}` : t)),
    ];
    const cols = recogniseResponses(numbered)!;
    expect(cols.kind).toBe('questionnaire');
    expect(cols.customer).toBe(1);
    // Question 6 (column 7) is communication G, question 7 (column 8) complaint handling F.
    expect(cols.indicators).toEqual([2, 3, 4, 5, 6, 8, 7]);
    expect(cols.text).toBe(11);
    expect(recogniseResponses(['Timestamp', ...postOrderTitles(words('en'))])).toMatchObject({
      kind: 'postOrder',
      overall: 2,
      delivery: 3,
      nps: 5,
      text: 6,
    });
    expect(recogniseResponses(['时间戳', '您对商品质量是否满意？'])).toBeUndefined();
  });

  it('reads answer words in both languages, numbers, and on its own sheet letters A–E as 5–1', () => {
    const { responses, bad } = questionnaire('zh', [
      [
        at('2025-03-01'),
        'C1',
        '非常满意',
        'Satisfied',
        '一般满意',
        'dissatisfied',
        '很不满意',
        'A',
        'E',
        '是',
        '',
        '好',
      ],
      [at('2025-03-02'), 'C2', 5, '4', 'B', 'c', 'D', '', '还行吧', '否', '贵', ''],
    ]);
    expect(responses.map((r) => r.scores)).toEqual([
      // A B C D E F G: the sixth question (G) said A = 5, the seventh (F) said E = 1.
      [5, 4, 3, 2, 1, 1, 5],
      [5, 4, 4, 3, 2, undefined, undefined],
    ]);
    // Complaint handling F is the seventh question, in sheet column I.
    expect(bad).toEqual([{ row: 3, letter: 'F', value: '还行吧', column: 'I' }]);
    expect(responses[1].customer).toBe('c2');
    expect([
      readRated('A', false),
      readRated('Ｅ', true),
      readRated('F', true),
      readRated(0, true),
    ]).toEqual([undefined, 1, undefined, undefined]);
  });

  it('gives the brief’s figures: all 5 is 100, all 4 is 80, and the weights as Lulu set them', () => {
    const all = (score: number) =>
      overallResult(
        questionnaire('en', [[at('2025-01-01'), 'C1', ...Array(7).fill(score), 'Yes', '', '']])
          .responses,
      );
    expect(all(5).index).toBe(100);
    expect(all(4).index).toBe(80);
    expect(all(4).zeroIndex).toBe(75);
    // Questionnaire order A B C D E G F answered 5 4 3 5 4 1 2: F = 2, G = 1.
    // 0.2×5 + 0.2×4 + 0.2×3 + 0.1×5 + 0.1×4 + 0.15×2 + 0.05×1 = 3.65 points of 5 = 73.
    const mixed = questionnaire('en', [
      [at('2025-01-01'), 'C1', 5, 4, 3, 5, 4, 1, 2, 'Yes', '', ''],
    ]);
    expect(overallResult(mixed.responses).index).toBe(73);
  });

  it('leaves the index out where an indicator has no answer, and keeps the means it has', () => {
    const { responses } = questionnaire('zh', [
      [at('2025-01-01'), 'C1', 5, 5, 5, 5, 5, 5, '', '是', '', ''],
    ]);
    const r = overallResult(responses);
    expect(r.index).toBeNull();
    expect(r.means).toEqual([5, 5, 5, 5, 5, null, 5]);
  });
});

describe('the report', () => {
  it('gives the index per period with its change, and per tier where answers join customers', () => {
    const { responses } = questionnaire('zh', [
      [at('2025-02-01'), 'a1', ...Array(7).fill(4), '是', '', ''],
      [at('2025-11-01'), 'c1', ...Array(7).fill(3), '是', '', ''],
      [at('2026-05-01'), 'A1', ...Array(7).fill(5), '是', '', ''],
      ['', 'c2', ...Array(7).fill(2), '是', '', ''],
    ]);
    expect(
      byPeriod(responses, 'year').map((p) => [p.key, p.respondents, p.index, p.change]),
    ).toEqual([
      ['2025', 2, 70, null],
      ['2026', 1, 100, 30],
    ]);
    expect(byPeriod(responses, 'quarter').map((p) => p.key)).toEqual([
      '2025 Q1',
      '2025 Q4',
      '2026 Q2',
    ]);
    expect(periodOf(Date.UTC(2026, 6, 31, 23), 'month')).toBe('2026-07');
    const tier = new Map([
      ['a1', 'A'],
      ['c1', 'C'],
      ['c2', 'C'],
    ]);
    expect(
      byGroup(responses, (r) => tier.get(r.customer), ['A', 'B', 'C']).map((g) => [
        g.key,
        g.respondents,
        g.index,
      ]),
    ).toEqual([
      ['A', 2, 90],
      ['C', 2, 50],
    ]);
  });

  it('counts NPS as promoters less detractors, and reads 0–10 only', () => {
    expect(netPromoterScore([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(netPromoterScore([10, 10, 9, 5])).toBe(50);
    expect(netPromoterScore([3])).toBe(-100);
    expect(netPromoterScore([])).toBeNull();
    expect([10, '7', '１０', 11, -1, 7.5, 'ten', ''].map(readNps)).toEqual([
      10,
      7,
      10,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('puts first what would lift the index most: weight × room to 5 points', () => {
    // Price (0.2) at 3.5 has 0.3 to gain; complaints (0.15) at 3 has 0.3 too; quality at 4.5 0.1.
    const order = fixFirst([4.9, 4.5, 3.5, 4, 4, 3, null]).map((x) => [
      x.letter,
      Math.round(x.gain * 100) / 100,
    ]);
    expect(order).toEqual([
      ['C', 0.3],
      ['F', 0.3],
      ['B', 0.1],
      ['D', 0.1],
      ['E', 0.1],
      ['A', 0.02],
    ]);
  });
});

describe('responses that call for a call back', () => {
  it('are those with a score of 2 or below, an NPS of 0–6, or a complaint in the text', () => {
    const headers = ['时间戳', ...postOrderTitles(words('zh'))];
    const cols = recogniseResponses(headers)!;
    const { responses } = readResponses(
      [
        [at('2026-01-01'), 'C1', '非常满意', '满意', '会', 10, ''],
        [at('2026-01-02'), 'C2', '满意', '很不满意', '会', 9, ''],
        [at('2026-01-03'), 'C3', '满意', '满意', '可能会', 6, ''],
        [at('2026-01-04'), 'C4', '满意', '满意', '会', 9, '包装破损了'],
        [at('2026-01-05'), 'C5', 'satisfied', 'Satisfied', 'Yes', 8, 'all good'],
      ],
      cols,
      shanghai(),
      2,
    );
    expect(
      unhappyResponses(responses).map((u) => [
        u.response.customer,
        u.low,
        u.detractor,
        u.complaint,
      ]),
    ).toEqual([
      ['c2', ['delivery'], false, false],
      ['c3', [], true, false],
      ['c4', [], false, true],
    ]);
    // 10, 9, 6, 9, 8: three promoters, one detractor, of five: 40.
    expect(overallResult(responses).nps).toBe(40);
  });
});
