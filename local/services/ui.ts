/** The spreadsheet UI: the add-on menu, sidebars, dialogs and alerts (https://developers.google.com/apps-script/reference/base/ui). */
import { countCalls, Env, Check, NotInRealApi } from '../env';
import type { UiRecord } from '../spreadsheet/ui';
import { FakeHtmlOutput } from './html';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export class FakeMenu {
  readonly _items: { caption: string; functionName: string }[] = [];
  constructor(
    readonly _env: Env,
    readonly _ui: UiRecord,
    readonly _title: string,
  ) {}
  addItem(caption: string, functionName: string) {
    this._items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this._items.push({ caption: '---', functionName: '' });
    return this;
  }
  addSubMenu(menu: FakeMenu) {
    this._items.push(
      ...menu._items.map((i) => ({ ...i, caption: `${menu._title} › ${i.caption}` })),
    );
    return this;
  }
  addToUi() {
    const existing = this._ui.menus.findIndex((m) => m.title === this._title);
    const menu = { title: this._title, items: [...this._items] };
    if (existing >= 0) this._ui.menus[existing] = menu;
    else this._ui.menus.push(menu);
  }
}

export class FakeUi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  constructor(
    readonly _env: Env,
    readonly _record: UiRecord,
  ) {}
  createAddonMenu() {
    return new FakeMenu(this._env, this._record, 'Extensions › SheetCare');
  }
  createMenu(caption: string) {
    return new FakeMenu(this._env, this._record, caption);
  }
  showSidebar(userInterface: FakeHtmlOutput) {
    this._record.sidebars.push({ title: userInterface._title, content: userInterface._content });
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string) {
    this._record.dialogs.push({ title, content: userInterface._content });
  }
  alert(title: string, prompt?: unknown, _buttons?: unknown) {
    this._record.alerts.push({ title, prompt: typeof prompt === 'string' ? prompt : '' });
    return this._record.answers.shift() ?? Button.OK;
  }
}

export type _Checks = [
  Check<NotInRealApi<FakeUi, GoogleAppsScript.Base.Ui>>,
  Check<NotInRealApi<FakeMenu, GoogleAppsScript.Base.Menu>>,
];

countCalls(FakeUi, 'Ui');
countCalls(FakeMenu, 'Menu');
