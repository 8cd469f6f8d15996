/** The Reminders panel's plan for today: what will go, to whom, and what stops the rest. */
import { h } from '../../dom';
import { call } from '../../server';
import { render, w } from '../../session';
import { act, p, statusWord, view } from './view';

export function planSection(): HTMLElement {
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
            view.plan = r;
            render();
          }
        },
      },
      p().showPlan,
    ),
    h('p', { class: 'status', role: 'status', id: 'plan-status' }),
    view.plan
      ? h('p', { class: 'note', id: 'plan-line' }, p().planLine(view.plan.today, view.plan.total))
      : null,
    view.plan
      ? h(
          'table',
          { class: 'contacts', id: 'plan-rules' },
          ...view.plan.byRule
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
    view.plan
      ? h(
          'table',
          { class: 'contacts', id: 'plan-lines' },
          ...view.plan.lines.map((l) =>
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
    ...(view.plan?.problems ?? []).map((m) => h('p', { class: 'note error-text' }, m)),
  );
}
