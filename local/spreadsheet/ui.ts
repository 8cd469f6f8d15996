/** What the UI showed: menus, sidebars, dialogs, alerts and toasts, for tests to read. */
export class UiRecord {
  readonly menus: { title: string; items: { caption: string; functionName: string }[] }[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly dialogs: { title: string; content: string }[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  readonly toasts: { message: string; title: string }[] = [];
  /** Buttons the "user" will press at the next alerts, in order; OK by default. */
  readonly answers: string[] = [];
}
