/** Writes samples/sample-shop.xlsx from the seeded generator (npm run sample). */
import path from 'node:path';
import { Env } from '../local/env';
import { generateSampleShop, generateSurvey } from '../local/sampleShop';
import { FakeSpreadsheet } from '../local/spreadsheet/spreadsheet';
import { saveWorkbook } from '../local/workbook';
import { zone } from '../src/core/zone';

export const SAMPLE_FILE = path.resolve(import.meta.dirname, '..', 'samples', 'sample-shop.xlsx');

const shop = generateSampleShop();
const ss = new FakeSpreadsheet(new Env(), 'sample-shop', 'Asia/Shanghai', 'zh_CN');
const z = zone(ss._tz);
// The generator speaks wall-clock time; the spreadsheet stores instants in its zone.
const rows = shop.rows.map((r) =>
  r.map((v) => (v instanceof Date ? new Date(z.toUtc(v.getTime())) : v)),
);
const formats = shop.rows.map((r) =>
  r.map((v, c) =>
    v instanceof Date
      ? 'yyyy-mm-dd hh:mm'
      : c === 9 && typeof v === 'number'
        ? '#,##0.00'
        : undefined,
  ),
);
const sheet = ss._load('订单', rows, formats);
sheet._frozenRows = 1;
const survey = generateSurvey().map((r) =>
  r.map((v) => (v instanceof Date ? new Date(z.toUtc(v.getTime())) : v)),
);
const surveySheet = ss._load(
  '满意度调查',
  survey,
  survey.map((r) => r.map((v) => (v instanceof Date ? 'yyyy-mm-dd hh:mm' : undefined))),
);
surveySheet._frozenRows = 1;
await saveWorkbook(ss, SAMPLE_FILE);
console.log(
  `${SAMPLE_FILE}: ${shop.orderLines} order lines, ${shop.customers} customers, ${rows.length} rows`,
);
