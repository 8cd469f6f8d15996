import { describe, expect, it } from 'vitest';
import { findSurveyColumns, mostToGain, surveyResult } from '../../../src/core/surveys/survey';
import { zone } from '../../../src/core/ground/zone';

describe('findSurveyColumns', () => {
  it('finds the seven questions by their wording in any order, and the timestamp', () => {
    const headers = [
      '时间戳',
      '您对我们的价格满意吗',
      'Quality?',
      '品牌与形象',
      '售后服务质量',
      '退货处理情况',
      '投诉处理',
      '沟通与宣传',
    ];
    expect(findSurveyColumns(headers)).toEqual({ indicators: [3, 2, 1, 4, 5, 6, 7], timestamp: 0 });
    expect(findSurveyColumns(headers.slice(0, 7))).toBeUndefined();
  });
});

describe('surveyResult', () => {
  it('gives the index, year by year, and lists unreadable answers without stopping', () => {
    const cols = { indicators: [1, 2, 3, 4, 5, 6, 7], timestamp: 0 };
    const r = surveyResult(
      [
        ['2023-05-01', 5, 5, 5, 5, 5, 5, 5],
        ['2024-05-01', 4, 4, 4, 4, 4, 4, 4],
        ['2024-06-01', 4, 4, 4, 4, 4, 4, '很好'],
        ['', '', '', '', '', '', '', ''],
      ],
      cols,
      zone('UTC'),
      2,
    );
    expect(r.respondents).toBe(3);
    expect(r.byYear).toEqual([
      { year: 2023, respondents: 1, index: 100 },
      { year: 2024, respondents: 2, index: 80 },
    ]);
    expect(r.bad).toEqual([{ row: 4, letter: 'G', value: '很好', column: 'H' }]);
    // Means: A–F (5+4+4)/3, G (5+4)/2 = 4.5: Σ weights × mean × 20.
    expect(r.index).toBeCloseTo(((0.95 * 13) / 3) * 20 + 0.05 * 4.5 * 20, 4);
  });
});

describe('surveyResult, by hand', () => {
  const cols = { indicators: [1, 2, 3, 4, 5, 6, 7], timestamp: 0 };
  it('gives each indicator its mean, count and weight, both scales, and what to fix first', () => {
    const r = surveyResult(
      [
        ['2025-03-01', 5, 4, 3, 5, 5, 2, 4],
        ['2024-03-01', 5, 4, 3, 5, 5, 4, 4],
        ['', 5, 4, 3, 5, 5, '', 4],
      ],
      cols,
      zone('UTC'),
      2,
    );
    expect(r.indicators).toEqual([
      { letter: 'A', mean: 5, answered: 3, weight: 0.2 },
      { letter: 'B', mean: 4, answered: 3, weight: 0.2 },
      { letter: 'C', mean: 3, answered: 3, weight: 0.2 },
      { letter: 'D', mean: 5, answered: 3, weight: 0.1 },
      { letter: 'E', mean: 5, answered: 3, weight: 0.1 },
      { letter: 'F', mean: 3, answered: 2, weight: 0.15 },
      { letter: 'G', mean: 4, answered: 3, weight: 0.05 },
    ]);
    // (5+4+3)×20%×20 + (5+5)×10%×20 + 3×15%×20 + 4×5%×20 = 48 + 20 + 9 + 4 = 81.
    expect(r.index).toBe(81);
    // Zero-based: each mean m counts (m−1)/4×100: 0.2×(100+75+50) + 0.1×200 + 0.15×50 + 0.05×75.
    expect(r.zeroIndex).toBe(45 + 20 + 7.5 + 3.75);
    // Room to 5 × weight: C 0.4, F 0.3, B 0.2, G 0.05: price first.
    expect(r.mostToGain).toBe('C');
    // The undated answer counts in the total but in no year; years come in order.
    expect(r.respondents).toBe(3);
    expect(r.byYear.map((y) => [y.year, y.respondents])).toEqual([
      [2024, 1],
      [2025, 1],
    ]);
    expect(r.byYear[0].index).toBe(48 + 20 + 4 * 0.15 * 20 + 4);
  });

  it('has no index while an indicator has no answer, and nothing to fix without answers', () => {
    const r = surveyResult([['2024-01-01', 5, 5, 5, 5, 5, '', 5]], cols, zone('UTC'), 2);
    expect([r.index, r.zeroIndex, r.indicators[5].mean, r.byYear[0].index]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(r.mostToGain).toBe('A');
    expect(mostToGain([])).toBeNull();
    expect(surveyResult([], cols, zone('UTC'), 2).mostToGain).toBeNull();
  });

  it('reads answers without a timestamp column, and the first timestamp column only', () => {
    const r = surveyResult(
      [[5, 5, 5, 5, 5, 5, 5, 5]],
      { indicators: [1, 2, 3, 4, 5, 6, 7] },
      zone('UTC'),
      2,
    );
    expect([r.respondents, r.index, r.byYear]).toEqual([1, 100, []]);
    expect(
      findSurveyColumns([
        'Date',
        'Timestamp',
        '品牌',
        '质量',
        '价格',
        '售后',
        '退货',
        '投诉',
        '沟通',
      ]),
    ).toEqual({ indicators: [2, 3, 4, 5, 6, 7, 8], timestamp: 0 });
    expect(
      findSurveyColumns([' 提交时间 ', '品牌', '质量', '价格', '售后', '退货', '投诉', '沟通']),
    ).toEqual({ indicators: [1, 2, 3, 4, 5, 6, 7], timestamp: 0 });
  });
});
