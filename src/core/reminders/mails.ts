/**
 * A reminder as the customer reads it: the rule's template in the shop's language, filled with
 * what the log kept, and a way to stop. Every marketing mail says how to unsubscribe; where the
 * template does not place the link, a line at the end does.
 */
import type { Lang } from '../ground/i18n';
import type { Rule } from './rules';
import type { Details } from './sendLog';
import { escapeHtml, renderHtml, renderText, TemplateValues } from './templates';
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
  let html = renderHtml(t.body, values);
  // Where the template's own link did not render (a section left out), the line at the end.
  if (c.unsubscribe && !text.includes(c.unsubscribe)) {
    const line = w.unsubscribeLine(c.shop);
    text += `\n\n${line}${c.unsubscribe}`;
    html += `<br>\n<br>\n<small>${escapeHtml(line)}<a href="${escapeHtml(c.unsubscribe)}">${escapeHtml(c.unsubscribe)}</a></small>`;
  }
  return { subject, text, html };
}
