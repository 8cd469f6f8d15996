/** The sidebar's words in both languages. */
import type { Lang } from '../core/i18n';

const W = {
  loading: { en: 'Reading the spreadsheet…', zh: '正在读取表格…' },
  tabCustomers: { en: 'Customers', zh: '客户' },
  tabSettings: { en: 'Settings', zh: '设置' },
  tabSurvey: { en: 'Survey', zh: '满意度' },
  surveySheet: { en: 'Sheet of answers', zh: '答卷工作表' },
  surveyAuto: { en: 'Find it for me', zh: '自动查找' },
  noSurvey: {
    en: 'No sheet asks the seven questions (brand, quality, price, after-sales service, returns, complaints, communication).',
    zh: '没有工作表包含七个问题（品牌、质量、价格、售后服务、退货、投诉、沟通）。',
  },
  satisfactionIndex: { en: 'Satisfaction index', zh: '满意度指数' },
  respondents: { en: 'respondents', zh: '份答卷' },
  zeroIndex: { en: 'on a scale where 1 point is 0', zh: '（1 分计为 0 时）' },
  byYear: { en: 'Year by year', zh: '逐年对比' },
  indicator: { en: 'Indicator', zh: '指标' },
  weight: { en: 'Weight', zh: '权重' },
  mean: { en: 'Mean (1–5)', zh: '平均分 (1–5)' },
  mostToGain: { en: 'Most to gain', zh: '最值得改进' },
  badAnswers: { en: 'answers could not be read', zh: '个答案无法识别' },
  refresh: { en: 'Refresh', zh: '刷新' },
  colon: { en: ': ', zh: '：' },
  orderSheet: { en: 'Order sheet', zh: '订单表' },
  noOrderSheet: {
    en: 'No order sheet recognised. Choose the sheet that holds your orders.',
    zh: '未识别到订单表，请选择存放订单的工作表。',
  },
  dataRows: { en: 'data rows', zh: '行数据' },
  headersInRow: { en: 'headers in row', zh: '表头所在行' },
  columns: { en: 'Columns', zh: '列' },
  columnsHint: { en: 'Correct any column SheetCare got wrong.', zh: '如有识别错误，请在此更正。' },
  none: { en: '— none —', zh: '— 无 —' },
  missing: { en: 'Choose the columns for', zh: '请选择以下字段对应的列：' },
  preview: { en: 'First rows as SheetCare reads them', zh: 'SheetCare 读取的前几行' },
  row: { en: 'Row', zh: '行' },
  customer: { en: 'Customer', zh: '客户' },
  amount: { en: 'Amount', zh: '金额' },
  date: { en: 'Date', zh: '日期' },
  analyze: { en: 'Analyze customers', zh: '分析客户' },
  analyzing: {
    en: 'Analyzing… this can take a minute on a large sheet.',
    zh: '正在分析……数据量大时可能需要一分钟。',
  },
  asOf: { en: 'As of', zh: '截至' },
  customers: { en: 'Customers', zh: '客户' },
  buyers: { en: 'paying', zh: '有购买' },
  spend: { en: 'Spend', zh: '消费' },
  share: { en: '%', zh: '占比' },
  shareOfSpend: { en: 'Spend %', zh: '消费占比' },
  tiers: { en: 'ABC tiers', zh: 'ABC 分类' },
  segments: { en: 'RFM segments', zh: 'RFM 客户细分' },
  statuses: { en: 'Status', zh: '客户状态' },
  value: { en: 'Customer value', zh: '客户价值' },
  satisfied: { en: 'Satisfied customers add', zh: '满意客户新增价值' },
  loss: { en: 'Complaints cost', zh: '抱怨客户价值损失' },
  notUsed: { en: 'rows not used', zh: '行未使用' },
  openIssues: { en: 'Open the Issues sheet', zh: '打开问题行' },
  openCustomers: { en: 'Open Customers', zh: '打开客户表' },
  openSummary: { en: 'Open Summary', zh: '打开汇总表' },
  pareto: { en: 'Pareto: share of spend from the top customers', zh: '帕累托：头部客户的消费占比' },
  abc: { en: 'ABC tiers', zh: 'ABC 分类' },
  aShare: { en: 'A: top share of customers', zh: 'A 类：头部客户比例' },
  bShare: { en: 'A + B: top share of customers', zh: 'A + B 类：头部客户比例' },
  valueParams: { en: 'Customer value', zh: '客户价值' },
  purchasesPerYear: { en: 'Purchases a year', zh: '每年购买次数' },
  years: { en: 'Years a customer stays', zh: '客户保持年数' },
  referrals: { en: 'People a customer tells', zh: '客户转告人数' },
  satisfiedRate: { en: 'Share who follow a satisfied customer', zh: '随满意客户而来的比例' },
  complaintRate: { en: 'Share who follow a complaining customer away', zh: '随抱怨客户而去的比例' },
  statusParams: { en: 'Status', zh: '客户状态' },
  lostAfterDays: {
    en: 'Lost after this many days without a purchase',
    zh: '超过多少天未购买视为流失',
  },
  lang: { en: 'Language', zh: '语言' },
  langAuto: { en: 'Automatic', zh: '自动' },
  save: { en: 'Save settings', zh: '保存设置' },
  saved: {
    en: 'Saved. Analyze again to apply them to the sheets.',
    zh: '已保存。重新分析后生效。',
  },
  notSaved: {
    en: 'Nothing was saved: correct the fields marked in red.',
    zh: '未保存：请更正标红的字段。',
  },
  error: { en: 'Something went wrong', zh: '出错了' },
} as const;

export type Word = keyof typeof W;

/** "The top 20% of customers bring 67.4% of spend." */
export const paretoSentence = (lang: Lang, top: string, share: string): string =>
  lang === 'zh'
    ? `前 ${top} 的客户贡献了 ${share} 的消费。`
    : `The top ${top} of customers bring ${share} of spend.`;
export const word = (lang: Lang, key: Word): string => W[key][lang];
