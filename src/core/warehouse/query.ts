/**
 * Analyze as SQL, for an order register kept in BigQuery: the same customers, purchases,
 * spend, tiers, scores, statuses and values the sheet path computes (analysis.ts), worked out
 * in the warehouse so that only one row per customer comes back. Written in BigQuery's
 * GoogleSQL; the offline stand-in runs it on DuckDB through local/bigquery/dialect.ts, and
 * test/customers/warehouse.test.ts holds the two paths to the same answer, customer by
 * customer.
 *
 * Every value the shop or the user supplies is a query parameter, never text spliced into the
 * SQL; column and table names come from the table's own schema and are quoted as identifiers.
 * Rules kept here, where both engines differ: natural logs are LN, divisions go through
 * NULLIF (DuckDB answers NULL to x / 0, BigQuery fails), orderings that meet NULLs say NULLS
 * LAST, and integer days come from FLOOR, never DIV or integer division.
 */
import { AMOUNT_SPACES, AMOUNT_TEXT, MAX_YEAR, MIN_YEAR } from '../ground/cells';
import type { ColumnMap } from '../ground/columns';
import { NO, YES } from '../ground/consent';
import { EMAIL } from '../ground/email';
import type { OrderField } from '../ground/fields';
import { NOT_A_PRODUCT } from '../ground/orderLines';
import { PlatformFormat, statusKey, statusRule } from '../ground/platforms';
import type { AnalysisSettings } from '../customers/analysis';
import { DEFAULT_VALUE_SETTINGS, MAX_YEARS, MIN_HISTORY_DAYS, MIN_YEARS } from '../customers/value';
import { sqlParam, SqlParam, SqlQuery, sqlQuery } from './params';
import { sqlRegex } from './regex';

/** A BigQuery table or view: `project.dataset.table`. */
export interface TableRef {
  readonly project: string;
  readonly dataset: string;
  readonly table: string;
}

/** A column's type as BigQuery's schema names it (legacy and standard names alike). */
export type ColumnType = string;

export interface WarehouseColumn {
  readonly name: string;
  readonly type: ColumnType;
}

/** The register in the warehouse: its table, its columns, which is which, and its format. */
export interface WarehouseRegister {
  readonly table: TableRef;
  readonly columns: readonly WarehouseColumn[];
  /** Field → index into `columns`, as recogniseHeaders reads the column names. */
  readonly map: ColumnMap;
  readonly format: PlatformFormat;
}

/** What the query needs besides the register: the settings, the day, the statuses counted. */
export interface WarehouseRules {
  readonly analysis: AnalysisSettings;
  /** The spreadsheet's time zone: a TIMESTAMP column is read as wall-clock time there. */
  readonly zoneId: string;
  /** Today as a day number in that zone: later purchases are typos or pre-orders. */
  readonly today: number;
  /** The status texts that count as sales (countedStatuses); blank always counts. */
  readonly counted: readonly string[];
  /** The status texts of orders awaiting payment: not sales yet, and no problem. */
  readonly unpaid: readonly string[];
  readonly shippingIncluded: boolean;
}

const DAY_MS = 86_400_000;
const UNITS = 10_000;

const NUMERIC = /^(INT64|INTEGER|FLOAT|FLOAT64|NUMERIC|BIGNUMERIC|DECIMAL|BIGDECIMAL)$/i;
const INTEGRAL = /^(INT64|INTEGER)$/i;

export const quoteIdentifier = (name: string): string => `\`${name.replace(/[`\\]/g, '\\$&')}\``;
export const quoteTable = (t: TableRef): string =>
  quoteIdentifier(`${t.project}.${t.dataset}.${t.table}`);

const blankText = `''`;
const day = (ms: string) => `CAST(FLOOR(${ms} / ${DAY_MS}) AS INT64)`;
/** Math.round(x × 10 000) exactly: halves go up, as in JavaScript, not away from zero. */
const units = (amount: string) => `CAST(FLOOR(${amount} * ${UNITS} + 0.5) AS INT64)`;
const roundMoney = (x: string) => `FLOOR(${x} * ${UNITS} + 0.5) / ${UNITS}`;

/** The SQL of one register's columns, each read as the sheet path reads its cell. */
class Columns {
  constructor(private readonly r: WarehouseRegister) {}

  has(field: OrderField): boolean {
    return this.r.map[field] !== undefined;
  }

  private column(field: OrderField): WarehouseColumn {
    return this.r.columns[this.r.map[field]!];
  }

  private ref(field: OrderField): string {
    return quoteIdentifier(this.column(field).name);
  }

  /** Trimmed text, '' for NULL or a missing column; a whole number without its ".0". */
  text(field: OrderField): string {
    if (!this.has(field)) return blankText;
    const { type } = this.column(field);
    const c = this.ref(field);
    if (INTEGRAL.test(type)) return `COALESCE(CAST(${c} AS STRING), '')`;
    if (NUMERIC.test(type)) {
      return `COALESCE(IF(${c} = FLOOR(${c}), CAST(CAST(${c} AS INT64) AS STRING), CAST(${c} AS STRING)), '')`;
    }
    return `COALESCE(TRIM(CAST(${c} AS STRING)), '')`;
  }

  /** An amount: a number as it is, text as readAmount reads it; NULL when blank or unreadable. */
  amount(field: OrderField): string {
    const { type } = this.column(field);
    const c = this.ref(field);
    if (NUMERIC.test(type)) return `CAST(${c} AS FLOAT64)`;
    const t = `LOWER(REGEXP_REPLACE(TRANSLATE(CAST(${c} AS STRING), @full_width, @half_width), @amount_spaces, ''))`;
    const paren = `(STARTS_WITH(${t}, '(') AND ENDS_WITH(${t}, ')') AND LENGTH(${t}) >= 2)`;
    const inner = `IF(${paren}, SUBSTR(${t}, 2, LENGTH(${t}) - 2), ${t})`;
    const signs = `LENGTH(REGEXP_REPLACE(${inner}, '[^+-]', ''))`;
    const readable = `(REGEXP_CONTAINS(${inner}, @amount_text) AND REGEXP_CONTAINS(${inner}, '[0-9]') AND ${signs} <= IF(${paren}, 0, 1))`;
    const number = `SAFE_CAST(REGEXP_REPLACE(${inner}, '[^0-9.]', '') AS FLOAT64)`;
    const negative = `(${paren} OR STRPOS(${inner}, '-') > 0)`;
    return `IF(${readable}, IF(${negative}, -${number}, ${number}), NULL)`;
  }

  /** Whether the cell is blank: NULL, or text of spaces only. */
  blank(field: OrderField): string {
    if (!this.has(field)) return 'TRUE';
    const { type } = this.column(field);
    const c = this.ref(field);
    return NUMERIC.test(type) || !/^STRING$/i.test(type)
      ? `(${c} IS NULL)`
      : `(${c} IS NULL OR TRIM(${c}) = '')`;
  }

  /** Local milliseconds (wall-clock time in the sheet's zone); NULL when it does not read. */
  at(): string {
    const { type } = this.column('date');
    const c = this.ref('date');
    const upper = type.toUpperCase();
    if (upper === 'TIMESTAMP') return `UNIX_MILLIS(TIMESTAMP(DATETIME(${c}, @zone)))`;
    if (upper === 'DATETIME' || upper === 'DATE') return `UNIX_MILLIS(TIMESTAMP(${c}))`;
    // Text as bq load leaves it when a column mixes forms: the common written forms.
    // An instant with its offset (Shopify's 2026-11-23 13:15:37 -0500) is read in the zone.
    const instant = `DATETIME(SAFE.PARSE_TIMESTAMP('%Y-%m-%d %H:%M:%S %z', TRIM(${c})), @zone)`;
    const forms = DATE_FORMS.map((f) => `SAFE.PARSE_DATETIME('${f}', TRIM(${c}))`);
    return `UNIX_MILLIS(TIMESTAMP(COALESCE(${[instant, ...forms].join(', ')})))`;
  }

  /** A normalised phone (normalisePhone): separators out, China's +86 / 0086 before a mobile. */
  phone(): string {
    if (!this.has('phone')) return blankText;
    const t = `REGEXP_REPLACE(REGEXP_REPLACE(TRANSLATE(${this.text('phone')}, @full_width, @half_width), @phone_separators, ''), @leading_apostrophe, '')`;
    return `REGEXP_REPLACE(${t}, @phone_prefix, @phone_keep)`;
  }
}

/** The forms a date is written in as text, as cells.ts's dateOf reads them. */
const DATE_FORMS = ['-', '/', '年'].flatMap((sep) => {
  const day = sep === '年' ? '%Y年%m月%d日' : `%Y${sep}%m${sep}%d`;
  return [`${day} %H:%M:%S`, `${day} %H:%M`, day];
});

const FULL_WIDTH = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, i) =>
  String.fromCharCode(0xff01 + i),
).join('');
const HALF_WIDTH = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) =>
  String.fromCharCode(0x21 + i),
).join('');

/**
 * Each order row read once: who, when, how much (in ten-thousandths), the details, and
 * whether it can be used. An order written on several lines counts once (orderLines.ts): on a
 * format whose every line carries the order's totals, its one line with an amount (ties by
 * time); elsewhere, a line of an order with no amount of its own is a further line.
 */
function readRows(r: WarehouseRegister, rules: WarehouseRules): string {
  const c = new Columns(r);
  const amount = c.has('amount')
    ? c.amount('amount')
    : `(${c.amount('quantity')}) * (${c.amount('unitPrice')})`;
  const amountBlank = c.has('amount')
    ? c.blank('amount')
    : `(${c.blank('quantity')} AND ${c.blank('unitPrice')})`;
  const deduction = (field: OrderField) =>
    c.has(field) ? `IF(${c.blank(field)}, 0, ${c.amount(field)})` : '0';
  const shipping = rules.shippingIncluded ? '0' : deduction('shipping');
  const status = c.has('status') ? c.text('status') : blankText;
  const email = c.text('email');
  const idText = c.text('customer');
  return `
raw AS (
  SELECT
    ${idText} AS id_text,
    LOWER(${idText}) AS id_key,
    ${email} AS email_text,
    LOWER(${email}) AS email_key,
    ${c.phone()} AS phone_key,
    ${c.text('name')} AS name,
    ${c.text('product')} AS product,
    ${c.text('birthday')} AS birthday,
    LOWER(${c.text('consent')}) AS consent,
    ${status} AS status,
    ${c.has('orderId') ? c.text('orderId') : blankText} AS order_id,
    ${amount} AS amount,
    ${amountBlank} AS amount_blank,
    ${deduction('refund')} AS refund,
    ${shipping} AS shipping,
    ${c.at()} AS at_ms
  FROM ${quoteTable(r.table)}
),
numbered AS (
  SELECT *,
    IF(order_id = '', 1, ROW_NUMBER() OVER (
      PARTITION BY order_id ORDER BY IF(amount_blank, 1, 0), at_ms NULLS LAST, amount DESC NULLS LAST
    )) AS nth_line
  FROM raw
),
heads AS (
  SELECT *,
    -- A further line of an order whose totals another line holds: it shares that line's fate.
    (nth_line > 1${r.format.totals === 'perLine' ? ' AND amount_blank' : ''}) AS further,
    (status <> '' AND status IN UNNEST(@unpaid_statuses)) AS unpaid
  FROM numbered
),
usable AS (
  SELECT * FROM heads
  WHERE NOT further
    AND (id_key <> '' OR email_key <> '' OR phone_key <> '')
    AND (status = '' OR status IN UNNEST(@counted_statuses))
    AND amount IS NOT NULL AND ABS(amount) <= @max_amount
    AND refund IS NOT NULL AND shipping IS NOT NULL
    AND at_ms IS NOT NULL AND at_ms >= @first_local AND at_ms < @end_local
    AND at_ms < (@today + 1) * ${DAY_MS}
),
by_email AS (
  SELECT email_key, MIN(id_key) AS id_key, MIN_BY(id_text, id_key) AS id_text
  FROM usable WHERE id_key <> '' AND email_key <> '' GROUP BY email_key
),
by_phone AS (
  SELECT phone_key, MIN(id_key) AS id_key, MIN_BY(id_text, id_key) AS id_text
  FROM usable WHERE id_key <> '' AND phone_key <> '' GROUP BY phone_key
),
lines AS (
  SELECT
    CASE WHEN u.id_key <> '' THEN u.id_key
      WHEN u.email_key <> '' THEN COALESCE(e.id_key, u.email_key)
      ELSE COALESCE(p.id_key, u.phone_key) END AS customer_key,
    CASE WHEN u.id_key <> '' THEN u.id_text
      WHEN u.email_key <> '' THEN COALESCE(e.id_text, u.email_text)
      ELSE COALESCE(p.id_text, u.phone_key) END AS id_text,
    IF(u.email_text <> '', u.email_text,
      IF(REGEXP_CONTAINS(u.id_text, @email_pattern), u.id_text, '')) AS email,
    u.name, u.product, u.birthday, u.consent, u.phone_key, u.at_ms,
    ${units('u.amount')} - ${units('u.refund')} - ${units('u.shipping')} AS units
  FROM usable u
  LEFT JOIN by_email e ON u.id_key = '' AND u.email_key = e.email_key
  LEFT JOIN by_phone p ON u.id_key = '' AND u.email_key = '' AND u.phone_key = p.phone_key
)`;
}

/**
 * The latest of a customer's lines that meets `when`, '' with none. Written so that neither
 * engine's handling of a NULL ordering value matters (BigQuery's MAX_BY is ANY_VALUE … HAVING
 * MAX): the lines that do not meet it sort first and carry ''.
 */
const latest = (column: string, when: string) =>
  `MAX_BY(IF(${when}, ${column}, ''), IF(${when}, at_ms, ${NEVER}))`;
/** Before any local millisecond a date can read as (MIN_YEAR). */
const NEVER = -(2 ** 53) + 1;

/**
 * Lines to customers, as purchases.ts and analysis.ts make them: a purchase is a customer's
 * lines at one moment and counts when they sum above 0; R, F and M rank by "strictly below"
 * (1 + ⌊5 × below ÷ buyers⌋, ties share); ABC by "strictly greater" with ties going up; status
 * by days; the next purchase from the mean gap; the value with the rate and the stay
 * estimated as valueBasis estimates them; and the value model's sufficient statistics.
 */
function customersCte(): string {
  const ownRate = `IF(purchases >= 2 AND last_day - first_day >= ${MIN_HISTORY_DAYS}, (purchases - 1) / NULLIF(last_day - first_day, 0) * 365.25, NULL)`;
  return `
moments AS (
  SELECT customer_key, at_ms, SUM(units) AS units FROM lines GROUP BY customer_key, at_ms
),
details AS (
  SELECT customer_key,
    MIN_BY(id_text, at_ms) AS id,
    ${latest('name', "name <> ''")} AS name,
    ${latest('email', "email <> ''")} AS email,
    ${latest('phone_key', "phone_key <> ''")} AS phone,
    ${latest('birthday', "birthday <> ''")} AS birthday,
    ${latest('consent', 'consent IN UNNEST(@consent_words)')} AS consent
  FROM lines GROUP BY customer_key
),
products AS (
  SELECT customer_key, product,
    ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY at_ms DESC, units DESC, product) AS nth
  FROM lines
  WHERE units > 0 AND product <> '' AND NOT REGEXP_CONTAINS(product, @not_a_product)
),
histories AS (
  SELECT customer_key,
    SUM(units) AS spend_units,
    COUNTIF(units > 0) AS purchases,
    MIN(IF(units > 0, at_ms, NULL)) AS first_ms,
    MAX(IF(units > 0, at_ms, NULL)) AS last_ms,
    COUNT(DISTINCT IF(units > 0, ${day('at_ms')}, NULL)) AS purchase_days
  FROM moments GROUP BY customer_key
),
model_days AS (
  SELECT customer_key, ${day('at_ms')} AS d, SUM(units) AS total, COUNTIF(units >= 0) AS bought
  FROM moments GROUP BY customer_key, ${day('at_ms')}
),
model AS (
  SELECT customer_key, COUNT(*) - 1 AS x, MAX(d) - MIN(d) AS tx, MIN(d) AS first_model_day,
    (SUM(total) - MIN_BY(total, d)) / ${UNITS} / NULLIF(COUNT(*) - 1, 0) AS repeat_value
  FROM model_days WHERE bought > 0 GROUP BY customer_key
),
as_of AS (
  SELECT MAX(last_ms) AS as_of_ms, ${day('MAX(last_ms)')} AS as_of_day FROM histories
),
dated AS (
  SELECT h.*, a.as_of_ms, a.as_of_day,
    ${day('h.first_ms')} AS first_day, ${day('h.last_ms')} AS last_day,
    a.as_of_day - ${day('h.last_ms')} AS recency,
    purchases > 0 AS buyer, spend_units > 0 AS payer
  FROM histories h CROSS JOIN as_of a
),
rated AS (
  SELECT *, ${ownRate} AS own_rate FROM dated
),
rate_ranks AS (
  SELECT own_rate, ROW_NUMBER() OVER (ORDER BY own_rate) AS n, COUNT(*) OVER () AS of_n
  FROM rated WHERE own_rate IS NOT NULL
),
basis AS (
  SELECT
    (SELECT AVG(own_rate) FROM rate_ranks
      WHERE n IN (CAST(FLOOR((of_n + 1) / 2) AS INT64), CAST(FLOOR(of_n / 2) AS INT64) + 1)) AS median_rate,
    (SELECT COUNT(*) FROM rate_ranks) AS own_rates,
    (SELECT SUM(purchases) / NULLIF(COUNTIF(buyer), 0)
        / NULLIF(GREATEST(0.5, (MAX(as_of_day) - MIN(IF(buyer, first_day, NULL)) + 1) / 365.25), 0)
      FROM dated) AS shop_rate,
    (SELECT COUNTIF(buyer AND first_day <= as_of_day - 365) FROM dated) AS cohort,
    (SELECT COUNTIF(buyer AND first_day <= as_of_day - 365 AND last_day > as_of_day - 365) FROM dated) AS retained
),
estimates AS (
  SELECT *,
    CASE WHEN @rate_setting IS NOT NULL THEN @rate_setting
      WHEN median_rate IS NOT NULL THEN median_rate
      WHEN shop_rate IS NOT NULL THEN shop_rate
      ELSE ${DEFAULT_VALUE_SETTINGS.purchasesPerYear} END AS rate,
    CASE WHEN @rate_setting IS NOT NULL THEN 'setting'
      WHEN median_rate IS NOT NULL OR shop_rate IS NOT NULL THEN 'shop' ELSE 'brief' END AS rate_source,
    CASE WHEN @years_setting IS NOT NULL THEN @years_setting
      WHEN cohort = 0 THEN ${DEFAULT_VALUE_SETTINGS.years}
      WHEN retained >= cohort THEN ${MAX_YEARS}
      ELSE LEAST(${MAX_YEARS}, GREATEST(${MIN_YEARS}, cohort / NULLIF(cohort - retained, 0))) END AS years,
    CASE WHEN @years_setting IS NOT NULL THEN 'setting' WHEN cohort = 0 THEN 'brief' ELSE 'shop' END AS years_source
  FROM basis
),
scored AS (
  SELECT d.*, e.rate AS shop_rate, e.years,
    COUNTIF(buyer) OVER () AS buyers,
    COUNTIF(payer) OVER () AS payers,
    RANK() OVER (PARTITION BY buyer ORDER BY recency DESC) - 1 AS r_below,
    RANK() OVER (PARTITION BY buyer ORDER BY purchases) - 1 AS f_below,
    RANK() OVER (PARTITION BY buyer ORDER BY spend_units) - 1 AS m_below,
    RANK() OVER (PARTITION BY payer ORDER BY spend_units DESC) AS spend_rank,
    SUM(IF(buyer, recency, 0)) OVER () AS sum_recency,
    SUM(IF(buyer, purchases, 0)) OVER () AS sum_purchases,
    SUM(IF(buyer, spend_units, 0)) OVER () AS sum_spend
  FROM rated d CROSS JOIN estimates e
),
customers AS (
  SELECT s.customer_key, t.id, t.name, t.email, t.phone, COALESCE(pr.product, '') AS product,
    t.birthday, t.consent,
    s.purchases, s.spend_units, s.spend_units / ${UNITS} AS spend,
    IF(s.buyer, s.spend_units / ${UNITS} / NULLIF(s.purchases, 0), NULL) AS average_order,
    IF(s.buyer, s.first_ms, NULL) AS first_ms,
    IF(s.buyer, s.last_ms, NULL) AS last_ms,
    IF(s.buyer, s.recency, NULL) AS recency,
    IF(s.purchase_days >= 2,
      s.last_day + CAST(FLOOR((s.last_day - s.first_day) / NULLIF(s.purchase_days - 1, 0) + 0.5) AS INT64),
      NULL) AS next_day,
    IF(s.buyer, s.last_day + @lost_days + 1, NULL) AS lost_from_day,
    CASE WHEN NOT s.buyer THEN NULL
      WHEN s.as_of_day >= s.last_day + @lost_days + 1 THEN 'lost'
      WHEN s.purchases >= 2 THEN 'returning' ELSE 'new' END AS status,
    CASE WHEN NOT s.payer THEN 'C'
      WHEN s.spend_rank <= CAST(CEIL(ROUND(s.payers * @a_share, 9)) AS INT64) THEN 'A'
      WHEN s.spend_rank <= CAST(CEIL(ROUND(s.payers * @b_share, 9)) AS INT64) THEN 'B'
      ELSE 'C' END AS tier,
    IF(s.buyer, 1 + CAST(FLOOR(5 * s.r_below / NULLIF(s.buyers, 0)) AS INT64), NULL) AS r,
    IF(s.buyer, 1 + CAST(FLOOR(5 * s.f_below / NULLIF(s.buyers, 0)) AS INT64), NULL) AS f,
    IF(s.buyer, 1 + CAST(FLOOR(5 * s.m_below / NULLIF(s.buyers, 0)) AS INT64), NULL) AS m,
    IF(s.buyer, CONCAT(
      IF(s.recency * s.buyers <= s.sum_recency, 'H', 'L'),
      IF(s.purchases * s.buyers >= s.sum_purchases, 'H', 'L'),
      IF(s.spend_units * s.buyers >= s.sum_spend, 'H', 'L')), NULL) AS cn8,
    IF(s.buyer, COALESCE(IF(@rate_setting IS NULL, s.own_rate, NULL), s.shop_rate), NULL) AS customer_rate,
    s.years,
    mo.x, mo.tx, s.as_of_day - mo.first_model_day AS age, COALESCE(mo.repeat_value, 0) AS repeat_value
  FROM scored s
  JOIN details t ON t.customer_key = s.customer_key
  LEFT JOIN model mo ON mo.customer_key = s.customer_key
  LEFT JOIN products pr ON pr.customer_key = s.customer_key AND pr.nth = 1
),
valued AS (
  SELECT *,
    ${roundMoney('average_order * customer_rate * years')} AS basic_value
  FROM customers
),
results AS (
  SELECT *,
    ${roundMoney('basic_value * @referrals * @satisfied_rate')} AS satisfied_value,
    ${roundMoney('basic_value * @referrals * @complaint_rate')} AS complaint_loss,
    CASE WHEN r IS NULL THEN NULL
      WHEN r = 5 THEN CASE WHEN f = 1 THEN 'newCustomers' WHEN f <= 3 THEN 'potentialLoyalists' ELSE 'champions' END
      WHEN r = 4 THEN CASE WHEN f = 1 THEN 'promising' WHEN f <= 3 THEN 'potentialLoyalists' ELSE 'loyal' END
      WHEN r = 3 THEN CASE WHEN f <= 2 THEN 'aboutToSleep' WHEN f = 3 THEN 'needAttention' ELSE 'loyal' END
      ELSE CASE WHEN f <= 2 THEN 'hibernating' WHEN f <= 4 THEN 'atRisk' ELSE 'cantLoseThem' END
    END AS segment
  FROM valued
)`;
}

/** The columns a customer row comes back with, in this order. */
export const CUSTOMER_FIELDS = [
  'customer_key',
  'id',
  'name',
  'email',
  'phone',
  'product',
  'birthday',
  'consent',
  'purchases',
  'spend',
  'average_order',
  'first_ms',
  'last_ms',
  'recency',
  'next_day',
  'lost_from_day',
  'status',
  'tier',
  'r',
  'f',
  'm',
  'segment',
  'cn8',
  'basic_value',
  'satisfied_value',
  'complaint_loss',
  'x',
  'tx',
  'age',
  'repeat_value',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

function parameters(rules: WarehouseRules): SqlParam[] {
  const a = rules.analysis;
  const v = a.value;
  return [
    sqlParam.string('zone', rules.zoneId),
    sqlParam.int('today', rules.today),
    sqlParam.int('first_local', Date.UTC(MIN_YEAR, 0, 1)),
    sqlParam.int('end_local', Date.UTC(MAX_YEAR + 1, 0, 1)),
    sqlParam.float('max_amount', a.maxAmount),
    sqlParam.strings('counted_statuses', rules.counted),
    sqlParam.strings('unpaid_statuses', rules.unpaid),
    sqlParam.string('full_width', FULL_WIDTH),
    sqlParam.string('half_width', HALF_WIDTH),
    sqlParam.string('amount_spaces', sqlRegex(AMOUNT_SPACES)),
    sqlParam.string('amount_text', sqlRegex(AMOUNT_TEXT)),
    sqlParam.string('phone_separators', '[\\s\\x{3000}\\-.()（）]'),
    sqlParam.string('phone_prefix', '^(?:\\+?86|0086)(1\\d{10})$'),
    sqlParam.string('phone_keep', '\\1'),
    sqlParam.string('leading_apostrophe', "^'"),
    sqlParam.string('email_pattern', sqlRegex(EMAIL)),
    sqlParam.string('not_a_product', sqlRegex(NOT_A_PRODUCT)),
    sqlParam.strings('consent_words', [...YES, ...NO]),
    sqlParam.int('lost_days', a.lost.days),
    sqlParam.float('a_share', a.shares.a),
    sqlParam.float('b_share', a.shares.b),
    sqlParam.float('rate_setting', v.purchasesPerYear === 'auto' ? null : v.purchasesPerYear),
    sqlParam.float('years_setting', v.years === 'auto' ? null : v.years),
    sqlParam.float('referrals', v.referrals),
    sqlParam.float('satisfied_rate', v.satisfiedRate),
    sqlParam.float('complaint_rate', v.complaintRate),
  ];
}

const withClause = (r: WarehouseRegister) => (rules: WarehouseRules) =>
  `WITH ${readRows(r, rules)},${customersCte()}`;

/** What a customer query asks beyond the analysis: only some customers, at most so many. */
export interface CustomerFilter {
  /** A condition on results' columns (the reminders ask only for those due), with its values. */
  readonly where?: { readonly sql: string; readonly params: readonly SqlParam[] };
  /** The biggest spenders only: the Customers sheet's cap. */
  readonly limit?: number;
}

/** One row per customer, biggest spenders first (ties by ID, as the Customers sheet lists them). */
export function customerQuery(
  r: WarehouseRegister,
  rules: WarehouseRules,
  filter: CustomerFilter = {},
): SqlQuery {
  const { where, limit } = filter;
  const sql = `${withClause(r)(rules)}
SELECT ${CUSTOMER_FIELDS.join(', ')}
FROM results${where ? `\nWHERE ${where.sql}` : ''}
ORDER BY spend DESC, id${limit === undefined ? '' : '\nLIMIT @row_cap'}`;
  const cap = limit === undefined ? [] : [sqlParam.int('row_cap', limit)];
  return sqlQuery(sql, [...parameters(rules), ...(where?.params ?? []), ...cap]);
}

/**
 * The Summary's figures over every customer, as aggregates: never summed from a capped sheet.
 * One row per figure: kind, key, a count and an amount.
 */
export function summaryQuery(r: WarehouseRegister, rules: WarehouseRules): SqlQuery {
  const group = (kind: string, column: string) =>
    `SELECT '${kind}' AS kind, ${column} AS k, COUNT(*) AS n, SUM(spend_units) / ${UNITS} AS amount FROM results WHERE ${column} IS NOT NULL GROUP BY ${column}`;
  const sql = `${withClause(r)(rules)},
payers_ranked AS (
  SELECT spend_units, ROW_NUMBER() OVER (ORDER BY spend_units DESC) AS n, COUNT(*) OVER () AS of_n,
    SUM(spend_units) OVER (ORDER BY spend_units DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative,
    SUM(spend_units) OVER () AS total
  FROM results WHERE spend_units > 0
),
deciles AS (
  ${Array.from({ length: 10 }, (_, i) => `SELECT ${i + 1} AS d`).join(' UNION ALL ')}
),
typical AS (
  SELECT basic_value, satisfied_value, complaint_loss,
    ROW_NUMBER() OVER (ORDER BY basic_value) AS n, COUNT(*) OVER () AS of_n
  FROM results WHERE basic_value > 0
)
SELECT 'customers' AS kind, '' AS k, COUNT(*) AS n, SUM(spend_units) / ${UNITS} AS amount FROM results
UNION ALL SELECT 'rowsRead', '', COUNT(*), NULL FROM raw
UNION ALL SELECT 'rowsUsed', '', (SELECT COUNT(*) FROM usable)
  + (SELECT COUNT(*) FROM heads WHERE further AND order_id IN (SELECT order_id FROM usable)), NULL
UNION ALL SELECT 'awaitingPayment', '', (SELECT COUNT(*) FROM heads WHERE unpaid AND NOT further)
  + (SELECT COUNT(*) FROM heads WHERE further
      AND order_id IN (SELECT order_id FROM heads WHERE unpaid AND NOT further)), NULL
UNION ALL SELECT 'blankRows', '', COUNT(*), NULL FROM raw
  WHERE id_key = '' AND email_key = '' AND phone_key = '' AND amount_blank AND at_ms IS NULL AND status = ''
UNION ALL SELECT 'buyers', '', COUNTIF(purchases > 0), NULL FROM results
UNION ALL SELECT 'asOf', '', NULL, MAX(last_ms) FROM results
UNION ALL ${group('tier', 'tier')}
UNION ALL ${group('segment', 'segment')}
UNION ALL ${group('cn8', 'cn8')}
UNION ALL ${group('status', 'status')}
UNION ALL SELECT 'atStakeA', '', NULL, SUM(IF(tier = 'A', ${units('basic_value')}, 0)) / ${UNITS} FROM results
UNION ALL SELECT 'rate', rate_source, own_rates, rate FROM estimates
UNION ALL SELECT 'years', years_source, retained, years FROM estimates
UNION ALL SELECT 'cohort', '', cohort, NULL FROM estimates
UNION ALL SELECT 'typical', 'basic', NULL, basic_value FROM typical WHERE n = CAST(FLOOR((of_n - 1) / 2) AS INT64) + 1
UNION ALL SELECT 'typical', 'satisfied', NULL, satisfied_value FROM typical WHERE n = CAST(FLOOR((of_n - 1) / 2) AS INT64) + 1
UNION ALL SELECT 'typical', 'complaint', NULL, complaint_loss FROM typical WHERE n = CAST(FLOOR((of_n - 1) / 2) AS INT64) + 1
UNION ALL SELECT 'pareto', CAST(d AS STRING), d, p.cumulative / NULLIF(p.total, 0) FROM deciles
  JOIN payers_ranked p ON p.n = CAST(CEIL(ROUND(p.of_n * d / 10, 9)) AS INT64)`;
  return sqlQuery(sql, parameters(rules));
}

/** The distinct statuses of the table, for countedStatuses to judge (a handful, scanned once). */
export function statusQuery(r: WarehouseRegister): SqlQuery | undefined {
  if (r.map.status === undefined) return undefined;
  const c = new Columns(r);
  return {
    sql: `SELECT status, COUNT(*) AS n FROM (SELECT ${c.text('status')} AS status FROM ${quoteTable(r.table)}) WHERE status <> '' GROUP BY status ORDER BY n DESC, status`,
    params: [],
  };
}

/**
 * Which of the table's statuses count as sales, judged as the sheet path judges a row's
 * (orderRow.ts): the format's sales, and statuses it does not know unless the user said they
 * do not count. The unknown ones are returned too, for the panel to ask about.
 */
export function countedStatuses(
  found: readonly { readonly status: string; readonly rows: number }[],
  format: PlatformFormat,
  choices: Readonly<Record<string, boolean>>,
): {
  counted: string[];
  unpaid: string[];
  unknown: { status: string; rows: number; counted: boolean }[];
} {
  const counted: string[] = [];
  const unpaid: string[] = [];
  const unknown: { status: string; rows: number; counted: boolean }[] = [];
  for (const { status, rows } of found) {
    const rule = statusRule(format, status);
    if (rule === 'sale') counted.push(status);
    else if (rule === 'unpaid') unpaid.push(status);
    else if (rule === undefined) {
      const yes = choices[statusKey(status)] !== false;
      if (yes) counted.push(status);
      unknown.push({ status, rows, counted: yes });
    }
  }
  return { counted, unpaid, unknown };
}
