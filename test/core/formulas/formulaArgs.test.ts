import { describe, expect, it } from 'vitest';
import { choice, column, rowCount } from '../../../src/core/formulas/formulaArgs';
import { col } from './formulas';

/** RFM_SEGMENT's model argument. */
const model = (v: unknown) =>
  choice(
    'model',
    v,
    ['rf10', 'cn8'],
    (w) => w.hints.model,
    (value) => (w) => w.errors.badModel(value),
  );

describe('formula arguments', () => {
  it('takes one column, rows that agree, and one of a few choices', () => {
    expect(() => column('amounts', [[1, 2]])).toThrow('amounts must be one column; it has 2.');
    expect(() => rowCount(column('a', col(1, 2)), column('b', col(1)))).toThrow(
      'a has 2 rows but b has 1',
    );
    expect(model('CN8')).toBe('cn8');
    expect(model('')).toBe('rf10');
    expect(() => model('x')).toThrow('model must be "rf10" or "cn8", not "x".');
  });
});
