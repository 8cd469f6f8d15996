/** The words of the menu and dialogs, in both languages. */
import { Bilingual } from '../core/i18n';

export const MENU = {
  open: { en: 'Open SheetCare', zh: '打开 SheetCare' },
  analyze: { en: 'Analyze customers', zh: '分析客户' },
  reminders: { en: 'Reminders', zh: '客户提醒' },
  survey: { en: 'Satisfaction survey', zh: '满意度调查' },
  settings: { en: 'Settings', zh: '设置' },
  help: { en: 'Help', zh: '帮助' },
} satisfies Record<string, Bilingual>;

export const SIDEBAR_TITLE: Bilingual = { en: 'SheetCare', zh: 'SheetCare 客户关怀' };

export const HELP: Bilingual = {
  en: [
    'SheetCare knows your customers from your order sheet.',
    '',
    'Analyze customers reads the order sheet and writes the Customers, Summary and Issues sheets.',
    'Reminders lists whom to follow up and whom to remind of replenishment today;',
    'Satisfaction survey reports the satisfaction index of a sheet of answers.',
    '',
    'Formulas (put one at the top of a column; it fills the rows below):',
    '=ABC_CLASS(customers, amounts, [a_share=5%], [b_share=20%])',
    '=AVG_ORDER(customers, amounts, [dates])',
    '=RFM_SCORE(customers, dates, amounts, [as_of])',
    '=RFM_SEGMENT(customers, dates, amounts, [as_of], [model="rf10"|"cn8"], [lang])',
    '=CUSTOMER_STATUS(customers, dates, [as_of], [lost_after_days=180], [lang])',
    '=NEXT_PURCHASE(customers, dates)',
    '=CUSTOMER_VALUE(avg_amount, [purchases_per_year=52], [years=4])',
    '=SATISFIED_VALUE(basic_value, [referrals=10], [rate=60%])',
    '=COMPLAINT_LOSS(basic_value, [referrals=10], [rate=90%])',
    '=SATISFACTION_INDEX(answers, [weights], [scale="seed"])',
  ].join('\n'),
  zh: [
    'SheetCare 从订单表了解您的每一位客户。',
    '',
    '“分析客户”读取订单表，生成客户、汇总和问题行三张工作表。',
    '“客户提醒”列出今天需要回访和提醒补货的客户；',
    '“满意度调查”根据答卷计算满意度指数。',
    '',
    '公式（写在一列的顶部，自动填充下面各行）：',
    '=ABC_CLASS(客户, 金额, [A类比例=5%], [B类比例=20%])：ABC 分类',
    '=AVG_ORDER(客户, 金额, [日期])：平均订单金额',
    '=RFM_SCORE(客户, 日期, 金额, [截至日期])：R、F、M 评分',
    '=RFM_SEGMENT(客户, 日期, 金额, [截至日期], [模型="rf10"|"cn8"], [语言])：RFM 客户细分',
    '=CUSTOMER_STATUS(客户, 日期, [截至日期], [流失天数=180], [语言])：新客户 / 老客户 / 流失客户',
    '=NEXT_PURCHASE(客户, 日期)：预计下次购买日期',
    '=CUSTOMER_VALUE(平均订单金额, [每年购买次数=52], [年数=4])：客户基本价值',
    '=SATISFIED_VALUE(客户基本价值, [转告人数=10], [比例=60%])：满意的客户新增价值',
    '=COMPLAINT_LOSS(客户基本价值, [转告人数=10], [比例=90%])：抱怨客户价值损失',
    '=SATISFACTION_INDEX(答卷, [权重], [计分="seed"])：满意度指数',
  ].join('\n'),
};

export const ANALYSIS_DONE: Bilingual = { en: 'Customers analysed', zh: '客户分析完成' };
export const ERROR_TITLE: Bilingual = { en: 'SheetCare', zh: 'SheetCare' };
