/**
 * Builds the Apps Script project into build/: one esbuild bundle exposed as the global
 * SheetCare, a top-level function for each entry point Apps Script calls by name (custom
 * functions keep their JSDoc, which esbuild would drop), the self-contained sidebar, and the
 * manifest.
 */
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BUILD = path.join(ROOT, 'build');
const GLOBAL = 'SheetCare';
/**
 * Every file here is the bundle's surface: what Apps Script calls by name. Its exported
 * function declarations become top-level functions, JSDoc and all; the sidebar's endpoints
 * (exported consts typed by ServerApi) are wrapped from the interface. Adding an entry point
 * is adding an export here, nothing else.
 */
const ENTRY_DIR = 'src/entry';
const entryFiles = (): string[] =>
  fs
    .readdirSync(path.join(ROOT, ENTRY_DIR))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => `${ENTRY_DIR}/${f}`);
/** Each method of this interface is a google.script.run endpoint. */
const API_FILE = 'src/shared/api.ts';
const API_INTERFACE = 'ServerApi';
/**
 * Apps Script's V8 runtime has none of these; a bundle that calls them fails at run time.
 * Newer built-ins (Array.prototype.at and such) are left out too: the runtime lags Node.
 */
const FORBIDDEN = [
  /\.at\(-?\d/,
  /\.replaceAll\(/,
  /\.findLast(Index)?\(/,
  /\bstructuredClone\(/,
  /\brequire\s*\(/,
  /\bsetTimeout\s*\(/,
  /\bsetInterval\s*\(/,
  /\bfetch\s*\(/,
  /\bprocess\.env\b/,
];

export interface EntryPoint {
  readonly name: string;
  readonly params: string[];
  readonly jsdoc: string | undefined;
}

function parse(file: string): ts.SourceFile {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
}

function jsdocOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const docs = ranges
    .map((r) => source.text.slice(r.pos, r.end))
    .filter((c) => c.startsWith('/**'));
  return docs.at(-1);
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

export function entryFunctions(file: string): EntryPoint[] {
  const source = parse(file);
  const found: EntryPoint[] = [];
  for (const node of source.statements) {
    if (ts.isFunctionDeclaration(node) && node.name && isExported(node)) {
      found.push({
        name: node.name.text,
        params: node.parameters.map((p) => p.name.getText(source)),
        jsdoc: jsdocOf(node, source),
      });
    }
  }
  return found;
}

export function apiEndpoints(): EntryPoint[] {
  const source = parse(API_FILE);
  const api = source.statements.find(
    (s): s is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(s) && s.name.text === API_INTERFACE,
  );
  if (!api) throw new Error(`${API_FILE} declares no ${API_INTERFACE}`);
  return api.members.filter(ts.isMethodSignature).map((m) => {
    if (m.parameters.length > 1) {
      throw new Error(`${API_INTERFACE}.${m.name.getText(source)} takes more than one argument`);
    }
    return {
      name: m.name.getText(source),
      params: m.parameters.map((p) => p.name.getText(source)),
      jsdoc: jsdocOf(m, source),
    };
  });
}

export function wrapper(e: EntryPoint): string {
  const args = e.params.join(', ');
  const doc = e.jsdoc ? `${e.jsdoc.replace(/^\s+\*/gm, ' *')}\n` : '';
  return `${doc}function ${e.name}(${args}) {\n  return ${GLOBAL}.${e.name}(${args});\n}\n`;
}

async function bundleServer(): Promise<string> {
  const out = await esbuild.build({
    stdin: {
      contents: entryFiles()
        .map((f) => `export * from './${f}';`)
        .join('\n'),
      resolveDir: ROOT,
      sourcefile: 'entries.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  // A bundle of mutated sources (npm run mutation) carries Stryker's switch and never ships.
  const mutated = code.includes('stryNS_9fa48');
  for (const re of mutated ? [] : FORBIDDEN) {
    if (re.test(code))
      throw new Error(`build/Code.js would call ${re.source}, which Apps Script lacks`);
  }
  return code;
}

async function bundleSidebar(): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const script = out.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = (
    await esbuild.transform(fs.readFileSync(path.join(ROOT, 'src/sidebar/sidebar.css'), 'utf8'), {
      loader: 'css',
      minify: true,
    })
  ).code;
  const template = fs.readFileSync(path.join(ROOT, 'src/sidebar/index.html'), 'utf8');
  // Replacer functions: the bundle may contain "$&" and such, which string replacement expands.
  return template.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => script);
}

/** The bundle must load with no services at all and expose exactly the wrapped names. */
function verify(code: string, entries: EntryPoint[]): void {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  const exported = Object.keys(vm.runInContext(GLOBAL, context) as object).sort();
  const wrapped = entries.map((e) => e.name).sort();
  const unwrapped = exported.filter((n) => !wrapped.includes(n));
  const missing = wrapped.filter((n) => !exported.includes(n));
  if (unwrapped.length || missing.length) {
    throw new Error(
      `entry points out of step: exported but not wrapped [${unwrapped}], wrapped but not exported [${missing}]`,
    );
  }
  for (const name of wrapped) {
    if (typeof context[name] !== 'function') throw new Error(`${name} is not a top-level function`);
  }
}

/** Builds into build/ (clasp's rootDir), or into `dir`: a dry run must not rewrite what tests read. */
export async function build(dir = BUILD): Promise<{
  codeBytes: number;
  sidebarBytes: number;
  entries: EntryPoint[];
}> {
  const entries = [...entryFiles().flatMap(entryFunctions), ...apiEndpoints()];
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name)) throw new Error(`entry point ${e.name} is declared twice`);
    names.add(e.name);
  }
  const bundle = await bundleServer();
  const code = `${bundle}\n// Top-level entry points: Apps Script calls these by name.\n\n${entries.map(wrapper).join('\n')}`;
  verify(code, entries);
  const sidebar = await bundleSidebar();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  fs.writeFileSync(path.join(dir, 'Sidebar.html'), sidebar);
  fs.copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(dir, 'appsscript.json'));
  return { codeBytes: Buffer.byteLength(code), sidebarBytes: Buffer.byteLength(sidebar), entries };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const r = await build();
  console.log(
    `build/Code.js ${(r.codeBytes / 1024).toFixed(1)} KiB, ${r.entries.length} entry points; ` +
      `build/Sidebar.html ${(r.sidebarBytes / 1024).toFixed(1)} KiB`,
  );
}
