/** The Reminders panel's job: on or off, its hour, a dry run, its last run and the day's quota. */
import type { ReminderState } from '../../../shared/api';
import { h } from '../../dom';
import { call } from '../../server';
import { w } from '../../session';
import { act, load, local, p, refresh } from './view';
import { confirmIn } from '../../confirm';

/** Runs the job now; when it would send mail, after the user saw how many and to whom. */
async function runNow(dryRun: boolean): Promise<void> {
  const run = async () => {
    const r = await act('job-status', p().running, () => call('runRemindersNow'));
    if (r) await load();
  };
  if (dryRun) return run();
  const plan = await act('job-status', w().panel.loading, () => call('planToday'));
  if (!plan) return;
  if (!plan.toSend) return run();
  confirmIn(
    'job-status',
    p().confirmRunNow(plan.toSend, p().firstOf(plan.toSend, plan.firstToSend)),
    p().yesSend,
    run,
  );
}

export function jobSection(s: ReminderState): HTMLElement {
  const hour = h(
    'select',
    { id: 'reminder-hour' },
    ...Array.from({ length: 24 }, (_, i) =>
      h('option', { value: i, selected: i === s.settings.hour }, p().hourOption(i)),
    ),
  );
  const dry = h('input', { type: 'checkbox', id: 'reminder-dry', checked: s.settings.dryRun });
  const shop = h('input', {
    type: 'text',
    id: 'reminder-shop',
    value: s.settings.shop,
    required: true,
  });
  const closed = h('textarea', {
    id: 'reminder-closed',
    rows: 2,
    placeholder: '2027-02-10 ~ 2027-02-17, 2027-10-01',
  });
  closed.value = s.settings.closed;
  const cap = h(
    'select',
    { id: 'reminder-cap' },
    ...[1, 2, 3].map((n) => h('option', { value: n, selected: n === s.settings.capPerDay }, n)),
  );
  const keep = h(
    'select',
    { id: 'reminder-log-days' },
    ...[...new Set([90, 180, 365, 730, 1825, s.settings.logDays])]
      .sort((a, b) => a - b)
      .map((n) =>
        h('option', { value: n, selected: n === s.settings.logDays }, p().logDaysOption(n)),
      ),
  );
  const save = () =>
    void refresh(
      call('saveReminderSettings', {
        hour: Number(hour.value),
        dryRun: dry.checked,
        shop: shop.value,
        capPerDay: Number(cap.value),
        logDays: Number(keep.value),
        closed: closed.value,
      }),
      'job-status',
    );
  const last = s.lastRun;
  const other = s.runner && !s.runner.me ? s.runner.by : null;
  const switchJob = async () => {
    // Turning on sends today's mails at the hour: say how many and to whom first.
    if (!s.jobOn && !s.settings.dryRun) {
      const plan = await act('job-status', w().panel.loading, () => call('planToday'));
      if (!plan) return;
      const first = p().firstOf(plan.toSend, plan.firstToSend);
      confirmIn(
        'job-status',
        p().confirmTurnOn(p().hourOption(s.settings.hour), plan.toSend, first),
        p().yesTurnOn,
        () => refresh(call('switchReminderJob', true), 'job-status'),
      );
      return;
    }
    await refresh(call('switchReminderJob', !s.jobOn), 'job-status');
    // Turned off from another account than the one that sends: say what becomes of its trigger.
    const status = document.getElementById('job-status');
    if (other && s.jobOn && status) status.textContent = p().offForOther(other);
  };
  return h(
    'section',
    { id: 'job' },
    h('h2', {}, p().job),
    h('p', { class: 'note', id: 'job-state' }, s.jobOn ? p().jobOn : p().jobOff),
    s.runner
      ? h(
          'p',
          { class: 'note', id: 'job-runner' },
          s.runner.me
            ? p().runByMe(local(s.runner.since))
            : p().runBy(s.runner.by, local(s.runner.since)),
        )
      : null,
    s.account.count
      ? h(
          'p',
          { class: 'note', id: 'job-account' },
          p().accountJobs(s.account.count, s.account.limit),
        )
      : null,
    s.missingScopes.length
      ? h(
          'p',
          { class: 'note error-text', id: 'job-scopes' },
          p().scopesMissing(s.missingScopes.join(w().listSeparator)),
        )
      : null,
    s.runFailure
      ? h('p', { class: 'note error-text', id: 'job-open-failure' }, s.runFailure)
      : null,
    s.formsClosed
      ? h('p', { class: 'note error-text', id: 'forms-closed' }, p().formsClosed)
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          id: 'job-switch',
          class: s.jobOn ? '' : 'action',
          onclick: () => void switchJob(),
        },
        s.jobOn ? p().turnOff : p().turnOn,
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'run-now',
          // Mail goes from the account that runs the job: only it runs it now.
          disabled: !!other,
          title: other ? p().runBy(other, local(s.runner!.since)) : '',
          onclick: () => void runNow(s.settings.dryRun),
        },
        p().runNow,
      ),
    ),
    h('p', { class: 'status', role: 'status', id: 'job-status' }),
    last
      ? h(
          'p',
          { class: last.error ? 'note error-text' : 'note', id: 'last-run' },
          last.error
            ? p().lastError(local(last.at), last.error)
            : last.dryRun
              ? p().lastDryRun(local(last.at), last.planned)
              : p().lastRun(local(last.at), last.sent, last.waiting, last.failed),
        )
      : null,
    s.stalledSince
      ? h('p', { class: 'note error-text', id: 'job-stalled' }, p().stalled(local(s.stalledSince)))
      : s.lastGap
        ? h(
            'p',
            { class: 'note', id: 'job-gap' },
            p().gap(local(s.lastGap.from), local(s.lastGap.to)),
          )
        : null,
    h('p', { class: 'note', id: 'quota' }, p().quota(s.quota)),
    h(
      'details',
      {},
      h('summary', {}, w().panel.change),
      h('div', { class: 'field' }, h('label', { for: 'reminder-hour' }, p().hour), hour),
      h('div', { class: 'field' }, h('label', { for: 'reminder-shop' }, p().shop), shop),
      h('div', { class: 'field' }, h('label', { for: 'reminder-cap' }, p().cap), cap),
      h('div', { class: 'field' }, h('label', { for: 'reminder-log-days' }, p().logDays), keep),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'reminder-closed' }, p().closed),
        closed,
        h('p', { class: 'note' }, p().closedHint),
      ),
      h('div', { class: 'field check' }, dry, h('label', { for: 'reminder-dry' }, p().dryRun)),
      h('button', { type: 'button', id: 'save-reminder-settings', onclick: save }, p().save),
    ),
  );
}
