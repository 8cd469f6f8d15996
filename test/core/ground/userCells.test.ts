import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/core/ground/userCells';

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

describe('layout when the block changes shape', () => {
  const none = (rows: number, cols: number) =>
    Array.from({ length: rows }, () => Array(cols).fill(''));

  it('moves notes right when the block grows a column, header notes and rows below too', () => {
    const old = {
      values: [
        ['ID', 'Spend', 'My header'],
        ['a', 1, 0],
        ['b', 2, false],
        ['', '', ''],
        ['note below', 'x', 'y'],
      ],
      formulas: [...none(4, 3), ['', '', '=R[-3]C']],
      block: { rows: 3, cols: 2 },
    };
    const l = layout(
      {
        values: [
          ['ID', 'Spend', 'Tier'],
          ['a', 1, 'A'],
          ['b', 2, 'C'],
        ],
        keyOf,
        keptMark: 'kept',
      },
      old,
    );
    // 0 and false are what the user typed: they move, they are not empty.
    expect(l.values).toEqual([
      ['ID', 'Spend', 'Tier', 'My header'],
      ['a', 1, 'A', 0],
      ['b', 2, 'C', false],
      ['', '', '', ''],
      ['note below', 'x', '', ''],
    ]);
    expect(l.formulas).toEqual([{ formula: '=R[-3]C', cells: [[5, 4]] }]);
    expect(l.block).toEqual({ rows: 3, cols: 3 });
  });

  it('keys rows by position where the table says so, and keeps gone ones in sheet order', () => {
    const old = {
      values: [
        ['Label', 'Figure', 'Note'],
        ['x', 1, 'n1'],
        ['y', 2, ''],
        ['z', 3, 'n3'],
        ['w', 4, 'n4'],
      ],
      formulas: none(5, 3),
      block: { rows: 5, cols: 2 },
    };
    const l = layout(
      {
        values: [
          ['Label', 'Figure'],
          ['x', 10],
        ],
        keyOf: (_row, i) => String(i),
        keptMark: 'kept',
      },
      old,
    );
    expect(l.values).toEqual([
      ['Label', 'Figure', 'Note'],
      ['x', 10, 'n1'],
      ['z', 'kept', 'n3'],
      ['w', 'kept', 'n4'],
    ]);
    expect(l.keptRows).toEqual([2, 3]);
  });

  it('keeps a one-column block’s gone record by its key alone, and reads ragged old rows', () => {
    const old = {
      values: [['ID', 'Note'], ['a', 'left'], ['b']],
      formulas: [['', ''], ['', ''], ['']],
      block: { rows: 3, cols: 1 },
    };
    const l = layout({ values: [['ID'], ['b']], keyOf, keptMark: 'kept' }, old);
    expect(l.values).toEqual([
      ['ID', 'Note'],
      ['b', ''],
      ['a', 'left'],
    ]);
    expect(l.block).toEqual({ rows: 3, cols: 1 });
  });

  it('trusts the recorded block even when the sheet was cut shorter', () => {
    const old = {
      values: [
        ['ID', 'Spend', 'Note'],
        ['a', 1, 'kept note'],
      ],
      formulas: none(2, 3),
      block: { rows: 5, cols: 2 },
    };
    const l = layout(
      {
        values: [
          ['ID', 'Spend'],
          ['a', 2],
        ],
        keyOf,
        keptMark: 'kept',
      },
      old,
    );
    expect(l.values).toEqual([
      ['ID', 'Spend', 'Note'],
      ['a', 2, 'kept note'],
    ]);
  });
});
