/** The add-on menu, the sidebar and dialogs. */
import { Lang, langFromLocale } from '../core/i18n';
import { HELP, MENU, SIDEBAR_TITLE } from './labels';

/**
 * The user's own language. On open with limited authorization the spreadsheet cannot be
 * read, but the user's locale can.
 */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

export function buildMenu(): void {
  const lang = userLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU.open[lang], 'menuOpenSidebar')
    .addSeparator()
    .addItem(MENU.help[lang], 'menuHelp')
    .addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE[userLang()]);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  ui.alert(MENU.help[lang], HELP[lang], ui.ButtonSet.OK);
}
