/**
 * The reminder and survey suites again, with the hourly runs given the document: SheetCare must
 * work whichever world a real account is (README, "Which world it assumes"). The suites run in
 * the other world, the default, with everything else.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../scripts/build';

describe('the world where clock runs have the document', () => {
  it('passes the reminder and survey suites there too', { timeout: 600_000 }, () => {
    const run = spawnSync(
      'npx',
      ['vitest', 'run', 'test/reminders', 'test/surveys', '--reporter=dot'],
      {
        cwd: ROOT,
        env: { ...process.env, SHEETCARE_CLOCK_DOCUMENT: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
      },
    );
    // eslint-disable-next-line no-control-regex
    const out = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    expect(out).toMatch(/Tests\s+\d+ passed/);
    expect(run.status, out.slice(-3000)).toBe(0);
  });
});
