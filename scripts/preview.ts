/**
 * npm run preview: SheetCare in a browser, offline, on the sample shop or --workbook FILE.
 * `-- --bigquery` puts the workbook's orders in the stand-in's BigQuery instead, as table
 * shop-project.orders.lines of a spreadsheet with no order sheet: name it in Customers →
 * Orders in BigQuery.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Env } from '../local/env';
import { startPreview } from '../local/preview';
import { StandIn } from '../local/runner';
import { openWorkbook } from '../local/workbook';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    workbook: { type: 'string', default: path.join(ROOT, 'samples', 'sample-shop.xlsx') },
    locale: { type: 'string', default: 'zh_CN' },
    'time-zone': { type: 'string', default: 'Asia/Shanghai' },
    bigquery: { type: 'boolean', default: false },
  },
});
const env = new Env({ today: new Date() });
const spreadsheet = await openWorkbook(path.resolve(values.workbook as string), {
  env,
  timeZone: values['time-zone'],
  locale: values.locale,
});
let standIn = new StandIn({ spreadsheet, userLocale: values.locale });
if (values.bigquery) {
  const rows = spreadsheet._sheets[0].getDataRange().getValues();
  const header = rows.findIndex((r) => r.filter((c) => c !== '').length >= 3);
  standIn = new StandIn({
    today: new Date(),
    userLocale: values.locale,
    locale: values.locale,
    timeZone: values['time-zone'],
  });
  standIn.spreadsheet._load('笔记 Notes', [['']]);
  standIn.bigquery._project('shop-project');
  standIn.bigquery._load(
    'shop-project.orders.lines',
    rows[header].map(String),
    rows.slice(header + 1),
    values['time-zone'] as string,
  );
}
const preview = await startPreview(standIn, Number(process.env.PORT ?? 3000));
console.log(
  `SheetCare preview on ${preview.url} (${values.bigquery ? 'in BigQuery as shop-project.orders.lines' : 'sample'}: ${path.relative(process.cwd(), values.workbook as string)}). Ctrl+C stops it.`,
);
