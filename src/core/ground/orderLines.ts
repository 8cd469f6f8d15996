/**
 * Reading an order register: every data row once, into typed order lines, or an issue naming
 * its row. What depends only on the sheet (which columns it has, its format's statuses, the
 * shop's rules) is settled once per sheet, and what repeats down a column (a status, a phone)
 * is worked out once per distinct text: a million lines read in well under a second.
 */
import { customerKey, isBlank, show } from './cells';
import { ColumnMap } from './columns';
import {
  at,
  cellAt,
  IssueCode,
  KnownContacts,
  KnownCustomer,
  NO_CONTACTS,
  PhoneBook,
  RowReader,
  RowRules,
  text,
} from './orderRow';
import { statusKey, statusRule } from './platforms';
import { rowLabel } from './totalsRow';

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
  /** Each customer's marketing consent as their latest order that says it has it. */
  readonly consents: (boolean | undefined)[];
  /** One entry per used line: customer index, amount and local time. */
  readonly lineCustomer: Int32Array;
  readonly lineAmount: Float64Array;
  readonly lineAt: Float64Array;
  /** Every product bought, each line item of a counted order: who, when, and what. */
  readonly bought: ProductLines;
  /** Further lines of orders whose totals were counted on their first line. */
  readonly continuationRows: number;
  readonly issues: RowIssue[];
  readonly unknownStatuses: UnknownStatus[];
  readonly blankRows: number;
  /** Rows of orders awaiting payment: not sales yet, and no problem with the rows. */
  readonly awaitingPayment: number;
}

/** Line items by product: what replenishment learns which goods are bought again from. */
export interface ProductLines {
  /** The products' names, each once; `product` holds indexes into it. */
  readonly names: string[];
  readonly customer: Int32Array;
  readonly at: Float64Array;
  readonly product: Int32Array;
}

/** Line items as they are met, the product names interned. */
class Bought {
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly customer: Int32Array;
  private readonly at: Float64Array;
  private readonly product: Int32Array;
  private n = 0;

  constructor(rows: number) {
    this.customer = new Int32Array(rows);
    this.at = new Float64Array(rows);
    this.product = new Int32Array(rows);
  }

  add(customer: number, at: number, name: string): void {
    if (!name || NOT_A_PRODUCT.test(name)) return;
    let p = this.index.get(name);
    if (p === undefined) {
      p = this.names.length;
      this.index.set(name, p);
      this.names.push(name);
    }
    this.customer[this.n] = customer;
    this.at[this.n] = at;
    this.product[this.n++] = p;
  }

  lines(): ProductLines {
    return {
      names: this.names,
      customer: fitted(this.customer, this.n),
      at: fitted(this.at, this.n),
      product: fitted(this.product, this.n),
    };
  }
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
  const byEmail = new Map<string, KnownCustomer>();
  const byPhone = new Map<string, KnownCustomer>();
  for (const row of rows) {
    const key = customerKey(row[c]);
    if (!key) continue;
    let customer: KnownCustomer | undefined;
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

/**
 * Whether row i is a further line of an order whose totals another row holds (a Shopify line
 * item after the first): its products count, its blank amount is no problem. A totals row is
 * never one, whatever order number it repeats.
 */
function isFurtherLine(
  row: readonly unknown[],
  i: number,
  headOf: Int32Array | undefined,
  reader: RowReader,
  perLine: boolean,
): boolean {
  const head = headOf ? headOf[i] : -1;
  return (
    head >= 0 && head !== i && (!perLine || !reader.hasAmount(row)) && rowLabel(row) === undefined
  );
}

/** For the first-rows preview: each row's order number when it is a further line, else ''. */
export function furtherLineOrders(
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
  rules: RowRules,
): string[] {
  const orderId = columns.orderId;
  if (orderId === undefined) return rows.map(() => '');
  const reader = new RowReader(columns, rules);
  const headOf = orderHeads(rows, orderId, reader);
  const perLine = rules.format.totals === 'perLine';
  return rows.map((row, i) =>
    isFurtherLine(row, i, headOf, reader, perLine) ? orderKey(row[orderId]) : '',
  );
}

/** A line's text that names no product: a refund, a price difference, shipping, an adjustment. */
export const NOT_A_PRODUCT =
  /^\s*[（(【[]?\s*(退款|退货|退差|补差|补运费|运费|邮费|调整|调价|refund|return|price adjustment|adjustment|shipping)/i;

/** The register's customers in order of appearance, with the latest details each wrote. */
class Customers {
  readonly keys: string[] = [];
  readonly ids: string[] = [];
  readonly names: string[] = [];
  readonly emails: string[] = [];
  readonly phones: string[] = [];
  readonly products: string[] = [];
  readonly birthdays: (number | undefined)[] = [];
  readonly consents: (boolean | undefined)[] = [];
  /** When each detail was last written, and the amount of the line that named the product. */
  private readonly nameAt: number[] = [];
  private readonly emailAt: number[] = [];
  private readonly phoneAt: number[] = [];
  private readonly birthdayAt: number[] = [];
  private readonly productAt: number[] = [];
  private readonly productAmount: number[] = [];
  private readonly consentAt: number[] = [];
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
      this.birthdays.push(undefined);
      this.consents.push(undefined);
      for (const at of [this.nameAt, this.emailAt, this.phoneAt, this.birthdayAt]) {
        at.push(-Infinity);
      }
      this.productAt.push(-Infinity);
      this.productAmount.push(0);
      this.consentAt.push(-Infinity);
    }
    if (cell !== undefined && cell !== key) this.index.set(cell, c);
    return c;
  }

  /**
   * The latest name, email, phone and birthday written for a customer win, by the order's
   * time (people change them), so a sorted or filtered sheet reads the same; of one moment,
   * the lower row.
   */
  update(c: number, r: RowReader, row: readonly unknown[]): void {
    if (!r.hasDetails) return;
    const at = r.at;
    const name = r.nameOf(row);
    if (name && at >= this.nameAt[c]) {
      this.names[c] = name;
      this.nameAt[c] = at;
    }
    const email = r.emailOf(row);
    if (email && at >= this.emailAt[c]) {
      this.emails[c] = email;
      this.emailAt[c] = at;
    }
    const phone = r.phoneText(row);
    if (phone && at >= this.phoneAt[c]) {
      this.phones[c] = phone;
      this.phoneAt[c] = at;
    }
    const birthday = r.birthdayOf(row);
    if (birthday !== undefined && at >= this.birthdayAt[c]) {
      this.birthdays[c] = birthday;
      this.birthdayAt[c] = at;
    }
    // A customer may change their mind: the latest order that says so decides.
    const consent = r.consentOf(row);
    if (consent !== undefined && at >= this.consentAt[c]) {
      this.consents[c] = consent;
      this.consentAt[c] = at;
    }
    const product = r.productOf(row);
    // What they bought: a line that paid for something, not a refund, a price difference or
    // a shipping charge, which a mail must never call a product.
    if (
      product &&
      r.amount > 0 &&
      !NOT_A_PRODUCT.test(product) &&
      this.laterProduct(c, r, product)
    ) {
      this.products[c] = product;
      this.productAt[c] = at;
      this.productAmount[c] = r.amount;
    }
  }

  /**
   * Whether a line names the customer's product before the one kept: a later purchase; of one
   * order (one moment), the line that cost most, then the first name in code-unit order. Never
   * the row order, which the team changes and a warehouse does not have.
   */
  private laterProduct(c: number, r: RowReader, product: string): boolean {
    const at = this.productAt[c];
    if (r.at !== at) return r.at > at;
    const amount = this.productAmount[c];
    return r.amount !== amount ? r.amount > amount : product < this.products[c];
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
  const bought = new Bought(rows.length);
  // The line each head of an order became: its further lines' products are that customer's.
  const lineOfHead = headOf && new Int32Array(rows.length);
  let lines = 0;
  let blankRows = 0;
  let continuationRows = 0;
  let awaitingPayment = 0;
  // The heads of orders awaiting payment: their further lines await it too.
  const unpaidHeads = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (isFurtherLine(row, i, headOf, r, perLine)) {
      further.push(i);
      continue;
    }
    const kind = r.read(row);
    if (kind === 'blank') {
      blankRows++;
    } else if (kind === 'issue' && r.code === 'awaitingPayment') {
      awaitingPayment++;
      if (headOf) unpaidHeads.add(i);
    } else if (kind === 'issue') {
      const issue = issueAt(firstRow + i, r.code, r.value);
      issues.push(issue);
      if (headOf) headIssue.set(i, issue);
      if (r.code === 'excludedStatus' && statusRule(rules.format, r.value) === undefined) {
        unknown.count(text(r.value), firstRow + i, false);
      }
    } else {
      if (headIsLine) headIsLine[i] = 1;
      if (lineOfHead) lineOfHead[i] = lines;
      const c = customers.of(r, row);
      customers.update(c, r, row);
      lineCustomer[lines] = c;
      lineAmount[lines] = r.amount;
      lineAt[lines] = r.at;
      if (r.amount > 0) bought.add(c, r.at, r.productOf(row));
      lines++;
      if (r.unknownStatus !== undefined) unknown.count(r.unknownStatus, firstRow + i, true);
    }
  }
  for (const i of further) {
    const head = headOf![i];
    if (headIsLine![head]) {
      continuationRows++;
      const line = lineOfHead![head];
      bought.add(lineCustomer[line], lineAt[line], r.productOf(rows[i]));
    } else if (unpaidHeads.has(head)) {
      awaitingPayment++;
    } else {
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
    consents: customers.consents,
    lineCustomer: fitted(lineCustomer, lines),
    lineAmount: fitted(lineAmount, lines),
    lineAt: fitted(lineAt, lines),
    bought: bought.lines(),
    continuationRows,
    issues,
    unknownStatuses: unknown.list(),
    blankRows,
    awaitingPayment,
  };
}
