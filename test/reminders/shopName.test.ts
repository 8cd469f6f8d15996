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
