/**
 * Every default rule's mail as a customer's phone shows it: Chromium at 375 px wide, both
 * languages, screenshots in test-output/mails/. One column that never scrolls sideways, the
 * shop's name first, the link as a button a thumb can hit, the way out at the foot, and not one
 * request for anything outside the mail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defaultRuleRows, parseRules } from '../../src/core/reminders/rules';
import { composeMail } from '../../src/core/reminders/mails';
import type { Details } from '../../src/core/reminders/sendLog';
import { ROOT } from '../../scripts/build';
import { launch } from './browser';

const OUT = path.join(ROOT, 'test-output', 'mails');
const SURVEY =
  'https://docs.google.com/forms/d/e/1FAIpQLSf-example/viewform?usp=pp_url&entry.1=A%20x';
const UNSUBSCRIBE = 'https://docs.google.com/forms/d/e/1FAIpQLSu-example/viewform?entry.2=A%20y';

const customer = {
  zh: {
    name: '王芳',
    shop: '小宝贝母婴旗舰店',
    product: '婴儿湿巾 80抽 6包',
    date: '2026年11月2日',
  },
  en: {
    name: 'Amy Lee',
    shop: 'Little Steps',
    product: 'Organic Cotton Onesie',
    date: '30 October 2026',
  },
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(() => browser?.close());

describe('reminder mails at phone width', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows every default rule well in ${lang}`, async () => {
      const c = customer[lang];
      const { rules } = parseRules(defaultRuleRows(lang), 2);
      const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
      const outside: string[] = [];
      page.on('request', (r) => {
        if (!/^(data|about):/.test(r.url())) outside.push(r.url());
      });
      for (const rule of rules) {
        const details: Details = {
          customer: 'a',
          kind: rule.kind,
          priority: rule.priority,
          tier: 'A',
          sendDay: 0,
          until: 0,
          name: c.name,
          phone: '',
          values: {
            product: c.product,
            date: c.date,
            holiday: rule.name,
            activity: lang === 'zh' ? '年终大促' : 'Year-end sale',
            start: c.date,
            end: c.date,
            description: lang === 'zh' ? '满199减30' : '$30 off orders of $199',
            link: 'https://shop.example.com/sale',
            coupon: 'LD-2026',
            value: lang === 'zh' ? '¥20' : '$20.00',
            expiry: c.date,
          },
        };
        const survey = rule.kind === 'followUp' || rule.kind === 'survey' ? SURVEY : '';
        const mail = composeMail(rule, details, {
          lang,
          shop: c.shop,
          unsubscribe: UNSUBSCRIBE,
          survey,
        });
        await page.setContent(mail.html);
        await page.screenshot({ path: path.join(OUT, `${lang}-${rule.id}.png`), fullPage: true });
        const look = await page.evaluate(() => {
          const first = document.querySelector('td');
          const button = [...document.querySelectorAll('a')].find((a) =>
            a.getAttribute('style')?.includes('background'),
          );
          const box = button?.getBoundingClientRect();
          return {
            width: document.documentElement.scrollWidth,
            top: first?.textContent?.trim().split('\n')[0] ?? '',
            button: button ? { text: button.textContent, href: button.href, h: box!.height } : null,
            text: document.body.innerText,
          };
        });
        // Nothing wider than the phone; the shop's name is the first thing read.
        expect(look.width, rule.id).toBeLessThanOrEqual(375);
        expect(look.text.trim().startsWith(c.shop), rule.id).toBe(true);
        // The way to stop, always, at the foot or where the template placed it.
        expect(look.text, rule.id).toContain(UNSUBSCRIBE);
        if (survey) {
          expect(look.button, rule.id).toMatchObject({
            text: lang === 'zh' ? '填写问卷' : 'Take the survey',
          });
          expect(look.button!.href).toBe(SURVEY);
          expect(look.button!.h).toBeGreaterThanOrEqual(40);
        } else if (rule.kind === 'activity') {
          expect(look.button, rule.id).toMatchObject({ href: 'https://shop.example.com/sale' });
        } else {
          expect(look.button, rule.id).toBeNull();
        }
        // The plain-text part says the same, without markup.
        expect(mail.text).not.toMatch(/<[a-z]/i);
        expect(mail.text).toContain(c.shop);
      }
      expect(outside).toEqual([]);
      await page.close();
    });
  }
});
