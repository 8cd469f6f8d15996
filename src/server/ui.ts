/** The add-on menu, the sidebar and dialogs. */
import type { AnalyzeResult } from '../shared/api';
import { analysisNotices } from '../shared/notices';
import { ANALYSIS_DONE, ERROR_TITLE, HELP, MENU, SIDEBAR_TITLE } from './labels';
import { errorLang, userMessage } from './errors';
import { userLang } from './lang';

export function buildMenu(): void {
  const lang = userLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU.open[lang], 'menuOpenSidebar')
    .addItem(MENU.analyze[lang], 'menuAnalyze')
    .addItem(MENU.reminders[lang], 'menuReminders')
    .addItem(MENU.survey[lang], 'menuSurvey')
    .addSeparator()
    .addItem(MENU.settings[lang], 'menuSettings')
    .addItem(MENU.help[lang], 'menuHelp')
    .addToUi();
}

export type SidebarTab = 'customers' | 'reminders' | 'survey' | 'settings';

/** Opens the sidebar, on the given panel. */
export function showSidebar(tab: SidebarTab = 'customers'): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(SIDEBAR_TITLE[userLang()])
    .append(`<script>window.SHEETCARE_TAB = ${JSON.stringify(tab)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  ui.alert(MENU.help[lang], HELP[lang], ui.ButtonSet.OK);
}

/** Runs a menu action; whatever goes wrong is told to the user in a dialog, never swallowed. */
export function withAlert(action: () => void): void {
  try {
    action();
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    const lang = errorLang();
    ui.alert(ERROR_TITLE[lang], userMessage(e, lang), ui.ButtonSet.OK);
  }
}

export function reportAnalysis(r: AnalyzeResult): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const zh = r.lang === 'zh';
  const lines = [
    zh
      ? `订单表“${r.orderSheet}”：${r.customers} 位客户，使用 ${r.rowsUsed} 行，${r.rowsNotUsed} 行未使用（见“${r.sheets.issues}”）。`
      : `Order sheet "${r.orderSheet}": ${r.customers} customers from ${r.rowsUsed} rows; ${r.rowsNotUsed} rows not used (see "${r.sheets.issues}").`,
    ...analysisNotices(r, r.lang).flatMap((n) => ['', n]),
    '',
    ...r.tiers.map(
      (t) => `${t.label}: ${t.customers} (${pct(t.shareOfCustomers)}) · ${pct(t.shareOfSpend)}`,
    ),
    '',
    zh
      ? `详见“${r.sheets.customers}”和“${r.sheets.summary}”。`
      : `See "${r.sheets.customers}" and "${r.sheets.summary}".`,
  ];
  const ui = SpreadsheetApp.getUi();
  ui.alert(ANALYSIS_DONE[r.lang], lines.join('\n'), ui.ButtonSet.OK);
}
