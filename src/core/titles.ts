/**
 * What each per-customer figure is called, in both languages: one name everywhere, whether
 * it heads a formula's column, a column of the Customers sheet, or a line of the sidebar.
 */
import { Bilingual } from './i18n';

export const TITLES = {
  id: { en: 'Customer ID', zh: '客户ID' },
  name: { en: 'Name', zh: '姓名' },
  email: { en: 'Email', zh: '邮箱' },
  phone: { en: 'Phone', zh: '电话' },
  purchases: { en: 'Purchases', zh: '购买次数' },
  spend: { en: 'Spend', zh: '消费金额' },
  averageOrder: { en: 'Average order', zh: '平均订单金额' },
  firstPurchase: { en: 'First purchase', zh: '首次购买' },
  lastPurchase: { en: 'Last purchase', zh: '最近购买' },
  daysSinceLast: { en: 'Days since last', zh: '距上次购买天数' },
  nextPurchase: { en: 'Next purchase', zh: '预计下次购买' },
  status: { en: 'Status', zh: '客户状态' },
  tier: { en: 'ABC tier', zh: 'ABC 分类' },
  r: { en: 'R', zh: 'R' },
  f: { en: 'F', zh: 'F' },
  m: { en: 'M', zh: 'M' },
  segment: { en: 'RFM segment', zh: 'RFM 客户细分' },
  cn8: { en: 'RFM class', zh: 'RFM 客户分类' },
  basicValue: { en: 'Basic value', zh: '客户基本价值' },
  satisfiedValue: { en: 'Satisfied customer value', zh: '满意的客户新增价值' },
  complaintLoss: { en: 'Complaint loss', zh: '抱怨客户价值损失' },
} satisfies Record<string, Bilingual>;
