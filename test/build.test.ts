import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BUILD, ROOT } from '../scripts/build';

const code = fs.readFileSync(path.join(BUILD, 'Code.js'), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every function in src/ whose JSDoc carries @customfunction, with that JSDoc. */
const customFunctions = sourceFiles(path.join(ROOT, 'src')).flatMap((file) => {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(\/\*\*(?:(?!\*\/)[\s\S])*@customfunction[\s\S]*?\*\/)\s*export function (\w+)/g,
    ),
  ].map((m) => ({
    name: m[2],
    jsdoc: m[1],
  }));
});

describe('build/Code.js', () => {
  it('defines onOpen and onInstall as top-level functions in a bare context', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(typeof context.onOpen).toBe('function');
    expect(typeof context.onInstall).toBe('function');
    expect(Object.getOwnPropertyDescriptor(context, 'onOpen')?.value).toBe(context.onOpen);
  });

  it('puts each @customfunction JSDoc of src/ right above its top-level function', () => {
    expect(customFunctions.map((f) => f.name)).toContain('CUSTOMER_VALUE');
    for (const f of customFunctions) {
      const at = code.indexOf(`\nfunction ${f.name}(`);
      expect(at, f.name).toBeGreaterThan(0);
      const above = code.slice(0, at).trimEnd();
      expect(above.endsWith('*/'), f.name).toBe(true);
      const doc = above.slice(above.lastIndexOf('/**'));
      expect(doc).toContain('@customfunction');
      const firstLine = f.jsdoc.split('\n')[1].trim();
      expect(doc).toContain(firstLine);
    }
  });

  it('calls nothing Apps Script lacks at run time', () => {
    expect(code).not.toMatch(/\brequire\s*\(|\bsetTimeout\s*\(|\bfetch\s*\(/);
  });

  it('ships a sidebar that loads nothing from the network', () => {
    const html = fs.readFileSync(path.join(BUILD, 'Sidebar.html'), 'utf8');
    expect(html).toContain('<script>');
    expect(html).not.toMatch(
      /<script[^>]+src=|<link[^>]+href=|@import|https?:\/\/(?!www\.w3\.org)/,
    );
  });

  it('ships the manifest as written: V8, logging, and the scopes test/scopes.test.ts derives', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(BUILD, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest).toEqual(JSON.parse(fs.readFileSync('appsscript.json', 'utf8')));
  });
});
