/**
 * npm run release [-- --dry-run] [-- --major | --minor | --patch]
 *
 * Releases what src/words/changes.json lists as unreleased: numbers it (minor by default),
 * writes the changes under that number (changes.json, CHANGELOG.md, package.json), checks
 * (typecheck, lint, every test), builds, pushes with clasp, makes an Apps Script version and
 * moves the "SheetCare release" deployment to it, then records the version number, commits and
 * tags. A failure before Google has numbered a version puts the files back as they were.
 * --dry-run prints the plan and builds, offline: it writes nothing tracked and calls no one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PUBLISHER } from '../src/shared/publisher';
import type { Changes } from '../src/words/changes';
import { build, ROOT } from './build';
import { CHANGELOG_FILE, CHANGES_FILE, PACKAGE_FILE } from './release/files';
import {
  Bump,
  bump,
  changeList,
  DEPLOYMENT_NAME,
  Deployment,
  numbered,
  problems,
  releaseDeployment,
  released,
  renderChangelog,
} from './release/plan';

const FLAGS = ['--dry-run', '--major', '--minor', '--patch'];

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function sh(command: string, args: readonly string[], capture = false): string {
  const r = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}).`);
  return r.stdout ?? '';
}

/**
 * The published add-on is a standalone script of its own, named in .clasp.release.json; the
 * script `npm run deploy` pushes to (.clasp.json, often bound to a test spreadsheet) is never it.
 */
export const RELEASE_PROJECT = '.clasp.release.json';
const clasp = (...args: string[]) =>
  sh('npx', ['clasp', '-P', RELEASE_PROJECT, '--json', ...args], true);

/** What a real release needs that this checkout lacks; the dry run lists them. */
function blockers(): string[] {
  const out: string[] = [];
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
  if (dirty.status !== 0)
    out.push('This is not a git checkout: a release is committed and tagged.');
  else if (dirty.stdout.trim())
    out.push('The working tree has uncommitted changes: commit them first.');
  const claspFile = path.join(ROOT, RELEASE_PROJECT);
  const config = fs.existsSync(claspFile)
    ? (JSON.parse(fs.readFileSync(claspFile, 'utf8')) as { scriptId?: string; rootDir?: string })
    : null;
  if (!config?.scriptId) {
    out.push(`${RELEASE_PROJECT} names no script: docs/publishing/runbook.md, step 2.`);
  } else if (config.rootDir !== 'build') {
    out.push(
      `${RELEASE_PROJECT} must keep "rootDir": "build", where the build writes the project.`,
    );
  }
  if (!PUBLISHER.site || !PUBLISHER.supportEmail) {
    out.push(
      'src/shared/publisher.ts has no site or no support address: docs/publishing/runbook.md, step 1.',
    );
  }
  return out;
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function writeRelease(changes: Changes, version: string): void {
  fs.writeFileSync(CHANGES_FILE, JSON.stringify(changes, null, 2) + '\n');
  fs.writeFileSync(CHANGELOG_FILE, renderChangelog(changes));
  const pkg = JSON.parse(fs.readFileSync(PACKAGE_FILE, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(PACKAGE_FILE, JSON.stringify({ ...pkg, version }, null, 2) + '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !FLAGS.includes(a));
  if (unknown.length) fail(`Unknown option ${unknown.join(' ')}: use ${FLAGS.join(', ')}.`);
  const dry = args.includes('--dry-run');
  const kind: Bump = args.includes('--major')
    ? 'major'
    : args.includes('--patch')
      ? 'patch'
      : 'minor';

  const changes = JSON.parse(fs.readFileSync(CHANGES_FILE, 'utf8')) as Changes;
  const bad = problems(changes);
  if (bad.length) fail(`src/words/changes.json:\n  ${bad.join('\n  ')}`);
  const last = changes.releases[0]?.version ?? null;
  if (changes.unreleased.length === 0) {
    console.log(`Nothing to release since ${last}: add the changes to src/words/changes.json.`);
    process.exit(dry ? 0 : 1);
  }
  const version = bump(last, kind);
  const next = released(changes, version, today());
  const description = `SheetCare ${version}`;
  const steps = [
    `write src/words/changes.json, CHANGELOG.md and package.json for ${version}`,
    'npm run typecheck; npm run lint; npm test',
    'build build/ (Code.js, Sidebar.html, appsscript.json)',
    `npx clasp -P ${RELEASE_PROJECT} push --force`,
    `npx clasp -P ${RELEASE_PROJECT} create-version "${description}"  → Apps Script version N`,
    `npx clasp list-deployments; move "${DEPLOYMENT_NAME}" to N (update-deployment, or create-deployment the first time)`,
    `record N in changes.json and CHANGELOG.md; git commit "Release ${version}"; git tag v${version}`,
    'by hand: Google Cloud console → Google Workspace Marketplace SDK → App Configuration → script version N → Save (docs/publishing/runbook.md)',
  ];
  console.log(`SheetCare ${version} (${kind}, after ${last ?? 'no release'}), ${today()}\n`);
  console.log(`${changeList(changes.unreleased)}\n`);
  const blocked = blockers();

  if (dry) {
    steps.forEach((s, i) => console.log(`would ${i + 1}. ${s}`));
    // Into a directory of its own: build/ is what clasp pushes and what the tests run.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-release-'));
    const built = await build(dir);
    fs.rmSync(dir, { recursive: true });
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `\nbuilt offline: Code.js ${kib(built.codeBytes)}, Sidebar.html ${kib(built.sidebarBytes)}`,
    );
    if (blocked.length) console.log(`\nBefore a real release:\n- ${blocked.join('\n- ')}`);
    console.log('\nDry run: nothing written, nothing pushed.');
    return;
  }
  if (blocked.length) fail(`Cannot release yet:\n- ${blocked.join('\n- ')}`);

  const restore = () => sh('git', ['checkout', '--', CHANGES_FILE, CHANGELOG_FILE, PACKAGE_FILE]);
  let scriptVersion: number;
  try {
    console.log(`1. ${steps[0]}`);
    writeRelease(next, version);
    console.log(`2. ${steps[1]}`);
    for (const script of ['typecheck', 'lint', 'test']) sh('npm', ['run', script]);
    console.log(`3. ${steps[2]}`);
    await build();
    console.log(`4. ${steps[3]}`);
    sh('npx', ['clasp', '-P', RELEASE_PROJECT, 'push', '--force']);
    console.log(`5. ${steps[4]}`);
    scriptVersion = (JSON.parse(clasp('create-version', description)) as { versionNumber: number })
      .versionNumber;
  } catch (e) {
    restore();
    fail(`${(e as Error).message}\nNothing was released; the files are as they were.`);
  }
  const recorded = numbered(next, version, scriptVersion);
  writeRelease(recorded, version);
  try {
    console.log(`6. ${steps[5]}`);
    const found = releaseDeployment(JSON.parse(clasp('list-deployments')) as Deployment[]);
    const named = `${DEPLOYMENT_NAME} ${version}`;
    if (found) {
      clasp('update-deployment', found.deploymentId, '-V', String(scriptVersion), '-d', named);
    } else clasp('create-deployment', '-V', String(scriptVersion), '-d', named);
  } catch (e) {
    console.error(
      `✗ ${(e as Error).message}\nVersion ${scriptVersion} exists; move the deployment by hand: npx clasp -P ${RELEASE_PROJECT} deployments, then npx clasp -P ${RELEASE_PROJECT} redeploy <id> -V ${scriptVersion}.`,
    );
  }
  console.log(`7. ${steps[6].replace('N', String(scriptVersion))}`);
  sh('git', ['commit', '-qm', `Release ${version}`, CHANGES_FILE, CHANGELOG_FILE, PACKAGE_FILE]);
  sh('git', ['tag', `v${version}`]);
  console.log(
    `\nReleased SheetCare ${version} as Apps Script version ${scriptVersion}. Now, by hand:`,
  );
  console.log(`  ${steps[7].replace('N', String(scriptVersion))}`);
}

await main();
