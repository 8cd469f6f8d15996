/** npm run changelog: writes CHANGELOG.md from src/words/changes.json, after adding a change there. */
import fs from 'node:fs';
import type { Changes } from '../src/words/changes';
import path from 'node:path';
import { ROOT } from './build';
import { FILES } from './release/run';
import { problems, renderChangelog } from './release/plan';

const changes = JSON.parse(fs.readFileSync(path.join(ROOT, FILES.changes), 'utf8')) as Changes;
const bad = problems(changes);
if (bad.length) {
  console.error(`src/words/changes.json:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
fs.writeFileSync(path.join(ROOT, FILES.changelog), renderChangelog(changes));
console.log(
  `CHANGELOG.md: ${changes.unreleased.length} unreleased, ${changes.releases.length} releases.`,
);
