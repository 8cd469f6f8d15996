/**
 * Reading an order register: every data row once, into typed order lines, or an issue naming
 * its row. What depends only on the sheet (which columns it has, its format's statuses, the
 * shop's rules) is settled once per sheet, and what repeats down a column (a status, a phone)
 * is worked out once per distinct text: a million lines read in well under a second.
 */
import {
  amountOf,
  customerKey,
  dateObjectOf,
  dateOf,
  implausibleAmount,
  isBlank,
  normalisePhone,
  show,
} from './cells';
import { ColumnMap } from './columns';
import { fromUnits, roundMoney, toUnits } from './money';
import { PlatformFormat, statusKey, statusRule } from './platforms';
import { DAY_MS, Zone } from './zone';

/**
 * A totals row's label, with or without spaces and a trailing colon: 合计, 总计：, 合 计, Grand
 * total. One anchored pattern, so the usual cell fails at its first character.
 */
const TOTALS =
  /^[\s\u3000]*(?:[合总小][\s\u3000]*计|总[\s\u3000]*合[\s\u3000]*计|(?:grand|sub)?[\s\u3000]*totals?)[\s\u3000]*[:：]?[\s\u3000]*$/i;

export type IssueCode =
  | 'noCustomer'
  | 'totals'
  | 'badAmount'
  | 'implausibleAmount'
  | 'noAmount'
  | 'badDate'
  | 'noDate'
  | 'future'
  | 'excludedStatus';

export interface RowIssue {
  /** The sheet row, as the user sees it. */
  readonly row: number;
  readonly code: IssueCode;
  /** The offending cell, as text. */
  readonly value: string;
}

/** A status the format does not know, met on some rows: counted unless the user said not. */
export interface UnknownStatus {
  readonly status: string;
  readonly rows: number;
  /** The sheet row where it was first met. */
  readonly firstRow: number;
  readonly counted: boolean;
}

/** The register read: its customers, one entry per used line, and every row not used. */
export interface ParsedOrders {
  readonly keys: string[];
  readonly ids: string[];
  readonly names: string[];
  readonly emails: string[];
  readonly phones: string[];
  /** The product of each customer's latest purchase line. */
  readonly products: string[];
  readonly birthdays: (number | undefined)[];
  /** One entry per used line: customer index, amount and local time. */
  readonly lineCustomer: Int32Array;
  readonly lineAmount: Float64Array;
  readonly lineAt: Float64Array;
  /** Further lines of orders whose totals were counted on their first line. */
  readonly continuationRows: number;
  readonly issues: RowIssue[];
  readonly unknownStatuses: UnknownStatus[];
  readonly blankRows: number;
}

/** Who a customer is, as the register writes them. */
export interface CustomerDetails {
  /** The customer as the analysis knows them: trimmed, case-folded ID. */
  readonly key: string;
  /** The ID as first written in the register. */
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  /** The product of the (latest) purchase, '' when the sheet has no product column. */
  readonly product: string;
  /** Local ms of the birthday as written (any year), where the sheet has a birthday column. */
  readonly birthday: number | undefined;
}

/** How one order row reads: a usable line, a row to report, or a blank row. */
export type RowReading =
  | (CustomerDetails & {
      readonly kind: 'line';
      readonly amount: number;
      readonly at: number;
      /** The row's status when the format does not know it. */
      readonly unknownStatus?: string;
    })
  | { readonly kind: 'issue'; readonly code: IssueCode; readonly value: unknown }
  | { readonly kind: 'blank' };

/** What decides whether a row can be used, beyond its columns and its sheet's format. */
export type SheetRules = Omit<RowRules, 'format'>;

/** What decides whether a row can be used, beyond its columns. */
export interface RowRules {
  readonly zone: Zone;
  /** Today's day number in the spreadsheet's zone: later purchases are typos or pre-orders. */
  readonly today: number;
  readonly maxAmount: number;
  /** The export's format: its statuses, and how it writes an order of several lines. */
  readonly format: PlatformFormat;
  /** Statuses the format does not know, by statusKey: whether the user said they count. */
  readonly statusChoices: Readonly<Record<string, boolean>>;
  /** Whether the shipping a buyer paid counts as spend (a shop's choice; it does by default). */
  readonly shippingIncluded: boolean;
}

interface Customer {
  readonly key: string;
  readonly id: string;
}

/** The customers the register names by ID, by their email and by their phone. */
export interface KnownContacts {
  readonly byEmail: ReadonlyMap<string, Customer>;
  readonly byPhone: ReadonlyMap<string, Customer>;
}

const NO_CONTACTS: KnownContacts = { byEmail: new Map(), byPhone: new Map() };

const text = (v: unknown): string => (isBlank(v) ? '' : String(v).trim());

/**
 * Whether a text's first character may open a totals label: a space of any kind, 合, 总, 小, or
 * the g, s or t of grand, sub and total. TOTALS cannot match any other text, so every other
 * cell (nearly all of them: IDs, names, nicknames) is passed without the pattern.
 */
function mayOpenTotals(c: number): boolean {
  if (c < 0x80) return c <= 32 || (c | 0x20) === 0x67 || (c | 0x20) === 0x73 || (c | 0x20) === 0x74;
  return (
    c === 0x5408 || // 合
    c === 0x603b || // 总
    c === 0x5c0f || // 小
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * What a row's cells say of it, in one pass: blank, a totals row (its label), or data. Written
 * out rather than through isBlank and a label test per cell: it runs on every cell of every row.
 */
const BLANK_ROW = Symbol('blank row');
function rowLabel(row: readonly unknown[]): unknown {
  let blank = true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== 'string') {
      if (v !== null && v !== undefined) blank = false;
      continue;
    }
    if (v.length === 0) continue;
    const first = v.charCodeAt(0);
    if (mayOpenTotals(first) && TOTALS.test(v)) return v;
    // Text that opens with a printable ASCII character is not blank, at once.
    if (blank && ((first > 32 && first < 127) || v.trim() !== '')) blank = false;
  }
  return blank ? BLANK_ROW : undefined;
}

/** How a status counts: a sale, not a sale by the format, by the user's choice, or unknown. */
type StatusVerdict = 'sale' | 'notSale' | 'chosenNot' | 'unknown';

/** Phones as customers (normalisePhone), each distinct text worked out once: they repeat. */
class PhoneBook {
  private readonly seen = new Map<string, string>();

  of(v: unknown): string {
    if (typeof v !== 'string') return normalisePhone(v);
    let phone = this.seen.get(v);
    if (phone === undefined) {
      phone = normalisePhone(v);
      this.seen.set(v, phone);
    }
    return phone;
  }
}

/** A column's index, -1 when the sheet has none: read as a blank cell. */
const at = (c: number | undefined): number => (c === undefined ? -1 : c);
const cellAt = (row: readonly unknown[], c: number): unknown => (c < 0 ? '' : row[c]);
const textAt = (row: readonly unknown[], c: number): string => (c < 0 ? '' : text(row[c]));

/**
 * Reads rows of one sheet. `read` says what a row is and keeps the line's customer, amount and
 * time (or the issue) in the reader until the next row, so a million rows make no objects;
 * the line's other fields are read only where they are wanted.
 */
class RowReader {
  /** The ID cell that names the line's customer, as written; undefined when a contact does. */
  idCell: string | number | undefined = undefined;
  /** The customer as compared, when a contact names them. */
  private key = '';
  /** The customer's ID as written: the text of this column, or `knownId`. */
  private idColumn = -1;
  private knownId = '';
  amount = 0;
  at = 0;
  unknownStatus: string | undefined = undefined;
  code: IssueCode = 'noCustomer';
  value: unknown = undefined;

  private readonly customer: number;
  private readonly email: number;
  private readonly phone: number;
  private readonly status: number;
  private readonly amountColumn: number;
  private readonly quantity: number;
  private readonly unitPrice: number;
  private readonly refund: number;
  private readonly shipping: number;
  private readonly date: number;
  private readonly name: number;
  private readonly product: number;
  private readonly birthday: number;
  /** Whether the sheet has a column of the customer's details beyond their ID. */
  readonly hasDetails: boolean;
  /** The first local ms after today: a purchase from then on has not happened yet. */
  private readonly tomorrow: number;
  /** Each distinct status's verdict: a column holds a handful of them, a million times. */
  private readonly statuses = new Map<string, StatusVerdict>();

  constructor(
    columns: ColumnMap,
    private readonly rules: RowRules,
    private readonly known: KnownContacts = NO_CONTACTS,
    readonly phones: PhoneBook = new PhoneBook(),
  ) {
    this.customer = at(columns.customer);
    this.email = at(columns.email);
    this.phone = at(columns.phone);
    this.status = at(columns.status);
    this.amountColumn = at(columns.amount);
    this.quantity = at(columns.quantity);
    this.unitPrice = at(columns.unitPrice);
    this.refund = at(columns.refund);
    this.shipping = rules.shippingIncluded ? -1 : at(columns.shipping);
    this.date = at(columns.date);
    this.name = at(columns.name);
    this.product = at(columns.product);
    this.birthday = at(columns.birthday);
    this.tomorrow = (rules.today + 1) * DAY_MS;
    this.hasDetails =
      this.name >= 0 ||
      this.email >= 0 ||
      this.phone >= 0 ||
      this.product >= 0 ||
      this.birthday >= 0;
  }

  private statusOf(v: unknown): StatusVerdict {
    let verdict = typeof v === 'string' ? this.statuses.get(v) : undefined;
    if (verdict === undefined) {
      const rule = statusRule(this.rules.format, v);
      verdict =
        rule ?? (this.rules.statusChoices[statusKey(v)] === false ? 'chosenNot' : 'unknown');
      if (typeof v === 'string') this.statuses.set(v, verdict);
    }
    return verdict;
  }

  /** Whether the row carries an amount: the line that holds its order's totals does. */
  hasAmount(row: readonly unknown[]): boolean {
    return this.amountColumn >= 0
      ? !isBlank(row[this.amountColumn])
      : !isBlank(cellAt(row, this.quantity)) || !isBlank(cellAt(row, this.unitPrice));
  }

  private issue(code: IssueCode, value: unknown): 'issue' {
    this.code = code;
    this.value = value;
    return 'issue';
  }

  /**
   * Who the customer is: the platform's buyer ID or nickname; else the customer with an ID who
   * wrote the same email or phone on another row; else the email; else the phone.
   */
  private findCustomer(row: readonly unknown[]): boolean {
    const v = cellAt(row, this.customer);
    if (typeof v === 'string' ? !isBlank(v) : typeof v === 'number' && Number.isFinite(v)) {
      this.idCell = v as string | number;
      this.idColumn = this.customer;
      return true;
    }
    this.idCell = undefined;
    const email = customerKey(cellAt(row, this.email));
    if (email) {
      const known = this.known.byEmail.get(email);
      return known ? this.found(known.key, -1, known.id) : this.found(email, this.email);
    }
    const phone = this.phones.of(cellAt(row, this.phone));
    if (!phone) return false;
    const known = this.known.byPhone.get(phone);
    return known ? this.found(known.key, -1, known.id) : this.found(phone, -1, phone);
  }

  private found(key: string, idColumn: number, knownId = ''): true {
    this.key = key;
    this.idColumn = idColumn;
    this.knownId = knownId;
    return true;
  }

  /** The customer as compared, for the line just read: case-folded only when asked. */
  customerKey(): string {
    return this.idCell === undefined ? this.key : customerKey(this.idCell);
  }

  /** An amount cell that reduces the order (a refund, shipping): blank is 0, NaN unreadable. */
  private deduction(row: readonly unknown[], c: number): number {
    if (c < 0) return 0;
    const v = row[c];
    return isBlank(v) ? 0 : amountOf(v);
  }

  /** A date cell that is not this script's Date: NaN when blank or unreadable. */
  private otherDate(v: unknown): number {
    return isBlank(v) ? NaN : dateOf(v, this.rules.zone);
  }

  read(row: readonly unknown[]): 'line' | 'issue' | 'blank' {
    // A totals row names itself, in any column, whatever else it carries.
    const label = rowLabel(row);
    if (label === BLANK_ROW) return 'blank';
    if (label !== undefined) return this.issue('totals', label);
    if (!this.findCustomer(row)) return this.issue('noCustomer', cellAt(row, this.customer));
    this.unknownStatus = undefined;
    const status = cellAt(row, this.status);
    if (this.status >= 0 && !isBlank(status)) {
      const verdict = this.statusOf(status);
      if (verdict === 'notSale' || verdict === 'chosenNot') {
        return this.issue('excludedStatus', status);
      }
      if (verdict === 'unknown') this.unknownStatus = text(status);
    }
    let amount: number;
    let amountCell: unknown;
    if (this.amountColumn >= 0) {
      amountCell = row[this.amountColumn];
      // A number is the usual cell: taken without the text reader's checks.
      if (typeof amountCell === 'number' && Number.isFinite(amountCell)) amount = amountCell;
      else {
        if (isBlank(amountCell)) return this.issue('noAmount', amountCell);
        amount = amountOf(amountCell);
        if (amount !== amount) return this.issue('badAmount', amountCell);
      }
    } else {
      const q = cellAt(row, this.quantity);
      const u = cellAt(row, this.unitPrice);
      const qv = isBlank(q) ? NaN : amountOf(q);
      const uv = isBlank(u) ? NaN : amountOf(u);
      if (qv !== qv || uv !== uv) {
        const code = isBlank(q) || isBlank(u) ? 'noAmount' : 'badAmount';
        return this.issue(code, qv !== qv ? q : u);
      }
      amountCell = u;
      amount = qv * uv;
    }
    if (implausibleAmount(amount, this.rules.maxAmount)) {
      return this.issue('implausibleAmount', amountCell);
    }
    // What the buyer paid, less what was refunded, and less shipping where the shop leaves it out.
    if (this.refund < 0 && this.shipping < 0) this.amount = roundMoney(amount);
    else {
      const refund = this.deduction(row, this.refund);
      if (refund !== refund) return this.issue('badAmount', cellAt(row, this.refund));
      const shipping = this.deduction(row, this.shipping);
      if (shipping !== shipping) return this.issue('badAmount', cellAt(row, this.shipping));
      this.amount = fromUnits(toUnits(amount) - toUnits(refund) - toUnits(shipping));
    }
    const dv = cellAt(row, this.date);
    // A Date is the usual cell: its instant in the sheet's zone, within the years read.
    const when = dv instanceof Date ? dateObjectOf(dv, this.rules.zone) : this.otherDate(dv);
    if (when !== when) return this.issue(isBlank(dv) ? 'noDate' : 'badDate', dv);
    if (when >= this.tomorrow) return this.issue('future', dv);
    this.at = when;
    return 'line';
  }

  /** The customer's ID as first written, for the line just read. */
  id(row: readonly unknown[]): string {
    return this.idColumn >= 0 ? text(row[this.idColumn]) : this.knownId;
  }

  nameOf(row: readonly unknown[]): string {
    return textAt(row, this.name);
  }

  emailOf(row: readonly unknown[]): string {
    return textAt(row, this.email);
  }

  productOf(row: readonly unknown[]): string {
    return textAt(row, this.product);
  }

  phoneText(row: readonly unknown[]): string {
    if (this.phone < 0) return '';
    const v = row[this.phone];
    return isBlank(v) ? '' : this.phones.of(v);
  }

  /** A birthday as written; one that does not read is left out, not an issue with the order. */
  birthdayOf(row: readonly unknown[]): number | undefined {
    if (this.birthday < 0) return undefined;
    const v = row[this.birthday];
    if (isBlank(v)) return undefined;
    const d = dateOf(v, this.rules.zone);
    return d === d ? d : undefined;
  }
}

/** One row, read on its own (the sidebar's preview, tests); a sheet is read by parseOrderRows. */
export function readOrderRow(
  row: readonly unknown[],
  columns: ColumnMap,
  rules: RowRules,
  known: KnownContacts = NO_CONTACTS,
): RowReading {
  const r = new RowReader(columns, rules, known);
  const kind = r.read(row);
  if (kind === 'blank') return { kind };
  if (kind === 'issue') return { kind, code: r.code, value: r.value };
  return {
    kind,
    key: r.customerKey(),
    id: r.id(row),
    name: r.nameOf(row),
    email: r.emailOf(row),
    phone: r.phoneText(row),
    product: r.productOf(row),
    birthday: r.birthdayOf(row),
    amount: r.amount,
    at: r.at,
    unknownStatus: r.unknownStatus,
  };
}

/** Emails and phones written beside a customer ID, so rows without the ID still find them. */
function knownContacts(
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
  phones: PhoneBook,
): KnownContacts {
  const c = columns.customer;
  if (c === undefined || (columns.email === undefined && columns.phone === undefined)) {
    return NO_CONTACTS;
  }
  const email = at(columns.email);
  const phone = at(columns.phone);
  const byEmail = new Map<string, Customer>();
  const byPhone = new Map<string, Customer>();
  for (const row of rows) {
    const key = customerKey(row[c]);
    if (!key) continue;
    let customer: Customer | undefined;
    const e = customerKey(cellAt(row, email));
    if (e && !byEmail.has(e)) byEmail.set(e, (customer = { key, id: text(row[c]) }));
    const p = phones.of(cellAt(row, phone));
    if (p && !byPhone.has(p)) byPhone.set(p, customer ?? { key, id: text(row[c]) });
  }
  return { byEmail, byPhone };
}

/**
 * An order number to group lines by. A number past 2^53 is not one: Sheets has already rounded
 * it (6925001112223330001 and …0002 read alike), so its lines are taken one by one.
 */
const orderKey = (v: unknown): string =>
  typeof v === 'number' && !Number.isSafeInteger(v) ? '' : text(v);

/**
 * The row that carries each row's order totals (-1 for a row of no order): the first with an
 * amount (an export sorted another way may put it anywhere), else the order's first row.
 */
function orderHeads(
  rows: readonly (readonly unknown[])[],
  orderId: number,
  reader: RowReader,
): Int32Array {
  const heads = new Map<string, number>();
  const keys: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const id = (keys[i] = orderKey(rows[i][orderId]));
    if (!id) continue;
    const head = heads.get(id);
    if (head === undefined || (!reader.hasAmount(rows[head]) && reader.hasAmount(rows[i]))) {
      heads.set(id, i);
    }
  }
  const headOf = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) headOf[i] = keys[i] ? heads.get(keys[i])! : -1;
  return headOf;
}

/** The register's customers in order of appearance, with the latest details each wrote. */
class Customers {
  readonly keys: string[] = [];
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly emails: string[] = [];
  readonly phones: string[] = [];
  readonly products: string[] = [];
  readonly birthdays: (number | undefined)[] = [];
  private readonly productAt: number[] = [];
  /**
   * Each customer by their key, and by every ID cell written for them (text or number) that is
   * not that key, so that an ID as written down its column finds its customer without being
   * case-folded row by row. One map: a cell equal to a key is always that key's customer (a
   * key is trimmed and folded, so only a cell written so reads as it).
   */
  private readonly index = new Map<string | number, number>();

  /** The customer of the line just read, added when new. */
  of(r: RowReader, row: readonly unknown[]): number {
    const cell = r.idCell;
    let c = cell === undefined ? undefined : this.index.get(cell);
    if (c !== undefined) return c;
    const key = r.customerKey();
    c = key === cell ? undefined : this.index.get(key);
    if (c === undefined) {
      c = this.keys.length;
      this.index.set(key, c);
      this.keys.push(key);
      this.ids.push(r.id(row));
      this.names.push('');
      this.emails.push('');
      this.phones.push('');
      this.products.push('');
      this.productAt.push(-Infinity);
      this.birthdays.push(undefined);
    }
    if (cell !== undefined && cell !== key) this.index.set(cell, c);
    return c;
  }

  /** The latest name, email and phone written for a customer win: people change them. */
  update(c: number, r: RowReader, row: readonly unknown[]): void {
    if (!r.hasDetails) return;
    const name = r.nameOf(row);
    if (name) this.names[c] = name;
    const email = r.emailOf(row);
    if (email) this.emails[c] = email;
    const phone = r.phoneText(row);
    if (phone) this.phones[c] = phone;
    const birthday = r.birthdayOf(row);
    if (birthday !== undefined) this.birthdays[c] = birthday;
    const product = r.productOf(row);
    if (product && r.at >= this.productAt[c]) {
      this.products[c] = product;
      this.productAt[c] = r.at;
    }
  }
}

/** Statuses the format does not know, by statusKey, with the rows that carry them. */
class UnknownStatuses {
  private readonly seen = new Map<
    string,
    { status: string; rows: number; firstRow: number; counted: boolean }
  >();

  count(status: string, row: number, counted: boolean): void {
    const k = statusKey(status);
    const u = this.seen.get(k) ?? { status, rows: 0, firstRow: row, counted };
    u.rows++;
    this.seen.set(k, u);
  }

  list(): UnknownStatus[] {
    return [...this.seen.values()];
  }
}

/** The first n entries: the array itself when every row made a line, no copy of it. */
const fitted = <A extends Int32Array | Float64Array>(a: A, n: number): A =>
  n === a.length ? a : (a.slice(0, n) as A);

const issueAt = (row: number, code: IssueCode, v: unknown): RowIssue => ({
  row,
  code,
  value: isBlank(v) ? '' : show(v),
});

/**
 * Parses the register's data rows once into typed lines; every row that cannot be used
 * becomes an issue naming its row. firstRow is the sheet row of rows[0]. An order written on
 * several lines counts once: its totals come from the line that carries them (the first, on
 * Shopify; any, where every line repeats them), and its other lines share that line's fate.
 */
export function parseOrderRows(
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
  rules: RowRules,
  firstRow: number,
): ParsedOrders {
  // Only a sheet with the columns for it pays for the passes over contacts and orders.
  const phones = new PhoneBook();
  const r = new RowReader(columns, rules, knownContacts(rows, columns, phones), phones);
  const headOf = columns.orderId === undefined ? undefined : orderHeads(rows, columns.orderId, r);
  // Only what heads of orders came to is kept, for their further lines.
  const headIsLine = headOf && new Uint8Array(rows.length);
  const headIssue = new Map<number, RowIssue>();
  const perLine = rules.format.totals === 'perLine';
  const customers = new Customers();
  const unknown = new UnknownStatuses();
  const issues: RowIssue[] = [];
  const further: number[] = [];
  // One entry per used line, in arrays as long as the sheet: nothing grows row by row.
  const lineCustomer = new Int32Array(rows.length);
  const lineAmount = new Float64Array(rows.length);
  const lineAt = new Float64Array(rows.length);
  let lines = 0;
  let blankRows = 0;
  let continuationRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const head = headOf ? headOf[i] : -1;
    if (head >= 0 && head !== i && (!perLine || !r.hasAmount(row))) {
      if (rowLabel(row) === undefined) {
        further.push(i);
        continue;
      }
    }
    const kind = r.read(row);
    if (kind === 'blank') {
      blankRows++;
    } else if (kind === 'issue') {
      const issue = issueAt(firstRow + i, r.code, r.value);
      issues.push(issue);
      if (headOf) headIssue.set(i, issue);
      if (r.code === 'excludedStatus' && statusRule(rules.format, r.value) === undefined) {
        unknown.count(text(r.value), firstRow + i, false);
      }
    } else {
      if (headIsLine) headIsLine[i] = 1;
      const c = customers.of(r, row);
      customers.update(c, r, row);
      lineCustomer[lines] = c;
      lineAmount[lines] = r.amount;
      lineAt[lines] = r.at;
      lines++;
      if (r.unknownStatus !== undefined) unknown.count(r.unknownStatus, firstRow + i, true);
    }
  }
  for (const i of further) {
    const head = headOf![i];
    if (headIsLine![head]) continuationRows++;
    else {
      const issue = headIssue.get(head);
      if (issue) issues.push({ ...issue, row: firstRow + i });
    }
  }
  issues.sort((a, b) => a.row - b.row);
  return {
    keys: customers.keys,
    ids: customers.ids,
    names: customers.names,
    emails: customers.emails,
    phones: customers.phones,
    products: customers.products,
    birthdays: customers.birthdays,
    lineCustomer: fitted(lineCustomer, lines),
    lineAmount: fitted(lineAmount, lines),
    lineAt: fitted(lineAt, lines),
    continuationRows,
    issues,
    unknownStatuses: unknown.list(),
    blankRows,
  };
}
