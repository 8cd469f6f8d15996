/**
 * Prints the mutation score per core module, per wing (src/core/<wing>/) and in total, from
 * Stryker's JSON report.
 */
import fs from 'node:fs';
import path from 'node:path';

const report = JSON.parse(
  fs.readFileSync(path.resolve('test-output/mutation/report.json'), 'utf8'),
) as { files: Record<string, { mutants: { status: string }[] }> };

const killedLike = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

interface Score {
  killed: number;
  total: number;
}
const line = (name: string, s: Score) =>
  console.log(
    `${name.padEnd(22)} ${String(s.killed).padStart(5)} / ${String(s.total).padEnd(5)} ${
      s.total ? ((100 * s.killed) / s.total).toFixed(1) : '—'
    }%`,
  );
const add = (to: Score, s: Score) => {
  to.killed += s.killed;
  to.total += s.total;
};

const modules = Object.entries(report.files)
  .map(([file, f]) => {
    const ms = f.mutants.filter((m) => counted.has(m.status));
    return {
      wing: path.basename(path.dirname(file)),
      module: path.basename(file, '.ts'),
      killed: ms.filter((m) => killedLike.has(m.status)).length,
      total: ms.length,
    };
  })
  .sort((a, b) => a.wing.localeCompare(b.wing) || a.module.localeCompare(b.module));

const wings = new Map<string, Score>();
const all: Score = { killed: 0, total: 0 };
for (const m of modules) {
  line(`${m.wing}/${m.module}`, m);
  if (!wings.has(m.wing)) wings.set(m.wing, { killed: 0, total: 0 });
  add(wings.get(m.wing)!, m);
  add(all, m);
}
console.log('');
for (const [wing, s] of wings) line(wing, s);
line('core', all);
