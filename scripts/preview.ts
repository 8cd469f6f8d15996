/** npm run preview: SheetCare in a browser, offline, on the sample shop or --workbook FILE. */
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
  },
});
const env = new Env({ today: new Date() });
const spreadsheet = await openWorkbook(path.resolve(values.workbook as string), {
  env,
  timeZone: values['time-zone'],
  locale: values.locale,
});
const standIn = new StandIn({ spreadsheet, userLocale: values.locale });
const preview = await startPreview(standIn, Number(process.env.PORT ?? 3000));
console.log(
  `SheetCare preview on ${preview.url} (sample: ${path.relative(process.cwd(), values.workbook as string)}). Ctrl+C stops it.`,
);
