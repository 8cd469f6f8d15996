/** The fields of an order register that SheetCare reads, and their names for people. */
import { Bilingual } from './i18n';

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
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export const FIELD_NAMES: Record<OrderField, Bilingual> = {
  customer: { en: 'Customer', zh: '客户' },
  amount: { en: 'Amount', zh: '金额' },
  date: { en: 'Date', zh: '日期' },
  name: { en: 'Name', zh: '姓名' },
  email: { en: 'Email', zh: '邮箱' },
  status: { en: 'Status', zh: '状态' },
  product: { en: 'Product', zh: '商品' },
  phone: { en: 'Phone', zh: '电话' },
  quantity: { en: 'Quantity', zh: '数量' },
  unitPrice: { en: 'Unit price', zh: '单价' },
  orderId: { en: 'Order ID', zh: '订单号' },
  refund: { en: 'Refunded', zh: '退款金额' },
  shipping: { en: 'Shipping', zh: '运费' },
};
