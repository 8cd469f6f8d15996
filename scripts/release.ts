/**
 * npm run release [-- --dry-run] [-- --major | --minor | --patch]
 *
 * Releases what src/words/changes.json lists as unreleased: numbers it (minor by default),
 * writes the changes under that number (changes.json, CHANGELOG.md, package.json), checks
 * (typecheck, lint, every test), builds, pushes with clasp, makes an Apps Script version and
 * moves the "SheetCare release" deployment to it, then records the version number, commits and
 * tags (scripts/release/run.ts). A failure before Google has numbered a version puts the files
 * back as they were. --dry-run prints the plan and builds, offline: it writes nothing tracked
 * and calls no one.
 */
import { spawnSync } from 'node:child_process';
import { PUBLISHER } from '../src/shared/publisher';
import { build, ROOT } from './build';
import type { Bump } from './release/plan';
import { release, ReleaseStop } from './release/run';

const FLAGS = ['--dry-run', '--major', '--minor', '--patch'];

function run(command: string, args: readonly string[]): string {
  // clasp's JSON answers are read; everything else shows as it runs.
  const capture = command === 'git' || args.includes('--json');
  const r = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
  });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}).`);
  return r.stdout ?? '';
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => !FLAGS.includes(a));
if (unknown.length) {
  console.error(`✗ Unknown option ${unknown.join(' ')}: use ${FLAGS.join(', ')}.`);
  process.exit(1);
}
const kind: Bump = args.includes('--major')
  ? 'major'
  : args.includes('--patch')
    ? 'patch'
    : 'minor';
const d = new Date();
const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
try {
  await release(
    { root: ROOT, publisher: PUBLISHER, today, run, build, log: (l) => console.log(l) },
    { dry: args.includes('--dry-run'), kind },
  );
} catch (e) {
  if (!(e instanceof ReleaseStop)) throw e;
  console.error(`✗ ${e.message}`);
  process.exit(1);
}
