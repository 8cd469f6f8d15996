import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  DEFAULT_WEIGHTS,
  indicatorMeans,
  readAnswer,
  satisfactionIndex,
} from '../../../src/core/surveys/satisfaction';
import { mostToGain } from '../../../src/core/surveys/survey';

describe('readAnswer', () => {
  it.each([
    [5, 5],
    ['4', 4],
    ['非常满意', 5],
    ['满意', 4],
    ['一般', 3],
    ['一般满意', 3],
    ['不满意', 2],
    ['很不满意', 1],
    ['非常不满意', 1],
    ['Very  Satisfied', 5],
    ['neutral', 3],
    ['very dissatisfied', 1],
    ['５', 5],
  ])('reads %j as %i', (v, score) => expect(readAnswer(v)).toBe(score));

  it.each([0, 6, 44, 4.5, '44', '', 'good', null, true])('refuses %j', (v) =>
    expect(readAnswer(v)).toBeUndefined(),
  );
});

describe('the satisfaction index (Lulu’s formula, §4)', () => {
  it('gives 100 for all 5s and 80 for all 4s, with the weights 20/20/20/10/10/15/5%', () => {
    expect(DEFAULT_WEIGHTS).toEqual([0.2, 0.2, 0.2, 0.1, 0.1, 0.15, 0.05]);
    expect(satisfactionIndex(Array(7).fill(5))).toBe(100);
    expect(satisfactionIndex(Array(7).fill(4))).toBe(80);
    // Σ weight × mean ÷ 5 × 100: (0.2·5 + 0.2·4 + 0.2·3 + 0.1·2 + 0.1·1 + 0.15·5 + 0.05·4) × 20
    expect(satisfactionIndex([5, 4, 3, 2, 1, 5, 4])).toBe(73);
  });

  it('on the zero scale, 1 point is 0 and 5 points 100', () => {
    expect(satisfactionIndex(Array(7).fill(1), DEFAULT_WEIGHTS, 'zero')).toBe(0);
    expect(satisfactionIndex(Array(7).fill(3), DEFAULT_WEIGHTS, 'zero')).toBe(50);
  });

  it('takes the mean of each indicator over those who answered it', () => {
    expect(
      indicatorMeans([
        [5, 4, 3, 2, 1, 5, 4],
        [3, '', '满意', 4, 1, 5, 4],
      ]),
    ).toEqual([4, 4, 3.5, 3, 1, 5, 4]);
    expect(() => indicatorMeans([[5, 4, 3, 2, 1, 5]])).toThrow('exactly 7 columns');
    expect(() => indicatorMeans([[5, 4, 3, 2, 1, 5, 44]], 2)).toThrow(
      'Row 2, column G: "44" is not an answer',
    );
    expect(() => indicatorMeans([[5, 4, 3, 2, 1, 5, '']])).toThrow('Indicator G');
  });

  it('refuses weights that are not seven or do not sum to 100%', () => {
    expect(() => checkWeights([0.5, 0.5])).toThrow('seven numbers');
    expect(() => checkWeights([0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.05])).toThrow('these sum to 95%');
    expect(() => checkWeights([0.3, 0.2, 0.2, 0.1, 0.1, 0.15, -0.05])).toThrow('seven numbers');
  });
});

describe('mostToGain', () => {
  it('is the indicator whose weight × room to 5 points is largest', () => {
    const x = (letter: 'A' | 'B' | 'F', weight: number, mean: number | null) => ({
      letter,
      weight,
      mean,
      answered: 1,
    });
    // A: 0.2 × 1 = 0.2; B: 0.2 × 0.5 = 0.1; F: 0.15 × 2 = 0.3.
    expect(mostToGain([x('A', 0.2, 4), x('B', 0.2, 4.5), x('F', 0.15, 3)])).toBe('F');
    expect(mostToGain([x('A', 0.2, null)])).toBeNull();
  });
});
