/** The Reminders panel's answers: to a send nobody knows the end of, and to the Do-not-email list. */
import { fail } from '../../core/ground/i18n';
import { usableEmail } from '../../core/ground/email';
import type { ReminderState } from '../../shared/api';
import { boolean, record, text } from '../ground/input';
import { ownedSheets } from '../ground/ownedSheets';
import { openJob, recordEvents } from './jobContext';
import { openLedger } from './ledger';
import { blockEntry, liftEntry } from './unsubscribe';
import { active, langOf, locked, reminderState } from './panelState';

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

function block(entry: { key: string; email: string }, bounced: boolean): ReminderState {
  locked(() => {
    const ss = active();
    const owned = ownedSheets(ss);
    const lang = langOf(ss);
    blockEntry(ss, owned, openLedger(ss, owned, lang), lang, entry, bounced);
  });
  return reminderState();
}

export const addDoNotEmail = (value: unknown): ReminderState => block(listEntry(value), false);

/** An address that bounced, as the owner read it in their mailbox: MailApp cannot read bounces. */
export function markBounced(value: unknown): ReminderState {
  const entry = listEntry(value);
  if (!entry.email)
    return fail((w) => w.reminders.errors.bounceNeedsEmail(text(value, 'value').trim()));
  return block(entry, true);
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
