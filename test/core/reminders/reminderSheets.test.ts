import { describe, expect, it } from 'vitest';
import { composeMail } from '../../../src/core/reminders/mails';
import {
  exampleRows,
  isExampleRow,
  parseActivities,
  parseCoupons,
} from '../../../src/core/reminders/reminderSheets';
import { historyRows, summariseHistory } from '../../../src/core/reminders/sendHistory';
import { parseTemplate, Template } from '../../../src/core/reminders/templates';
import { parseRules } from '../../../src/core/reminders/rules';
import type { LogEntry } from '../../../src/core/reminders/sendLog';
import { zone } from '../../../src/core/ground/zone';
import { words } from '../../../src/words';

const shanghai = () => zone('Asia/Shanghai');
/** A Shanghai wall-clock day as the Date Sheets hands over. */
const sh = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe('the Activities and Coupons sheets', () => {
  it('reads activities, an end left blank being the start, and names the cell of each bad row', () => {
    const { activities, problems } = parseActivities(
      [
        ['双十二', sh('2026-12-10'), sh('2026-12-12'), '满199减30', 'https://x.example/', true],
        ['', '', '', '', '', ''],
        ['清仓', '2026-12-20', '', '', '', ''],
        ['', sh('2026-12-10'), '', '', '', ''],
        ['倒着', sh('2026-12-10'), sh('2026-12-01'), '', '', ''],
        ['没日期', 'soon', '', '', '', ''],
      ],
      2,
      shanghai(),
      '店铺活动 Activities',
    );
    expect(
      activities.map((a) => [
        a.name,
        a.start - day('2026-12-10'),
        a.end - day('2026-12-10'),
        a.lastDay,
        a.row,
      ]),
    ).toEqual([
      ['双十二', 0, 2, true, 2],
      ['清仓', 10, 10, false, 4],
    ]);
    expect(problems.map((p) => p.message(words('zh')))).toEqual([
      '“店铺活动 Activities”单元格 A5：活动需要名称、开始日期，结束日期不能早于开始日期。',
      '“店铺活动 Activities”单元格 C6：活动需要名称、开始日期，结束日期不能早于开始日期。',
      '“店铺活动 Activities”单元格 B7：活动需要名称、开始日期，结束日期不能早于开始日期。',
    ]);
  });

  it('reads coupons, and names the cell a coupon lacks', () => {
    const { coupons, problems } = parseCoupons(
      [
        ['C10001', 'LD001', '10 元', sh('2026-12-24')],
        ['C10002', '', '5 元', sh('2026-12-24')],
        ['C10003', 'FS002', '5 元', ''],
      ],
      2,
      shanghai(),
      'Coupons',
    );
    expect(coupons).toEqual([
      { customer: 'C10001', code: 'LD001', value: '10 元', expiry: day('2026-12-24'), row: 2 },
    ]);
    expect(problems.map((p) => p.message(words('en')))).toEqual([
      '"Coupons" cell B3: a coupon needs a customer, a code and an expiry date.',
      '"Coupons" cell D4: a coupon needs a customer, a code and an expiry date.',
    ]);
  });
});

const entry: LogEntry = {
  time: Date.UTC(2026, 10, 24, 2),
  customer: 'C1',
  email: 'c1@example.com',
  rule: 'follow-up',
  key: 'c1|follow-up|2026-11-17',
  status: 'skipped',
  attempts: 0,
  note: '',
  details: {
    customer: 'c1',
    kind: 'followUp',
    priority: 1,
    tier: 'A',
    sendDay: day('2026-11-24'),
    until: day('2026-12-01'),
    name: '=HYPERLINK("x")',
    phone: '',
    values: { product: '湿巾' },
    reason: 'unsubscribed',
  },
};

describe('the Send log', () => {
  const names = { 'follow-up': '购后一周回访' } as Record<string, string>;
  const h = (lang: 'zh' | 'en') => ({
    lang,
    ruleName: (id: string) => names[id] ?? id,
    date: (t: number) => t,
  });
  const sent: LogEntry = {
    ...entry,
    status: 'sent',
    details: { ...entry.details, reason: undefined },
  };

  it('writes what reached a customer as a row in the sheet’s language, a name staying as typed', () => {
    expect(historyRows([sent], [], h('zh'))).toEqual([
      [
        entry.time,
        'C1',
        '=HYPERLINK("x")',
        'c1@example.com',
        '购后一周回访',
        '已发送',
        '',
        entry.key,
      ],
    ]);
    expect(
      historyRows(
        [{ ...sent, status: 'failed', note: 'Service unavailable' }],
        [],
        h('en'),
      )[0].slice(5),
    ).toEqual(['failed', 'Service unavailable', entry.key]);
  });

  it('counts the skipped per day, rule and reason instead of a row each, and leaves out what is only planned', () => {
    const rows = historyRows(
      [
        entry,
        { ...entry, key: 'c2|follow-up|2026-11-17', customer: 'C2' },
        { ...sent, status: 'planned' },
        { ...sent, status: 'sending' },
      ],
      [
        {
          day: entry.details.sendDay,
          rule: 'follow-up',
          reason: 'unsubscribed',
          count: 3,
          time: entry.time,
        },
      ],
      h('zh'),
    );
    expect(rows).toEqual([
      [entry.time, '', '', '', '购后一周回访', '已跳过', '已退订（共 5 条）', ''],
    ]);
    // Another reason, or a rehearsal, is a line of its own; a rehearsed contact is a row each.
    const more = historyRows(
      [
        { ...entry, status: 'dryRun' },
        { ...entry, status: 'dryRun', details: { ...entry.details, reason: 'noEmail' } },
      ],
      [
        {
          day: entry.details.sendDay,
          rule: 'follow-up',
          reason: 'unsubscribed',
          count: 3,
          time: entry.time,
        },
        {
          day: entry.details.sendDay,
          rule: 'follow-up',
          reason: 'cap',
          count: 2,
          time: entry.time,
        },
      ],
      h('zh'),
    );
    expect(more.map((r) => [r[1], r[5], r[6]])).toEqual([
      ['C1', '演练', '没有邮箱'],
      ['', '已跳过', '已退订（共 3 条）'],
      ['', '已跳过', '今天已发过一封营销邮件（共 2 条）'],
      ['', '演练', '已退订（共 1 条）'],
    ]);
    // A contact for the team is history of its own: it is not "skipped".
    const listed = {
      ...entry,
      status: 'listed' as const,
      details: { ...entry.details, reason: 'noEmail' as const },
    };
    expect(historyRows([listed], [], h('en'))[0].slice(5)).toEqual([
      'on the contact list',
      'no email',
      entry.key,
    ]);
    // A resend the user asked for shows as planned.
    expect(
      historyRows(
        [{ ...sent, status: 'planned', details: { ...sent.details, byHand: true } }],
        [],
        h('en'),
      ),
    ).toHaveLength(1);
  });

  it('puts the rows oldest first', () => {
    const rows = historyRows(
      [
        { ...sent, time: 5 },
        { ...sent, time: 1, key: 'k1' },
      ],
      [],
      h('en'),
    );
    expect(rows.map((r) => r[0])).toEqual([1, 5]);
  });
});

describe('a reminder as the customer reads it', () => {
  const rule = (body: string) =>
    parseRules(
      [[true, 'r', 'followUp', 'r', '', 7, '', 1, '{{name}}\n您好', body, 'Hi {{name}}', body]],
      2,
    ).rules[0];

  it('adds the unsubscribe line where the template does not place the link, and the tier and shop', () => {
    const mail = composeMail(rule('{{name}}（{{tier}}）在{{shop}}买了{{product}}'), entry.details, {
      lang: 'zh',
      shop: '宝贝屋',
      unsubscribe: 'https://forms.example/x?e=1&r=2',
    });
    expect(mail.subject).toBe('=HYPERLINK("x") 您好');
    expect(mail.text).toBe(
      '=HYPERLINK("x")（A）在宝贝屋买了湿巾\n\n不想再收到宝贝屋的邮件？点此退订：https://forms.example/x?e=1&r=2',
    );
    expect(mail.html).toContain('<a href="https://forms.example/x?e=1&amp;r=2" style=');
    const placed = composeMail(rule('停止：{{unsubscribe}}'), entry.details, {
      lang: 'zh',
      shop: '宝贝屋',
      unsubscribe: 'https://forms.example/x',
    });
    expect(placed.text).toBe('停止：https://forms.example/x');
  });

  it('adds the line when the template’s own link sat in a part the mail left out', () => {
    // The rules sheet refuses such a template; a mail made from one all the same keeps a way out.
    const hidden = {
      ...rule('x'),
      templates: {
        zh: {
          subject: rule('x').templates.zh.subject,
          body: parseTemplate('您好{{#activity}}：{{unsubscribe}}{{/activity}}') as Template,
        },
        en: rule('x').templates.en,
      },
    };
    const mail = composeMail(hidden, entry.details, {
      lang: 'zh',
      shop: '宝贝屋',
      unsubscribe: 'https://forms.example/x',
    });
    expect(mail.text).toBe('您好\n\n不想再收到宝贝屋的邮件？点此退订：https://forms.example/x');
  });

  it('calls a customer with no name by a word, and a message to copy carries no link', () => {
    const mail = composeMail(
      rule('{{name}}'),
      { ...entry.details, name: '  ' },
      {
        lang: 'en',
        shop: 'Shop',
        unsubscribe: '',
      },
    );
    expect(mail.text).toBe('customer');
  });
});

describe('the Send log over the years', () => {
  const d = (iso: string) => new Date(`${iso}T02:00:00Z`);
  const s = {
    lang: 'zh' as const,
    before: Date.parse('2026-01-01T00:00:00Z'),
    monthOf: (t: number) => new Date(t).toISOString().slice(0, 7),
    monthStart: (m: string) => `${m}-01`,
  };
  const row = (iso: string, rule: string, status: string, key: string, ...team: unknown[]) => [
    d(iso),
    'C1',
    '王芳',
    'a@example.com',
    rule,
    status,
    '',
    key,
    ...team,
  ];

  it('turns rows older than the cutoff into one row per month, rule and status, with the count', () => {
    const rows = [
      row('2025-11-03', '购后回访', '已发送', 'a|f|1'),
      row('2026-02-01', '购后回访', '已发送', 'a|f|3'),
      row('2025-11-20', '购后回访', '已发送', 'b|f|1'),
      row('2025-12-24', '圣诞', '已发送', 'a|x|1'),
      row('2025-11-21', '购后回访', '失败', 'c|f|1'),
    ];
    expect(summariseHistory(rows, s)).toEqual([
      ['2025-11-01', '', '（当月合计：条数见说明）', '', '购后回访', '已发送', 2, '#2025-11'],
      ['2025-11-01', '', '（当月合计：条数见说明）', '', '购后回访', '失败', 1, '#2025-11'],
      ['2025-12-01', '', '（当月合计：条数见说明）', '', '圣诞', '已发送', 1, '#2025-12'],
      rows[1],
    ]);
  });

  it('keeps what the team wrote beside a row, the day tallies, earlier totals and rows that are not dated', () => {
    const noted = row('2025-11-03', '购后回访', '已发送', 'a|f|1', '', '客户已回电');
    const tallyRow = [d('2025-11-03'), '', '', '', '购后回访', '已跳过', '已退订（共 12 条）', ''];
    const total = [d('2025-10-01'), '', '（当月合计）', '', '购后回访', '已发送', 40, '#2025-10'];
    const typed = ['上个月的', '', '', '', '', '', '', 'x'];
    const old = row('2025-11-04', '购后回访', '已发送', 'b|f|1');
    const out = summariseHistory([noted, tallyRow, total, typed, old], s)!;
    // Every row as wide as the widest, the team's column kept.
    expect(out.map((r) => r.length)).toEqual([10, 10, 10, 10, 10]);
    expect(out.slice(1)).toEqual([
      noted,
      [...tallyRow, '', ''],
      [...total, '', ''],
      [...typed, '', ''],
    ]);
    expect(out[0][6]).toBe(1);
    // Nothing old: nothing to do.
    expect(summariseHistory([noted, tallyRow, total], s)).toBeUndefined();
  });

  it('reads rows as Sheets hands them, as wide as the sheet with blanks, and keeps the cutoff itself', () => {
    const at = (iso: string, key: string) => [...row(iso, '购后回访', '已发送', key), '', null];
    const cut = [new Date(s.before), ...at('2025-01-01', 'k|0').slice(1)];
    const out = summariseHistory([at('2025-12-02', 'k|1'), cut, at('2025-11-02', 'k|2')], s)!;
    expect(out.map((r) => [r[6], r[7]])).toEqual([
      [1, '#2025-11'],
      [1, '#2025-12'],
      ['', 'k|0'],
    ]);
  });
});

describe('the example rows a new Activities and Coupons sheet starts with', () => {
  const today = Math.floor(Date.parse('2026-11-24T00:00:00Z') / 86_400_000);
  const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

  it('are never read as an activity or a coupon, in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const w = words(lang);
      const activities = exampleRows('activities', w, today, day);
      const coupons = exampleRows('coupons', w, today, day);
      expect(parseActivities(activities, 2, shanghai(), 'A')).toEqual({
        activities: [],
        problems: [],
      });
      expect(parseCoupons(coupons, 2, shanghai(), 'C')).toEqual({ coupons: [], problems: [] });
      // Without the mark the same rows are a good activity and coupon: the mark alone stops them.
      const unmark = (rows: unknown[][]) =>
        rows.map(([first, ...rest]) => [
          String(first).replace(/^(示例|Example)[:：]\s*/, ''),
          ...rest,
        ]);
      expect(parseActivities(unmark(activities), 2, shanghai(), 'A').activities).toHaveLength(1);
      expect(parseCoupons(unmark(coupons), 2, shanghai(), 'C').coupons).toHaveLength(1);
    }
  });

  it('mark only a first cell that starts with the mark: a real activity may mention an example', () => {
    expect(isExampleRow(['示例：店庆周'])).toBe(true);
    expect(isExampleRow([' example: Sale'])).toBe(true);
    expect(isExampleRow(['店庆周（示例：满减）'])).toBe(false);
    expect(isExampleRow(['Examples of kindness week'])).toBe(false);
  });
});
