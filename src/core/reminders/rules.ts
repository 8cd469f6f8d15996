/**
 * Reminder rules (domain brief §5): what to send, to whom and when. The user keeps them on the
 * Reminder rules sheet; each row is read once into a Rule here, and anything wrong is an error
 * naming the cell, before a single mail is planned.
 */
import type { Tier } from '../customers/abc';
import { Festival, findFestival } from '../calendar/holidays';
import { Lang, Message } from '../ground/i18n';
import { columnLetter } from '../ground/cells';
import { CN8_CLASSES, Cn8Class, RF10_SEGMENTS, Rf10Segment } from '../customers/rfm';
import { STATUSES, Status } from '../customers/status';
import { isTemplate, parseTemplate, Placeholder, Template } from './templates';
import { CATALOGUES, Words } from '../../words';

export const KINDS = [
  'holiday',
  'activity',
  'followUp',
  'replenish',
  'coupon',
  'birthday',
  'winBack',
  'survey',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Mails the customer did not ask for: at most one a day reaches a customer (the frequency cap).
 * A follow-up on their own order and a coupon they hold are service, not marketing.
 */
export const MARKETING: ReadonlySet<Kind> = new Set([
  'holiday',
  'activity',
  'replenish',
  'birthday',
  'winBack',
]);

/**
 * Mails that need the customer's marketing consent where the export records it (Shopify's
 * Accepts Marketing): greetings, activities, win-back and the questionnaire. A follow-up on
 * their order, a coupon they hold and a replenishment of what they bought are service mails
 * about their own purchases, and go as before.
 */
export const NEEDS_CONSENT: ReadonlySet<Kind> = new Set([
  'holiday',
  'activity',
  'birthday',
  'winBack',
  'survey',
]);

const COMMON: readonly Placeholder[] = ['name', 'shop', 'tier', 'unsubscribe'];
/** What each kind of occasion can say. */
export const KIND_PLACEHOLDERS: Readonly<Record<Kind, readonly Placeholder[]>> = {
  holiday: [...COMMON, 'holiday', 'date'],
  activity: [...COMMON, 'activity', 'start', 'end', 'description', 'link', 'lastDay'],
  followUp: [
    ...COMMON,
    'product',
    'date',
    'activity',
    'start',
    'end',
    'description',
    'link',
    'survey',
  ],
  replenish: [...COMMON, 'product', 'date'],
  coupon: [...COMMON, 'coupon', 'value', 'expiry'],
  birthday: [...COMMON, 'date'],
  winBack: [...COMMON, 'product', 'date'],
  survey: [...COMMON, 'survey', 'date'],
};

export type AudienceKey = Tier | Status | Rf10Segment | Cn8Class;
/** Empty: every customer. */
export type Audience = ReadonlySet<AudienceKey>;

/** A user's own yearly date for a holiday rule. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

export interface Rule {
  readonly on: boolean;
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  /** Holiday and survey rules: a built-in festival or a date every year. */
  readonly occasion: Festival | MonthDay | undefined;
  /** Days from the occasion to the send: negative before it, positive after. */
  readonly days: number;
  readonly audience: Audience;
  /** Smaller goes first when the quota cannot take everything. */
  readonly priority: number;
  readonly templates: Readonly<
    Record<Lang, { readonly subject: Template; readonly body: Template }>
  >;
  /** 1-based sheet row. */
  readonly row: number;
}

/** The Reminder rules sheet's columns, in order. */
export const RULE_COLUMNS = [
  'on',
  'id',
  'kind',
  'name',
  'occasion',
  'when',
  'audience',
  'priority',
  'subjectZh',
  'bodyZh',
  'subjectEn',
  'bodyEn',
] as const;
export type RuleColumn = (typeof RULE_COLUMNS)[number];

/**
 * The columns as a sheet made for a shop in `lead` has them: the templates in the shop's own
 * language first, so an English shop reads its mail before the Chinese one.
 */
export function ruleColumns(lead: Lang): readonly RuleColumn[] {
  if (lead === 'zh') return RULE_COLUMNS;
  return [...RULE_COLUMNS.slice(0, 8), 'subjectEn', 'bodyEn', 'subjectZh', 'bodyZh'];
}

/**
 * The column order of a rules sheet, read from its header row: English templates first when
 * the first template column is headed as the English subject, in either language's words; a
 * sheet made before the order followed the language, or with no header, is read as made.
 */
export function rulesLayout(header: readonly unknown[]): readonly RuleColumn[] {
  const first = loose(header[RULE_COLUMNS.indexOf('subjectZh')]);
  return BOTH.some((w) => loose(w.reminders.ruleHeaders.subjectEn) === first)
    ? ruleColumns('en')
    : RULE_COLUMNS;
}

export const MAX_PRIORITY = 9;
const BOTH = [CATALOGUES.zh, CATALOGUES.en];

const loose = (v: unknown): string =>
  String(v ?? '')
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

const ON_WORDS = new Map<string, boolean>([
  ['true', true],
  ['false', false],
  ['on', true],
  ['off', false],
  ['yes', true],
  ['no', false],
  ['是', true],
  ['否', false],
  ['开', true],
  ['关', false],
  ['启用', true],
  ['停用', false],
  ['1', true],
  ['0', false],
  ['', false],
]);

export function readOn(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  return ON_WORDS.get(loose(v));
}

export function readKind(v: unknown): Kind | undefined {
  const t = loose(v);
  return KINDS.find((k) => t === loose(k) || BOTH.some((w) => loose(w.reminders.kinds[k]) === t));
}

/**
 * Days from the occasion: a number (negative is before), or words such as "3 days before",
 * "3天前", "提前3天", "7天后", "当天", "on the day".
 */
export function readWhen(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 366 ? v : undefined;
  const t = loose(v);
  if (t === '' || t === '当天' || t === 'ontheday' || t === '当日') return 0;
  let n: number | undefined;
  const after = /^(\d+)(?:days?|天|日)?(before|前|之前|以前|after|后|之后|以后)$/.exec(t);
  const ahead = /^(提前|前|后|过)(\d+)(?:天|日)$/.exec(t);
  if (/^[+-]?\d+$/.test(t)) n = Number(t);
  else if (after) n = Number(after[1]) * (/^(before|前|之前|以前)$/.test(after[2]) ? -1 : 1);
  else if (ahead) n = Number(ahead[2]) * (ahead[1] === '后' || ahead[1] === '过' ? 1 : -1);
  if (n === undefined) return undefined;
  return Math.abs(n) <= 366 ? n : undefined;
}

/** A festival by name in either language, or a yearly date: 05-20, 5/20, 5月20日. */
export function readOccasion(v: unknown): Festival | MonthDay | undefined {
  const text = String(v ?? '').trim();
  if (!text) return undefined;
  const f = findFestival(
    text,
    BOTH.map((w) => w.festivals),
  );
  if (f) return f;
  const m = /^(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]
    ? { month, day }
    : undefined;
}

function audienceWords(): Map<string, AudienceKey> {
  const m = new Map<string, AudienceKey>();
  const add = (key: AudienceKey, names: string[]) => {
    for (const n of [key, ...names]) m.set(loose(n), key);
  };
  for (const t of ['A', 'B', 'C'] as const)
    add(
      t,
      BOTH.map((w) => w.tiers[t]),
    );
  for (const s of STATUSES)
    add(
      s,
      BOTH.map((w) => w.statuses[s]),
    );
  for (const s of RF10_SEGMENTS)
    add(
      s,
      BOTH.map((w) => w.segments[s]),
    );
  for (const c of CN8_CLASSES)
    add(
      c,
      BOTH.map((w) => w.classes[c]),
    );
  return m;
}
let audienceLookup: Map<string, AudienceKey> | undefined;

/** "A, B", "A类、流失客户", "all"/"全部"/blank; undefined names the first word not understood. */
export function readAudience(v: unknown): Audience | { readonly unknown: string } {
  audienceLookup ??= audienceWords();
  const words = String(v ?? '')
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const keys = new Set<AudienceKey>();
  for (const word of words) {
    if (BOTH.some((w) => loose(w.reminders.everyone) === loose(word))) continue;
    const k = audienceLookup.get(loose(word));
    if (!k) return { unknown: word };
    keys.add(k);
  }
  return keys;
}

export interface AudienceOf {
  readonly tier: Tier | undefined;
  readonly status: Status | undefined;
  readonly segment: Rf10Segment | undefined;
  readonly cn8: Cn8Class | undefined;
}

/** Within the audience when the customer matches any key (or the audience is everyone). */
export function inAudience(a: Audience, c: AudienceOf): boolean {
  if (a.size === 0) return true;
  return [c.tier, c.status, c.segment, c.cn8].some((k) => k !== undefined && a.has(k));
}

export interface RuleError {
  readonly row: number;
  readonly message: Message;
}

type Cells = readonly unknown[];

/** Reads the rules sheet's data rows (the first is sheet row firstRow). Blank rows are skipped. */
export function parseRules(
  rows: readonly Cells[],
  firstRow: number,
  columns: readonly RuleColumn[] = RULE_COLUMNS,
): { readonly rules: Rule[]; readonly errors: RuleError[] } {
  const col = (c: RuleColumn): number => columns.indexOf(c);
  const rules: Rule[] = [];
  const errors: RuleError[] = [];
  const ids = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    if (cells.every((c) => c === '' || c === null || c === false)) return;
    const at = (c: RuleColumn) => `${columnLetter(col(c))}${row}`;
    const err = (message: Message) => errors.push({ row, message });
    const on = readOn(cells[col('on')]);
    if (on === undefined) return err((w) => w.reminders.errors.badOn(at('on')));
    const id = String(cells[col('id')] ?? '').trim();
    if (!/^[\p{L}\p{N}_.-]{1,40}$/u.test(id)) return err((w) => w.reminders.errors.badId(at('id')));
    if (ids.has(id.toLowerCase())) {
      const first = ids.get(id.toLowerCase())!;
      return err((w) => w.reminders.errors.duplicateId(at('id'), id, first));
    }
    ids.set(id.toLowerCase(), row);
    const kind = readKind(cells[col('kind')]);
    if (!kind) {
      return err((w) =>
        w.reminders.errors.badKind(
          at('kind'),
          String(cells[col('kind')]),
          KINDS.map((k) => w.reminders.kinds[k]),
        ),
      );
    }
    let occasion: Festival | MonthDay | undefined;
    if (kind === 'holiday' || kind === 'survey') {
      occasion = readOccasion(cells[col('occasion')]);
      if (!occasion) {
        return err((w) =>
          w.reminders.errors.badOccasion(at('occasion'), String(cells[col('occasion')] ?? '')),
        );
      }
    }
    const days = readWhen(cells[col('when')]);
    if (days === undefined) {
      return err((w) => w.reminders.errors.badWhen(at('when'), String(cells[col('when')])));
    }
    const audience = readAudience(cells[col('audience')]);
    if ('unknown' in audience) {
      const unknown = audience.unknown;
      return err((w) => w.reminders.errors.badAudience(at('audience'), unknown));
    }
    const p = cells[col('priority')];
    const priority = p === '' || p === null || p === undefined ? 5 : Number(p);
    if (!Number.isInteger(priority) || priority < 1 || priority > MAX_PRIORITY) {
      return err((w) => w.reminders.errors.badPriority(at('priority'), String(p), MAX_PRIORITY));
    }
    const templates = {} as Record<Lang, { subject: Template; body: Template }>;
    for (const [lang, subjectCol, bodyCol] of [
      ['zh', 'subjectZh', 'bodyZh'],
      ['en', 'subjectEn', 'bodyEn'],
    ] as const) {
      const parsed: Template[] = [];
      for (const c of [subjectCol, bodyCol]) {
        const t = readTemplate(cells[col(c)], kind, at(c));
        if ('message' in t) return err(t.message);
        parsed.push(t);
      }
      templates[lang] = { subject: parsed[0], body: parsed[1] };
    }
    rules.push({
      on,
      id,
      kind,
      name: String(cells[col('name')] ?? '').trim() || id,
      occasion,
      days,
      audience,
      priority,
      templates,
      row,
    });
  });
  return { rules, errors };
}

function readTemplate(v: unknown, kind: Kind, cell: string): Template | { message: Message } {
  const source = String(v ?? '');
  if (!source.trim()) return { message: (w) => w.reminders.errors.emptyTemplate(cell) };
  const t = parseTemplate(source);
  const allowed = KIND_PLACEHOLDERS[kind];
  const list = (w: Words) => allowed.map((p) => `{{${p}}}`).join(w.listSeparator);
  if (!isTemplate(t)) {
    const p = t.placeholder;
    return t.kind === 'unknown'
      ? { message: (w) => w.reminders.errors.unknownPlaceholder(cell, p, list(w)) }
      : { message: (w) => w.reminders.errors.unclosedSection(cell, p) };
  }
  const section = t.onlyIn.get('unsubscribe');
  if (section) {
    return { message: (w) => w.reminders.errors.unsubscribeInSection(cell, section) };
  }
  const wrong = [...t.uses].find((p) => !allowed.includes(p));
  if (wrong) {
    return {
      message: (w) =>
        w.reminders.errors.placeholderNotForKind(cell, wrong, w.reminders.kinds[kind], list(w)),
    };
  }
  return t;
}

/** The default rules, as sheet rows in the given language: off until the user turns them on. */
/**
 * The greetings a shop starts with, by its language: a Chinese shop's festivals and shopping
 * days, an English-speaking shop's. Every other default rule is the same for both.
 */
export const DEFAULT_GREETINGS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['spring-festival', 'mid-autumn', '618', 'double-11'],
  en: ['new-year', 'valentines', 'mothers-day', 'black-friday', 'christmas'],
};

/** The rules sheet a shop starts with, every rule off, in the shop's language. */
export function defaultRuleRows(lang: Lang): unknown[][] {
  const w = CATALOGUES[lang];
  const greetings = DEFAULT_GREETINGS[lang];
  const defaults = w.reminders.defaults.filter(
    (d) => d.kind !== 'holiday' || greetings.includes(d.id),
  );
  return defaults.map((d) => {
    const zh = CATALOGUES.zh.reminders.defaults.find((z) => z.id === d.id)!;
    const en = CATALOGUES.en.reminders.defaults.find((e) => e.id === d.id)!;
    const cells: Record<RuleColumn, unknown> = {
      on: false,
      id: d.id,
      kind: w.reminders.kinds[d.kind],
      name: d.name,
      occasion: d.occasion,
      when: w.reminders.when(d.days),
      audience: d.audience,
      priority: d.priority,
      subjectZh: zh.subject,
      bodyZh: zh.body,
      subjectEn: en.subject,
      bodyEn: en.body,
    };
    return ruleColumns(lang).map((c) => cells[c]);
  });
}
