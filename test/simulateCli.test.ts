/** `npm run simulate` as a user meets it: its options on --help, a clear word on a bad one. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/build';

const simulate = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run simulate', () => {
  it('answers --help with its options', () => {
    const r = simulate('--help');
    expect(r.status).toBe(0);
    for (const option of ['--days N', '--no-document', '--document', '--save FILE.xlsx']) {
      expect(r.stdout).toContain(option);
    }
  });

  it('names a bad option or value and shows the options, with no stack trace', () => {
    const bad = simulate('--nonsense');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--nonsense'");
    expect(bad.stderr).toContain('--days N');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const days = simulate('--days', 'soon');
    expect(days.status).toBe(2);
    expect(days.stderr).toContain('--days should be a number from 1 to 3660, not "soon".');
  });
});
