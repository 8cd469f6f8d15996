/** The Reminders panel's rules with their switches, and a preview and a test of any rule for any customer. */
import type { ReminderState } from '../../../shared/api';
import { h } from '../../dom';
import { call } from '../../server';
import { render, w } from '../../session';
import { act, p, refresh, view } from './view';

export function rulesSection(s: ReminderState): HTMLElement {
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

export function previewSection(s: ReminderState): HTMLElement {
  // The choice outlives a redraw: the test goes for the rule and customer previewed.
  const rule = h(
    'select',
    { id: 'preview-rule', onchange: () => (view.chosen.rule = rule.value) },
    ...s.rules.map((r) =>
      h('option', { value: r.id, selected: r.id === view.chosen.rule }, r.name),
    ),
  );
  const customer = h('input', {
    type: 'text',
    id: 'preview-customer',
    placeholder: p().customerHint,
    value: view.chosen.customer,
    oninput: () => (view.chosen.customer = customer.value),
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
              view.preview = r;
              view.note = '';
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
              view.note = p().testSent(to);
              render();
            }
          },
        },
        p().sendTest,
      ),
    ),
    h('p', { class: 'status', role: 'status', id: 'preview-status' }, view.note),
    view.preview
      ? h(
          'div',
          { class: 'mail', id: 'mail-preview' },
          view.preview.notSent
            ? h('p', { class: 'notice', id: 'mail-not-sent', role: 'note' }, view.preview.notSent)
            : null,
          h('div', { class: 'sub' }, p().to(view.preview.to)),
          h('strong', { id: 'mail-subject' }, view.preview.subject),
          h('pre', { id: 'mail-text' }, view.preview.text),
        )
      : null,
  );
}
