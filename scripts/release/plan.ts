/**
 * What a release is, apart from doing it: the next version number, the changes moved under it,
 * CHANGELOG.md in both languages, and which deployment to move. scripts/release.ts does it.
 */
import type { Change, Changes, Release } from '../../src/words/changes';

export type Bump = 'major' | 'minor' | 'patch';

/** Semantic versions: a new feature is minor, a fix is a patch; the first release is 0.1.0. */
export function bump(last: string | null, kind: Bump): string {
  if (last === null) return kind === 'major' ? '1.0.0' : '0.1.0';
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(last);
  if (!m) throw new Error(`The last release's version "${last}" is not major.minor.patch.`);
  const [major, minor, patch] = m.slice(1).map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** A change must say what it is in both languages, or Help would show a blank line. */
export function problems(changes: Changes): string[] {
  const out: string[] = [];
  const check = (c: Change, where: string) => {
    for (const lang of ['en', 'zh'] as const) {
      if (typeof c[lang] !== 'string' || c[lang].trim() === '') {
        out.push(`${where}: the ${lang === 'en' ? 'English' : 'Chinese'} text is missing.`);
      }
    }
  };
  changes.unreleased.forEach((c, i) => check(c, `unreleased change ${i + 1}`));
  changes.releases.forEach((r) =>
    r.changes.forEach((c, i) => check(c, `${r.version}, change ${i + 1}`)),
  );
  return out;
}

/** The changes with everything unreleased moved under a new release. */
export function released(changes: Changes, version: string, date: string): Changes {
  if (changes.unreleased.length === 0) {
    throw new Error('Nothing to release: add the changes to src/words/changes.json first.');
  }
  const release: Release = { version, date, changes: changes.unreleased };
  return { unreleased: [], releases: [release, ...changes.releases] };
}

/** The Apps Script version a release pushed, recorded once Google has numbered it. */
export function numbered(changes: Changes, version: string, scriptVersion: number): Changes {
  return {
    ...changes,
    releases: changes.releases.map((r) => (r.version === version ? { ...r, scriptVersion } : r)),
  };
}

/** The changes as a Markdown list, each in English with its Chinese below. */
export const changeList = (changes: readonly Change[]): string =>
  changes.flatMap((c) => [`- ${c.en}`, `  ${c.zh}`]).join('\n');

export function renderChangelog(changes: Changes): string {
  const parts = [
    '# SheetCare: what changed · 更新记录',
    '',
    'Written from `src/words/changes.json` (by `npm run release`, or `npm run changelog` after adding a change there). SheetCare’s Help shows the same entries.',
    '',
    '由 `src/words/changes.json` 生成；SheetCare 的“帮助”显示同样的内容。',
  ];
  if (changes.unreleased.length) {
    parts.push('', '## Not yet released · 尚未发布', '', changeList(changes.unreleased));
  }
  for (const r of changes.releases) {
    const script = r.scriptVersion ? ` · Apps Script version ${r.scriptVersion}` : '';
    parts.push('', `## ${r.version} · ${r.date}${script}`, '', changeList(r.changes));
  }
  return parts.join('\n') + '\n';
}

/** The deployment a release moves: the one named for releases, made on the first. */
export const DEPLOYMENT_NAME = 'SheetCare release';

export interface Deployment {
  readonly deploymentId: string;
  readonly versionNumber?: number;
  readonly description?: string;
}

/** `clasp list-deployments --json` → the deployment to move, or null to make one. */
export function releaseDeployment(deployments: readonly Deployment[]): Deployment | null {
  const named = deployments.filter((d) => d.description?.startsWith(DEPLOYMENT_NAME));
  if (named.length > 1) {
    throw new Error(
      `${named.length} deployments are named "${DEPLOYMENT_NAME}…" (${named.map((d) => d.deploymentId).join(', ')}): delete all but one (npx clasp undeploy <id>).`,
    );
  }
  return named[0] ?? null;
}
