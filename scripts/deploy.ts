/** npm run deploy: build, then clasp push to the script named in .clasp.json. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, ROOT } from './build';

const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')) as {
  scriptId?: string;
  rootDir?: string;
};
if (!clasp.scriptId) {
  console.error(
    [
      '.clasp.json names no script yet. Either:',
      '  - bind to a spreadsheet: open it, Extensions → Apps Script → Project Settings, copy the Script ID',
      '    into .clasp.json as "scriptId"; or',
      '  - create one: npx clasp create --type sheets --title SheetCare --rootDir build',
      'then run npm run deploy again (after npx clasp login, once).',
    ].join('\n'),
  );
  process.exit(1);
}
if (clasp.rootDir !== 'build') {
  console.error(
    '.clasp.json must keep "rootDir": "build", where npm run build writes the project.',
  );
  process.exit(1);
}
await build();
const push = spawnSync('npx', ['clasp', 'push', '--force'], { cwd: ROOT, stdio: 'inherit' });
process.exit(push.status ?? 1);
