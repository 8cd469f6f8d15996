import { describe, expect, it } from 'vitest';
import { satisfactionIndexFormula } from '../../../src/core/formulas/surveyFormulas';
import { ctx, says } from './formulas';

describe('SATISFACTION_INDEX', () => {
  it('takes seven columns of answers, a header row, weights and a scale', () => {
    const answers = [['A', 'B', 'C', 'D', 'E', 'F', 'G'], Array(7).fill(4)];
    expect(satisfactionIndexFormula(ctx, answers)).toBe(80);
    expect(satisfactionIndexFormula(ctx, answers, undefined, 'zero')).toBe(75);
    expect(() => satisfactionIndexFormula(ctx, answers, [[1, 2]])).toThrow('seven numbers');
    expect(() => satisfactionIndexFormula(ctx, answers, undefined, 'x')).toThrow(
      'scale must be "seed" or "zero"',
    );
  });
});

describe('SATISFACTION_INDEX, its arguments', () => {
  const fives = Array(7).fill(5);
  const fours = Array(7).fill(4);

  it('reads the first row as answers unless none of it is one', () => {
    // No header: both rows count, mean 4.5 everywhere: 90.
    expect(satisfactionIndexFormula(ctx, [fives, fours])).toBe(90);
    // A half-answered first row is data, not a header: its unreadable cell is named at row 1.
    expect(says(() => satisfactionIndexFormula(ctx, [[5, 5, 5, 5, 5, 5, 'x'], fours]))).toBe(
      'Row 1, column G: "x" is not an answer (1–5, or very satisfied … very dissatisfied).',
    );
    // After a header, rows are numbered from 2.
    expect(
      says(() => satisfactionIndexFormula(ctx, [Array(7).fill('Q'), [5, 5, 5, 5, 5, 5, 'x']])),
    ).toMatch(/^Row 2, column G/);
  });

  it('takes weights as a row, a column or percentages; blank weights are the brief’s', () => {
    const weights = [0.2, 0.2, 0.2, 0.1, 0.1, 0.15, 0.05];
    const answers = [fives, [3, 3, 3, 3, 3, 3, 3]];
    expect(satisfactionIndexFormula(ctx, answers, [weights])).toBe(80);
    expect(
      satisfactionIndexFormula(
        ctx,
        answers,
        weights.map((x) => [`${x * 100}%`]),
      ),
    ).toBe(80);
    expect(satisfactionIndexFormula(ctx, answers, [['', '']])).toBe(80);
    expect(satisfactionIndexFormula(ctx, answers, '')).toBe(80);
    // All weight on A, whose mean is 4: 80; on G alone, the same.
    expect(satisfactionIndexFormula(ctx, answers, [[1, 0, 0, 0, 0, 0, 0]])).toBe(80);
    expect(says(() => satisfactionIndexFormula(ctx, answers, [[0.2, 'lots', 0.2]]))).toBe(
      'weights: item 2 "lots" is not a number; write weights such as 20%.',
    );
    expect(says(() => satisfactionIndexFormula(ctx, answers, 'heavy'))).toBe(
      'weights: item 1 "heavy" is not a number; write weights such as 20%.',
    );
  });

  it('scores on the brief’s scale or the zero-based one', () => {
    expect(satisfactionIndexFormula(ctx, [fours], undefined, 'seed')).toBe(80);
    expect(satisfactionIndexFormula(ctx, [fours], undefined, ' ZERO ')).toBe(75);
    expect(satisfactionIndexFormula(ctx, [fours], undefined, '')).toBe(80);
  });
});
