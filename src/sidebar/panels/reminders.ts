/** The Reminders panel: whom to follow up and whom to remind of replenishment today. */
import type { ContactRow, DueReminders } from '../../shared/api';
import { h } from '../dom';
import { call } from '../server';
import { busy, render, t, w } from '../session';

/** Who to contact; undefined until first asked for. */
let due: DueReminders | undefined;

async function loadReminders(days: number): Promise<void> {
  const r = await busy(document.getElementById('reminders-status'), t('loading'), () =>
    call('dueReminders', days),
  );
  if (r !== undefined) {
    due = r;
    render();
  }
}

function contactList(id: string, title: string, rows: ContactRow[]): HTMLElement {
  return h(
    'section',
    { id },
    h('h2', {}, w().panel.countIn(title, rows.length)),
    rows.length === 0
      ? h('p', { class: 'note' }, t('nobody'))
      : h(
          'table',
          { class: 'contacts' },
          ...rows.map((c) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                c.tier ? h('span', { class: `tier tier-${c.tier}` }, c.tier) : null,
                c.name || c.id,
                h(
                  'div',
                  { class: 'sub' },
                  c.email || (c.phone ? w().panel.reachBy(c.phone) : t('noEmail')),
                ),
              ),
              h(
                'td',
                { class: c.overdue ? 'num overdue' : 'num' },
                c.date,
                c.overdue ? h('div', { class: 'sub' }, t('overdue')) : null,
              ),
            ),
          ),
        ),
  );
}

export function remindersPanel(): HTMLElement {
  const r = due;
  const days = r?.horizonDays ?? 7;
  const select = h(
    'select',
    { id: 'reminder-days', onchange: () => void loadReminders(Number(select.value)) },
    ...[3, 7, 14, 30].map((d) =>
      h('option', { value: d, selected: d === days }, w().panel.daysOption(d)),
    ),
  );
  if (r === undefined) queueMicrotask(() => void loadReminders(days));
  return h(
    'div',
    {},
    h('div', { class: 'field' }, h('label', { for: 'reminder-days' }, t('lookAhead')), select),
    h('p', { class: 'status', role: 'status', id: 'reminders-status' }),
    r ? h('p', { class: 'note' }, `${t('today')}${w().colon}${r.today}`) : null,
    r ? contactList('follow-up', t('followUp'), r.followUp) : null,
    r ? contactList('replenish', t('replenish'), r.replenish) : null,
  );
}
