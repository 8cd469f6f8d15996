/** Writes samples/sample-shop.xlsx from the seeded generator (npm run sample). */
import path from 'node:path';
import { Env } from '../local/env';
import { generateSampleShop, SAMPLE_HEADERS, SampleCell } from '../src/core/ground/sampleShop';
import { generateCoupons, generateSurvey, SAMPLE_ACTIVITIES } from './sampleExtras';
import { FakeSpreadsheet } from '../local/spreadsheet/spreadsheet';
import { saveWorkbook } from '../local/workbook';
import { ACTIVITY_COLUMNS, COUPON_COLUMNS } from '../src/core/reminders/reminderSheets';
import { RULE_COLUMNS, defaultRuleRows } from '../src/core/reminders/rules';
import { zone } from '../src/core/ground/zone';
import { words } from '../src/words';
import { SHEET_NAMES } from '../src/words/sheetNames';

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
      ? c === SAMPLE_HEADERS.length
        ? 'yyyy-mm-dd'
        : 'yyyy-mm-dd hh:mm'
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

// The reminder sheets as a shop would prepare them: every rule on, greetings and activity
// notices for the customers who matter most, so a consumer account's 100 mails a day suffice.
const zh = words('zh');
const rules = defaultRuleRows('zh').map((r) => {
  const row = [...r];
  row[RULE_COLUMNS.indexOf('on')] = true;
  const id = String(row[RULE_COLUMNS.indexOf('id')]);
  if (id === 'spring-festival' || id === 'mid-autumn' || id === 'questionnaire') {
    row[RULE_COLUMNS.indexOf('audience')] = 'A';
  }
  if (id === 'activity') row[RULE_COLUMNS.indexOf('audience')] = 'A, B';
  return row;
});
const ruleHeaders = RULE_COLUMNS.map((c) => zh.reminders.ruleHeaders[c]);
const toSheet = (cells: readonly SampleCell[][]) =>
  cells.map((r) => r.map((v) => (v instanceof Date ? new Date(z.toUtc(v.getTime())) : v)));
const dateFormats = (cells: readonly unknown[][]) =>
  cells.map((r) => r.map((v) => (v instanceof Date ? 'yyyy-mm-dd' : undefined)));
ss._load(SHEET_NAMES.rules, [ruleHeaders, ...rules])._frozenRows = 1;
const activities = [
  ACTIVITY_COLUMNS.map((c) => zh.reminders.headers.activities[c]),
  ...toSheet(SAMPLE_ACTIVITIES),
];
ss._load(SHEET_NAMES.activities, activities, dateFormats(activities))._frozenRows = 1;
const coupons = [
  COUPON_COLUMNS.map((c) => zh.reminders.headers.coupons[c]),
  ...toSheet(generateCoupons(shop.rows)),
];
ss._load(SHEET_NAMES.coupons, coupons, dateFormats(coupons))._frozenRows = 1;
await saveWorkbook(ss, SAMPLE_FILE);
console.log(
  `${SAMPLE_FILE}: ${shop.orderLines} order lines, ${shop.customers} customers, ${rows.length} rows`,
);
