/**
 * What the reminders read from the spreadsheet: the rules, the customers (from the order sheet
 * through the analysis), the activities and the coupons, each in one read.
 */
import { CustomerRecord } from '../../core/customers/analysis';
import type { Replenishment } from '../../core/customers/replenishment';
import { fail, Lang } from '../../core/ground/i18n';
import type { Activity, Coupon, Recipient } from '../../core/reminders/occasions';
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
import { analyseOrderSheet } from '../customers/analyze';
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

export function readOccasions(
  ss: Spreadsheet,
  owned: OwnedSheets,
  settings: Settings,
  lang: Lang,
): Occasions {
  const { analysis, zone, sheetName, facts } = analyseOrderSheet(
    new Workbook(ss),
    settings,
    lang,
    owned,
  );
  const recipients = analysis.customers.map((r) => recipientOf(r, analysis.replenishments(r.key)));
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
  if (c) {
    const name = c.getName();
    const read = parseCoupons(dataRows(c, 'coupons'), 2, zone, name);
    const known = new Set(recipients.flatMap((r) => [r.key, r.email.toLowerCase()]));
    coupons = read.coupons;
    problems.push(...read.problems);
    for (const coupon of coupons) {
      if (!known.has(coupon.customer.toLowerCase())) {
        problems.push({
          message: (w) =>
            w.reminders.errors.unknownCouponCustomer(
              name,
              `${CUSTOMER_COLUMN}${coupon.row}`,
              coupon.customer,
            ),
        });
      }
    }
  }
  const lapsesMove = analysis.summary.lostBy.applied === 'chance';
  const fromSample = () => isSampleSheet(facts.sheet);
  return { recipients, activities, coupons, problems, zone, lapsesMove, sheetName, fromSample };
}

export const localDay = (zone: Zone, utcMs: number): number => dayOf(zone.toLocal(utcMs));
export const localHour = (zone: Zone, utcMs: number): number =>
  Math.floor((zone.toLocal(utcMs) - localDay(zone, utcMs) * DAY_MS) / 3_600_000);
