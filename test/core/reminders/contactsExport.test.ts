/**
 * Today's contacts as a file: the rows the team has not ticked, listed today, in whatever order
 * they left them; cells a spreadsheet would run as formulas kept as text; and a CSV that a
 * standard reader (csv-parse) reads back cell for cell.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contactsCsv, guardCell, todaysContacts } from '../../../src/core/reminders/contactsExport';
import { zone } from '../../../src/core/ground/zone';

const shanghai = zone('Asia/Shanghai');
// 28 November 2026 in Shanghai, as the sheet's day number.
const TODAY = Math.floor(Date.parse('2026-11-28T00:00:00Z') / 86_400_000);
// The Contact list's columns: date, customer, name, tier, reach, reason, message, done, key.
const row = (at: string, customer: string, reach: unknown, message: string, done: unknown) => [
  new Date(at),
  customer,
  '',
  'C',
  reach,
  '购后回访',
  message,
  done,
  `k-${customer}`,
];

describe("today's contacts", () => {
  const rows = [
    row('2026-11-28T02:05:00Z', 'tb_chenjing', '13600136004', '陈静，您好！\n…', false),
    // Listed yesterday evening in Shanghai (UTC 27th 15:00 = 23:00 local): not today's.
    row('2026-11-27T15:00:00Z', 'old', '13500000000', 'x', false),
    // Just after midnight in Shanghai is today, though UTC says the 27th.
    row('2026-11-27T16:30:00Z', '小李妈妈', '13900139002', '李娜，您好！', ''),
    row('2026-11-28T02:05:00Z', 'done', '13700137003', 'y', true),
    ['', '', '', '', '', '', '', '', ''],
    row('2026-11-28T02:05:00Z', 'ticked-by-word', '1', 'z', '是'),
  ];

  it('are the rows listed today and not ticked done, in the order the team left them', () => {
    expect(todaysContacts(rows, TODAY, shanghai)).toEqual([
      { buyer: 'tb_chenjing', phone: '13600136004', message: '陈静，您好！\n…' },
      { buyer: '小李妈妈', phone: '13900139002', message: '李娜，您好！' },
    ]);
    expect(todaysContacts([...rows].reverse(), TODAY, shanghai).map((c) => c.buyer)).toEqual([
      '小李妈妈',
      'tb_chenjing',
    ]);
  });

  it('keep a phone typed as a number whole', () => {
    const [c] = todaysContacts(
      [row('2026-11-28T02:00:00Z', 'a', 13600136004, 'm', false)],
      TODAY,
      shanghai,
    );
    expect(c.phone).toBe('13600136004');
  });
});

describe('the CSV', () => {
  it('reads back as written: commas, quotes, line breaks and Chinese intact', () => {
    const contacts = [
      {
        buyer: 'tb_chenjing',
        phone: '13600136004',
        message: '陈静，您好！\n您在2026年11月21日购买了"米粉", 好吗',
      },
      { buyer: ' spaced ', phone: '+86 136 0013 6004', message: 'a,b' },
    ];
    const text = contactsCsv(['买家昵称', '手机', '消息'], contacts);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { relax_column_count: false })).toEqual([
      ['买家昵称', '手机', '消息'],
      ['tb_chenjing', '13600136004', contacts[0].message],
      [' spaced ', '+86 136 0013 6004', 'a,b'],
    ]);
  });

  it('never hands a spreadsheet a formula: a name like =HYPERLINK(…) stays text', () => {
    for (const evil of ['=HYPERLINK("http://x","点我")', '@SUM(A1)', '+cmd|calc', '-2+3', '\tx']) {
      expect(guardCell(evil), evil).toBe(`'${evil}`);
    }
    for (const fine of ['+86 138 0013 8000', '-', '13800138000', '王芳', '(021) 5555-1234']) {
      expect(guardCell(fine), fine).toBe(fine);
    }
    const [, line] = parse(
      contactsCsv(['b', 'p', 'm'], [{ buyer: '=1+1', phone: '', message: '=HYPERLINK("x")' }]),
    );
    expect(line).toEqual(["'=1+1", '', '\'=HYPERLINK("x")']);
  });
});
