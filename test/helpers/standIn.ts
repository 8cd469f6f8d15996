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

/**
 * A value in SheetCare's store: developer metadata on the spreadsheet itself, a value of this
 * spreadsheet's own wrapped with its ID (src/server/ground/spreadsheetStore.ts).
 */
export function storedValue(s: StandIn, key: string): string | null {
  const raw = s.spreadsheet._metadata.find((m) => m._key === key)?._value ?? null;
  if (raw === null) return null;
  try {
    const held = JSON.parse(raw) as { home?: unknown; value?: unknown };
    if (held && typeof held === 'object' && 'home' in held) {
      return held.home === s.spreadsheet._id ? (held.value as string) : null;
    }
  } catch {
    // A plain value: a setting, not wrapped.
  }
  return raw;
}

/** Sets a value in SheetCare's store as the script would. */
export function setStoredValue(s: StandIn, key: string, value: string, own = false): void {
  const text = own ? JSON.stringify({ home: s.spreadsheet._id, value }) : value;
  const found = s.spreadsheet._metadata.find((m) => m._key === key);
  if (found) found._value = text;
  else s.spreadsheet.addDeveloperMetadata(key, text, 'PROJECT');
}
