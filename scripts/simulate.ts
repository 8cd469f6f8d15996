/**
 * Days of reminder emails, offline: the built add-on runs in the Apps Script stand-in on the
 * sample shop (or --workbook), its hourly trigger firing hour by hour, with sends that fail
 * (--fail-rate) and runs killed at a random service call (--kill-rate). Every mail the stand-in's
 * MailApp received is written to out/outbox/ as an .eml file; the last line printed is one
 * JSON object of what became of every due reminder, counted from the Send log, and of the
 * duplicates and the busiest 24 hours, counted from the mails themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { instantOf } from '../local/clock';
import { Env } from '../local/env';
import { seededRandom } from '../local/random';
import { StandIn } from '../local/runner';
import { toEml } from '../local/services/mail';
import { openWorkbook } from '../local/workbook';
import type { ReminderState } from '../src/shared/api';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: o } = parseArgs({
  options: {
    workbook: { type: 'string', default: path.join(ROOT, 'samples', 'sample-shop.xlsx') },
    from: { type: 'string', default: '2026-11-24' },
    days: { type: 'string', default: '30' },
    quota: { type: 'string', default: '100' },
    'fail-rate': { type: 'string', default: '0' },
    'kill-rate': { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    'dry-run': { type: 'boolean', default: false },
    'time-zone': { type: 'string', default: 'Asia/Shanghai' },
    locale: { type: 'string', default: 'zh_CN' },
    outbox: { type: 'string', default: path.join(ROOT, 'out', 'outbox') },
    quiet: { type: 'boolean', default: false },
  },
});

const num = (name: string, v: string | undefined, min: number, max: number): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`--${name} should be a number from ${min} to ${max}, not "${v}".`);
    process.exit(2);
  }
  return n;
};
const days = num('days', o.days, 1, 3660);
const quota = num('quota', o.quota, 1, 100_000);
const failRate = num('fail-rate', o['fail-rate'], 0, 1);
const killRate = num('kill-rate', o['kill-rate'], 0, 1);
const seed = num('seed', o.seed, 0, 2 ** 31);
if (!/^\d{4}-\d{2}-\d{2}$/.test(o.from!)) {
  console.error(`--from should be a day such as 2026-11-24, not "${o.from}".`);
  process.exit(2);
}

// The simulation starts at midnight of --from in the shop's zone.
const start = new Date(instantOf(o['time-zone']!, Date.parse(`${o.from}T00:00:00Z`)));
const env = new Env({ today: start.toISOString() });
const spreadsheet = await openWorkbook(path.resolve(o.workbook!), {
  env,
  timeZone: o['time-zone'],
  locale: o.locale,
});
const s = new StandIn({ spreadsheet, userLocale: o.locale, mailQuota: quota, seed });
const log = (line: string) => {
  if (!o.quiet) console.log(line);
};

let state = s.run('setUpReminders') as ReminderState;
if (state.ruleErrors.length) {
  console.error(`The rules sheet has errors:\n  ${state.ruleErrors.join('\n  ')}`);
  process.exit(1);
}
if (!state.rules.some((r) => r.on)) {
  log('No rule is on: turning every rule on for the simulation.');
  for (const r of state.rules) state = s.run('setRuleOn', { id: r.id, on: true }) as ReminderState;
}
s.run('saveReminderSettings', { ...state.settings, dryRun: o['dry-run'] });
s.run('switchReminderJob', true);
log(
  `Simulating ${days} days from ${o.from} (${o['time-zone']}): quota ${quota}, fail rate ${failRate}, kill rate ${killRate}, seed ${seed}${o['dry-run'] ? ', dry run' : ''}`,
);
log(
  `Rules on: ${state.rules
    .filter((r) => r.on)
    .map((r) => r.id)
    .join(', ')}`,
);

if (failRate > 0) s.mail._fault = { share: failRate, error: 'unavailable' };
const rnd = seededRandom(seed);
let killsArmed = 0;
for (let h = 0; h < days * 24; h++) {
  if (killRate > 0 && rnd() < killRate) {
    // Anywhere in a run: among its reads, its plan, or its sends.
    s.env.killAtCall(1 + Math.floor(rnd() * 250));
    killsArmed++;
  }
  s.advance({ hours: 1 });
  if (!o.quiet && h % (24 * 30) === 24 * 30 - 1) {
    log(`  day ${(h + 1) / 24}: ${s.mail._sent.length} mails sent so far`);
  }
}

// What the Send log says, read as the stand-in holds it.
const final = s.run('reminderState') as ReminderState;
const logSheet = spreadsheet._sheets.find((sh) => sh.getName() === final.sheets.log)!;
const rows = logSheet.getDataRange().getValues().slice(1);
const latest = new Map<string, { rule: string; status: string; note: string; day: string }>();
const sentPerDay: Record<string, number> = {};
const statusWords = new Map<string, string>();
// The log's status words, read back through the panel's own counts' keys.
for (const [key, value] of Object.entries({
  planned: ['待发送', 'planned'],
  sending: ['发送中', 'sending'],
  sent: ['已发送', 'sent'],
  unknown: ['不确定', 'unknown'],
  retry: ['待重试', 'to retry'],
  failed: ['失败', 'failed'],
  skipped: ['已跳过', 'skipped'],
  contact: ['转人工联系', 'contact list'],
  dismissed: ['已放弃', 'dismissed'],
  dryRun: ['演练', 'dry run'],
})) {
  for (const v of value) statusWords.set(v, key);
}
for (const r of rows) {
  const status = statusWords.get(String(r[6]));
  if (!status || status === 'dryRun') continue;
  const details = JSON.parse(String(r[9])) as { sendDay: number };
  latest.set(String(r[5]), {
    rule: String(r[4]),
    status,
    note: String(r[8]),
    day: new Date(details.sendDay * 86_400_000).toISOString().slice(0, 10),
  });
}
const byStatus: Record<string, number> = {};
const perRule: Record<string, Record<string, number>> = {};
const skipped: Record<string, number> = {};
for (const l of latest.values()) {
  byStatus[l.status] = (byStatus[l.status] ?? 0) + 1;
  perRule[l.rule] ??= {};
  perRule[l.rule][l.status] = (perRule[l.rule][l.status] ?? 0) + 1;
  if (l.status === 'skipped') skipped[l.note] = (skipped[l.note] ?? 0) + 1;
}

// Duplicates, from the mails themselves: the same mail to the same person within 60 days.
const seen = new Map<string, number>();
let duplicates = 0;
// Mails to the user themselves are the job's failure notices, not reminders.
const owner = s.session.getEffectiveUser().getEmail();
const notices = s.mail._sent.filter((m) => m.to.includes(owner)).length;
const sent = s.mail._sent.filter((m) => !m.to.includes(owner));
for (const m of sent) {
  const k = `${m.to.join(',')}\n${m.subject}\n${m.body}`;
  const before = seen.get(k);
  if (before !== undefined && m.at - before < 60 * 86_400_000) duplicates++;
  seen.set(k, m.at);
  const day = new Date(m.at + 8 * 3_600_000).toISOString().slice(0, 10);
  sentPerDay[day] = (sentPerDay[day] ?? 0) + 1;
}
let busiest = 0;
for (let i = 0, j = 0; i < sent.length; i++) {
  while (sent[i].at - sent[j].at >= 86_400_000) j++;
  busiest = Math.max(busiest, i - j + 1);
}

fs.rmSync(o.outbox!, { recursive: true, force: true });
fs.mkdirSync(o.outbox!, { recursive: true });
s.mail._sent.forEach((m, i) => {
  const name = `${String(i + 1).padStart(6, '0')}-${m.to[0].replace(/[^\w.@-]/g, '_')}.eml`;
  fs.writeFileSync(path.join(o.outbox!, name), toEml(m));
});

const runs = s.env.executions.filter((e) => e.kind === 'trigger');
const result = {
  from: o.from,
  days,
  quota,
  failRate,
  killRate,
  seed,
  dryRun: o['dry-run'],
  runs: runs.length,
  runsKilled: runs.filter((e) => e.status === 'killed').length,
  runsFailed: runs.filter((e) => e.status === 'failed').length,
  killsArmed,
  due: latest.size,
  sent: byStatus.sent ?? 0,
  deferred: (byStatus.planned ?? 0) + (byStatus.retry ?? 0),
  failed: byStatus.failed ?? 0,
  unknown: byStatus.unknown ?? 0,
  sending: byStatus.sending ?? 0,
  contactList: byStatus.contact ?? 0,
  dismissed: byStatus.dismissed ?? 0,
  skipped,
  mailsReceived: sent.length,
  failureNotices: notices,
  duplicates,
  busiest24h: busiest,
  perRule,
  perDay: sentPerDay,
};
log(`Wrote ${s.mail._sent.length} .eml files to ${path.relative(process.cwd(), o.outbox!)}/`);
console.log(JSON.stringify(result));
