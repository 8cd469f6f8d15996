/** What the Reminders panel's sections share: what the server last said, and how to ask it. */
import type {
  LogStatus,
  LookAhead,
  MailPreview,
  ReminderState,
  TodayPlan,
} from '../../../shared/api';
import { call } from '../../server';
import { busy, render, w } from '../../session';

/** What the server last said (undefined until first asked), and what the user chose. */
export const view: {
  state?: ReminderState;
  plan?: TodayPlan;
  ahead?: LookAhead;
  preview?: MailPreview;
  note: string;
  chosen: { rule: string; customer: string };
} = { note: '', chosen: { rule: '', customer: '' } };

export const p = () => w().remindersPanel;
const status = (id: string) => document.getElementById(id);

export const act = <T>(place: string, text: string, action: () => Promise<T>) =>
  busy(status(place), text, action);

export async function refresh(
  next: Promise<ReminderState>,
  place = 'reminders-status',
): Promise<void> {
  const r = await act(place, p().saving, () => next);
  if (r) {
    view.state = r;
    render();
  }
}

export async function load(): Promise<void> {
  const r = await act('reminders-status', w().panel.loading, () => call('reminderState'));
  if (r) {
    view.state = r;
    render();
  }
}

export const local = (iso: string) =>
  new Date(iso).toLocaleString(w().numberLocale, { hour12: false });

export const statusWord = (s: LogStatus) => w().reminders.statuses[s];
