/**
 * Releases: the numbering, the changelog in both languages, the deployment a release moves,
 * and the dry run, which must work offline on a fresh clone and leave every tracked file as it
 * was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/build';
import {
  bump,
  numbered,
  problems,
  releaseDeployment,
  released,
  renderChangelog,
} from '../scripts/release/plan';
import { FILES, release, RELEASE_PROJECT, ReleaseWorld } from '../scripts/release/run';
import type { Publisher } from '../src/shared/publisher';
import { CHANGES, Changes } from '../src/words/changes';

const change = (n: number) => ({ en: `Change ${n}`, zh: `更新 ${n}` });
const history: Changes = {
  unreleased: [change(3)],
  releases: [
    { version: '0.2.0', date: '2026-12-01', scriptVersion: 4, changes: [change(2)] },
    { version: '0.1.0', date: '2026-11-20', scriptVersion: 2, changes: [change(1)] },
  ],
};

describe('a release, planned', () => {
  it('numbers semantically: the first is 0.1.0, then minor, patch or major', () => {
    expect(bump(null, 'minor')).toBe('0.1.0');
    expect(bump(null, 'major')).toBe('1.0.0');
    expect(bump('0.2.0', 'minor')).toBe('0.3.0');
    expect(bump('0.2.9', 'patch')).toBe('0.2.10');
    expect(bump('0.9.3', 'major')).toBe('1.0.0');
    expect(bump('10.20.30', 'patch')).toBe('10.20.31');
    for (const odd of ['v1', 'v1.2.3', '1.2.3-beta', '1.2']) {
      expect(() => bump(odd, 'patch'), odd).toThrow(`"${odd}" is not major.minor.patch`);
    }
  });

  it('moves the unreleased changes under the new version, newest first, and records Google’s number', () => {
    const next = released(history, '0.3.0', '2026-12-05');
    expect(next.unreleased).toEqual([]);
    expect(next.releases.map((r) => r.version)).toEqual(['0.3.0', '0.2.0', '0.1.0']);
    expect(next.releases[0]).toEqual({
      version: '0.3.0',
      date: '2026-12-05',
      changes: [change(3)],
    });
    const withNumber = numbered(next, '0.3.0', 5);
    expect(withNumber.releases.map((r) => r.scriptVersion)).toEqual([5, 4, 2]);
    expect(() => released(next, '0.4.0', '2026-12-06')).toThrow(/Nothing to release/);
  });

  it('writes the changelog with every change in both languages under its release', () => {
    const text = renderChangelog(history);
    expect(text.indexOf('## Not yet released · 尚未发布')).toBeLessThan(
      text.indexOf('## 0.2.0 · 2026-12-01 · Apps Script version 4'),
    );
    expect(text).toContain('- Change 2\n  更新 2');
    expect(text.indexOf('Change 2')).toBeLessThan(text.indexOf('Change 1'));
  });

  it('refuses a change missing a language, naming it', () => {
    const half: Changes = { unreleased: [{ en: 'Faster', zh: ' ' }], releases: [] };
    expect(problems(half)).toEqual(['unreleased change 1: the Chinese text is missing.']);
    const old: Changes = {
      unreleased: [],
      releases: [
        { version: '0.1.0', date: '2026-11-20', changes: [change(1), { en: '', zh: '快' }] },
      ],
    };
    expect(problems(old)).toEqual(['0.1.0, change 2: the English text is missing.']);
    expect(problems(CHANGES)).toEqual([]);
  });

  it('moves the one deployment named for releases, makes it the first time, and refuses two', () => {
    const mine = {
      deploymentId: 'AKfy1',
      versionNumber: 4,
      description: 'SheetCare release 0.2.0',
    };
    const head = { deploymentId: 'AKfyHEAD', description: '' };
    expect(releaseDeployment([head, mine])).toEqual(mine);
    expect(releaseDeployment([head])).toBeNull();
    expect(() => releaseDeployment([mine, { ...mine, deploymentId: 'AKfy2' }])).toThrow(
      /2 deployments .*AKfy1, AKfy2/,
    );
  });
});

describe('the release files in the repository', () => {
  it('CHANGELOG.md is what changes.json says (run npm run changelog after adding a change)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')).toBe(renderChangelog(CHANGES));
  });

  it('package.json carries the latest release’s version, or the first release’s before there is one', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(pkg.version).toBe(CHANGES.releases[0]?.version ?? bump(null, 'minor'));
  });
});

describe('npm run release -- --dry-run', () => {
  const tracked = () =>
    ['src/words/changes.json', 'CHANGELOG.md', 'package.json'].map((f) =>
      fs.readFileSync(path.join(ROOT, f), 'utf8'),
    );
  /** No network: any attempt to reach npm or Google goes to a closed port. */
  const offline = {
    ...process.env,
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    npm_config_offline: 'true',
  };
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/release.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: offline,
    });

  it('prints the plan, builds, and writes and pushes nothing', () => {
    const before = tracked();
    const r = run('--dry-run', '--patch');
    expect(r.status, r.stderr).toBe(0);
    if (CHANGES.unreleased.length === 0) {
      expect(r.stdout).toMatch(/^Nothing to release since/);
    } else {
      const next = bump(CHANGES.releases[0]?.version ?? null, 'patch');
      expect(r.stdout).toContain(`SheetCare ${next} (patch`);
      for (const c of CHANGES.unreleased) expect(r.stdout).toContain(c.zh);
      expect(r.stdout).toContain('would 4. npx clasp -P .clasp.release.json push --force');
      expect(r.stdout).toContain(`create-version "SheetCare ${next}"`);
      expect(r.stdout).toMatch(/built offline: Code\.js \d+ KiB/);
      expect(r.stdout).toContain('Dry run: nothing written, nothing pushed.');
    }
    expect(tracked()).toEqual(before);
  });

  it('refuses an option it does not know, saying which', () => {
    const r = run('--dryrun');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Unknown option --dryrun');
  });
});

/**
 * The real run, with clasp and git recorded instead of called: a copy of the release files in a
 * folder of its own, a publisher with a site, and Google answering version 7.
 */
describe('npm run release, step by step', () => {
  const publisher: Publisher = {
    name: { en: 'the SheetCare team', zh: 'SheetCare 团队' },
    site: 'https://sheetcare.example.org',
    supportEmail: 'support@sheetcare.example.org',
  };
  type Answer = (command: string, args: readonly string[]) => string | undefined;
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true })));

  function world(answer: Answer = () => undefined) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sheetcare-release-test-'));
    roots.push(root);
    fs.mkdirSync(path.join(root, 'src', 'words'), { recursive: true });
    fs.writeFileSync(path.join(root, FILES.changes), JSON.stringify(history, null, 2) + '\n');
    fs.writeFileSync(path.join(root, FILES.changelog), renderChangelog(history));
    fs.writeFileSync(
      path.join(root, FILES.package),
      '{\n  "name": "sheetcare",\n  "version": "0.2.0"\n}\n',
    );
    fs.writeFileSync(
      path.join(root, RELEASE_PROJECT),
      JSON.stringify({ scriptId: '1abcScript', rootDir: 'build' }),
    );
    const commands: string[] = [];
    const lines: string[] = [];
    const w: ReleaseWorld = {
      root,
      publisher,
      today: '2026-12-05',
      run: (command, args) => {
        commands.push([command, ...args].join(' '));
        const given = answer(command, args);
        if (given !== undefined) return given;
        if (args.includes('create-version')) return '{ "versionNumber": 7 }';
        if (args.includes('list-deployments')) {
          return JSON.stringify([
            { deploymentId: 'AKfyHEAD', description: '' },
            { deploymentId: 'AKfyRel', versionNumber: 4, description: 'SheetCare release 0.2.0' },
          ]);
        }
        return '';
      },
      build: async () => ({ codeBytes: 1024, sidebarBytes: 1024 }),
      log: (l) => lines.push(l),
    };
    const file = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
    return { w, root, commands, lines, file };
  }

  it('checks, pushes, numbers, moves the deployment, records Google’s number, commits and tags', async () => {
    const { w, commands, lines, file } = world();
    await release(w, { dry: false, kind: 'minor' });
    const clasp = 'npx clasp -P .clasp.release.json';
    expect(commands).toEqual([
      'git status --porcelain',
      'npm run typecheck',
      'npm run lint',
      'npm run test',
      `${clasp} push --force`,
      `${clasp} --json create-version SheetCare 0.3.0`,
      `${clasp} --json list-deployments`,
      `${clasp} --json update-deployment AKfyRel -V 7 -d SheetCare release 0.3.0`,
      `git commit -qm Release 0.3.0 ${Object.values(FILES).join(' ')}`,
      'git tag v0.3.0',
    ]);
    const changes = JSON.parse(file(FILES.changes)) as Changes;
    expect(changes.unreleased).toEqual([]);
    expect(changes.releases[0]).toEqual({
      version: '0.3.0',
      date: '2026-12-05',
      scriptVersion: 7,
      changes: [change(3)],
    });
    expect(file(FILES.changelog)).toContain('## 0.3.0 · 2026-12-05 · Apps Script version 7');
    expect(JSON.parse(file(FILES.package))).toEqual({ name: 'sheetcare', version: '0.3.0' });
    expect(lines.at(-1)).toContain('script version 7 → Save');
  });

  it('makes the release deployment the first time', async () => {
    const { w, commands } = world((_c, args) =>
      args.includes('list-deployments') ? '[{ "deploymentId": "AKfyHEAD" }]' : undefined,
    );
    await release(w, { dry: false, kind: 'patch' });
    expect(commands).toContain(
      'npx clasp -P .clasp.release.json --json create-deployment -V 7 -d SheetCare release 0.2.1',
    );
  });

  it('puts every file back as it was when the push fails, and numbers nothing', async () => {
    const { w, commands, file } = world((_c, args) => {
      if (args.includes('push')) throw new Error('npx clasp push --force failed (exit 1).');
      return undefined;
    });
    const before = Object.values(FILES).map(file);
    await expect(release(w, { dry: false, kind: 'minor' })).rejects.toThrow(
      /push --force failed[\s\S]*Nothing was released/,
    );
    expect(Object.values(FILES).map(file)).toEqual(before);
    expect(commands.some((c) => c.includes('create-version'))).toBe(false);
  });

  it('refuses with uncommitted changes or without the publisher’s site, running nothing', async () => {
    const dirty = world((command) =>
      command === 'git' ? ' M src/words/changes.json\n' : undefined,
    );
    await expect(release(dirty.w, { dry: false, kind: 'minor' })).rejects.toThrow(
      /uncommitted changes/,
    );
    expect(dirty.commands).toEqual(['git status --porcelain']);
    const anonymous = world();
    await expect(
      release(
        { ...anonymous.w, publisher: { ...publisher, site: null } },
        { dry: false, kind: 'minor' },
      ),
    ).rejects.toThrow(/no site or no support address/);
  });
});
