/** The Reminders panel's plan for today: what will go, to whom, and what stops the rest. */
import { h } from '../../dom';
import { call } from '../../server';
import { render, w } from '../../session';
import { act, p, statusWord, view } from './view';
import type { LookAheadDay } from '../../../shared/api';

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
    aheadSection(),
  );
}

/** "11月25日周三" / "Wed, Nov 25": the day as the user reads dates. */
const dayText = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(w().numberLocale, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  });

/** The next 14 days, a line per day; each opens to its rules, and each rule to who gets it. */
function aheadSection(): HTMLElement {
  const a = view.ahead;
  const total = (d: LookAheadDay, k: 'mails' | 'contacts') =>
    d.byRule.reduce((n, r) => n + r[k], 0);
  const days = a?.days.filter((d) => d.byRule.length > 0) ?? [];
  return h(
    'div',
    { id: 'look-ahead' },
    h('h3', {}, p().lookAhead),
    h(
      'button',
      {
        type: 'button',
        id: 'show-ahead',
        onclick: async () => {
          const r = await act('ahead-status', w().panel.loading, () => call('lookAhead'));
          if (r) {
            view.ahead = r;
            render();
          }
        },
      },
      p().showLookAhead,
    ),
    h('p', { class: 'status', role: 'status', id: 'ahead-status' }),
    a && !days.length ? h('p', { class: 'note', id: 'ahead-nothing' }, p().aheadNothing) : null,
    ...days.map((d) =>
      h(
        'details',
        { class: 'ahead-day', 'data-day': d.day },
        h(
          'summary',
          {},
          p().aheadDay(dayText(d.day), total(d, 'mails'), total(d, 'contacts')),
          d.closed ? h('span', { class: 'sub' }, ` · ${p().aheadClosed}`) : null,
        ),
        ...d.byRule.map((r) =>
          h(
            'details',
            { class: 'ahead-rule', 'data-rule': r.rule },
            h('summary', {}, p().aheadRule(r.name, r.mails, r.contacts, r.skipped)),
            h(
              'ul',
              { class: 'ahead-who' },
              ...r.who.map((x) =>
                h(
                  'li',
                  {},
                  x.name,
                  h(
                    'span',
                    { class: 'sub' },
                    ` ${x.byHand ? p().byHand : ''} ${x.reach}`.trimEnd(),
                  ),
                ),
              ),
              r.more ? h('li', { class: 'sub' }, p().aheadMore(r.more)) : null,
            ),
          ),
        ),
      ),
    ),
  );
}
