/**
 * Embedded charts (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart):
 * a chart gets its id when it is inserted into a sheet.
 */
import { countCalls, Env } from '../env';
import type { FakeRange } from './range';

export interface ChartData {
  type: string;
  ranges: string[];
  position: { row: number; col: number };
  options: Record<string, unknown>;
}

export class FakeEmbeddedChart {
  /** Sheets gives a chart its id when it is inserted; a built chart has none. */
  constructor(
    readonly _env: Env,
    readonly _data: ChartData,
    readonly _id: number | null = null,
  ) {}
  getChartId() {
    return this._id;
  }
  getOptions() {
    return { get: (k: string) => this._data.options[k] };
  }
  getRanges() {
    return this._data.ranges;
  }
}

export class FakeEmbeddedChartBuilder {
  constructor(readonly _env: Env) {}
  private _data: ChartData = {
    type: 'COLUMN',
    ranges: [],
    position: { row: 1, col: 1 },
    options: {},
  };
  setChartType(type: string) {
    this._data.type = type;
    return this;
  }
  addRange(range: FakeRange) {
    this._data.ranges.push(`${range._sheet._name}!${range._a1()}`);
    return this;
  }
  setPosition(row: number, col: number, _offsetX: number, _offsetY: number) {
    this._data.position = { row, col };
    return this;
  }
  setOption(option: string, value: unknown) {
    this._data.options[option] = value;
    return this;
  }
  build() {
    return new FakeEmbeddedChart(this._env, {
      ...this._data,
      ranges: [...this._data.ranges],
      options: { ...this._data.options },
    });
  }
}

export const Charts = {
  ChartType: {
    AREA: 'AREA',
    BAR: 'BAR',
    COLUMN: 'COLUMN',
    COMBO: 'COMBO',
    LINE: 'LINE',
    PIE: 'PIE',
    SCATTER: 'SCATTER',
    TABLE: 'TABLE',
  },
};

countCalls(FakeEmbeddedChart, 'EmbeddedChart');
