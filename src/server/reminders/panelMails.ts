/**
 * The Reminders panel's mails before they go: today's plan, a rule's mail previewed or sent as
 * a test to the user, and the questionnaire sent now.
 */
import { shopName } from './shopName';
import { fail } from '../../core/ground/i18n';
import { composeMail, Mail } from '../../core/reminders/mails';
import { dateWords, dueMails } from '../../core/reminders/occasions';
import { readAudience, Rule } from '../../core/reminders/rules';
import { Details, LogStatus, sendOrder } from '../../core/reminders/sendLog';
import { isoDay, DAY_MS } from '../../core/ground/zone';
import type { MailPreview, MailRequest, QuestionnairePlanned, TodayPlan } from '../../shared/api';
import { words } from '../../words';
import { record, text } from '../ground/input';
import { ownedSheets } from '../ground/ownedSheets';
import { localDay, readOccasions, readRules } from './reminderData';
import { openJob, recordEvents } from './jobContext';
import { closedDays, firstDayToPlan, planDays } from './planning';
import { loadJobState, loadReminderConfig, loadSettings, loadSurveyForms } from '../ground/store';
import { createSurveyForm, surveyLink, surveyOfKind } from '../surveys/surveyForms';
import { blockedFor, DoNotEmail, readDoNotEmail, unsubscribeLink } from './unsubscribe';
import { openLedger } from './ledger';
import { holdOf } from '../../core/reminders/sendLog';
import { inAudience } from '../../core/reminders/rules';
import type { Recipient } from '../../core/reminders/occasions';
import type { Words } from '../../words';
import { active, langOf, line, locked, SHOWN } from './panelState';
import { moneyText, shopCurrency } from '../../core/ground/currency';
import { findRecipient } from '../../core/reminders/findRecipient';

export function planToday(): TodayPlan {
  const ss = active();
  const j = openJob(ss);
  const w = words(j.lang);
  const rules = readRules(j.owned);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const zone = j.zone;
  const today = localDay(zone, Date.now());
  const latest = j.latest;
  const from = firstDayToPlan(j.state.plannedDay, today);
  // Not yet planned: what the next run will plan, as it would log it.
  const { entries: fresh, problems } =
    from <= today
      ? planDays(j, rules, readDoNotEmail(j.owned, j.book), from, today, false)
      : { entries: [], problems: [] };
  const logged = [...latest.values()]
    .map((l) => l.entry)
    .filter(
      (e) =>
        e.details.sendDay === today ||
        e.status === 'planned' ||
        e.status === 'retry' ||
        (e.status !== 'dryRun' && localDay(zone, e.time) === today),
    );
  const all = [...logged, ...fresh].sort((a, b) => sendOrder(a.details, b.details));
  const byRule = rules.map((r) => {
    const of = all.filter((e) => e.rule === r.id);
    const count = (ss: LogStatus[]) => of.filter((e) => ss.includes(e.status)).length;
    return {
      rule: r.id,
      name: r.name,
      mails: count(['planned', 'sending', 'sent', 'unknown', 'retry']),
      contacts: count(['contact']),
      skipped: count(['skipped', 'failed', 'dismissed']),
    };
  });
  return {
    today: isoDay(today * DAY_MS),
    total: all.length,
    byRule,
    lines: all.slice(0, SHOWN).map((e) => line(e, w, byId)),
    problems: problems.map((p) => p.message(w)),
  };
}

/**
 * The survey link a mail of this kind carries, where its form exists; in a preview it names the
 * customer without the hash of their own mail, so the owner's answer is filed as nobody.
 */
function surveyLinkOf(kind: Rule['kind'], customerId: string): string {
  const survey = surveyOfKind(kind);
  const form = survey && loadSurveyForms()[survey];
  return form ? surveyLink(form, customerId) : '';
}

/**
 * Why the job would not mail this customer this rule, in words ('' when it would): what stops
 * any reminder (the rule's audience, the do-not-email list, consent, no address), or, for
 * replenishment, that they never bought anything customers buy again.
 */
function notSentWhy(
  rule: Rule,
  recipient: Recipient,
  dues: number,
  list: DoNotEmail,
  w: Words,
): string {
  const hold = holdOf(
    rule.kind,
    recipient,
    !inAudience(rule.audience, recipient),
    blockedFor(list, recipient.key, recipient.email),
  );
  const p = w.remindersPanel;
  if (hold?.status === 'contact') return p.toContactList(w.reminders.reasons[hold.reason]);
  if (hold) return p.wouldNotSend(w.reminders.reasons[hold.reason]);
  if (rule.kind === 'replenish' && dues === 0) return p.wouldNotSend(p.nothingToReplenish);
  return '';
}

/** The mail a rule makes for a customer: their own next occasion, else sample values. */
function preview(request: unknown): { mail: Mail; to: string; shop: string; notSent: string } {
  const r = record(request, 'request');
  const ruleId = text(r.rule, 'rule');
  const customer = text(r.customer ?? '', 'customer').trim();
  const ss = active();
  const lang = langOf(ss);
  const w = words(lang);
  const owned = ownedSheets(ss);
  const rule = readRules(owned).find((x) => x.id.toLowerCase() === ruleId.toLowerCase());
  if (!rule) return fail((m) => m.reminders.errors.noSuchRule(ruleId));
  const settings = loadSettings();
  const currency = shopCurrency(settings.currency, ss.getSpreadsheetLocale());
  const money = (n: number) => moneyText(n, currency);
  const o = readOccasions(ss, owned, settings, lang);
  const recipient = customer
    ? findRecipient(o.recipients, customer)
    : (o.recipients.find((x) => x.email && x.name) ?? o.recipients[0]);
  if (!recipient) return fail((m) => m.reminders.errors.noSuchCustomer(customer));
  const today = localDay(o.zone, Date.now());
  const dues = dueMails(
    {
      recipients: [recipient],
      rules: [{ ...rule, on: true, audience: new Set() }],
      activities: o.activities,
      coupons: o.coupons,
      from: today - 400,
      to: today + 400,
      lostAfterDays: settings.lostAfterDays,
      currency,
      closed: closedDays(loadReminderConfig()),
    },
    w,
  ).sort((a, b) => Math.abs(a.sendDay - today) - Math.abs(b.sendDay - today));
  const s = w.reminders.sample;
  const sample = {
    activity: s.activity,
    start: dateWords(w, today + 7),
    end: dateWords(w, today + 14),
    description: s.description(money),
    link: 'https://example.com/',
    coupon: s.coupon,
    value: money(10),
    expiry: dateWords(w, today + 3),
    product: recipient.product || s.product,
    date: dateWords(w, today),
    holiday: rule.name,
  };
  const details: Details = {
    customer: recipient.key,
    kind: rule.kind,
    priority: rule.priority,
    tier: recipient.tier ?? '',
    sendDay: dues[0]?.sendDay ?? today,
    until: today,
    name: recipient.name,
    phone: recipient.phone,
    values: dues[0] ? { ...dues[0].values } : sample,
  };
  const shop = shopName(ss);
  const list = readDoNotEmail(owned, openLedger(ss, owned, lang));
  const form = loadJobState().form;
  // The form's own link, but with a reference no answer is filed for: the owner who tries it
  // unsubscribes nobody, least of all the customer the preview is made for.
  const unsubscribe = form ? unsubscribeLink(form, w.reminders.sample.reference) : '';
  return {
    mail: composeMail(rule, details, {
      lang,
      shop,
      unsubscribe,
      survey: surveyLinkOf(rule.kind, recipient.id),
    }),
    to: recipient.email,
    shop,
    notSent: notSentWhy(rule, recipient, dues.length, list, w),
  };
}

export function previewMail(request: MailRequest): MailPreview {
  const { mail, to, notSent } = preview(request);
  return { to, notSent, ...mail };
}

export function sendTestMail(request: MailRequest): string {
  const { mail, shop } = preview(request);
  const me = Session.getEffectiveUser().getEmail();
  if (!me) return fail((w) => w.reminders.errors.noUserEmail);
  const w = words(langOf(active())).reminders;
  MailApp.sendEmail(me, w.testSubject(mail.subject), mail.text, {
    htmlBody: mail.html,
    name: shop,
  });
  return me;
}

/**
 * The yearly questionnaire, now: the survey rule's mail to an audience, planned for today under
 * the same keys as the rule's own (a customer it already reached today is not planned again).
 */
export function sendQuestionnaire(input: unknown): QuestionnairePlanned {
  const audienceText = text(record(input, 'request').audience ?? '', 'audience');
  const audience = readAudience(audienceText);
  if ('unknown' in audience) {
    // The panel offers a list; anything else is a call of the wrong shape, answered as one.
    return fail((w) =>
      w.input.expectedOneOf(
        'audience',
        [w.reminders.everyone, 'A', 'B', 'C', ...Object.values(w.statuses)].join(w.listSeparator),
      ),
    );
  }
  return locked(() => {
    const ss = active();
    const j = openJob(ss);
    const rule = readRules(j.owned).find((r) => r.kind === 'survey');
    if (!rule) return fail((w) => w.reminders.errors.noSurveyRule);
    createSurveyForm(ss, 'questionnaire', j.lang, j.shop);
    const today = localDay(j.zone, Date.now());
    const date = new Date(today * DAY_MS);
    const now: Rule = {
      ...rule,
      on: true,
      audience,
      occasion: { month: date.getUTCMonth() + 1, day: date.getUTCDate() },
      days: 0,
    };
    const { entries } = planDays(
      j,
      [now],
      readDoNotEmail(j.owned, j.book),
      today,
      today,
      j.config.dryRun,
    );
    // What it skips is said here, to the user who asked; the ledger keeps what is to go.
    recordEvents(
      j,
      entries
        .filter((e) => e.status !== 'skipped')
        .map((e) => ({ ...e, details: { ...e.details, byHand: true } })),
    );
    const count = (s: LogStatus) => entries.filter((e) => e.status === s).length;
    return { planned: count('planned'), contacts: count('contact'), skipped: count('skipped') };
  });
}
