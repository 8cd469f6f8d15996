/** The add-on menu, the sidebar and dialogs. */
import type { Tier } from '../../core/customers/abc';
import type { AnalyzeContinuing, AnalyzeResult } from '../../shared/api';
import { analysisNotices } from '../../shared/notices';
import { words } from '../../words';
import { spokenLang, userMessage } from './errors';
import { userLang } from './lang';

export function buildMenu(): void {
  const menu = words(userLang()).menu;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menu.open, 'menuOpenSidebar')
    .addItem(menu.analyze, 'menuAnalyze')
    .addItem(menu.reminders, 'menuReminders')
    .addItem(menu.survey, 'menuSurvey')
    .addSeparator()
    .addItem(menu.settings, 'menuSettings')
    .addItem(menu.help, 'menuHelp')
    .addToUi();
}

export type SidebarTab = 'customers' | 'reminders' | 'survey' | 'settings' | 'help';

/** Opens the sidebar, on the given panel. */
export function showSidebar(tab: SidebarTab = 'customers'): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(words(userLang()).sidebarTitle)
    .append(`<script>window.SHEETCARE_TAB = ${JSON.stringify(tab)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Runs a menu action; whatever goes wrong is told to the user in a dialog, never swallowed. */
export function withAlert(action: () => void): void {
  try {
    action();
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    const lang = spokenLang();
    ui.alert(words(lang).errorTitle, userMessage(e, lang), ui.ButtonSet.OK);
  }
}

/** The dialog after Analyze, in the user's language (the sheets are in the spreadsheet's). */
export function reportAnalysis(r: AnalyzeResult | AnalyzeContinuing): void {
  const w = words(spokenLang());
  if ('continuing' in r) {
    // A menu run cannot go on by itself: the sidebar's Analyze takes the result up.
    const ui = SpreadsheetApp.getUi();
    ui.alert(
      w.warehouse.title,
      w.warehouse.continuing(r.continuing.fetched, r.continuing.total),
      ui.ButtonSet.OK,
    );
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    w.analysisReport.summary(r.orderSheet, r.customers, r.rowsUsed, r.rowsNotUsed, r.sheets.issues),
    ...analysisNotices(r, w).flatMap((n) => ['', n]),
    '',
    ...r.tiers.map(
      (t) =>
        `${w.tiers[t.key as Tier]}${w.colon}${t.customers} (${pct(t.shareOfCustomers)}) · ${pct(t.shareOfSpend)}`,
    ),
    '',
    w.analysisReport.seeSheets(r.sheets.customers, r.sheets.summary),
  ];
  const ui = SpreadsheetApp.getUi();
  ui.alert(w.analysisDone, lines.join('\n'), ui.ButtonSet.OK);
}
