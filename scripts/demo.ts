/**
 * SheetCare's main job, offline: opens the sample shop (or --workbook FILE.xlsx|.csv) in the
 * Apps Script stand-in, runs the built add-on on it as a user would from the menu, and saves
 * the resulting workbook to out/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Env } from '../local/env';
import { StandIn } from '../local/runner';
import { openWorkbook, saveWorkbook } from '../local/workbook';
import { words } from '../src/words';
import type {
  AnalyzeResult,
  GroupRow,
  LastRunInfo,
  ReminderState,
  SatisfactionReport,
  SidebarState,
  SurveyReport,
  TodayPlan,
} from '../src/shared/api';
import { toEml } from '../local/services/mail';
import { SAMPLE_SHOP_NAME } from '../src/core/ground/sampleShop';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'sample-shop.xlsx');
const { values } = parseArgs({
  options: {
    workbook: { type: 'string', default: SAMPLE },
    'time-zone': { type: 'string', default: 'Asia/Shanghai' },
    locale: { type: 'string', default: 'zh_CN' },
    out: { type: 'string' },
    // The sample shop's register has no shop name column: its owner types the name.
    shop: { type: 'string' },
  },
});
const file = path.resolve(values.workbook as string);
/** Pads to a width in terminal columns: Chinese characters take two. */
const padTo = (text: string, width: number) =>
  text +
  ' '.repeat(
    Math.max(1, width - [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0)),
  );
const env = new Env({ today: '2026-11-24T01:00:00Z' });
const spreadsheet = await openWorkbook(file, {
  env,
  timeZone: values['time-zone'],
  locale: values.locale,
});
const standIn = new StandIn({ spreadsheet, userLocale: values.locale });

console.log(
  `Opened ${path.relative(process.cwd(), file)}: ${spreadsheet._sheets.map((s) => `${s._name} (${s.getLastRow()} rows)`).join(', ')}`,
);

standIn.simpleTrigger('onOpen');
for (const menu of spreadsheet._ui.menus) {
  console.log(`\nMenu ${menu.title}`);
  for (const item of menu.items)
    console.log(item.functionName ? `  ${item.caption}  → ${item.functionName}()` : '  ───');
}

const state = standIn.run('getSidebarState') as SidebarState;
const found = state.orderSheet;
if (!found) {
  console.log(
    '\nNo order sheet recognised: SheetCare looks for headers such as 客户ID / Customer, 成交金额 / Amount, 成交时间 / Date.',
  );
} else {
  console.log(
    `\nOrder sheet "${found.sheetName}": headers in row ${found.headerRow}, ${found.dataRows} data rows`,
  );
  console.log(`  format: ${words('en').platforms[found.format.id]}`);
  for (const [field, index] of Object.entries(found.columns).sort((a, b) => a[1] - b[1])) {
    console.log(
      `  ${field.padEnd(10)} ← column ${String.fromCharCode(65 + (index as number))} "${found.headers[index as number]}"`,
    );
  }
  if (found.missing.length) console.log(`  missing: ${found.missing.join(', ')}`);
}

if (found && found.missing.length === 0) {
  const before = standIn.env.totalCalls();
  const started = performance.now();
  const r = standIn.run('analyzeCustomers') as AnalyzeResult;
  const ms = performance.now() - started;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const money = (x: number) =>
    x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).padStart(16);
  const w = words(r.lang);
  const table = (title: string, rows: GroupRow[], names: Readonly<Record<string, string>>) => {
    console.log(`\n${title}`);
    for (const g of rows) {
      console.log(
        `  ${padTo(names[g.key], 28)} ${String(g.customers).padStart(6)} ${pct(g.shareOfCustomers)} ${money(g.spend)} ${pct(g.shareOfSpend)}`,
      );
    }
  };
  console.log(
    `\nAnalyze customers (as of ${r.asOf}): ${r.customers} customers, ${r.buyers} paying, spend ${money(r.spend).trim()}`,
  );
  console.log(
    `  ${r.rowsRead} order rows read, ${r.rowsUsed} used, ${r.rowsNotUsed} not used (listed on "${r.sheets.issues}")`,
  );
  table(
    'ABC tiers                      customers  share            spend  share',
    r.tiers,
    w.tiers,
  );
  table('RFM segments (rf10)', r.segments, w.segments);
  table('RFM value quadrants (cn8)', r.classes, w.classes);
  table('Status', r.statuses, w.statuses);
  const v = r.value;
  console.log(
    `\nCustomer value (estimates): ${v.purchasesPerYear.value.toFixed(1)} purchases a year (${v.purchasesPerYear.source}), ${v.years.value.toFixed(1)} years (${v.years.source})`,
  );
  if (v.typical) {
    console.log(
      `  a typical customer is worth ${money(v.typical.basic).trim()}; a happy one brings ${money(v.typical.satisfied).trim()}, an unhappy one costs ${money(v.typical.complaintLoss).trim()}`,
    );
  }
  console.log(`  value at stake among A customers ${money(v.atStakeA).trim()}`);
  const model = v.model;
  if (model?.fit.ok) {
    const { purchases: b, spend: g } = model.fit.model;
    console.log(
      `Value model (modified BG/NBD, Gamma-Gamma): r ${b.r.toFixed(3)}, α ${b.alpha.toFixed(1)} days, a ${b.a.toFixed(3)}, b ${b.b.toFixed(3)}${g ? `; p ${g.p.toFixed(2)}, q ${g.q.toFixed(2)}, γ ${g.gamma.toFixed(1)}` : ''}`,
    );
    if (model.predictedA !== undefined && model.atRisk !== undefined) {
      console.log(
        `  A customers' predicted value, next 12 months ${money(model.predictedA).trim()}; at risk among the ${model.atRiskCustomers} more likely gone than not ${money(model.atRisk).trim()}`,
      );
    }
    const check = model.holdout;
    if (check) {
      console.log(
        `  checked on the last ${check.days} days: predicted ${check.predicted.toFixed(0)} purchases, customers made ${check.actual}`,
      );
      for (const g of check.groups) {
        console.log(
          `    ${String(g.repeats).padStart(2)}${g.repeats === check.groups.at(-1)!.repeats ? '+' : ' '} repeats before: ${String(g.customers).padStart(5)} customers, ${String(g.actual).padStart(5)} purchases after, ${g.predicted.toFixed(1).padStart(7)} predicted`,
        );
      }
    }
  } else if (model && !model.fit.ok) {
    console.log(
      `Value model: too few repeat buyers (${model.fit.repeatBuyers} of ${model.fit.needed})`,
    );
  }
  console.log(
    `Pareto: the top 20% of paying customers bring ${pct(r.pareto[1]?.spendShare ?? 0).trim()} of spend`,
  );
  console.log(
    `Took ${ms.toFixed(0)} ms here and ${standIn.env.totalCalls() - before} Apps Script service calls.`,
  );
  const customers = spreadsheet.getSheetByName(r.sheets.customers)!;
  console.log(`\nTop customers on "${r.sheets.customers}":`);
  const shown = customers.getRange(
    1,
    1,
    Math.min(6, customers.getLastRow()),
    customers.getLastColumn(),
  );
  const head = shown.getValues()[0].map(String);
  const keys = ['id', 'name', 'purchases', 'spend', 'status', 'tier', 'segment', 'cn8'] as const;
  const at = keys.map((k) => head.indexOf(words(r.lang).titles[k]));
  for (const row of shown.getDisplayValues()) {
    console.log(`  ${at.map((i) => padTo(row[i], 14)).join('')}`);
  }
}

const survey = standIn.run('surveyReport', '') as SurveyReport | null;
if (survey) {
  console.log(
    `\nSatisfaction survey "${survey.sheetName}": index ${survey.index?.toFixed(2) ?? '—'} from ${survey.respondents} respondents` +
      (survey.byYear.length
        ? ` (${survey.byYear.map((y) => `${y.year}: ${y.index?.toFixed(2) ?? '—'}`).join(', ')})`
        : '') +
      (survey.bad.length
        ? `; ${survey.bad.length} answer(s) unreadable, e.g. row ${survey.bad[0].row} ${survey.bad[0].letter} "${survey.bad[0].value}"`
        : ''),
  );
}

if (survey) {
  // The Satisfaction and Follow-up sheets: the index per year and per tier, and whom to call back.
  const r = standIn.run('writeSatisfaction', {
    sheetName: survey.sheetName,
    period: 'year',
  }) as SatisfactionReport;
  const w = words(state.lang);
  const line = (
    label: string,
    g: { respondents: number; index: number | null; nps: number | null },
  ) =>
    `  ${padTo(label, 24)} ${String(g.respondents).padStart(5)} answers  index ${g.index?.toFixed(2) ?? '—'}`;
  console.log(`Wrote "${r.sheets.satisfaction}" and "${r.sheets.followUp}":`);
  for (const p of r.periods) {
    console.log(
      `${line(p.key, p)}${p.change === null ? '' : `  (${p.change > 0 ? '+' : ''}${p.change.toFixed(2)})`}`,
    );
  }
  for (const g of r.byTier) console.log(line(w.tiers[g.key as 'A'], g));
  console.log(`  follow-up queue: ${r.followUps} responses, A customers first`);
  for (const f of r.firstFollowUps.slice(0, 3)) {
    console.log(
      `    ${f.tier || '-'} ${padTo(f.name || f.customer, 12)} ${f.low}${f.text ? ` · ${f.text}` : ''}`,
    );
  }
}

/**
 * Reminders are set up as the user sets them up, in the shop's name: the one given, the sample
 * shop's, or the export's own (店铺名称). Without any, SheetCare asks, and so does the demo.
 */
function setUpReminders(): ReminderState | undefined {
  try {
    return standIn.run('setUpReminders', {
      shop: values.shop ?? (file === SAMPLE ? SAMPLE_SHOP_NAME : ''),
    }) as ReminderState;
  } catch (e) {
    console.log(`\nReminders not set up: ${(e as Error).message}\n  (npm run demo -- --shop NAME)`);
    return undefined;
  }
}

const stem = path.basename(file).replace(/\.\w+$/, '');
const before = standIn.env.totalCalls();
const setUp = found && found.missing.length === 0 ? setUpReminders() : undefined;
if (setUp) {
  // Reminders: the sheets set up (a prepared rules sheet is taken as it is), today's plan, and
  // today's mails sent into the stand-in's outbox, written out as .eml files.
  const on = setUp.rules.filter((r) => r.on);
  console.log(
    `\nReminders: ${on.length} of ${setUp.rules.length} rules on${on.length ? ` (${on.map((r) => r.id).join(', ')})` : ` (turn them on in "${setUp.sheets.rules}")`}`,
  );
  const plan = standIn.run('planToday') as TodayPlan;
  console.log(`Today's plan, ${plan.today}: ${plan.total} reminders`);
  for (const r of plan.byRule.filter((x) => x.mails + x.contacts + x.skipped > 0)) {
    console.log(
      `  ${padTo(r.name, 24)} ${String(r.mails).padStart(4)} by mail ${String(r.contacts).padStart(4)} by hand ${String(r.skipped).padStart(4)} skipped`,
    );
  }
  for (const p of plan.problems) console.log(`  ! ${p}`);
  const run = standIn.run('runRemindersNow') as LastRunInfo;
  const mails = standIn.mail._sent;
  const outbox = path.join(ROOT, 'out', `${stem}-mails`);
  fs.rmSync(outbox, { recursive: true, force: true });
  fs.mkdirSync(outbox, { recursive: true });
  mails.forEach((m, i) =>
    fs.writeFileSync(path.join(outbox, `${String(i + 1).padStart(4, '0')}.eml`), toEml(m)),
  );
  console.log(
    `Sent ${run.sent} mails today (${run.waiting} waiting for tomorrow's quota, ${run.failed} failed), written to ${path.relative(process.cwd(), outbox)}/; ${standIn.env.totalCalls() - before} service calls`,
  );
  if (mails[0]) console.log(`  e.g. to ${mails[0].to[0]}: ${mails[0].subject}`);
}

const out = path.resolve(values.out ?? path.join(ROOT, 'out', `${stem}-sheetcare.xlsx`));
await saveWorkbook(spreadsheet, out);
console.log(`\nAll service calls: ${standIn.env.totalCalls()}`);
console.log(
  `Saved ${path.relative(process.cwd(), out)} (sheets: ${spreadsheet._sheets.map((x) => x._name).join(', ')})`,
);
