/**
 * Reading one order row: who the customer is, what they paid and when, or why the row cannot
 * be used. What depends only on the sheet (its columns, its format's statuses, the shop's rules)
 * is settled when a sheet's reader is made, and what repeats down a column (a status, a phone)
 * is worked out once per distinct text.
 */
import {
  amountOf,
  customerKey,
  dateObjectOf,
  dateOf,
  implausibleAmount,
  isBlank,
  normalisePhone,
} from './cells';
import { ColumnMap } from './columns';
import { fromUnits, roundMoney, toUnits } from './money';
import { PlatformFormat, statusKey, statusRule } from './platforms';
import { BLANK_ROW, rowLabel } from './totalsRow';
import { DAY_MS, Zone } from './zone';
import { usableEmail } from './email';
import { readConsent } from './consent';

export type IssueCode =
  | 'noCustomer'
  | 'totals'
  | 'badAmount'
  | 'implausibleAmount'
  | 'noAmount'
  | 'badDate'
  | 'noDate'
  | 'future'
  | 'excludedStatus'
  /** Not a sale yet, and no problem with the row: counted apart, never listed as an issue. */
  | 'awaitingPayment';

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
  /** Whether the customer accepted marketing, where the sheet says (yes/no); else unknown. */
  readonly consent: boolean | undefined;
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

export interface KnownCustomer {
  readonly key: string;
  readonly id: string;
}

/** The customers the register names by ID, by their email and by their phone. */
export interface KnownContacts {
  readonly byEmail: ReadonlyMap<string, KnownCustomer>;
  readonly byPhone: ReadonlyMap<string, KnownCustomer>;
}

export const NO_CONTACTS: KnownContacts = { byEmail: new Map(), byPhone: new Map() };

export const text = (v: unknown): string => (isBlank(v) ? '' : String(v).trim());

/** How a status counts: a sale, not a sale by the format, by the user's choice, or unknown. */
type StatusVerdict = 'sale' | 'notSale' | 'unpaid' | 'chosenNot' | 'unknown';

/** Phones as customers (normalisePhone), each distinct text worked out once: they repeat. */
export class PhoneBook {
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
export const at = (c: number | undefined): number => (c === undefined ? -1 : c);
export const cellAt = (row: readonly unknown[], c: number): unknown => (c < 0 ? '' : row[c]);
const textAt = (row: readonly unknown[], c: number): string => (c < 0 ? '' : text(row[c]));

/**
 * Reads rows of one sheet. `read` says what a row is and keeps the line's customer, amount and
 * time (or the issue) in the reader until the next row, so a million rows make no objects;
 * the line's other fields are read only where they are wanted.
 */
export class RowReader {
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
  private readonly consent: number;
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
    this.consent = at(columns.consent);
    this.tomorrow = (rules.today + 1) * DAY_MS;
    this.hasDetails =
      this.name >= 0 ||
      this.email >= 0 ||
      this.phone >= 0 ||
      this.product >= 0 ||
      this.birthday >= 0 ||
      this.consent >= 0;
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
      if (verdict === 'unpaid') return this.issue('awaitingPayment', status);
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

  /**
   * The customer's email: the email column's, else the customer's own ID where it is an address
   * (Shopify and WooCommerce guests are known by their email, in the one column both fields
   * would take).
   */
  emailOf(row: readonly unknown[]): string {
    const written = textAt(row, this.email);
    if (written || typeof this.idCell !== 'string') return written;
    const id = this.idCell.trim();
    return usableEmail(id) ? id : '';
  }

  productOf(row: readonly unknown[]): string {
    return textAt(row, this.product);
  }

  phoneText(row: readonly unknown[]): string {
    if (this.phone < 0) return '';
    const v = row[this.phone];
    return isBlank(v) ? '' : this.phones.of(v);
  }

  consentOf(row: readonly unknown[]): boolean | undefined {
    return this.consent < 0 ? undefined : readConsent(row[this.consent]);
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
    consent: r.consentOf(row),
    amount: r.amount,
    at: r.at,
    unknownStatus: r.unknownStatus,
  };
}
