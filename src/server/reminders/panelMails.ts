/**
 * The Reminders panel's mails before they go: today's plan, a rule's mail previewed or sent as
 * a test to the user, and the questionnaire sent now.
 */
import { shopName } from './shopName';
import { fail } from '../../core/ground/i18n';
import { composeMail, Mail } from '../../core/reminders/mails';
import { dateWords, dueMails } from '../../core/reminders/occasions';
import { Audience, readAudience, Rule } from '../../core/reminders/rules';
import { Details, LogEntry, LogStatus, sendOrder } from '../../core/reminders/sendLog';
import { isoDay, DAY_MS } from '../../core/ground/zone';
import type {
  LookAhead,
  MailPreview,
  MailRequest,
  QuestionnairePlanned,
  TodayPlan,
} from '../../shared/api';
import { words } from '../../words';
import { record, text } from '../ground/input';
import { ownedSheets } from '../ground/ownedSheets';
import { localDay, readOccasions, readRules } from './reminderData';
import { JobContext, openJob, recordEvents } from './jobContext';
import { closedDays, firstDayToPlan, mayMail, planDays } from './planning';
import { loadJobState, loadReminderConfig, loadSettings, loadSurveyForms } from '../ground/store';
import { createSurveyForm, surveyLink, surveyOfKind } from '../surveys/surveyForms';
import { blockedFor, DoNotEmail, readDoNotEmail, unsubscribeLink } from './unsubscribe';
import { holdOf } from '../../core/reminders/sendLog';
import { inAudience } from '../../core/reminders/rules';
import type { Recipient } from '../../core/reminders/occasions';
import type { Words } from '../../words';
import { active, langOf, line, locked, readBook, SHOWN } from './panelState';
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
      ? planDays(j, rules, readDoNotEmail(j.owned, j.book.ledger), from, today, false)
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
  const toSend = all.filter((e) => e.status === 'planned' || e.status === 'retry');
  return {
    today: isoDay(today * DAY_MS),
    total: all.length,
    byRule,
    lines: all.slice(0, SHOWN).map((e) => line(e, w, byId)),
    problems: problems.map((p) => p.message(w)),
    toSend: toSend.length,
    firstToSend: firstNamed(toSend),
  };
}

/** Recipients a confirmation names before it counts the rest. */
const FIRST_NAMED = 3;
/** Days the panel looks ahead, after today. */
export const LOOK_AHEAD_DAYS = 14;
/** Recipients listed per rule and day; the rest are counted. */
const WHO_SHOWN = 50;

const nameOf = (e: LogEntry) => e.details.name || e.email || e.customer;
/** The first few customers, each once though two rules reach them. */
const firstNamed = (entries: readonly LogEntry[]): string[] =>
  [...new Set(entries.map((e) => e.details.customer))]
    .slice(0, FIRST_NAMED)
    .map((c) => nameOf(entries.find((e) => e.details.customer === c)!));

/**
 * The next days as the job would plan them if the orders, rules and lists stayed as they are:
 * planned as each run plans, with the day's cap and every reason to skip, and recorded nowhere.
 */
export function lookAhead(): LookAhead {
  const j = openJob(active());
  const rules = readRules(j.owned);
  const today = localDay(j.zone, Date.now());
  const list = readDoNotEmail(j.owned, j.book.ledger);
  const { entries } = planDays(j, rules, list, today + 1, today + LOOK_AHEAD_DAYS, false);
  const closed = closedDays(j.config);
  const days = Array.from({ length: LOOK_AHEAD_DAYS }, (_, i) => today + 1 + i).map((day) => {
    const of = entries
      .filter((e) => e.details.sendDay === day)
      .sort((a, b) => sendOrder(a.details, b.details));
    const byRule = rules.flatMap((r) => {
      const mine = of.filter((e) => e.rule === r.id);
      const going = mine.filter((e) => e.status !== 'skipped');
      if (!mine.length) return [];
      return [
        {
          rule: r.id,
          name: r.name,
          mails: going.filter((e) => e.status === 'planned').length,
          contacts: going.filter((e) => e.status === 'contact').length,
          skipped: mine.length - going.length,
          who: going.slice(0, WHO_SHOWN).map((e) => ({
            name: nameOf(e),
            reach: e.email || e.details.phone,
            byHand: e.status === 'contact',
          })),
          more: Math.max(0, going.length - WHO_SHOWN),
        },
      ];
    });
    return { day: isoDay(day * DAY_MS), closed: closed.has(day), byRule };
  });
  return { today: isoDay(today * DAY_MS), days };
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
  const none = dues === 0 ? p.noOccasion[rule.kind] : undefined;
  return none ? p.wouldNotSend(none) : '';
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
  // A preview writes nothing: the ledger is read as it stands, not made if the job never ran.
  const list = readDoNotEmail(owned, readBook(owned));
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

/** The audience a questionnaire request names, or a failure listing the ones it may. */
function questionnaireAudience(input: unknown): Audience {
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
  return audience;
}

/**
 * The questionnaire to an audience today, as the ledger would hold it: the survey rule's mail,
 * under the same keys as the rule's own (a customer it already reached today is not planned
 * again).
 */
function questionnaireToday(
  j: JobContext,
  audience: Audience,
  dryRun: boolean,
): ReturnType<typeof planDays> {
  const rule = readRules(j.owned).find((r) => r.kind === 'survey');
  if (!rule) return fail((w) => w.reminders.errors.noSurveyRule);
  const today = localDay(j.zone, Date.now());
  const date = new Date(today * DAY_MS);
  const now: Rule = {
    ...rule,
    on: true,
    audience,
    occasion: { month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    days: 0,
  };
  return planDays(j, [now], readDoNotEmail(j.owned, j.book.ledger), today, today, dryRun);
}

const questionnaireCounts = (entries: readonly LogEntry[]): QuestionnairePlanned => {
  const count = (s: LogStatus) => entries.filter((e) => e.status === s).length;
  return {
    planned: count('planned') + count('dryRun'),
    contacts: count('contact'),
    skipped: count('skipped'),
    first: firstNamed(entries.filter((e) => e.status === 'planned' || e.status === 'dryRun')),
  };
};

/** What sending the questionnaire now would do, for the user to confirm; nothing is recorded. */
export function questionnaireWouldSend(input: unknown): QuestionnairePlanned {
  const audience = questionnaireAudience(input);
  return questionnaireCounts(questionnaireToday(openJob(active()), audience, false).entries);
}

/** The yearly questionnaire, now: planned for today, and sent by the job within the quota. */
export function sendQuestionnaire(input: unknown): QuestionnairePlanned {
  const audience = questionnaireAudience(input);
  return locked(() => {
    const ss = active();
    const j = openJob(ss);
    const { entries, from } = questionnaireToday(j, audience, j.config.dryRun);
    mayMail(from, j.config.dryRun);
    createSurveyForm(ss, 'questionnaire', j.lang, j.shop);
    // What it skips is said here, to the user who asked; the ledger keeps what is to go.
    recordEvents(
      j,
      entries
        .filter((e) => e.status !== 'skipped')
        .map((e) => ({ ...e, details: { ...e.details, byHand: true } })),
    );
    return questionnaireCounts(entries);
  });
}
