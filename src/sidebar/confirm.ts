/**
 * An inline question before an action that sends mail: what it will do, in numbers and the first
 * names, with a button to go on and one to leave it. Inline rather than window.confirm, which a
 * sidebar's frame may not be allowed to open.
 */
import { h } from './dom';
import { w } from './session';

export function confirmIn(
  placeId: string,
  question: string,
  yes: string,
  go: () => void | Promise<void>,
): void {
  const place = document.getElementById(placeId);
  if (!place) return;
  const cancel = w().remindersPanel.cancel;
  place.replaceChildren(
    h(
      'div',
      { class: 'notice', role: 'alertdialog', 'aria-label': question },
      h('p', { class: 'confirm-question' }, question),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'action confirm-yes',
            onclick: () => {
              place.replaceChildren();
              void go();
            },
          },
          yes,
        ),
        h(
          'button',
          { type: 'button', class: 'confirm-no', onclick: () => place.replaceChildren() },
          cancel,
        ),
      ),
    ),
  );
}
