/**
 * The one interface between the sidebar and the server. Each method is a google.script.run
 * endpoint taking at most one argument; the build generates a top-level function for each.
 * Only plain data crosses: Apps Script refuses Dates, so dates travel as ISO strings.
 */
import type { ColumnMap, OrderField } from '../core/columns';

export interface OrderSheetInfo {
  readonly sheetName: string;
  readonly headerRow: number;
  readonly headers: string[];
  readonly columns: ColumnMap;
  readonly missing: OrderField[];
  readonly dataRows: number;
}

export interface SidebarState {
  readonly lang: 'en' | 'zh';
  readonly sheetNames: string[];
  readonly orderSheet: OrderSheetInfo | null;
}

export interface ServerApi {
  getSidebarState(): SidebarState;
}
