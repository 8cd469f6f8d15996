/**
 * The Reminders panel's server side: the state it shows, setting up the sheets and the form,
 * switching rules and the job, today's plan, previews and tests, and the user's answers to
 * unknown sends and to the Do-not-email list.
 */
import { fail, Lang } from '../../core/ground/i18n';
import { composeMail, Mail } from '../../core/reminders/mails';
import { dateWords, dueMails } from '../../core/reminders/occasions';
import { Ledger, readLedger } from '../../core/reminders/ledger';
import { CONTACT_COLUMNS } from '../../core/reminders/reminderSheets';
import {
  Audience,
  defaultRuleRows,
  parseRules,
  readAudience,
  Rule,
  RULE_COLUMNS,
} from '../../core/reminders/rules';
import {
  Details,
  LogEntry,
  LogStatus,
  sendOrder,
  statusCounts,
  usableEmail,
} from '../../core/reminders/sendLog';
import { isoDay, DAY_MS } from '../../core/ground/zone';
import type {
  LastRunInfo,
  MailPreview,
  MailRequest,
  QuestionnairePlanned,
  ReminderLine,
  ReminderSettings,
  ReminderState,
  RuleInfo,
  TodayPlan,
} from '../../shared/api';
import { words, Words } from '../../words';
import { boolean, integer, record, text } from '../ground/input';
import { sheetLang } from '../ground/lang';
import { ownedSheets, OwnedSheets } from '../ground/ownedSheets';
import { localDay, readOccasions, readRules } from './reminderData';
import {
  ensureForm,
  firstDayToPlan,
  openJob,
  planDays,
  recordEvents,
  runReminderJob,
  STALL_MS,
} from './reminderJob';
import { openLedger } from './ledger';
import {
  adoptReminderSheet,
  createReminderSheet,
  dataRows,
  REMINDER_ROLES,
  reminderSheet,
} from './reminderSheets';
import {
  loadJobState,
  loadReminderConfig,
  loadSettings,
  LOG_DAYS,
  loadSurveyForms,
  saveJobState,
  saveReminderConfig,
} from '../ground/store';
import { createSurveyForm, surveyLink, surveyOfKind } from '../surveys/surveyForms';
import {
  blockEntry,
  doNotEmailShown,
  ensureFormSubmitTrigger,
  liftEntry,
  readDoNotEmail,
  unsubscribeLink,
} from './unsubscribe';
import { spreadsheetZone } from '../ground/zone';

/** The handler the hourly trigger calls. */
export const JOB_HANDLER = 'reminderTick';
/** The Contact list's done and key columns. */
const DONE = CONTACT_COLUMNS.indexOf('done');
const KEY = CONTACT_COLUMNS.indexOf('key');
/** Lines the panel shows at most. */
const SHOWN = 100;

const active = () => SpreadsheetApp.getActiveSpreadsheet();
const langOf = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang =>
  sheetLang(loadSettings(), ss.getSpreadsheetLocale());

function audienceWords(a: Audience, w: Words): string {
  if (a.size === 0) return w.reminders.everyone;
  const name = (k: string): string =>
    (w.statuses as Record<string, string>)[k] ??
    (w.segments as Record<string, string>)[k] ??
    (w.classes as Record<string, string>)[k] ??
    k;
  return [...a].map(name).join(w.listSeparator);
}

const ruleInfo = (r: Rule, w: Words): RuleInfo => ({
  id: r.id,
  on: r.on,
  kind: r.kind,
  name: r.name,
  when: w.reminders.when(r.days),
  audience: audienceWords(r.audience, w),
  priority: r.priority,
});

function line(e: LogEntry, w: Words, rules: ReadonlyMap<string, Rule>): ReminderLine {
  return {
    key: e.key,
    customer: e.customer,
    name: e.details.name,
    email: e.email,
    tier: e.details.tier,
    rule: rules.get(e.rule)?.name ?? e.rule,
    status: e.status,
    note: e.note || (e.details.reason ? w.reminders.reasons[e.details.reason] : ''),
    day: isoDay(e.details.sendDay * DAY_MS),
  };
}

/** Every key's standing, from the ledger; nothing before the job has run. */
/** The ledger as it stands; empty before the job has run. */
function readBook(owned: OwnedSheets): Ledger {
  const ledger = reminderSheet(owned, 'ledger');
  return readLedger(ledger ? dataRows(ledger, 'ledger') : []);
}

export function reminderState(): ReminderState {
  const ss = active();
  const lang = langOf(ss);
  const w = words(lang);
  const owned = ownedSheets(ss);
  const zone = spreadsheetZone(ss.getSpreadsheetTimeZone());
  const rulesSheet = reminderSheet(owned, 'rules');
  const parsed = rulesSheet
    ? parseRules(dataRows(rulesSheet, 'rules'), 2)
    : { rules: [], errors: [] };
  const byId = new Map(parsed.rules.map((r) => [r.id, r]));
  const book = readBook(owned);
  const latest = book.latest;
  const contacts = reminderSheet(owned, 'contacts');
  const config = loadReminderConfig();
  const job = loadJobState();
  const jobOn = ScriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === JOB_HANDLER);
  const now = Date.now();
  const iso = (t: number) => new Date(t).toISOString();
  return {
    lang,
    today: isoDay(localDay(zone, Date.now()) * DAY_MS),
    timeZone: zone.id,
    sheets: Object.fromEntries(
      REMINDER_ROLES.flatMap((role) => {
        const sheet = reminderSheet(owned, role);
        return sheet ? [[role, sheet.getName()]] : [];
      }),
    ),
    rules: parsed.rules.map((r) => ruleInfo(r, w)),
    ruleErrors: parsed.errors.map((e) => e.message(w)),
    settings: config,
    shop: config.shop || ss.getName(),
    jobOn,
    lastRun: job.lastRun ?? null,
    counts: statusCounts(latest),
    unknowns: [...latest.values()]
      .filter((l) => l.entry.status === 'unknown')
      .slice(0, SHOWN)
      .map((l) => line(l.entry, w, byId)),
    contactsOpen: contacts
      ? dataRows(contacts, 'contacts').filter((r) => r[DONE] !== true && r[KEY] !== '').length
      : 0,
    doNotEmail: doNotEmailShown(reminderSheet(owned, 'doNotEmail'), book).slice(0, SHOWN),
    quota: MailApp.getRemainingDailyQuota(),
    stalledSince:
      jobOn && job.tickAt !== undefined && now - job.tickAt > STALL_MS ? iso(job.tickAt) : null,
    lastGap:
      job.gap && now - job.gap.to < 7 * DAY_MS
        ? { from: iso(job.gap.from), to: iso(job.gap.to) }
        : null,
  };
}

/** Runs f holding the document lock: the job never sends while the panel writes. */
function locked<T>(f: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(20_000)) fail((w) => w.reminders.errors.jobBusy);
  try {
    return f();
  } finally {
    lock.releaseLock();
  }
}

export function setUpReminders(): ReminderState {
  locked(() => {
    const ss = active();
    const lang = langOf(ss);
    const owned = ownedSheets(ss);
    for (const role of REMINDER_ROLES) {
      if (reminderSheet(owned, role) || adoptReminderSheet(ss, role)) continue;
      createReminderSheet(ss, role, lang, role === 'rules' ? defaultRuleRows(words(lang)) : []);
    }
    ensureForm(openJob(ss));
    ensureFormSubmitTrigger(ss);
    // The user sees their rules first: every one is off until they turn it on.
    reminderSheet(ownedSheets(ss), 'rules')?.activate();
  });
  return reminderState();
}

export function setRuleOn(input: unknown): ReminderState {
  const change = record(input, 'change');
  const id = text(change.id, 'id');
  const on = boolean(change.on, 'on');
  locked(() => {
    const sheet = reminderSheet(ownedSheets(active()), 'rules');
    if (!sheet) return fail((w) => w.reminders.errors.noRulesSheet);
    const ids = dataRows(sheet, 'rules').map((r) => String(r[RULE_COLUMNS.indexOf('id')]).trim());
    const i = ids.findIndex((x) => x.toLowerCase() === id.toLowerCase());
    if (i < 0) return fail((w) => w.reminders.errors.noSuchRule(id));
    sheet.getRange(i + 2, RULE_COLUMNS.indexOf('on') + 1).setValue(on);
  });
  return reminderState();
}

export function saveReminderSettings(input: unknown): ReminderState {
  const s = record(input, 'settings');
  const settings: ReminderSettings = {
    hour: integer(s.hour, 'hour', 0, 23),
    dryRun: boolean(s.dryRun, 'dryRun'),
    shop: text(s.shop ?? '', 'shop')
      .trim()
      .slice(0, 100),
    capPerDay: integer(s.capPerDay, 'capPerDay', 1, 10),
    logDays:
      s.logDays === undefined
        ? loadReminderConfig().logDays
        : integer(s.logDays, 'logDays', LOG_DAYS.min, LOG_DAYS.max),
  };
  saveReminderConfig(settings);
  return reminderState();
}

/** One hourly trigger: installing removes any earlier one first, so twice leaves one. */
export function switchReminderJob(on: unknown): ReminderState {
  const want = boolean(on, 'on');
  const ss = active();
  locked(() => {
    for (const t of ScriptApp.getUserTriggers(ss)) {
      if (t.getHandlerFunction() === JOB_HANDLER) ScriptApp.deleteTrigger(t);
    }
    if (want) {
      ScriptApp.newTrigger(JOB_HANDLER).timeBased().everyHours(1).create();
      // Its first run is due within the hour: a longer wait from now is a stall.
      saveJobState({ ...loadJobState(), tickAt: Date.now() });
    }
  });
  return reminderState();
}

export const runRemindersNow = (): LastRunInfo => runReminderJob(false);

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

/** The mail a rule makes for a customer: their own next occasion, else sample values. */
function preview(request: unknown): { mail: Mail; to: string; shop: string } {
  const r = record(request, 'request');
  const ruleId = text(r.rule, 'rule');
  const customer = text(r.customer ?? '', 'customer')
    .trim()
    .toLowerCase();
  const ss = active();
  const lang = langOf(ss);
  const w = words(lang);
  const owned = ownedSheets(ss);
  const rule = readRules(owned).find((x) => x.id.toLowerCase() === ruleId.toLowerCase());
  if (!rule) return fail((m) => m.reminders.errors.noSuchRule(ruleId));
  const o = readOccasions(ss, owned, loadSettings(), lang);
  const recipient = customer
    ? o.recipients.find((x) => x.key === customer || x.email.toLowerCase() === customer)
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
      lostAfterDays: loadSettings().lostAfterDays,
    },
    w,
  ).sort((a, b) => Math.abs(a.sendDay - today) - Math.abs(b.sendDay - today));
  const s = w.reminders.sample;
  const sample = {
    activity: s.activity,
    start: dateWords(w, today + 7),
    end: dateWords(w, today + 14),
    description: s.description,
    link: 'https://example.com/',
    coupon: s.coupon,
    value: s.value,
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
  const config = loadReminderConfig();
  const shop = config.shop || ss.getName();
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
  };
}

export function previewMail(request: MailRequest): MailPreview {
  const { mail, to } = preview(request);
  return { to, ...mail };
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

/** The user says what becomes of a send nobody knows the end of: send again, or let it be. */
export function resolveUnknown(input: unknown): ReminderState {
  const change = record(input, 'change');
  const key = text(change.key, 'key');
  const resend = boolean(change.resend, 'resend');
  locked(() => {
    const j = openJob(active());
    const l = j.latest.get(key);
    if (!l || l.entry.status !== 'unknown') return fail((w) => w.reminders.errors.noSuchKey(key));
    const e = l.entry;
    recordEvents(j, [
      resend
        ? {
            ...e,
            time: Date.now(),
            status: 'planned',
            note: '',
            details: { ...e.details, byHand: true },
          }
        : {
            ...e,
            time: Date.now(),
            status: 'dismissed',
            note: '',
            details: { ...e.details, reason: 'dismissed' },
          },
    ]);
  });
  return reminderState();
}

/** An email address, or a customer ID as the order sheet writes it. */
function listEntry(value: unknown): { key: string; email: string } {
  const v = text(value, 'value').trim();
  if (v.includes('@')) {
    if (!usableEmail(v)) fail((w) => w.reminders.errors.badEmail(v));
    return { key: '', email: v.toLowerCase() };
  }
  if (!v) fail((w) => w.reminders.errors.badEmail(v));
  return { key: v.toLowerCase(), email: '' };
}

export function addDoNotEmail(value: unknown): ReminderState {
  const entry = listEntry(value);
  locked(() => {
    const ss = active();
    const owned = ownedSheets(ss);
    const lang = langOf(ss);
    blockEntry(ss, owned, openLedger(ss, owned, lang), lang, entry);
  });
  return reminderState();
}

export function removeDoNotEmail(value: unknown): ReminderState {
  const entry = listEntry(value);
  locked(() => {
    const ss = active();
    const owned = ownedSheets(ss);
    liftEntry(owned, openLedger(ss, owned, langOf(ss)), entry);
  });
  return reminderState();
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
