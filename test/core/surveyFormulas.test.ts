import { describe, expect, it } from 'vitest';
import { satisfactionIndexFormula } from '../../src/core/surveyFormulas';
import { zone } from '../../src/core/zone';

const ctx = { zone: zone('UTC'), lang: 'en' as const };

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
