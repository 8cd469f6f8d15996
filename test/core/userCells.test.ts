import { describe, expect, it } from 'vitest';
import { layout } from '../../src/core/userCells';

const keyOf = (row: readonly unknown[]) => String(row[0]).toLowerCase();

describe('layout', () => {
  it('writes the block alone on a new sheet', () => {
    const l = layout(
      {
        values: [
          ['ID', 'Spend'],
          ['a', 1],
        ],
        keyOf,
        keptMark: 'kept',
      },
      undefined,
    );
    expect(l.values).toEqual([
      ['ID', 'Spend'],
      ['a', 1],
    ]);
    expect(l.block).toEqual({ rows: 2, cols: 2 });
    expect(l.formulas).toEqual([]);
  });

  it('moves the user’s cells with their record, formulas by their R1C1 text', () => {
    const old = {
      values: [
        ['ID', 'Spend', 'Note', 'Double'],
        ['a', 1, 'first', ''],
        ['b', 2, '', ''],
      ],
      formulas: [
        ['', '', '', ''],
        ['', '', '', '=R[0]C[-2]*2'],
        ['', '', '', '=R[0]C[-2]*2'],
      ],
      block: { rows: 3, cols: 2 },
    };
    const l = layout(
      {
        values: [
          ['ID', 'Spend'],
          ['B', 5],
          ['A', 4],
        ],
        keyOf,
        keptMark: 'kept',
      },
      old,
    );
    expect(l.values).toEqual([
      ['ID', 'Spend', 'Note', 'Double'],
      ['B', 5, '', ''],
      ['A', 4, 'first', ''],
    ]);
    expect(l.formulas).toEqual([
      {
        formula: '=R[0]C[-2]*2',
        cells: [
          [2, 4],
          [3, 4],
        ],
      },
    ]);
  });

  it('keeps cells whose record has gone on a marked row, and rows below the block below it', () => {
    const old = {
      values: [
        ['ID', 'Spend', 'Note'],
        ['a', 1, 'gone soon'],
        ['b', 2, ''],
        ['', '', ''],
        ['Total', '', ''],
      ],
      formulas: [
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
        ['', '=SUM(R[-3]C:R[-2]C)', ''],
      ],
      block: { rows: 3, cols: 2 },
    };
    const l = layout(
      {
        values: [
          ['ID', 'Spend'],
          ['b', 2],
          ['c', 3],
        ],
        keyOf,
        keptMark: 'kept',
      },
      old,
    );
    expect(l.values).toEqual([
      ['ID', 'Spend', 'Note'],
      ['b', 2, ''],
      ['c', 3, ''],
      ['a', 'kept', 'gone soon'],
      ['', '', ''],
      ['Total', '', ''],
    ]);
    expect(l.block).toEqual({ rows: 4, cols: 2 });
    expect(l.keptRows).toEqual([3]);
    expect(l.formulas).toEqual([{ formula: '=SUM(R[-3]C:R[-2]C)', cells: [[6, 2]] }]);
  });

  it('keeps a second row of notes for one record, and drops nothing empty', () => {
    const old = {
      values: [
        ['ID', 'Spend', 'Note'],
        ['a', 1, 'one'],
        ['A', '', 'two'],
        ['b', 2, ''],
      ],
      formulas: [
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
      ],
      block: { rows: 4, cols: 2 },
    };
    const l = layout(
      {
        values: [
          ['ID', 'Spend'],
          ['a', 1],
          ['b', 2],
        ],
        keyOf,
        keptMark: 'kept',
      },
      old,
    );
    expect(l.values).toEqual([
      ['ID', 'Spend', 'Note'],
      ['a', 1, 'one'],
      ['b', 2, ''],
      ['A', 'kept', 'two'],
    ]);
  });
});
