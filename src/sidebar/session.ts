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
}

/** Filled in once the server has answered (main.ts). */
export const session: Session = {
  state: { lang: 'en' } as SidebarState,
  lang: 'en',
  busy: false,
  tab: 'customers',
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

export function showError(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  errorBox().replaceChildren(h('strong', {}, `${t('error')}: `), message);
  errorBox().hidden = false;
}
const clearError = () => {
  errorBox().hidden = true;
};

/** What a running action disables; the tabs stay live so the keyboard focus is never lost. */
const ACTIONS = 'button:not([role=tab]), select';

/** Runs a server action with the page marked busy: buttons disabled, so nothing starts twice. */
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
  if (status) status.textContent = text;
  clearError();
  try {
    return await action();
  } catch (e) {
    showError(e);
    return undefined;
  } finally {
    session.busy = false;
    document.body.classList.remove('busy');
    for (const b of document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(ACTIONS)) {
      b.disabled = false;
    }
    if (status) status.textContent = '';
  }
}
