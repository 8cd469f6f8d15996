import { describe, expect, it } from 'vitest';
import {
  defaultRuleRows,
  inAudience,
  parseRules,
  ruleColumns,
  rulesLayout,
  readAudience,
  readKind,
  readOccasion,
  readOn,
  readWhen,
} from '../../../src/core/reminders/rules';
import { renderText } from '../../../src/core/reminders/templates';
import { words } from '../../../src/words';

/** A valid follow-up row; each test spoils one cell. */
const row = (over: Record<number, unknown> = {}): unknown[] => {
  const r: unknown[] = [
    true,
    'follow-up',
    '购后回访',
    '一周回访',
    '',
    '7天后',
    '全部',
    1,
    '{{name}}您好',
    '您买的{{product}}还好吗？',
    'Hello {{name}}',
    'How is your {{product}}?',
  ];
  for (const [i, v] of Object.entries(over)) r[Number(i)] = v;
  return r;
};
const errorOf = (r: unknown[], lang: 'zh' | 'en' = 'zh') => {
  const { errors } = parseRules([r], 2);
  return errors.map((e) => e.message(words(lang)));
};

describe('the rules sheet’s template columns', () => {
  const headers = (lang: 'zh' | 'en', order: readonly string[]) =>
    order.map((c) => (words(lang).reminders.ruleHeaders as Record<string, string>)[c]);

  it('lead with the shop’s language, and are read by their headers in either order', () => {
    // Column I, the first template column, holds the shop's own subject.
    for (const lang of ['zh', 'en'] as const) {
      const [first] = defaultRuleRows(lang);
      const own = words(lang).reminders.defaults.find((d) => d.id === first[1])!;
      expect(first[8]).toBe(own.subject);
    }
    expect(headers('en', ruleColumns('en')).slice(8)).toEqual([
      'Subject (English)',
      'Body (English)',
      'Subject (Chinese)',
      'Body (Chinese)',
    ]);
    for (const lang of ['zh', 'en'] as const) {
      for (const made of ['zh', 'en'] as const) {
        // A sheet made in either order, headed in either language, reads back the same mails.
        const layout = rulesLayout(headers(lang, ruleColumns(made)));
        expect(layout).toEqual(ruleColumns(made));
        const { rules } = parseRules(defaultRuleRows(made), 2, layout);
        const christmas = rules.find((r) => r.id === 'christmas' || r.id === 'double-11')!;
        const en = renderText(christmas.templates.en.subject, { shop: 'Little Steps' });
        const zh = renderText(christmas.templates.zh.subject, { shop: '暖暖母婴' });
        expect(en).toMatch(/^[\x20-\x7e’]+$/);
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    // Rows before a header was written, or with none, are read in the order sheets were made.
    expect(rulesLayout([])).toEqual(ruleColumns('zh'));
  });
});

describe('reminder rules', () => {
  it('starts with good rules in either language, every one off, greetings by the shop’s market', () => {
    const SERVICE = [
      ['activity', 'activity', -2, false],
      ['follow-up', 'followUp', 7, false],
      ['replenish', 'replenish', -3, false],
      ['coupon', 'coupon', -3, false],
      ['birthday', 'birthday', 0, false],
      ['win-back', 'winBack', 0, false],
      ['questionnaire', 'survey', 0, false],
    ];
    const greetings = {
      // A Chinese shop: its festivals and its shopping days.
      zh: [
        ['spring-festival', 'springFestival'],
        ['mid-autumn', 'midAutumn'],
        ['618', 'midYearSale'],
        ['double-11', 'singlesDay'],
      ],
      // An English-speaking shop: New Year, Valentine's, Mother's Day, Black Friday, Christmas.
      en: [
        ['new-year', 'newYear'],
        ['valentines', 'valentines'],
        ['mothers-day', 'mothersDay'],
        ['black-friday', 'blackFriday'],
        ['christmas', 'christmas'],
      ],
    };
    for (const lang of ['zh', 'en'] as const) {
      const { rules, errors } = parseRules(defaultRuleRows(lang), 2, ruleColumns(lang));
      expect(errors.map((e) => e.message(words(lang)))).toEqual([]);
      const g = greetings[lang];
      expect(rules.map((r) => [r.id, r.kind, r.days, r.on])).toEqual([
        ...g.map(([id]) => [id, 'holiday', 0, false]),
        ...SERVICE,
      ]);
      expect(rules.slice(0, g.length).map((r) => r.occasion)).toEqual(g.map(([, f]) => f));
      const byId = new Map(rules.map((r) => [r.id, r]));
      expect(byId.get('questionnaire')!.occasion).toEqual({ month: 12, day: 1 });
      expect([...byId.get('win-back')!.audience]).toEqual(['A', 'B']);
    }
  });

  it('reads a row into a rule, the sheet row kept', () => {
    const { rules } = parseRules([[], row()], 2);
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      on: true,
      id: 'follow-up',
      kind: 'followUp',
      days: 7,
      priority: 1,
      row: 3,
    });
    expect(rules[0].audience.size).toBe(0);
  });

  it('names the cell of each mistake, and what would do', () => {
    expect(errorOf(row({ 0: 'maybe' }))).toEqual(['单元格 A2：“启用”请勾选或填写 是/否。']);
    expect(errorOf(row({ 1: '' }))[0]).toMatch(/^单元格 B2：/);
    expect(errorOf(row({ 2: 'sms' }), 'en')).toEqual([
      'Cell C2: "sms" is not a kind. The kinds are: Holiday greeting, Store activity, Follow-up, Replenishment, Coupon expiry, Birthday, Win-back, Satisfaction survey.',
    ]);
    expect(errorOf(row({ 2: '节日祝福', 4: '腊八' }))[0]).toMatch(/^单元格 E2：不认识节日“腊八”/);
    expect(errorOf(row({ 5: 'soon' }))[0]).toMatch(/^单元格 F2：看不懂时间“soon”/);
    expect(errorOf(row({ 6: 'VIP' }))[0]).toMatch(/^单元格 G2：不认识对象“VIP”/);
    expect(errorOf(row({ 7: 0 }))[0]).toBe(
      '单元格 H2：优先级“0”应是 1 到 9 的整数（1 最先发送）。',
    );
    expect(errorOf(row({ 9: '' }))).toEqual(['单元格 J2：主题和正文不能为空。']);
    expect(errorOf(row({ 11: 'Your {{coupon}}' }), 'en')).toEqual([
      'Cell L2: a Follow-up rule has nothing to put in {{coupon}}. It can use: {{name}}, {{shop}}, {{tier}}, {{unsubscribe}}, {{product}}, {{date}}, {{activity}}, {{start}}, {{end}}, {{description}}, {{link}}, {{survey}}.',
    ]);
    expect(errorOf(row({ 8: '{{nmae}}' }))[0]).toMatch(/^单元格 I2：没有占位符 \{\{nmae\}\}/);
    expect(errorOf(row({ 10: '{{#link}}x' }))).toEqual([
      '单元格 K2：{{#link}} 需要以 {{/link}} 结束。',
    ]);
  });

  it('refuses a template whose unsubscribe link a left-out section would take with it', () => {
    expect(
      errorOf(row({ 9: '您好{{#activity}}，{{activity}}。退订：{{unsubscribe}}{{/activity}}' })),
    ).toEqual([
      '单元格 J2：{{unsubscribe}} 在 {{#activity}}…{{/activity}} 之内，没有这一段的邮件就没有退订链接。请把它放在这一段之外。',
    ]);
    expect(
      errorOf(
        row({ 11: 'Hi{{#link}} {{#activity}}{{unsubscribe}}{{/activity}}{{/link}}' }),
        'en',
      )[0],
    ).toMatch(/^Cell L2: \{\{unsubscribe\}\} is inside \{\{#link\}\}/);
    // Once outside the section, or in a section of its own, it always shows: no error.
    expect(
      errorOf(row({ 9: '{{#activity}}{{unsubscribe}}{{/activity}} {{unsubscribe}}' })),
    ).toEqual([]);
    expect(errorOf(row({ 9: '{{#unsubscribe}}退订：{{unsubscribe}}{{/unsubscribe}}' }))).toEqual(
      [],
    );
  });

  it('refuses two rules with one ID, naming the first', () => {
    const { rules, errors } = parseRules([row(), row({ 1: 'FOLLOW-UP' })], 2);
    expect(rules).toHaveLength(1);
    expect(errors.map((e) => e.message(words('en')))).toEqual([
      'Cell B3: the ID "FOLLOW-UP" is already used in row 2.',
    ]);
  });

  it('reads the switch, the kind, the time and the occasion as people write them', () => {
    expect([true, 'TRUE', '是', 'on', '', false, '否'].map(readOn)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(
      ['节日祝福', 'Holiday greeting', 'holiday', 'winBack', 'Win-back', '?'].map(readKind),
    ).toEqual(['holiday', 'holiday', 'holiday', 'winBack', 'winBack', undefined]);
    expect(
      [
        '当天',
        '',
        'on the day',
        '提前3天',
        '3天前',
        '7天后',
        '后7天',
        '3 days before',
        '1 day after',
        -2,
        '+5',
        2.5,
        400,
        'soon',
      ].map(readWhen),
    ).toEqual([0, 0, 0, -3, -3, 7, 7, -3, 1, -2, 5, undefined, undefined, undefined]);
    expect(
      [
        '春节',
        'Mid-Autumn Festival',
        '双十一',
        '05-20',
        '2月29日',
        '12/25',
        '02-30',
        '13-01',
        '',
      ].map(readOccasion),
    ).toEqual([
      'springFestival',
      'midAutumn',
      'singlesDay',
      { month: 5, day: 20 },
      { month: 2, day: 29 },
      { month: 12, day: 25 },
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads an audience in either language, and matches a customer by any of its keys', () => {
    const a = readAudience('A，流失客户、Returning');
    expect(a).toEqual(new Set(['A', 'lost', 'returning']));
    expect(readAudience('全部')).toEqual(new Set());
    expect(readAudience('All')).toEqual(new Set());
    expect(readAudience('A, VIP')).toEqual({ unknown: 'VIP' });
    const c = { tier: 'C', status: 'lost', segment: undefined, cn8: undefined } as const;
    expect(inAudience(a as Set<never>, c)).toBe(true);
    expect(inAudience(new Set(['A', 'B']) as Set<never>, c)).toBe(false);
    expect(inAudience(new Set() as Set<never>, c)).toBe(true);
  });
});
