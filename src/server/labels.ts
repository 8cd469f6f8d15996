/** The words of the menu and dialogs, in both languages. */
import { Bilingual } from '../core/i18n';

export const MENU = {
  open: { en: 'Open SheetCare', zh: '打开 SheetCare' },
  help: { en: 'Help', zh: '帮助' },
} satisfies Record<string, Bilingual>;

export const SIDEBAR_TITLE: Bilingual = { en: 'SheetCare', zh: 'SheetCare 客户关怀' };

export const HELP: Bilingual = {
  en: [
    'SheetCare knows your customers from your order sheet.',
    '',
    'Formulas (type = in a cell):',
    '=CUSTOMER_VALUE(avg_amount, [purchases_per_year=52], [years=4]): basic value',
    '=SATISFIED_VALUE(basic_value, [referrals=10], [rate=60%]): value a satisfied customer adds',
    '=COMPLAINT_LOSS(basic_value, [referrals=10], [rate=90%]): value a complaining customer costs',
    '',
    'Open SheetCare from this menu to see the order sheet it recognised.',
  ].join('\n'),
  zh: [
    'SheetCare 从订单表了解您的每一位客户。',
    '',
    '公式（在单元格中输入 =）：',
    '=CUSTOMER_VALUE(平均订单金额, [每年购买次数=52], [年数=4])：客户基本价值',
    '=SATISFIED_VALUE(客户基本价值, [转告人数=10], [比例=60%])：满意的客户新增价值',
    '=COMPLAINT_LOSS(客户基本价值, [转告人数=10], [比例=90%])：抱怨客户价值损失',
    '',
    '从本菜单打开 SheetCare，查看识别出的订单表。',
  ].join('\n'),
};
