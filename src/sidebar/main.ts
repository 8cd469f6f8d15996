/**
 * The SheetCare sidebar's shell: the tabs, one per panel (each in panels/), and the start.
 * Panels are registered in one list, so a new one slots in.
 */
import { en, Words, zh } from '../words';
import { h } from './dom';
import { customersPanel } from './panels/customers';
import { helpPanel } from './panels/help';
import { remindersPanel } from './panels/reminders';
import { settingsPanel } from './panels/settings';
import { surveyPanel } from './panels/survey';
import { call } from './server';
import { onRender, session, showError, w, working } from './session';

const root = document.getElementById('app') as HTMLElement;

/** Each tab is named as its menu item is: one name for one thing. */
const PANELS: {
  id: string;
  label: (w: Words) => string;
  render: () => HTMLElement;
  /** A narrow tab shows this sign, named by its label for screen readers and on hover. */
  sign?: string;
}[] = [
  { id: 'customers', label: (w) => w.panel.tabCustomers, render: customersPanel },
  { id: 'reminders', label: (w) => w.menu.reminders, render: remindersPanel },
  { id: 'survey', label: (w) => w.menu.survey, render: surveyPanel },
  { id: 'settings', label: (w) => w.menu.settings, render: settingsPanel },
  { id: 'help', label: (w) => w.menu.help, render: helpPanel, sign: '?' },
];

function render(): void {
  // Rebuilding the panel must not take the keyboard focus away from where the user was.
  const focused = document.activeElement?.id;
  document.documentElement.lang = session.lang === 'zh' ? 'zh-CN' : 'en';
  const tabs = h('div', { role: 'tablist', class: 'tabs' });
  PANELS.forEach((p, i) => {
    const selected = session.tab === p.id;
    const button = h(
      'button',
      {
        role: 'tab',
        type: 'button',
        id: `tab-${p.id}`,
        class: p.sign ? 'sign' : undefined,
        'aria-label': p.sign ? p.label(w()) : undefined,
        title: p.sign ? p.label(w()) : undefined,
        'aria-selected': String(selected),
        'aria-controls': `panel-${p.id}`,
        tabindex: selected ? 0 : -1,
        onclick: () => {
          session.tab = p.id;
          render();
          document.getElementById(`tab-${p.id}`)?.focus();
        },
        onkeydown: (e: Event) => {
          const k = (e as KeyboardEvent).key;
          if (k !== 'ArrowRight' && k !== 'ArrowLeft') return;
          const next = PANELS[(i + (k === 'ArrowRight' ? 1 : PANELS.length - 1)) % PANELS.length];
          session.tab = next.id;
          render();
          document.getElementById(`tab-${next.id}`)?.focus();
        },
      },
      p.sign ?? p.label(w()),
    );
    tabs.append(button);
  });
  const panel = PANELS.find((p) => p.id === session.tab) ?? PANELS[0];
  root.replaceChildren(
    tabs,
    h(
      'div',
      { role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}` },
      panel.render(),
    ),
  );
  if (focused) document.getElementById(focused)?.focus();
}

async function start(): Promise<void> {
  // Before the server says which language to speak, the browser's is the user's.
  const first = /^zh/i.test(navigator.language) ? zh : en;
  root.replaceChildren(working(first.panel.loading));
  try {
    const state = await call('getSidebarState');
    const requested = (window as unknown as { SHEETCARE_TAB?: string }).SHEETCARE_TAB;
    Object.assign(session, {
      state,
      lang: state.lang,
      tab: PANELS.some((p) => p.id === requested) ? (requested as string) : 'customers',
    });
    render();
  } catch (e) {
    root.replaceChildren();
    showError(e);
  }
}

onRender(render);
void start();
