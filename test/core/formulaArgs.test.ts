import { describe, expect, it } from 'vitest';
import { choice, column, rowCount } from '../../src/core/formulaArgs';

const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe('formula arguments', () => {
  it('takes one column, rows that agree, and one of a few choices', () => {
    expect(() => column('amounts', [[1, 2]])).toThrow('amounts must be one column; it has 2.');
    expect(() => rowCount(column('a', col(1, 2)), column('b', col(1)))).toThrow(
      'a has 2 rows but b has 1',
    );
    expect(
      choice(
        'model',
        'CN8',
        ['rf10', 'cn8'],
        (w) => w.hints.model,
        (v) => (w) => w.errors.badModel(v),
      ),
    ).toBe('cn8');
    expect(
      choice(
        'model',
        '',
        ['rf10', 'cn8'],
        (w) => w.hints.model,
        (v) => (w) => w.errors.badModel(v),
      ),
    ).toBe('rf10');
    expect(() =>
      choice(
        'model',
        'x',
        ['rf10', 'cn8'],
        (w) => w.hints.model,
        (v) => (w) => w.errors.badModel(v),
      ),
    ).toThrow('model must be "rf10" or "cn8", not "x".');
  });
});
