/**
 * The result sheets' names: both languages in one name, so a team that works in either finds
 * them, and a name never changes with the language setting.
 */
export const SHEET_NAMES = {
  /** The sample shop's register, copied in on a new user's request. */
  sampleOrders: '示例订单 Sample orders',
  customers: '客户 Customers',
  summary: '汇总 Summary',
  issues: '问题行 Issues',
  rules: '提醒规则 Reminder rules',
  activities: '店铺活动 Activities',
  coupons: '优惠券 Coupons',
  log: '发送记录 Send log',
  contacts: '今日联系 Contact list',
  doNotEmail: '退订名单 Do-not-email',
  /** Rewritten by each export of today's contacts, for File → Download when a download is refused. */
  contactsExport: '联系导出 Contacts export',
  ledger: 'SheetCare 账本 Ledger',
  satisfaction: '满意度 Satisfaction',
  followUp: '回访 Follow-up',
  /** Where each form's answers land: named for the form rather than "Form Responses 1". */
  unsubscribeAnswers: '退订回复 Unsubscribe answers',
  questionnaireAnswers: '问卷回复 Questionnaire answers',
  postOrderAnswers: '购后问卷回复 Post-order answers',
} as const;
