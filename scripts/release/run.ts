/**
 * A release, done: the steps of scripts/release.ts against a world of its own (where the files
 * are, who publishes, today's date, how a command runs, how the bundle is built), so a test can
 * run every step with a recorded clasp and git. Files are written only through `root`, and put
 * back byte for byte when a step fails before Google has numbered a version.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Publisher } from '../../src/shared/publisher';
import type { Changes } from '../../src/words/changes';
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
} from './plan';

/**
 * The published add-on is a standalone script of its own, named in .clasp.release.json; the
 * script `npm run deploy` pushes to (.clasp.json, often bound to a test spreadsheet) is never it.
 */
export const RELEASE_PROJECT = '.clasp.release.json';
export const FILES = {
  changes: 'src/words/changes.json',
  changelog: 'CHANGELOG.md',
  package: 'package.json',
} as const;

export interface ReleaseWorld {
  readonly root: string;
  readonly publisher: Publisher;
  /** ISO day of the release. */
  readonly today: string;
  /** Runs a command in `root` and answers its output; throws when it fails. */
  readonly run: (command: string, args: readonly string[]) => string;
  /** Builds the add-on into `dir`. */
  readonly build: (dir: string) => Promise<{ codeBytes: number; sidebarBytes: number }>;
  readonly log: (line: string) => void;
}

/** A release that cannot go on; the message says why and what to do. */
export class ReleaseStop extends Error {}

const stop = (message: string): never => {
  throw new ReleaseStop(message);
};

/** What a real release needs that this checkout lacks; the dry run lists them. */
function blockers(world: ReleaseWorld): string[] {
  const out: string[] = [];
  let dirty: string | null;
  try {
    dirty = world.run('git', ['status', '--porcelain']);
  } catch {
    dirty = null;
  }
  if (dirty === null) out.push('This is not a git checkout: a release is committed and tagged.');
  else if (dirty.trim()) out.push('The working tree has uncommitted changes: commit them first.');
  const claspFile = path.join(world.root, RELEASE_PROJECT);
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
  if (!world.publisher.site || !world.publisher.supportEmail) {
    out.push(
      'src/shared/publisher.ts has no site or no support address: docs/publishing/runbook.md, step 1.',
    );
  }
  return out;
}

export async function release(
  world: ReleaseWorld,
  options: { readonly dry: boolean; readonly kind: Bump },
): Promise<void> {
  const { root, log } = world;
  const at = (file: string) => path.join(root, file);
  const read = (file: string) => fs.readFileSync(at(file), 'utf8');
  const clasp = (...args: string[]) =>
    world.run('npx', ['clasp', '-P', RELEASE_PROJECT, '--json', ...args]);

  const changes = JSON.parse(read(FILES.changes)) as Changes;
  const bad = problems(changes);
  if (bad.length) stop(`${FILES.changes}:\n  ${bad.join('\n  ')}`);
  const last = changes.releases[0]?.version ?? null;
  if (changes.unreleased.length === 0) {
    const nothing = `Nothing to release since ${last}: add the changes to ${FILES.changes}.`;
    if (options.dry) return log(nothing);
    stop(nothing);
  }
  const version = bump(last, options.kind);
  const next = released(changes, version, world.today);
  const description = `SheetCare ${version}`;
  const steps = [
    `write ${FILES.changes}, ${FILES.changelog} and ${FILES.package} for ${version}`,
    'npm run typecheck; npm run lint; npm test',
    'build build/ (Code.js, Sidebar.html, appsscript.json)',
    `npx clasp -P ${RELEASE_PROJECT} push --force`,
    `npx clasp -P ${RELEASE_PROJECT} create-version "${description}"  → Apps Script version N`,
    `npx clasp -P ${RELEASE_PROJECT} list-deployments; move "${DEPLOYMENT_NAME}" to N (update-deployment, or create-deployment the first time)`,
    `record N in ${FILES.changes} and ${FILES.changelog}; git commit "Release ${version}"; git tag v${version}`,
    'by hand: Google Cloud console → Google Workspace Marketplace SDK → App Configuration → script version N → Save (docs/publishing/runbook.md)',
  ];
  log(`SheetCare ${version} (${options.kind}, after ${last ?? 'no release'}), ${world.today}\n`);
  log(`${changeList(changes.unreleased)}\n`);
  const blocked = blockers(world);

  if (options.dry) {
    steps.forEach((s, i) => log(`would ${i + 1}. ${s}`));
    // Into a directory of its own: build/ is what clasp pushes and what the tests run.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-release-'));
    try {
      const built = await world.build(dir);
      const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
      log(
        `\nbuilt offline: Code.js ${kib(built.codeBytes)}, Sidebar.html ${kib(built.sidebarBytes)}`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
    if (blocked.length) log(`\nBefore a real release:\n- ${blocked.join('\n- ')}`);
    return log('\nDry run: nothing written, nothing pushed.');
  }
  if (blocked.length) stop(`Cannot release yet:\n- ${blocked.join('\n- ')}`);

  const before = Object.values(FILES).map((f) => [f, read(f)] as const);
  const write = (c: Changes) => {
    fs.writeFileSync(at(FILES.changes), JSON.stringify(c, null, 2) + '\n');
    fs.writeFileSync(at(FILES.changelog), renderChangelog(c));
    const pkg = JSON.parse(read(FILES.package)) as Record<string, unknown>;
    fs.writeFileSync(at(FILES.package), JSON.stringify({ ...pkg, version }, null, 2) + '\n');
  };
  let scriptVersion: number;
  try {
    log(`1. ${steps[0]}`);
    write(next);
    log(`2. ${steps[1]}`);
    for (const script of ['typecheck', 'lint', 'test']) world.run('npm', ['run', script]);
    log(`3. ${steps[2]}`);
    await world.build(at('build'));
    log(`4. ${steps[3]}`);
    world.run('npx', ['clasp', '-P', RELEASE_PROJECT, 'push', '--force']);
    log(`5. ${steps[4]}`);
    scriptVersion = (JSON.parse(clasp('create-version', description)) as { versionNumber: number })
      .versionNumber;
  } catch (e) {
    for (const [f, text] of before) fs.writeFileSync(at(f), text);
    return stop(`${(e as Error).message}\nNothing was released; the files are as they were.`);
  }
  write(numbered(next, version, scriptVersion));
  log(`6. ${steps[5]}`);
  try {
    const found = releaseDeployment(JSON.parse(clasp('list-deployments')) as Deployment[]);
    const named = `${DEPLOYMENT_NAME} ${version}`;
    if (found) {
      clasp('update-deployment', found.deploymentId, '-V', String(scriptVersion), '-d', named);
    } else clasp('create-deployment', '-V', String(scriptVersion), '-d', named);
  } catch (e) {
    log(
      `✗ ${(e as Error).message}\nVersion ${scriptVersion} exists; move the deployment by hand: npx clasp -P ${RELEASE_PROJECT} deployments, then npx clasp -P ${RELEASE_PROJECT} redeploy <id> -V ${scriptVersion}.`,
    );
  }
  log(`7. ${steps[6].replace('N', String(scriptVersion))}`);
  world.run('git', ['commit', '-qm', `Release ${version}`, ...Object.values(FILES)]);
  world.run('git', ['tag', `v${version}`]);
  log(`\nReleased SheetCare ${version} as Apps Script version ${scriptVersion}. Now, by hand:`);
  log(`  ${steps[7].replace('N', String(scriptVersion))}`);
}
