/** The words of the custom formulas, in Chinese. */
import type { FormulaWords } from './catalogue';

export const formulasZh: FormulaWords = {
  hints: {
    date: '请填写日期，例如 2024-12-31。',
    shares: '请写成百分比，例如 5% 和 20%。',
    model: '请使用 "rf10"（十类）或 "cn8"（八类）。',
    days: '请填写天数，例如 180。',
    lostAfter: '请填写天数，例如 180；或填写概率，例如 30%，由价值模型判断。',
    scale: '请使用 "seed" 或 "zero"。',
  },

  errors: {
    tooFewRepeatBuyers: (r, n) =>
      `回购的客户太少，无法建立价值模型：只有 ${r} 位客户在另一天再次购买，至少需要 ${n} 位。请提供更长的订单历史。`,
    noSpendModel: (n) => `回购金额为正的客户太少（至少需要 ${n} 位），无法估计每次购买的金额。`,
    positive: (name) => `${name} 必须大于 0`,
    oneColumn: (name, width) => `${name} 只能是一列，这里有 ${width} 列。`,
    sameRows: (a, aRows, b, bRows) =>
      `${a} 有 ${aRows} 行，而 ${b} 有 ${bRows} 行：请选择相同行的区域，例如 A2:A1000 和 C2:C1000。`,
    singleValue: (name, hint) => `${name} 只能是一个值。${hint}`,
    unreadableSetting: (name, value, hint) => `无法识别 ${name} "${value}"。${hint}`,
    rowValue: (why, row, column, value) => `${why}；${column} 第 ${row} 行是 ${value}。`,
    rateRange: (name) => `${name} 必须在 0% 到 100% 之间（写作 60% 或 0.6）`,
    notNegative: (name) => `${name} 不能为负数`,
    badModel: (value) => `model 只能是 "rf10" 或 "cn8"，不能是 "${value}"。`,
    badScale: (value) => `scale 只能是 "seed" 或 "zero"，不能是 "${value}"。`,
  },
};
