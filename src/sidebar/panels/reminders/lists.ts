/** The Reminders panel's lists: the sends nobody knows the end of, and the do-not-email list. */
import type { ReminderState } from '../../../shared/api';
import { h } from '../../dom';
import { call } from '../../server';
import { w } from '../../session';
import { p, refresh } from './view';

export function unknownSection(s: ReminderState): HTMLElement | null {
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

export function listSection(s: ReminderState): HTMLElement {
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
      h(
        'button',
        {
          type: 'button',
          id: 'dne-bounced',
          onclick: () => void refresh(call('markBounced', input.value), 'dne-status'),
        },
        p().markBounced,
      ),
    ),
    h('p', { class: 'note' }, h('small', {}, p().bouncedHelp)),
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
