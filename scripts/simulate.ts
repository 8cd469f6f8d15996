/**
 * npm run simulate: days of reminder emails offline (local/simulation.ts). Writes every mail
 * the stand-in's MailApp received to out/outbox/ as an .eml file, and prints as its last line
 * one JSON object: what became of every due reminder, per rule and per day, and duplicates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toEml } from '../local/services/mail';
import { simulate, SimulationOptions } from '../local/simulation';
import { saveWorkbook } from '../local/workbook';
import { SAMPLE_SHOP_NAME } from '../src/core/ground/sampleShop';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'sample-shop.xlsx');
const USAGE = `npm run simulate -- [options]: days of reminder emails offline, every mail in out/outbox/.

  --workbook FILE     the shop (.xlsx or .csv); the sample shop by default
  --from YYYY-MM-DD   the first day (2026-11-24)
  --days N            how many days (30)
  --quota N           mails a day (100, a consumer account's)
  --fail-rate R       share of sends that fail, 0 to 1 (0)
  --kill-rate R       chance a run is killed at a random call, 0 to 1 (0)
  --edit-rate R       chance each hour that the team edits the sheets, 0 to 1 (0)
  --seed N            the random seed (1)
  --dry-run           plan and log, send nothing
  --shop NAME         the shop's name in mails (the sample shop's, or the export's 店铺名称)
  --no-document       hourly runs without the spreadsheet open (the default)
  --document          hourly runs with it
  --time-zone ZONE    the shop's zone (Asia/Shanghai)
  --locale LOCALE     the spreadsheet's locale (zh_CN)
  --outbox DIR        where the .eml files go (out/outbox)
  --save FILE.xlsx    write the workbook as it stands at the end
  --quiet             print only the summary
  --help              this text
`;

let parsed: ReturnType<typeof parseOptions>;
try {
  parsed = parseOptions();
} catch (e) {
  console.error(`${(e as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const o = parsed.values;

function parseOptions() {
  return parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      workbook: { type: 'string', default: SAMPLE },
      from: { type: 'string', default: '2026-11-24' },
      days: { type: 'string', default: '30' },
      quota: { type: 'string', default: '100' },
      'fail-rate': { type: 'string', default: '0' },
      'kill-rate': { type: 'string', default: '0' },
      'edit-rate': { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      'dry-run': { type: 'boolean', default: false },
      // Hourly runs without the document (the default, the likelier world) or with it.
      'no-document': { type: 'boolean', default: false },
      document: { type: 'boolean', default: false },
      'time-zone': { type: 'string', default: 'Asia/Shanghai' },
      locale: { type: 'string', default: 'zh_CN' },
      outbox: { type: 'string', default: path.join(ROOT, 'out', 'outbox') },
      quiet: { type: 'boolean', default: false },
      save: { type: 'string' },
      shop: { type: 'string' },
    },
  });
}

const num = (name: string, v: string | undefined, min: number, max: number): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`--${name} should be a number from ${min} to ${max}, not "${v}".`);
    process.exit(2);
  }
  return n;
};
if (!/^\d{4}-\d{2}-\d{2}$/.test(o.from!)) {
  console.error(`--from should be a day such as 2026-11-24, not "${o.from}".`);
  process.exit(2);
}
const workbook = path.resolve(o.workbook!);
const options: SimulationOptions = {
  workbook,
  shop: o.shop ?? (workbook === SAMPLE ? SAMPLE_SHOP_NAME : undefined),
  from: o.from!,
  days: num('days', o.days, 1, 3660),
  quota: num('quota', o.quota, 1, 100_000),
  failRate: num('fail-rate', o['fail-rate'], 0, 1),
  killRate: num('kill-rate', o['kill-rate'], 0, 1),
  editRate: num('edit-rate', o['edit-rate'], 0, 1),
  seed: num('seed', o.seed, 0, 2 ** 31),
  dryRun: o['dry-run']!,
  clockDocument: o.document! && !o['no-document'],
  timeZone: o['time-zone']!,
  locale: o.locale!,
  progress: o.quiet ? undefined : (line: string) => console.log(line),
};
if (!o.quiet) {
  console.log(
    `Simulating ${options.days} days from ${options.from} (${options.timeZone}): quota ${options.quota}, fail rate ${options.failRate}, kill rate ${options.killRate}, edit rate ${options.editRate}, seed ${options.seed}${options.dryRun ? ', dry run' : ''}, hourly runs ${options.clockDocument ? 'with' : 'without'} the document`,
  );
}
const { summary, mails, standIn } = await simulate(options);
if (o.save) {
  // The workbook as the shop would see it at the end: the Send log, the contact list and all.
  await saveWorkbook(standIn.spreadsheet, path.resolve(o.save));
  if (!o.quiet) console.log(`Saved the workbook to ${path.relative(process.cwd(), o.save)}`);
}

fs.rmSync(o.outbox!, { recursive: true, force: true });
fs.mkdirSync(o.outbox!, { recursive: true });
mails.forEach((m, i) => {
  const name = `${String(i + 1).padStart(6, '0')}-${m.to[0].replace(/[^\w.@-]/g, '_')}.eml`;
  fs.writeFileSync(path.join(o.outbox!, name), toEml(m));
});
if (!o.quiet)
  console.log(`Wrote ${mails.length} .eml files to ${path.relative(process.cwd(), o.outbox!)}/`);
console.log(JSON.stringify(summary));
