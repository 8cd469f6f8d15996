/**
 * A reminder as the customer reads it: the rule's template in the shop's language, filled with
 * what the log kept, and a way to stop. Every marketing mail says how to unsubscribe; where the
 * template does not place the link, a line at the end does.
 */
import type { Lang } from '../ground/i18n';
import type { Rule } from './rules';
import type { Details } from './sendLog';
import { escapeHtml, renderHtml, renderText, safeUrl, TemplateValues } from './templates';
import { Layout, mailLayout } from './mailLayout';
import { CATALOGUES } from '../../words';

export interface Mail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface MailContext {
  readonly lang: Lang;
  readonly shop: string;
  /** The customer's unsubscribe link; '' where there is none (a message to copy by hand). */
  readonly unsubscribe: string;
  /** The customer's own survey link, for a follow-up or a survey; '' where there is none. */
  readonly survey?: string;
}

export function composeMail(rule: Rule, details: Details, c: MailContext): Mail {
  const w = CATALOGUES[c.lang].reminders;
  const t = rule.templates[c.lang];
  const values: TemplateValues = {
    ...details.values,
    name: details.name.trim() || w.fallbackName,
    tier: details.tier,
    shop: c.shop,
    unsubscribe: c.unsubscribe,
    survey: c.survey ?? '',
  };
  // A subject is one line, whatever the values hold.
  const subject = renderText(t.subject, values).replace(/\s+/g, ' ').trim();
  let text = renderText(t.body, values);
  let foot = '';
  // Where the template's own link did not render (a section left out), the line at the end.
  if (c.unsubscribe && !text.includes(c.unsubscribe)) {
    const line = w.unsubscribeLine(c.shop);
    text += `\n\n${line}${c.unsubscribe}`;
    foot = `${escapeHtml(line)}<a href="${escapeHtml(c.unsubscribe)}" style="color:#6b6b6b">${escapeHtml(c.unsubscribe)}</a>`;
  }
  const html = mailLayout({
    lang: c.lang,
    shop: c.shop,
    content: renderHtml(t.body, values),
    button: buttonOf(values, text, w.buttons),
    foot,
  });
  return { subject, text, html };
}

/** The mail's one call to act: the survey where it has one, else the activity's page. */
function buttonOf(
  values: TemplateValues,
  text: string,
  words: { readonly survey: string; readonly activity: string },
): Layout['button'] {
  // Only a link the message itself carries: a template that left it out wants no button.
  for (const field of ['survey', 'link'] as const) {
    const href = values[field] ?? '';
    if (href && safeUrl(href) && text.includes(href)) {
      return { label: field === 'survey' ? words.survey : words.activity, href };
    }
  }
  return undefined;
}

/**
 * A mail as a chat message or a text, for the team to paste: no subject (a chat has none), one
 * line break where the mail leaves a blank line, nothing but the words.
 */
export const chatMessage = (mail: Mail): string =>
  mail.text
    .replace(/\r\n/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
