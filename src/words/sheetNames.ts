/**
 * The result sheets' names: both languages in one name, so a team that works in either finds
 * them, and a name never changes with the language setting.
 */
export const SHEET_NAMES = {
  customers: '客户 Customers',
  summary: '汇总 Summary',
  issues: '问题行 Issues',
} as const;
