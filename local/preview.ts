/**
 * The preview server: the built sidebar beside a live view of the stand-in's spreadsheet,
 * with a google.script.run shim that runs the real endpoints of build/Code.js. A newcomer
 * can click through SheetCare without a Google account.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isDate } from './clock';
import { apiEndpoints } from '../scripts/build';
import { BUILD_DIR, StandIn } from './runner';

export interface Preview {
  readonly url: string;
  readonly standIn: StandIn;
  close(): Promise<void>;
}

/** Apps Script hands the success handler null when a result holds a Date or a function. */
function transferable(v: unknown): boolean {
  if (typeof v === 'function' || isDate(v)) return false;
  if (v && typeof v === 'object') return Object.values(v).every(transferable);
  return true;
}

const HOST_PAGE = path.join(import.meta.dirname, 'preview.html');
const SHIM = path.join(import.meta.dirname, 'shim.js');
const MAX_ROWS = 300;

export async function startPreview(standIn: StandIn, port = 0): Promise<Preview> {
  const endpoints = new Set(apiEndpoints().map((e) => e.name));
  const shim = fs
    .readFileSync(SHIM, 'utf8')
    .replace('/*ENDPOINTS*/ []', JSON.stringify([...endpoints]));
  const ss = standIn.spreadsheet;
  const ui = ss._ui;
  standIn.simpleTrigger('onOpen');

  const sidebarHtml = (): string => {
    const content =
      ui.sidebars.at(-1)?.content ?? fs.readFileSync(path.join(BUILD_DIR, 'Sidebar.html'), 'utf8');
    return content.replace('<head>', () => `<head><script>${shim}</script>`);
  };

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  const readBody = (req: http.IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => resolve(data));
      req.on('error', reject);
    });

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(fs.readFileSync(HOST_PAGE, 'utf8'));
      } else if (req.method === 'GET' && url.pathname === '/sidebar') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(sidebarHtml());
      } else if (req.method === 'POST' && url.pathname.startsWith('/api/run/')) {
        const name = url.pathname.slice('/api/run/'.length);
        if (!endpoints.has(name))
          return json(res, 404, { ok: false, message: `Script function not found: ${name}` });
        const { args } = JSON.parse((await readBody(req)) || '{}') as { args?: unknown[] };
        try {
          const value = standIn.run(name, ...(args ?? []));
          json(res, 200, { ok: true, value: transferable(value) ? (value ?? null) : null });
        } catch (e) {
          json(res, 200, { ok: false, message: (e as Error).message });
        }
      } else if (req.method === 'POST' && url.pathname.startsWith('/api/menu/')) {
        const name = url.pathname.slice('/api/menu/'.length);
        const menuNames = new Set(ui.menus.flatMap((m) => m.items.map((i) => i.functionName)));
        if (!menuNames.has(name)) return json(res, 404, { message: `No menu item runs ${name}` });
        const sidebars = ui.sidebars.length;
        const alerts = ui.alerts.length;
        standIn.run(name);
        json(res, 200, {
          sidebar: ui.sidebars.length > sidebars,
          alert: ui.alerts.length > alerts ? ui.alerts.at(-1) : null,
          active: ss._active?._name ?? null,
        });
      } else if (req.method === 'GET' && url.pathname === '/api/sheet') {
        const sheet =
          ss.getSheetByName(url.searchParams.get('name') ?? '') ?? ss._active ?? ss._sheets[0];
        const lastRow = sheet._extent().rows;
        const lastCol = Math.max(sheet._extent().cols, 1);
        const rows = Math.min(Math.max(lastRow, 1), MAX_ROWS);
        const range = sheet._range(1, 1, rows, lastCol);
        const colours = new Map(
          sheet._rules.flatMap((rule) =>
            rule._data.condition.type === 'CUSTOM_FORMULA' &&
            /="([ABC])"$/.test(String(rule._data.condition.values[0]))
              ? [
                  [
                    String(rule._data.condition.values[0]).match(/="([ABC])"$/)![1],
                    rule._data.format.background,
                  ],
                ]
              : [],
          ),
        );
        const display = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: lastCol }, (_, c) => range._displayAt(r, c)),
        );
        json(res, 200, {
          name: sheet._name,
          // As the Sheets window shows them: a hidden sheet has no tab.
          sheets: ss._sheets.filter((s) => !s._hidden).map((s) => s._name),
          rows: display,
          backgrounds: display.map((r) =>
            r.map((v) => (colours.has(v) && v.length === 1 ? colours.get(v) : null)),
          ),
          lastRow,
          menu: ui.menus.flatMap((m) => m.items),
        });
      } else {
        res.writeHead(404).end('Not found');
      }
    } catch (e) {
      json(res, 500, { ok: false, message: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    standIn,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
