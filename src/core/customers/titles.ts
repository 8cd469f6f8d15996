/**
 * The per-customer figures, in the order the Customers sheet shows them. Each has one name
 * everywhere (the catalogue of words' titles): on a formula's column, a column of the
 * Customers sheet, a line of the sidebar.
 */
export const CUSTOMER_COLUMNS = [
  'id',
  'name',
  'email',
  'phone',
  'purchases',
  'spend',
  'averageOrder',
  'firstPurchase',
  'lastPurchase',
  'daysSinceLast',
  'nextPurchase',
  'status',
  'tier',
  'r',
  'f',
  'm',
  'segment',
  'cn8',
  'basicValue',
  'satisfiedValue',
  'complaintLoss',
  'pAlive',
  'expected90',
  'predicted12',
] as const;

export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];
