import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';

const en = new StandIn({ locale: 'en_US', timeZone: 'Asia/Shanghai' });
const f = (name: string, ...args: unknown[]) => en.formula(name, ...args);
const col = (...xs: unknown[]) => xs.map((x) => [x]);
const flat = (v: unknown) => (v as unknown[][]).map((r) => r[0]);
/** A Shanghai wall-clock time as the Date Sheets hands over. */
const sh = (iso: string) => new Date(`${iso}+08:00`);

describe('ABC_CLASS', () => {
  it('puts the top 5% in A and the top 20% in B, by spend', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${i + 1}`);
    const amounts = ids.map((_, i) => 1000 - i * 10);
    expect(flat(f('ABC_CLASS', col(...ids), col(...amounts)))).toEqual([
      'A',
      'B',
      'B',
      'B',
      ...Array(16).fill('C'),
    ]);
  });

  it('sends ties at a boundary up', () => {
    // Five paying customers: a = ⌈0.25⌉ = 1, b = ⌈1⌉ = 1. Two tie for first: both A.
    expect(
      flat(f('ABC_CLASS', col('a', 'b', 'c', 'd', 'e'), col(500, 500, 300, 200, 100))),
    ).toEqual(['A', 'A', 'C', 'C', 'C']);
  });

  it('never lets floating point add one to a share: 100 × 7% is 7', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `c${i}`);
    const out = flat(f('ABC_CLASS', col(...ids), col(...ids.map((_, i) => 1000 - i)), 0.07, 0.2));
    expect(out.filter((t) => t === 'A')).toHaveLength(7);
    expect(out.filter((t) => t === 'B')).toHaveLength(13);
  });

  it('sums purchases and refunds exactly: a customer whose refunds cancel has spend 0 and is C', () => {
    // 0.1 + 0.2 − 0.3 is 5.55e-17 in floating point, which would make "x" a paying customer.
    const out = flat(
      f('ABC_CLASS', col('x', 'x', 'x', 'y'), col(0.1, 0.2, -0.3, 0.01), '50%', '50%'),
    );
    expect(out).toEqual(['C', 'C', 'C', 'A']);
  });

  it('matches customers by trimmed, case-folded text, and numbers by their decimal text', () => {
    // Three customers (200, 151, 10); 34% of 3 rounds up to 2 in A.
    const out = flat(
      f(
        'ABC_CLASS',
        col(17850, '17850', ' Amy ', 'amy', 'z'),
        col(100, 100, 150, 1, 10),
        '34%',
        '34%',
      ),
    );
    expect(out).toEqual(['A', 'A', 'A', 'A', 'C']);
  });

  it('titles a header row, leaves blank rows blank and names unreadable rows', () => {
    const out = flat(
      f(
        'ABC_CLASS',
        col('Customer', 'a', '', '', 'b', 'c'),
        col('Amount', '¥1,299.00', '', 'x', 'abc', 5),
      ),
    );
    expect(out).toEqual(['ABC tier', 'A', '', '#CUSTOMER?', '#AMOUNT? "abc"', 'C']);
  });

  it('refuses impossible shares, saying how to write them', () => {
    expect(() => f('ABC_CLASS', col('a'), col(1), '30%', '20%')).toThrow(/5% and 20%/);
    expect(() => f('ABC_CLASS', col('a'), col(1), 'five')).toThrow(
      /a_share "five" cannot be read.*5% and 20%/,
    );
  });

  it('names both lengths when the columns differ', () => {
    expect(() => f('ABC_CLASS', col('a', 'b'), col(1, 2, 3))).toThrow(
      'customers has 2 rows but amounts has 3',
    );
  });
});

describe('AVG_ORDER', () => {
  it('counts the lines of one order (same customer, same date-time) as one purchase', () => {
    const t1 = sh('2024-01-05T10:00:00');
    const t2 = sh('2024-02-05T10:00:00');
    const out = flat(
      f('AVG_ORDER', col('a', 'a', 'a', 'b'), col(100, 50, 150, -20), col(t1, t1, t2, t1)),
    );
    expect(out).toEqual([150, 150, 150, '']);
  });

  it('without dates counts each positive row as a purchase, refunds still in spend', () => {
    expect(flat(f('AVG_ORDER', col('a', 'a', 'a'), col(100, 200, -60)))).toEqual([120, 120, 120]);
  });

  it('reads text dates of every written form', () => {
    const dates = ['2024-01-05', '2024/1/5', '2024.1.5', '2024年1月5日', '2024-01-05 10:30', 45296];
    const out = flat(
      f('AVG_ORDER', col(...dates.map(() => 'a')), col(...dates.map(() => 10)), col(...dates)),
    );
    // All but the one with a time fall on the same moment: two purchases of 50 and 10.
    expect(out).toEqual(Array(6).fill(30));
  });
});

describe('RFM_SCORE and RFM_SEGMENT', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const days = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01'];

  it('scores R by strictly longer recency, F by strictly fewer purchases, M by strictly lower spend', () => {
    const out = f(
      'RFM_SCORE',
      col(...ids),
      col(...days.map((d) => sh(`${d}T12:00:00`))),
      col(10, 20, 30, 40, 50),
    );
    expect(out).toEqual([
      [1, 1, 1],
      [2, 1, 2],
      [3, 1, 3],
      [4, 1, 4],
      [5, 1, 5],
    ]);
  });

  it('gives a header R F M and ignores rows after as_of', () => {
    const out = f(
      'RFM_SCORE',
      col('Customer', 'a', 'a', 'b'),
      col('Date', '2024-01-01', '2024-06-01', '2024-01-02'),
      col('Amount', 10, 999, 10),
      '2024-03-01',
    ) as unknown[][];
    expect(out[0]).toEqual(['R', 'F', 'M']);
    // As of March, a's June order does not exist: a and b tie on F and M; b is more recent,
    // with one of two customers strictly longer: R = 1 + ⌊5 × 1 ÷ 2⌋ = 3.
    expect(out.slice(1)).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [3, 1, 1],
    ]);
  });

  it('names rf10 segments in either language', () => {
    const dates = col(...days.map((d) => `${d} 12:00`));
    expect(flat(f('RFM_SEGMENT', col(...ids), dates, col(10, 20, 30, 40, 50)))).toEqual([
      'Hibernating',
      'Hibernating',
      'About to Sleep',
      'Promising',
      'Recent Newcomers',
    ]);
    expect(
      flat(f('RFM_SEGMENT', col(...ids), dates, col(10, 20, 30, 40, 50), '', 'rf10', 'zh'))[4],
    ).toBe('新近客户');
  });

  it('classes cn8 against the mean of recency, purchases and spend', () => {
    // Mean recency 60, mean purchases 4/3, mean spend 100.
    const out = flat(
      f(
        'RFM_SEGMENT',
        col('a', 'a', 'b', 'c'),
        col('2024-03-01', '2024-03-02', '2024-03-02', '2024-01-02'),
        col(150, 50, 30, 70),
        '',
        'cn8',
        'zh',
      ),
    );
    expect(out).toEqual(['重要价值客户', '重要价值客户', '一般发展客户', '一般挽留客户']);
  });

  it('refuses an unknown model', () => {
    expect(() => f('RFM_SEGMENT', col('a'), col('2024-01-01'), col(1), '', 'rf11')).toThrow(
      'model must be "rf10" or "cn8"',
    );
  });
});

describe('CUSTOMER_STATUS', () => {
  it('tells new, returning and lost customers, as of the latest purchase by default', () => {
    const out = flat(
      f(
        'CUSTOMER_STATUS',
        col('a', 'a', 'b', 'c'),
        col('2024-06-01', '2024-06-20', '2024-06-30', '2023-12-01'),
      ),
    );
    expect(out).toEqual(['Returning', 'Returning', 'New', 'Lost']);
  });

  it('takes as_of, lost_after_days and a language', () => {
    const out = flat(
      f('CUSTOMER_STATUS', col('a', 'b'), col('2024-06-01', '2024-06-30'), '2024-07-10', 30, 'zh'),
    );
    expect(out).toEqual(['流失客户', '新客户']);
  });

  it('counts calendar days in the spreadsheet time zone', () => {
    // 2024-01-04T16:30Z is already 5 January in Shanghai but still 4 January in UTC.
    const at = new Date('2024-01-04T16:30:00Z');
    const args = [col('a', 'b'), col(at, new Date('2024-01-05T08:00:00Z')), '', 0] as const;
    expect(
      flat(
        new StandIn({ locale: 'en_US', timeZone: 'Asia/Shanghai' }).formula(
          'CUSTOMER_STATUS',
          ...args,
        ),
      ),
    ).toEqual(['New', 'New']);
    expect(
      flat(new StandIn({ locale: 'en_US', timeZone: 'UTC' }).formula('CUSTOMER_STATUS', ...args)),
    ).toEqual(['Lost', 'New']);
  });
});

describe('NEXT_PURCHASE', () => {
  it('adds the mean gap between purchase days, halves rounded up, as a Date in the sheet zone', () => {
    const out = flat(
      f(
        'NEXT_PURCHASE',
        col('a', 'a', 'a', 'b'),
        col('2024-01-01', '2024-01-11 09:00', '2024-01-26', '2024-01-01'),
      ),
    );
    expect((out[0] as Date).toISOString()).toBe('2024-02-07T16:00:00.000Z'); // 8 February in Shanghai
    expect(out[3]).toBe('');
  });

  it('counts distinct days: two orders on one day are one day', () => {
    const out = flat(
      f(
        'NEXT_PURCHASE',
        col('a', 'a', 'a'),
        col('2024-01-01 09:00', '2024-01-01 18:00', '2024-01-03'),
      ),
    );
    expect((out[0] as Date).toISOString()).toBe('2024-01-04T16:00:00.000Z');
  });
});

describe('SATISFACTION_INDEX', () => {
  const row = (x: unknown) => Array(7).fill(x);

  it('gives 100 for all 5s and 80 for all 4s', () => {
    expect(f('SATISFACTION_INDEX', [row(5), row(5)])).toBe(100);
    expect(f('SATISFACTION_INDEX', [row(4)])).toBe(80);
    expect(f('SATISFACTION_INDEX', [row('满意'), row('satisfied')])).toBe(80);
  });

  it('weights the indicators 20/20/20/10/10/15/5%', () => {
    // A = 5, everything else 1: 20% × 100 + 80% × 20 = 36.
    expect(f('SATISFACTION_INDEX', [[5, 1, 1, 1, 1, 1, 1]])).toBe(36);
    expect(f('SATISFACTION_INDEX', [[5, 1, 1, 1, 1, 1, 1]], [[1, 0, 0, 0, 0, 0, 0]])).toBe(100);
    expect(f('SATISFACTION_INDEX', [[5, 1, 1, 1, 1, 1, 1]], '', 'zero')).toBe(20);
  });

  it('skips a header row and blanks, and names a bad cell by row and column', () => {
    const header = ['品牌', '质量', '价格', '售后', '退货', '投诉', '沟通'];
    expect(f('SATISFACTION_INDEX', [header, row(5), ['', 4, 4, 4, 4, 4, 4]])).toBe(92);
    expect(() => f('SATISFACTION_INDEX', [header, row(5), [5, 5, 'meh', 5, 5, 5, 5]])).toThrow(
      'Row 3, column C: "meh"',
    );
  });

  it('refuses weights that do not sum to 100% and indicators nobody answered', () => {
    expect(() => f('SATISFACTION_INDEX', [row(5)], [[0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.05]])).toThrow(
      'sum to 100%',
    );
    expect(() => f('SATISFACTION_INDEX', [[5, 5, 5, 5, 5, 5, '']])).toThrow('Indicator G');
    expect(() => f('SATISFACTION_INDEX', [[5, 5, 5]])).toThrow('exactly 7 columns');
  });
});

describe('formula errors', () => {
  it('speak the spreadsheet’s language', () => {
    const zh = new StandIn({ locale: 'zh_CN' });
    expect(() => zh.formula('ABC_CLASS', col('a', 'b'), col(1, 2, 3))).toThrow(
      'customers 有 2 行，而 amounts 有 3 行',
    );
    expect(() => zh.formula('SATISFIED_VALUE', 62400, 10, 1.5)).toThrow(
      'rate 必须在 0% 到 100% 之间',
    );
    expect(() => zh.formula('SATISFACTION_INDEX', [[5, 5, 'meh', 5, 5, 5, 5]])).toThrow(
      '第 1 行 C 列："meh" 不是有效答案',
    );
    expect(() => en.formula('SATISFACTION_INDEX', [[5, 5, 'meh', 5, 5, 5, 5]])).toThrow(
      'Row 1, column C: "meh" is not an answer',
    );
  });
});

describe('formulas never put a number that is not finite on the sheet', () => {
  it('names an amount no order line reaches instead of summing it', () => {
    expect(flat(f('AVG_ORDER', col('a', 'a', 'b'), col(100, 1e308, 50)))).toEqual([
      100,
      '#AMOUNT? "1e+308"',
      50,
    ]);
    // A first row of text that is no amount is a header, so the data starts with a number.
    expect(flat(f('ABC_CLASS', col('a', 'b', 'c'), col(10, '--5', '(-50)')))).toEqual([
      'A',
      '#AMOUNT? "--5"',
      '#AMOUNT? "(-50)"',
    ]);
  });

  it('answers a value past what a number holds with an error, not Infinity', () => {
    expect(f('CUSTOMER_VALUE', 1e306)).toBe('#NUM? "Infinity"');
  });
});
