import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../local/preview';
import { StandIn } from '../local/runner';
import { words } from '../src/words';

describe('the SheetCare menu', () => {
  it('is built on open with limited authorization, in the user’s language', () => {
    const zh = new StandIn({ userLocale: 'zh-CN' });
    zh.simpleTrigger('onOpen');
    const en = new StandIn({ userLocale: 'en' });
    en.simpleTrigger('onInstall');
    const captions = (s: StandIn) =>
      s.spreadsheet._ui.menus[0].items.filter((i) => i.functionName).map((i) => i.caption);
    expect(captions(zh)).toEqual([
      '打开 SheetCare',
      '分析客户',
      '客户提醒',
      '满意度调查',
      '设置',
      '帮助',
    ]);
    expect(captions(en)).toEqual([
      'Open SheetCare',
      'Analyze customers',
      'Reminders',
      'Satisfaction survey',
      'Settings',
      'Help',
    ]);
  });

  it('names only functions that exist in the build', () => {
    const s = new StandIn();
    s.simpleTrigger('onOpen');
    for (const item of s.spreadsheet._ui.menus[0].items.filter((i) => i.functionName)) {
      expect(typeof s.context[item.functionName], item.functionName).toBe('function');
    }
  });

  it('opens the sidebar on the panel asked for', () => {
    const s = new StandIn({ userLocale: 'en' });
    s.run('menuOpenSidebar');
    s.run('menuSettings');
    const [open, settings] = s.spreadsheet._ui.sidebars;
    expect(open.title).toBe('SheetCare');
    expect(open.content).toContain('window.SHEETCARE_TAB = "customers"');
    expect(settings.content).toContain('window.SHEETCARE_TAB = "settings"');
  });

  it('opens Help in the sidebar, whose words list every formula in both languages', () => {
    // Every custom function the add-on exports, read from its entry module.
    const source = fs.readFileSync(
      path.join(import.meta.dirname, '..', 'src', 'entry', 'customFunctions.ts'),
      'utf8',
    );
    const formulas = [...source.matchAll(/@customfunction\s*\*\/\s*export function (\w+)\(/g)].map(
      (m) => m[1],
    );
    expect(formulas).toContain('CLV_MODEL');
    expect(formulas.length).toBeGreaterThanOrEqual(15);
    const s = new StandIn({ userLocale: 'en' });
    s.run('menuHelp');
    expect(s.spreadsheet._ui.sidebars[0].content).toContain('window.SHEETCARE_TAB = "help"');
    // The Help panel shows the catalogue's help text (test/browser/help.test.ts).
    for (const lang of ['en', 'zh'] as const) {
      for (const f of formulas) expect(words(lang).help, `${lang}: ${f}`).toContain(`=${f}(`);
    }
  });
});

describe('the preview server', () => {
  it('runs only the sidebar’s endpoints and menu items, and shows the sheets', async () => {
    const s = new StandIn({ userLocale: 'en' });
    s.spreadsheet._load('Orders', [
      ['Customer', 'Amount', 'Date'],
      ['a', 1, '2024-01-01'],
    ]);
    const preview = await startPreview(s);
    try {
      const post = (path: string, body?: unknown) =>
        fetch(preview.url + path, { method: 'POST', body: JSON.stringify(body ?? {}) }).then(
          async (r) => ({ status: r.status, body: await r.json() }),
        );
      expect(await post('/api/run/onOpen')).toEqual({
        status: 404,
        body: { ok: false, message: 'Script function not found: onOpen' },
      });
      const state = await post('/api/run/getSidebarState', { args: [] });
      expect(state.body.value.orderSheet.sheetName).toBe('Orders');
      const bad = await post('/api/run/showSheet', { args: ['Nope'] });
      expect(bad.body).toEqual({
        ok: false,
        message: 'There is no sheet named "Nope" yet: run Analyze customers first.',
      });
      const help = await post('/api/menu/menuHelp');
      expect(help.body.alert).toBeNull();
      const sheet = await (await fetch(`${preview.url}/api/sheet?name=Orders`)).json();
      expect(sheet.rows[1]).toEqual(['a', '1', '2024-01-01']);
    } finally {
      await preview.close();
    }
  });
});
