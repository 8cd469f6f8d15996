/**
 * The shop's name in what customers read: the Tmall export's 店铺名称 with nothing typed, the name
 * the owner types for a Shopify shop (its export has none), and never the file's name; and a
 * Tmall shop's contact list, on the sheet and exported for the platform's care tools.
 */
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import type { ContactsExport, ReminderState } from '../../src/shared/api';

const DIR = path.join(import.meta.dirname, '..', 'fixtures', 'platforms');

async function shop(name: string, locale: string) {
  const env = new Env({ today: '2026-11-24T02:00:00Z' });
  const spreadsheet = await openWorkbook(path.join(DIR, `${name}.csv`), {
    env,
    timeZone: 'Asia/Shanghai',
    locale,
  });
  return new StandIn({ spreadsheet, userLocale: locale });
}

describe("the shop's name in mails", () => {
  it("takes a Tmall shop's name from its export when the owner types none", async () => {
    const s = await shop('tmall', 'zh_CN');
    // The file is named for the export, as a shop would save it; that is never the shop's name.
    expect(s.spreadsheet.getName()).toBe('tmall');
    const state = s.run('setUpReminders', { shop: '' }) as ReminderState;
    expect(state.settings.shop).toBe('小宝贝母婴旗舰店');
    const form = [...s.forms._forms.values()][0];
    expect(form.getTitle()).toContain('小宝贝母婴旗舰店');
    expect(form.getTitle()).not.toContain('tmall');
  });

  it('asks a Shopify shop for its name, sets nothing up until given, and keeps what is typed', async () => {
    const s = await shop('shopify', 'en_US');
    expect(() => s.run('setUpReminders', { shop: ' ' })).toThrow(/Enter the shop's name/);
    expect(s.spreadsheet._sheets).toHaveLength(1);
    expect(s.forms._forms.size).toBe(0);
    const state = s.run('setUpReminders', { shop: 'Little Steps' }) as ReminderState;
    expect(state.settings.shop).toBe('Little Steps');
    // Cleared later, it is asked for again, not taken from the file.
    expect(() => s.run('saveReminderSettings', { ...state.settings, shop: '' })).toThrow(
      /Shop name in mails/,
    );
    s.run('setRuleOn', { id: 'follow-up', on: true });
    const preview = s.run('previewMail', { rule: 'follow-up', customer: '' }) as {
      subject: string;
      from: string;
    };
    expect(JSON.stringify(preview)).toContain('Little Steps');
    expect(JSON.stringify(preview)).not.toContain('shopify');
  });
});

describe('the contact list of a Tmall shop', () => {
  it('holds a message ready for Wangwang or a text: the facts, no subject, no Google link', async () => {
    const s = await shop('tmall', 'zh_CN');
    // 28 November 2026, 10:00 in Shanghai: a week after tb_chenjing's order of the 21st; the
    // export names her 陈静 (收货人姓名).
    s.env.setNow(Date.parse('2026-11-28T02:00:00Z'));
    const state = s.run('setUpReminders', { shop: '' }) as ReminderState;
    s.run('setRuleOn', { id: 'follow-up', on: true });
    s.run('runRemindersNow');
    expect(s.mail._sent).toEqual([]);
    const sheet = s.spreadsheet._sheets.find((x) => x._name === state.sheets.contacts)!;
    const [header, ...rows] = sheet.getDataRange().getValues();
    const message = rows.find((r) => r[1] === 'tb_chenjing')![
      header.findIndex((h) => String(h).includes('消息'))
    ];
    expect(message).toBe(
      '陈静，您好！\n您在2026年11月21日购买了宝宝辅食米粉，用得还满意吗？有任何问题，直接回复我们，我们会尽快处理。\n小宝贝母婴旗舰店',
    );
    expect(String(message)).not.toMatch(/google|https?:/i);
    const preview = s.run('previewMail', { rule: 'follow-up', customer: 'tb_chenjing' }) as {
      notSent: string;
    };
    expect(preview.notSent).toBe('这封不会发邮件（没有邮箱），会列入“今日联系”，由您人工联系。');
  });
});

describe("a Tmall shop's contacts, exported", () => {
  it('gives the care tools buyer nickname, phone and message, the same as on the sheet', async () => {
    const s = await shop('tmall', 'zh_CN');
    s.env.setNow(Date.parse('2026-11-28T02:00:00Z'));
    const state = s.run('setUpReminders', { shop: '' }) as ReminderState;
    s.run('setRuleOn', { id: 'follow-up', on: true });
    s.run('runRemindersNow');
    const list = s.spreadsheet._sheets.find((x) => x._name === state.sheets.contacts)!;
    const [header, ...listed] = list.getDataRange().getValues();
    const col = (word: string) => header.findIndex((h) => String(h).includes(word));
    const exported = s.run('exportContacts') as ContactsExport;
    expect(exported.file).toBe('今日联系-2026-11-28.csv');
    const [head, ...lines] = parse(exported.csv) as string[][];
    expect(head).toEqual(['买家昵称', '手机', '消息']);
    expect(lines).toHaveLength(listed.length);
    // 陈静's row: her nickname and phone as the export gives them ('13600136004, guarded by
    // Tmall's apostrophe), and the message the Contact list holds.
    const chen = lines.find((l) => l[0] === 'tb_chenjing')!;
    expect(chen[1]).toBe('13600136004');
    expect(chen[2]).toBe(listed.find((r) => r[1] === 'tb_chenjing')![col('消息')]);
    // The same rows on the export sheet, shown to the user for File → Download.
    const sheet = s.spreadsheet.getActiveSheet();
    expect(sheet.getName()).toBe(exported.sheet);
    expect(sheet.getDataRange().getDisplayValues()).toEqual([head, ...lines]);

    // The team ticks 陈静 done and sorts the list upside down: she is not exported again,
    // and the export sheet holds the new list only.
    const rows = list.getRange(2, 1, listed.length, header.length);
    const values = rows.getValues().reverse();
    for (const r of values) if (r[1] === 'tb_chenjing') r[col('已联系')] = true;
    rows.setValues(values);
    const again = s.run('exportContacts') as ContactsExport;
    const buyers = (parse(again.csv) as string[][]).slice(1).map((l) => l[0]);
    expect(buyers).not.toContain('tb_chenjing');
    expect(buyers).toHaveLength(listed.length - 1);
    expect(sheet.getLastRow()).toBe(buyers.length + 1);

    // The next day nothing listed the day before is today's work.
    s.env.setNow(Date.parse('2026-11-29T01:00:00Z'));
    expect(s.run('exportContacts')).toMatchObject({ count: 0, csv: '' });
    expect(sheet.getLastRow()).toBe(1);
  });
});
