/**
 * What every panel shares: the sidebar's state from the server, the language it speaks, the
 * busy flag that keeps an action from starting twice, and the one place errors are shown.
 */
import type { Lang, SidebarState } from '../shared/api';
import { words, Words } from '../words';
import { h } from './dom';

export interface Session {
  state: SidebarState;
  lang: Lang;
  busy: boolean;
  tab: string;
  /** The user opened the column choices: they stay open across redraws. */
  columnsOpen: boolean;
}

/** Filled in once the server has answered (main.ts). */
export const session: Session = {
  state: { lang: 'en' } as SidebarState,
  lang: 'en',
  busy: false,
  tab: 'customers',
  columnsOpen: false,
};

/** The catalogue in the panel's language, and a panel word by key. */
export const w = (): Words => words(session.lang);
type Panel = Words['panel'];
type PanelWord = { [K in keyof Panel]: Panel[K] extends string ? K : never }[keyof Panel];
export const t = (key: PanelWord): string => w().panel[key];

let redraw: () => void = () => {};
/** The shell registers how to draw the sidebar; panels ask for a redraw after a change. */
export const onRender = (draw: () => void): void => {
  redraw = draw;
};
export const render = (): void => redraw();

const errorBox = () => document.getElementById('error') as HTMLElement;

/**
 * An error where the user is looking: next to the action that failed (its status line), or
 * at the top when there is none. It stays until dismissed or the next action starts.
 */
export function showError(e: unknown, place: HTMLElement | null = null): void {
  const message = e instanceof Error ? e.message : String(e);
  const box = place ?? errorBox();
  const dismiss = h(
    'button',
    {
      type: 'button',
      class: 'dismiss',
      'aria-label': t('dismiss'),
      title: t('dismiss'),
      onclick: () => {
        if (place) place.replaceChildren();
        else box.hidden = true;
      },
    },
    '×',
  );
  const alert = h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('strong', {}, `${t('error')}${w().colon}`),
    message,
    dismiss,
  );
  if (place) place.replaceChildren(alert);
  else {
    box.replaceChildren(...alert.childNodes);
    box.hidden = false;
  }
  (place ?? box).scrollIntoView?.({ block: 'nearest' });
}
const clearError = () => {
  errorBox().hidden = true;
};

/** What a running action disables; the tabs stay live so the keyboard focus is never lost. */
const ACTIONS = 'button:not([role=tab]):not(.dismiss), select';

/** A spinner and what is happening, in the panel's language. */
export const working = (text: string): HTMLElement =>
  h('span', { class: 'working' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);

/**
 * Runs a server action with the page marked busy: buttons disabled, so nothing starts twice.
 * Progress shows in the action's status line, scrolled into view; so does an error.
 */
export async function busy<T>(
  status: HTMLElement | null,
  text: string,
  action: () => Promise<T>,
): Promise<T | undefined> {
  if (session.busy) return undefined;
  session.busy = true;
  document.body.classList.add('busy');
  for (const b of document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(ACTIONS)) {
    b.disabled = true;
  }
  if (status) {
    status.replaceChildren(working(text));
    status.scrollIntoView?.({ block: 'nearest' });
  }
  clearError();
  try {
    const result = await action();
    if (status) status.replaceChildren();
    return result;
  } catch (e) {
    showError(e, status);
    return undefined;
  } finally {
    session.busy = false;
    document.body.classList.remove('busy');
    for (const b of document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(ACTIONS)) {
      b.disabled = false;
    }
  }
}
