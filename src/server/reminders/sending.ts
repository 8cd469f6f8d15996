/**
 * Sending what is planned, first first, until the day's quota or the run's time budget runs out:
 * each send recorded in the ledger before and after it, so a run killed between the two leaves
 * a key the next run knows not to send again.
 */
import { composeMail } from '../../core/reminders/mails';
import { MARKETING, Rule } from '../../core/reminders/rules';
import { LogEntry, MAX_ATTEMPTS, Reason, sendQueue } from '../../core/reminders/sendLog';
import { unsubscribeReference } from '../../core/reminders/unsubscribe';
import { localDay } from './reminderData';
import {
  AnswerSheet,
  answersChanged,
  DoNotEmail,
  blockedFor,
  syncDoNotEmail,
  unsubscribeLink,
} from './unsubscribe';
import { ensureForm, JobContext, recordEvents, secretOf, surveyFor } from './jobContext';

/** Well inside the 6-minute limit: the last send and its log write still fit. */
export const TIME_BUDGET_MS = 270_000;

interface Sent {
  sent: number;
  failed: number;
  waiting: number;
}

const QUOTA_ERROR = /too many times|quota/i;

/**
 * Why a queued mail is not to go now, if it is not: its rule turned off, its last day past (in
 * the spreadsheet's zone, judged at the send itself, so a run that starts before midnight sends
 * no greeting after it), or the customer unsubscribed since it was planned.
 */
function closing(
  j: JobContext,
  e: LogEntry,
  rules: ReadonlyMap<string, Rule>,
  list: DoNotEmail,
  at: number,
): Reason | undefined {
  const rule = rules.get(e.rule);
  if (!rule || (!rule.on && !e.details.byHand)) return 'ruleOff';
  if (e.details.until < localDay(j.zone, at)) return 'expired';
  return blockedFor(list, e.details.customer, e.email);
}

const closed = (e: LogEntry, reason: Reason, now: number): LogEntry => ({
  ...e,
  time: now,
  status: 'skipped',
  note: '',
  details: { ...e.details, reason },
});

/** Sends the queue, first first, within the quota and the time budget. */
export function sendQueued(
  j: JobContext,
  rules: ReadonlyMap<string, Rule>,
  unsubscribes: { list: DoNotEmail; answers: AnswerSheet | undefined },
  started: number,
  runStart = started,
): Sent {
  const today = localDay(j.zone, started);
  const queue = sendQueue(j.latest, today, (t) => localDay(j.zone, t));
  const now = Date.now();
  const closings: LogEntry[] = [];
  const sendable: LogEntry[] = [];
  for (const { entry: e } of queue) {
    const reason = closing(j, e, rules, unsubscribes.list, now);
    if (reason) closings.push(closed(e, reason, now));
    else sendable.push(e);
  }
  recordEvents(j, closings);
  if (!sendable.length) return { sent: 0, failed: 0, waiting: 0 };

  const marketingToday = new Map<string, number>();
  for (const { entry } of j.latest.values()) {
    if (
      (entry.status === 'sent' || entry.status === 'unknown') &&
      MARKETING.has(entry.details.kind) &&
      localDay(j.zone, entry.time) === today
    ) {
      marketingToday.set(
        entry.details.customer,
        (marketingToday.get(entry.details.customer) ?? 0) + 1,
      );
    }
  }
  const form = ensureForm(j);
  const secret = secretOf(j);
  let list = unsubscribes.list;
  let quota = MailApp.getRemainingDailyQuota();
  let result: Sent = { sent: 0, failed: 0, waiting: 0 };
  // The sent mark of one mail shares a write with the sending mark of the next.
  let done: LogEntry | undefined;
  let i = 0;
  for (; i < sendable.length; i++) {
    const e = sendable[i];
    if (quota <= 0 || Date.now() - runStart > TIME_BUDGET_MS) break;
    const customer = e.details.customer;
    if (
      MARKETING.has(e.details.kind) &&
      (marketingToday.get(customer) ?? 0) >= j.config.capPerDay
    ) {
      // Stays planned: tomorrow it may go.
      continue;
    }
    // An unsubscribe that came in while this run sends stops the mails after it.
    if (answersChanged(unsubscribes.answers)) {
      list = syncDoNotEmail(j.ss, j.owned, j.book, unsubscribes.answers, j.lang).list;
    }
    const late = closing(j, e, rules, list, Date.now());
    if (late) {
      recordEvents(j, [...(done ? [done] : []), closed(e, late, Date.now())]);
      done = undefined;
      continue;
    }
    const sending: LogEntry = {
      ...e,
      time: Date.now(),
      status: 'sending',
      attempts: e.attempts + 1,
      note: '',
    };
    recordEvents(j, [...(done ? [done] : []), sending]);
    done = undefined;
    // Sheets bundles writes: the sending mark must be on the sheet before the mail goes, or a
    // run killed just after the send would leave it planned, to be sent again.
    SpreadsheetApp.flush();
    const mail = composeMail(rules.get(e.rule)!, e.details, {
      lang: j.lang,
      shop: j.shop,
      unsubscribe: unsubscribeLink(form, unsubscribeReference(secret, customer)),
      survey: surveyFor(j, e.details.kind, e.customer),
    });
    try {
      MailApp.sendEmail({
        to: e.email,
        subject: mail.subject,
        body: mail.text,
        htmlBody: mail.html,
        name: j.shop,
      });
      quota--;
      result.sent++;
      if (MARKETING.has(e.details.kind))
        marketingToday.set(customer, (marketingToday.get(customer) ?? 0) + 1);
      done = { ...sending, time: Date.now(), status: 'sent' };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (QUOTA_ERROR.test(message)) {
        // The day's quota went elsewhere: not this mail's failure, and not sent.
        recordEvents(j, [{ ...e, time: Date.now(), note: message }]);
        i++;
        result.waiting++;
        break;
      }
      const status = sending.attempts >= MAX_ATTEMPTS ? 'failed' : 'retry';
      recordEvents(j, [{ ...sending, time: Date.now(), status, note: message }]);
      result.failed++;
    }
  }
  if (done) recordEvents(j, [done]);
  result = { ...result, waiting: result.waiting + (sendable.length - i) };
  return result;
}

/**
 * Nothing to do this hour: before the user's hour (customers get mail in the day), or the day
 * is planned and nothing waits that the quota now allows. Such a run reads no sheet. A run
 * killed while sending left `busy` set, so the next one always looks at the ledger.
 */
