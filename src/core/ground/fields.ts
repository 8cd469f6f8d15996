/** The fields of an order register that SheetCare reads. */

export const ORDER_FIELDS = [
  'customer',
  'amount',
  'date',
  'name',
  'email',
  'status',
  'product',
  'phone',
  'quantity',
  'unitPrice',
  'orderId',
  'refund',
  'shipping',
  'birthday',
  'consent',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];
