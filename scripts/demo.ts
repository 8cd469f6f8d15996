/**
 * SheetCare's main job, offline: opens the sample shop (or --workbook FILE.xlsx|.csv) in the
 * Apps Script stand-in, runs the built add-on on it as a user would from the menu, and saves
 * the resulting workbook to out/.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Env } from '../local/env';
import { StandIn } from '../local/runner';
import { openWorkbook, saveWorkbook } from '../local/workbook';
import type { SidebarState } from '../src/shared/api';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    workbook: { type: 'string', default: path.join(ROOT, 'samples', 'sample-shop.xlsx') },
    'time-zone': { type: 'string', default: 'Asia/Shanghai' },
    locale: { type: 'string', default: 'zh_CN' },
    out: { type: 'string' },
  },
});
const file = path.resolve(values.workbook as string);
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
  for (const [field, index] of Object.entries(found.columns)) {
    console.log(
      `  ${field.padEnd(10)} ← column ${String.fromCharCode(65 + (index as number))} "${found.headers[index as number]}"`,
    );
  }
  if (found.missing.length) console.log(`  missing: ${found.missing.join(', ')}`);
}

const out = path.resolve(
  values.out ??
    path.join(ROOT, 'out', `${path.basename(file).replace(/\.\w+$/, '')}-sheetcare.xlsx`),
);
await saveWorkbook(spreadsheet, out);
console.log(
  `\nService calls: ${standIn.env.totalCalls()} (${[...standIn.env.counts].map(([k, n]) => `${k} ${n}`).join(', ')})`,
);
console.log(`Saved ${path.relative(process.cwd(), out)}`);
