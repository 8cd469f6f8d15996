/**
 * A Shopify shop's customers who did not accept marketing (its export's Accepts Marketing column,
 * "no" for every customer of the fixture): the questionnaire, a marketing mail, goes to none of
 * them; the follow-up on an order, a service mail, still goes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { openWorkbook } from '../../local/workbook';
import type { MailPreview, TodayPlan } from '../../src/shared/api';

/** The Shopify export on 30 November 2026, 10:00 in New York, reminders set up. */
async function shopifyShop(): Promise<StandIn> {
  const env = new Env({ today: '2026-11-30T15:00:00Z' });
  const spreadsheet = await openWorkbook(
    path.join(import.meta.dirname, '..', 'fixtures', 'platforms', 'shopify.csv'),
    { env, locale: 'en_US', timeZone: 'America/New_York' },
  );
  const s = new StandIn({ spreadsheet, userLocale: 'en_US' });
  s.run('setUpReminders', { shop: 'Little Steps' });
  return s;
}

describe('marketing consent from the export', () => {
  it('keeps marketing mails from those who declined it, and sends them their service mails', async () => {
    // 30 November 2026, 10:00 in New York: Amy's follow-up, a week after her order of
    // 23 November, is due, and the questionnaire is moved to the same day.
    const s = await shopifyShop();
    const rules = s.spreadsheet._sheets.find((x) => x._name === '提醒规则 Reminder rules')!;
    const row = rules._rows.findIndex((r) => r[1] === 'questionnaire');
    rules.getRange(row + 1, 5).setValue('11-30');
    s.run('setRuleOn', { id: 'questionnaire', on: true });
    s.run('setRuleOn', { id: 'follow-up', on: true });
    const plan = s.run('planToday') as TodayPlan;
    const line = (rule: string, customer: string) =>
      plan.lines.find((l) => l.rule === rule && l.customer.toLowerCase() === customer);
    const survey = plan.byRule.find((r) => r.rule === 'questionnaire')!;
    expect(survey.mails).toBe(0);
    expect(line('Yearly satisfaction survey', 'amy.lee@example.com')).toMatchObject({
      status: 'skipped',
      note: 'did not accept marketing',
    });
    s.run('runRemindersNow');
    const sent = s.mail._sent.map((m) => m.to[0].toLowerCase());
    expect(sent).toContain('amy.lee@example.com');
    expect(s.mail._sent.every((m) => !/survey/i.test(m.subject))).toBe(true);
  });

  it('says in the preview why a customer would not get a mail, and shows nothing for one who would', async () => {
    const s = await shopifyShop();
    const preview = (rule: string, customer: string) =>
      (s.run('previewMail', { rule, customer }) as MailPreview).notSent;
    // Amy did not accept marketing (Accepts Marketing "no"): the questionnaire is marketing.
    expect(preview('questionnaire', 'amy.lee@example.com')).toBe(
      'This customer would not get this mail: did not accept marketing.',
    );
    // Her follow-up is a service mail: it would go.
    expect(preview('follow-up', 'amy.lee@example.com')).toBe('');
    // One order of each product in the fixture: nothing anyone buys again to remind of.
    expect(preview('replenish', 'amy.lee@example.com')).toMatch(
      /bought nothing customers buy again/,
    );
    // The Coupons sheet holds only its example row: she has none to be reminded of.
    expect(preview('coupon', 'amy.lee@example.com')).toBe(
      'This customer would not get this mail: they hold no coupon that expires.',
    );
    s.run('markBounced', 'amy.lee@example.com');
    expect(preview('follow-up', 'amy.lee@example.com')).toBe(
      'This customer would not get this mail: address bounced.',
    );
    s.run('removeDoNotEmail', 'amy.lee@example.com');
    s.run('addDoNotEmail', 'amy.lee@example.com');
    expect(preview('follow-up', 'amy.lee@example.com')).toBe(
      'This customer would not get this mail: unsubscribed.',
    );
  });
});
