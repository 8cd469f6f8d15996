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

/** One row of a breakdown (a tier, segment, class or status), labelled in the user's language. */
export interface GroupRow {
  readonly key: string;
  readonly label: string;
  readonly customers: number;
  readonly spend: number;
  readonly shareOfCustomers: number;
  readonly shareOfSpend: number;
}

export interface AnalyzeResult {
  readonly lang: 'en' | 'zh';
  readonly orderSheet: string;
  /** ISO day (yyyy-mm-dd) the analysis is taken as of: the latest purchase. */
  readonly asOf: string | null;
  readonly customers: number;
  readonly buyers: number;
  readonly spend: number;
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rowsNotUsed: number;
  readonly tiers: GroupRow[];
  readonly segments: GroupRow[];
  readonly classes: GroupRow[];
  readonly statuses: GroupRow[];
  readonly value: {
    readonly basic: number;
    readonly satisfied: number;
    readonly complaintLoss: number;
  };
  readonly pareto: { readonly topShare: number; readonly spendShare: number }[];
  readonly sheets: {
    readonly customers: string;
    readonly summary: string;
    readonly issues: string;
  };
}

export interface ServerApi {
  getSidebarState(): SidebarState;
  analyzeCustomers(): AnalyzeResult;
}
