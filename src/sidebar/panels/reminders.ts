/**
 * The Reminders panel: the job (on or off, its hour, a dry run), today's plan, the rules with
 * their switches, a preview and a test of any rule for any customer, the sends nobody knows
 * the end of, the contact list and the do-not-email list.
 */
import type { LogStatus, MailPreview, ReminderState, TodayPlan } from '../../shared/api';
import { h } from '../dom';
import { call } from '../server';
import { busy, render, w } from '../session';

/** What the server last said; undefined until first asked. */
let state: ReminderState | undefined;
let plan: TodayPlan | undefined;
let preview: MailPreview | undefined;
let note = '';
const chosen = { rule: '', customer: '' };

const p = () => w().remindersPanel;
const status = (id: string) => document.getElementById(id);

const act = <T>(place: string, text: string, action: () => Promise<T>) =>
  busy(status(place), text, action);

async function refresh(next: Promise<ReminderState>, place = 'reminders-status'): Promise<void> {
  const r = await act(place, p().saving, () => next);
  if (r) {
    state = r;
    render();
  }
}

async function load(): Promise<void> {
  const r = await act('reminders-status', w().panel.loading, () => call('reminderState'));
  if (r) {
    state = r;
    render();
  }
}

const local = (iso: string) => new Date(iso).toLocaleString(w().numberLocale, { hour12: false });

function jobSection(s: ReminderState): HTMLElement {
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
    placeholder: s.shop,
  });
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
      }),
      'job-status',
    );
  const last = s.lastRun;
  return h(
    'section',
    { id: 'job' },
    h('h2', {}, p().job),
    h('p', { class: 'note', id: 'job-state' }, s.jobOn ? p().jobOn : p().jobOff),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          id: 'job-switch',
          class: s.jobOn ? '' : 'action',
          onclick: () => void refresh(call('switchReminderJob', !s.jobOn), 'job-status'),
        },
        s.jobOn ? p().turnOff : p().turnOn,
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'run-now',
          onclick: async () => {
            const r = await act('job-status', p().running, () => call('runRemindersNow'));
            if (r) await load();
          },
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
            ? p().lastError(last.error)
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
      h('div', { class: 'field check' }, dry, h('label', { for: 'reminder-dry' }, p().dryRun)),
      h('button', { type: 'button', id: 'save-reminder-settings', onclick: save }, p().save),
    ),
  );
}

const statusWord = (s: LogStatus) => w().reminders.statuses[s];

function planSection(): HTMLElement {
  return h(
    'section',
    { id: 'plan' },
    h('h2', {}, p().plan),
    h(
      'button',
      {
        type: 'button',
        id: 'show-plan',
        onclick: async () => {
          const r = await act('plan-status', w().panel.loading, () => call('planToday'));
          if (r) {
            plan = r;
            render();
          }
        },
      },
      p().showPlan,
    ),
    h('p', { class: 'status', role: 'status', id: 'plan-status' }),
    plan ? h('p', { class: 'note', id: 'plan-line' }, p().planLine(plan.today, plan.total)) : null,
    plan
      ? h(
          'table',
          { class: 'contacts', id: 'plan-rules' },
          ...plan.byRule
            .filter((r) => r.mails + r.contacts + r.skipped > 0)
            .map((r) =>
              h(
                'tr',
                { 'data-rule': r.rule },
                h(
                  'td',
                  {},
                  r.name,
                  h('div', { class: 'sub' }, p().planCounts(r.mails, r.contacts, r.skipped)),
                ),
              ),
            ),
        )
      : null,
    plan
      ? h(
          'table',
          { class: 'contacts', id: 'plan-lines' },
          ...plan.lines.map((l) =>
            h(
              'tr',
              { 'data-status': l.status },
              h(
                'td',
                {},
                l.tier ? h('span', { class: `tier tier-${l.tier}` }, l.tier) : null,
                l.name || l.customer,
                h('div', { class: 'sub' }, `${l.rule} · ${l.email || l.customer}`),
              ),
              h(
                'td',
                { class: 'num' },
                statusWord(l.status),
                l.note ? h('div', { class: 'sub' }, l.note) : null,
              ),
            ),
          ),
        )
      : null,
    ...(plan?.problems ?? []).map((m) => h('p', { class: 'note error-text' }, m)),
  );
}

function rulesSection(s: ReminderState): HTMLElement {
  return h(
    'section',
    { id: 'rules' },
    h('h2', {}, p().rules),
    s.ruleErrors.length
      ? h(
          'div',
          { class: 'error-box', role: 'alert', id: 'rule-errors' },
          h('strong', {}, p().ruleErrors),
          ...s.ruleErrors.slice(0, 5).map((e) => h('div', {}, e)),
        )
      : null,
    h(
      'table',
      { class: 'contacts', id: 'rule-list' },
      ...s.rules.map((r) =>
        h(
          'tr',
          { 'data-rule': r.id },
          h(
            'td',
            {},
            h('input', {
              type: 'checkbox',
              id: `rule-${r.id}`,
              checked: r.on,
              onchange: (e: Event) =>
                void refresh(
                  call('setRuleOn', { id: r.id, on: (e.target as HTMLInputElement).checked }),
                  'rules-status',
                ),
            }),
          ),
          h(
            'td',
            {},
            h('label', { for: `rule-${r.id}` }, r.name),
            h(
              'div',
              { class: 'sub' },
              `${w().reminders.kinds[r.kind]} · ${r.when} · ${r.audience}`,
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'status', role: 'status', id: 'rules-status' }),
    s.sheets.rules
      ? h(
          'button',
          { type: 'button', class: 'link', onclick: () => void call('showSheet', s.sheets.rules!) },
          p().openSheet,
        )
      : null,
  );
}

function previewSection(s: ReminderState): HTMLElement {
  // The choice outlives a redraw: the test goes for the rule and customer previewed.
  const rule = h(
    'select',
    { id: 'preview-rule', onchange: () => (chosen.rule = rule.value) },
    ...s.rules.map((r) => h('option', { value: r.id, selected: r.id === chosen.rule }, r.name)),
  );
  const customer = h('input', {
    type: 'text',
    id: 'preview-customer',
    placeholder: p().customerHint,
    value: chosen.customer,
    oninput: () => (chosen.customer = customer.value),
  });
  const request = () => ({ rule: rule.value, customer: customer.value });
  return h(
    'section',
    { id: 'preview-mail' },
    h('h2', {}, p().preview),
    h('div', { class: 'field' }, h('label', { for: 'preview-rule' }, p().rule), rule),
    h('div', { class: 'field' }, h('label', { for: 'preview-customer' }, p().customer), customer),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          id: 'show-preview',
          onclick: async () => {
            const r = await act('preview-status', w().panel.loading, () =>
              call('previewMail', request()),
            );
            if (r) {
              preview = r;
              note = '';
              render();
            }
          },
        },
        p().showPreview,
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'send-test',
          onclick: async () => {
            const to = await act('preview-status', p().running, () =>
              call('sendTestMail', request()),
            );
            if (to) {
              note = p().testSent(to);
              render();
            }
          },
        },
        p().sendTest,
      ),
    ),
    h('p', { class: 'status', role: 'status', id: 'preview-status' }, note),
    preview
      ? h(
          'div',
          { class: 'mail', id: 'mail-preview' },
          h('div', { class: 'sub' }, p().to(preview.to)),
          h('strong', { id: 'mail-subject' }, preview.subject),
          h('pre', { id: 'mail-text' }, preview.text),
        )
      : null,
  );
}

function unknownSection(s: ReminderState): HTMLElement | null {
  if (!s.unknowns.length) return null;
  return h(
    'section',
    { id: 'unknowns' },
    h('h2', {}, w().panel.countIn(p().unknowns, s.unknowns.length)),
    h('p', { class: 'note' }, p().unknownsHelp),
    h(
      'table',
      { class: 'contacts' },
      ...s.unknowns.map((u) =>
        h(
          'tr',
          {},
          h('td', {}, u.name || u.customer, h('div', { class: 'sub' }, `${u.rule} · ${u.email}`)),
          h(
            'td',
            { class: 'num' },
            h(
              'button',
              {
                type: 'button',
                onclick: () => void refresh(call('resolveUnknown', { key: u.key, resend: true })),
              },
              p().resend,
            ),
            h(
              'button',
              {
                type: 'button',
                onclick: () => void refresh(call('resolveUnknown', { key: u.key, resend: false })),
              },
              p().dismiss,
            ),
          ),
        ),
      ),
    ),
  );
}

function listSection(s: ReminderState): HTMLElement {
  const input = h('input', { type: 'text', id: 'dne-value', placeholder: p().doNotEmailHint });
  return h(
    'section',
    { id: 'do-not-email' },
    h('h2', {}, w().panel.countIn(p().doNotEmail, s.doNotEmail.length)),
    h(
      'div',
      { class: 'actions' },
      input,
      h(
        'button',
        {
          type: 'button',
          id: 'dne-add',
          onclick: () => void refresh(call('addDoNotEmail', input.value), 'dne-status'),
        },
        p().add,
      ),
    ),
    h('p', { class: 'status', role: 'status', id: 'dne-status' }),
    h(
      'table',
      { class: 'contacts', id: 'dne-list' },
      ...s.doNotEmail.map((d) =>
        h(
          'tr',
          {},
          h('td', {}, d.customer || d.email, h('div', { class: 'sub' }, d.source)),
          h(
            'td',
            { class: 'num' },
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                onclick: () =>
                  void refresh(call('removeDoNotEmail', d.customer || d.email), 'dne-status'),
              },
              p().remove,
            ),
          ),
        ),
      ),
    ),
  );
}

export function remindersPanel(): HTMLElement {
  const s = state;
  if (s === undefined) queueMicrotask(() => void load());
  const setUp = s && !s.sheets.rules;
  return h(
    'div',
    {},
    h('p', { class: 'status', role: 'status', id: 'reminders-status' }),
    setUp
      ? h(
          'section',
          { id: 'set-up' },
          h('p', { class: 'note' }, p().notSetUp),
          h(
            'button',
            {
              type: 'button',
              class: 'action',
              id: 'set-up-reminders',
              onclick: () => void refresh(call('setUpReminders'), 'set-up-status'),
            },
            p().setUp,
          ),
          h('p', { class: 'status', role: 'status', id: 'set-up-status' }),
        )
      : null,
    s && !setUp ? jobSection(s) : null,
    s && !setUp ? unknownSection(s) : null,
    s && !setUp ? planSection() : null,
    s && !setUp
      ? h(
          'p',
          { class: 'note', id: 'contacts-open' },
          p().contacts(s.contactsOpen),
          ' ',
          s.sheets.contacts
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: () => void call('showSheet', s.sheets.contacts!),
                },
                p().openSheet,
              )
            : null,
        )
      : null,
    s && !setUp ? rulesSection(s) : null,
    s && !setUp ? previewSection(s) : null,
    s && !setUp ? listSection(s) : null,
  );
}
