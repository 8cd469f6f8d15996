/**
 * What the reminders read from the spreadsheet: the rules, the customers (from the order sheet
 * through the analysis), the activities and the coupons, each in one read.
 */
import { CustomerRecord } from '../../core/customers/analysis';
import type { Replenishment } from '../../core/customers/replenishment';
import { fail, Lang } from '../../core/ground/i18n';
import type { Activity, Coupon, Recipient } from '../../core/reminders/occasions';
import type { DueWanted } from '../../core/warehouse/due';
import { dueWhere } from '../../core/warehouse/due';
import { tableName } from '../ground/bigQuery';
import { spreadsheetZone } from '../ground/zone';
import {
  loadWarehouseSource,
  RUN_BUDGET_MS,
  WarehouseSource,
  warehouseCustomers,
  warehouseRegister,
  warehouseRules,
} from '../customers/warehouse';
import {
  COUPON_COLUMNS,
  parseActivities,
  parseCoupons,
  Problem,
} from '../../core/reminders/reminderSheets';
import { columnLetter } from '../../core/ground/cells';
import { Rule } from '../../core/reminders/rules';
import type { Settings } from '../../core/customers/settings';
import { DAY_MS, dayOf, Zone } from '../../core/ground/zone';
import { analyseOrderSheet, OrderAnalysis } from '../customers/analyze';
import { isSampleSheet } from '../customers/sampleShop';
import { OwnedSheets } from '../ground/ownedSheets';
import { dataRows, parseRulesSheet, reminderSheet } from './reminderSheets';
import { Workbook } from '../ground/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CUSTOMER_COLUMN = columnLetter(COUPON_COLUMNS.indexOf('customer'));

/** The rules, or an error naming the first cell to fix and how many there are. */
export function readRules(owned: OwnedSheets): Rule[] {
  const sheet = reminderSheet(owned, 'rules');
  if (!sheet) return fail((w) => w.reminders.errors.noRulesSheet);
  const { rules, errors } = parseRulesSheet(sheet);
  if (errors.length) {
    const name = sheet.getName();
    const first = errors[0].message;
    fail((w) => w.reminders.errors.rulesInvalid(name, errors.length, first(w)));
  }
  return rules;
}

export function recipientOf(
  r: CustomerRecord,
  replenish: readonly Replenishment[] = [],
): Recipient {
  const birthday =
    r.birthday === undefined
      ? undefined
      : {
          month: new Date(r.birthday).getUTCMonth() + 1,
          day: new Date(r.birthday).getUTCDate(),
        };
  return {
    key: r.key,
    id: r.id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    product: r.product,
    consent: r.consent,
    lastPurchase: r.lastPurchase === undefined ? undefined : dayOf(r.lastPurchase),
    lostFrom: r.lostFrom === undefined ? undefined : dayOf(r.lostFrom),
    replenish,
    birthday,
    tier: r.tier,
    status: r.status,
    segment: r.segment,
    cn8: r.cn8,
  };
}

export interface Occasions {
  readonly recipients: Recipient[];
  readonly activities: Activity[];
  readonly coupons: Coupon[];
  /** Rows of the Activities and Coupons sheets that cannot be read, or name no customer. */
  readonly problems: Problem[];
  readonly zone: Zone;
  /** Customers lapse by the value model, fitted again each time (see PlanInput.lapsesMove). */
  readonly lapsesMove: boolean;
  /** The sheet the customers were read from. */
  readonly sheetName: string;
  /** Whether that sheet is the sample shop's (asked only when a mail is to go). */
  readonly fromSample: () => boolean;
}

/** What a reader of the customers wants of them, once the activities and coupons are read. */
export type Wanted = (read: Pick<Occasions, 'activities' | 'coupons'>) => DueWanted | undefined;

export function readOccasions(
  ss: Spreadsheet,
  owned: OwnedSheets,
  settings: Settings,
  lang: Lang,
  /** With the orders in BigQuery: the customers to read (undefined: all of them). */
  wanted: Wanted = () => undefined,
): Occasions {
  const source = loadWarehouseSource();
  const sheet = source ? undefined : analyseOrderSheet(new Workbook(ss), settings, lang, owned);
  const zone = sheet?.zone ?? spreadsheetZone(ss.getSpreadsheetTimeZone());
  const problems: Problem[] = [];
  let activities: Activity[] = [];
  let coupons: Coupon[] = [];
  const a = reminderSheet(owned, 'activities');
  if (a) {
    const read = parseActivities(dataRows(a, 'activities'), 2, zone, a.getName());
    activities = read.activities;
    problems.push(...read.problems);
  }
  const c = reminderSheet(owned, 'coupons');
  const couponSheet = c?.getName() ?? '';
  if (c) {
    const read = parseCoupons(dataRows(c, 'coupons'), 2, zone, couponSheet);
    coupons = read.coupons;
    problems.push(...read.problems);
  }
  const customers = sheet
    ? fromAnalysis(sheet)
    : fromWarehouse(source!, settings, zone, wanted({ activities, coupons }));
  const recipients = customers.recipients;
  // Only all the customers can tell that a coupon's holder is none of them.
  if (!customers.some) {
    const known = new Set(recipients.flatMap((r) => [r.key, r.email.toLowerCase()]));
    for (const coupon of coupons) {
      if (!known.has(coupon.customer.toLowerCase())) {
        problems.push({
          message: (w) =>
            w.reminders.errors.unknownCouponCustomer(
              couponSheet,
              `${CUSTOMER_COLUMN}${coupon.row}`,
              coupon.customer,
            ),
        });
      }
    }
  }
  return { recipients, activities, coupons, problems, zone, ...customers.from };
}

type Customers = {
  recipients: Recipient[];
  /** Only some of the customers were read. */
  some: boolean;
  from: Pick<Occasions, 'lapsesMove' | 'sheetName' | 'fromSample'>;
};

function fromAnalysis({ analysis, sheetName, facts }: OrderAnalysis): Customers {
  return {
    recipients: analysis.customers.map((r) => recipientOf(r, analysis.replenishments(r.key))),
    some: false,
    from: {
      lapsesMove: analysis.summary.lostBy.applied === 'chance',
      sheetName,
      fromSample: () => isSampleSheet(facts.sheet),
    },
  };
}

/** From BigQuery: the customers wanted (the due ones), else the biggest spenders to the cap. */
function fromWarehouse(
  source: WarehouseSource,
  settings: Settings,
  zone: Zone,
  due: DueWanted | undefined,
): Customers {
  const deadline = Date.now() + RUN_BUDGET_MS;
  const register = warehouseRegister(source);
  const rules = warehouseRules(source, register, settings, zone, undefined, deadline);
  const filter = due ? { where: dueWhere(due) } : { limit: source.rowCap };
  const customers = warehouseCustomers(source, register, rules, zone, filter, deadline);
  return {
    recipients: customers.map((r) => recipientOf(r)),
    some: due !== undefined || customers.length >= source.rowCap,
    // Lost by days: the value model's refit, which moves lapses, needs every history here.
    from: { lapsesMove: false, sheetName: tableName(source), fromSample: () => false },
  };
}

export const localDay = (zone: Zone, utcMs: number): number => dayOf(zone.toLocal(utcMs));
export const localHour = (zone: Zone, utcMs: number): number =>
  Math.floor((zone.toLocal(utcMs) - localDay(zone, utcMs) * DAY_MS) / 3_600_000);
