/**
 * The shop's name in what customers read: the Tmall export's 店铺名称 with nothing typed, the name
 * the owner types for a Shopify shop (its export has none), and never the file's name.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import type { ReminderState } from '../../src/shared/api';

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
  });
});
