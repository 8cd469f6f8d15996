/** SheetCare's settings and column choices, kept in the spreadsheet's document properties. */
import { ColumnMap } from '../core/columns';
import { DEFAULT_SETTINGS, Settings, validateSettings } from '../core/settings';
import type { AnalyzeResult } from '../shared/api';

const SETTINGS_KEY = 'sheetcare.settings';
const ORDER_SHEET_KEY = 'sheetcare.orderSheet';
const LAST_ANALYSIS_KEY = 'sheetcare.lastAnalysis';

export interface OrderSheetChoice {
  readonly sheetName?: string;
  /** Columns the user corrected, by field: 0-based column index. */
  readonly columns?: ColumnMap;
}

const props = () => PropertiesService.getDocumentProperties();

function readJson<T>(key: string): Partial<T> | undefined {
  const raw = props().getProperty(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Partial<T>;
  } catch {
    return undefined;
  }
}

/** Stored settings, each field validated again: a hand-edited property cannot break a run. */
export function loadSettings(): Settings {
  const stored = readJson<Settings>(SETTINGS_KEY);
  if (!stored) return DEFAULT_SETTINGS;
  return validateSettings(stored as Record<string, unknown>).settings ?? DEFAULT_SETTINGS;
}

export function saveSettings(settings: Settings): void {
  props().setProperty(SETTINGS_KEY, JSON.stringify(settings));
}

export function loadOrderSheetChoice(): OrderSheetChoice {
  return readJson<OrderSheetChoice>(ORDER_SHEET_KEY) ?? {};
}

export function saveOrderSheetChoice(choice: OrderSheetChoice): void {
  props().setProperty(ORDER_SHEET_KEY, JSON.stringify(choice));
}

/** The latest analysis, so the sidebar opens on it; a few KB, well within one property. */
export function saveLastAnalysis(result: AnalyzeResult): void {
  props().setProperty(LAST_ANALYSIS_KEY, JSON.stringify(result));
}

export function loadLastAnalysis(): AnalyzeResult | null {
  return (readJson<AnalyzeResult>(LAST_ANALYSIS_KEY) as AnalyzeResult | undefined) ?? null;
}
