/**
 * The Reminders panel: the job (on or off, its hour, a dry run), today's plan, the rules with
 * their switches, a preview and a test of any rule for any customer, the sends nobody knows
 * the end of, the contact list and the do-not-email list.
 */
import { h } from '../dom';
import { call } from '../server';
import { jobSection } from './reminders/job';
import { listSection, unknownSection } from './reminders/lists';
import { planSection } from './reminders/plan';
import { previewSection, rulesSection } from './reminders/rules';
import { act, load, p, refresh, view } from './reminders/view';

export function remindersPanel(): HTMLElement {
  const s = view.state;
  if (s === undefined) queueMicrotask(() => void load());
  const setUp = s && !s.sheets.rules;
  const setUpShop = h('input', { type: 'text', id: 'set-up-shop', maxlength: 100 });
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
            'div',
            { class: 'field' },
            h('label', { for: 'set-up-shop' }, p().shop),
            setUpShop,
            h('p', { class: 'note' }, p().shopHint),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'action',
              id: 'set-up-reminders',
              onclick: () =>
                void refresh(call('setUpReminders', { shop: setUpShop.value }), 'set-up-status'),
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
          'div',
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
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              id: 'export-contacts',
              onclick: () => void exportCsv(),
            },
            p().exportContacts,
          ),
          h('div', { class: 'status', role: 'status', id: 'contacts-export-status' }),
          h('br'),
          h('small', { id: 'contacts-why' }, p().contactsWhy),
        )
      : null,
    s && !setUp ? rulesSection(s) : null,
    s && !setUp ? previewSection(s) : null,
    s && !setUp ? listSection(s) : null,
  );
}

/**
 * Offers today's contacts as a file, and says where the same list is: the sidebar's frame may
 * be refused downloads, and nothing tells the page when a browser drops one.
 */
async function exportCsv(): Promise<void> {
  const place = 'contacts-export-status';
  const r = await act(place, p().exportContacts, () => call('exportContacts'));
  const status = document.getElementById(place);
  if (!r || !status) return;
  if (!r.count) {
    status.textContent = p().nothingToExport;
    return;
  }
  // The byte-order mark makes Excel and WPS read the file as UTF-8, Chinese intact.
  const url = URL.createObjectURL(new Blob(['\uFEFF', r.csv], { type: 'text/csv;charset=utf-8' }));
  h('a', { href: url, download: r.file }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = p().exported(r.count, r.file, r.sheet);
}
