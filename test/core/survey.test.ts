import { describe, expect, it } from 'vitest';
import { findSurveyColumns, surveyResult } from '../../src/core/survey';
import { zone } from '../../src/core/zone';

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
    expect(r.bad).toEqual([{ row: 4, letter: 'G', value: '很好' }]);
    // Means: A–F (5+4+4)/3, G (5+4)/2 = 4.5: Σ weights × mean × 20.
    expect(r.index).toBeCloseTo(((0.95 * 13) / 3) * 20 + 0.05 * 4.5 * 20, 4);
  });
});
