import { describe, expect, it } from 'vitest';
import { fail, langFromLocale, LocalizedError, readLang } from '../../../src/core/ground/i18n';
import { normaliseHeader } from '../../../src/core/ground/headerText';

describe('languages', () => {
  it('takes Chinese from a zh locale, English from any other', () => {
    expect(['zh_CN', 'zh-TW', 'en_US', 'de', undefined].map(langFromLocale)).toEqual([
      'zh',
      'zh',
      'en',
      'en',
      'en',
    ]);
  });

  it('reads a formula’s lang argument, or refuses it naming the value', () => {
    expect(['EN', ' english ', '中文', 'cn', '', undefined].map((v) => readLang(v, 'en'))).toEqual([
      'en',
      'en',
      'zh',
      'zh',
      'en',
      'en',
    ]);
    expect(() => readLang('fr', 'en')).toThrow('lang must be "en" or "zh", not "fr".');
  });

  it('raises errors that each side says in its own language', () => {
    try {
      fail((w) => w.errors.noSheet('订单'));
    } catch (e) {
      expect(e).toBeInstanceOf(LocalizedError);
      expect((e as LocalizedError).in('en')).toBe('There is no sheet named "订单".');
      expect((e as LocalizedError).in('zh')).toBe('没有名为“订单”的工作表。');
      expect((e as Error).message).toBe('There is no sheet named "订单".');
    }
  });
});

describe('normaliseHeader', () => {
  it('ignores case, spaces and punctuation, in both alphabets', () => {
    expect(
      [
        'Customer ID',
        'customer_id',
        ' 客户 ID ',
        'E-mail',
        '用户实付金额(元)',
        '实付金额（元）',
      ].map(normaliseHeader),
    ).toEqual(['customerid', 'customerid', '客户id', 'email', '用户实付金额元', '实付金额元']);
  });
});
