/** Shared set-up for tests: a stand-in with an order sheet of given rows. */
import vm from 'node:vm';
import { StandIn, StandInOptions } from '../../local/runner';

export function withSheet(
  rows: unknown[][],
  options: StandInOptions & { sheetName?: string } = {},
): StandIn {
  const s = new StandIn(options);
  s.spreadsheet._load(options.sheetName ?? 'Orders', rows);
  return s;
}

/** Evaluates script code inside the stand-in's realm, as Code.js would run it. */
export const inScript = (s: StandIn, code: string): unknown => {
  s.env.startRun('full');
  try {
    return vm.runInContext(code, s.context);
  } finally {
    s.env.endRun();
  }
};
