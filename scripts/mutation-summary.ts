/** Prints the mutation score per core module from Stryker's JSON report. */
import fs from 'node:fs';
import path from 'node:path';

const report = JSON.parse(
  fs.readFileSync(path.resolve('test-output/mutation/report.json'), 'utf8'),
) as { files: Record<string, { mutants: { status: string }[] }> };

const killedLike = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
let allKilled = 0;
let all = 0;
const rows = Object.entries(report.files)
  .map(([file, f]) => {
    const ms = f.mutants.filter((m) => counted.has(m.status));
    const killed = ms.filter((m) => killedLike.has(m.status)).length;
    allKilled += killed;
    all += ms.length;
    return { file: path.basename(file, '.ts'), killed, total: ms.length };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
for (const r of rows) {
  const pct = r.total ? ((100 * r.killed) / r.total).toFixed(1) : '—';
  console.log(
    `${r.file.padEnd(18)} ${String(r.killed).padStart(5)} / ${String(r.total).padEnd(5)} ${pct}%`,
  );
}
console.log(
  `${'core'.padEnd(18)} ${String(allKilled).padStart(5)} / ${String(all).padEnd(5)} ${((100 * allKilled) / all).toFixed(1)}%`,
);
