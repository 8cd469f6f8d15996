/**
 * One reader over the bench register, alone in a process, for `npm run bench -- instructions`:
 * `node benchReaders.mjs none|plain|sheetcare LINES`. "none" only builds the register (and
 * looks up its dates' zone offsets once, so neither reader pays for Intl), to be subtracted.
 */
import {
  BENCH_COLUMNS,
  benchRules,
  parseOrderRows,
  plainReader,
  syntheticRows,
  zone,
} from './benchCore';

const [mode, lines] = [process.argv[2], Number(process.argv[3])];
const z = zone('Asia/Shanghai');
const rows = syntheticRows(lines, Math.ceil(lines / 10));
for (const row of rows) z.toLocal((row[2] as Date).getTime());
if (mode === 'plain') plainReader(rows, z);
else if (mode === 'sheetcare') parseOrderRows(rows, BENCH_COLUMNS, benchRules(z), 2);
else if (mode !== 'none') throw new Error(`No mode "${mode}": none, plain or sheetcare.`);
