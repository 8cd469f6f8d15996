/**
 * Reminder templates: text with {{placeholders}} and optional sections {{#activity}}…{{/activity}}
 * that appear only when the value exists. A template is checked when its rule is saved, so an
 * unknown or unavailable placeholder is an error for the user, never a blank in a customer's
 * mail. Values are put in once, never read again as a template: a customer named "{{shop}}"
 * stays "{{shop}}", and in the HTML part every value is escaped.
 */

export const PLACEHOLDERS = [
  'name',
  'shop',
  'tier',
  'unsubscribe',
  'holiday',
  'date',
  'activity',
  'start',
  'end',
  'description',
  'link',
  'lastDay',
  'coupon',
  'value',
  'expiry',
  'product',
  'survey',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type TemplateValues = Partial<Record<Placeholder, string>>;

/** Values that are web addresses: in the HTML part they become links. */
const LINKS: ReadonlySet<Placeholder> = new Set(['link', 'unsubscribe', 'survey']);

type Part =
  | { readonly text: string }
  | { readonly field: Placeholder }
  | { readonly section: Placeholder; readonly parts: readonly Part[] };

export interface Template {
  readonly parts: readonly Part[];
  /** Every placeholder the template uses, sections included. */
  readonly uses: ReadonlySet<Placeholder>;
  /** Each placeholder shown only inside other sections, with the first section that hides it. */
  readonly onlyIn: ReadonlyMap<Placeholder, Placeholder>;
}

export type TemplateProblem =
  | { readonly kind: 'unknown'; readonly placeholder: string }
  | { readonly kind: 'unclosed'; readonly placeholder: string }
  | { readonly kind: 'stray'; readonly placeholder: string };

const TAG = /\{\{\s*([#/]?)\s*([^{}]*?)\s*\}\}/g;
const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDERS as readonly string[]).includes(name);

/** The template, or the first thing wrong with it. */
export function parseTemplate(source: string): Template | TemplateProblem {
  const uses = new Set<Placeholder>();
  const always = new Set<Placeholder>();
  const inSection = new Map<Placeholder, Placeholder>();
  const stack: { section: Placeholder | undefined; parts: Part[] }[] = [
    { section: undefined, parts: [] },
  ];
  let at = 0;
  for (const m of source.matchAll(TAG)) {
    const top = stack[stack.length - 1];
    if (m.index > at) top.parts.push({ text: source.slice(at, m.index) });
    at = m.index + m[0].length;
    const [, sign, name] = m;
    if (!isPlaceholder(name)) return { kind: 'unknown', placeholder: name };
    uses.add(name);
    if (sign === '#') stack.push({ section: name, parts: [] });
    else if (sign === '/') {
      if (top.section !== name) return { kind: 'stray', placeholder: name };
      stack.pop();
      stack[stack.length - 1].parts.push({ section: name, parts: top.parts });
    } else {
      top.parts.push({ field: name });
      // A section of the value itself shows exactly when the value does.
      const hiding = stack.slice(1).find((s) => s.section !== name)?.section;
      if (!hiding) always.add(name);
      else if (!inSection.has(name)) inSection.set(name, hiding);
    }
  }
  if (stack.length > 1) return { kind: 'unclosed', placeholder: stack[stack.length - 1].section! };
  if (at < source.length) stack[0].parts.push({ text: source.slice(at) });
  for (const p of always) inSection.delete(p);
  return { parts: stack[0].parts, uses, onlyIn: inSection };
}

export const isTemplate = (t: Template | TemplateProblem): t is Template => 'parts' in t;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Plain text: the values as they are. */
export function renderText(t: Template, values: TemplateValues): string {
  const walk = (parts: readonly Part[]): string =>
    parts
      .map((p) =>
        'text' in p
          ? p.text
          : 'field' in p
            ? (values[p.field] ?? '')
            : values[p.section]
              ? walk(p.parts)
              : '',
      )
      .join('');
  return walk(t.parts);
}

/** Only http(s) addresses become links; anything else is shown as text. */
export const safeUrl = (v: string): boolean => /^https?:\/\/[^\s"'<>]+$/i.test(v);

/** HTML: the template's own text and every value escaped, lines kept, addresses linked. */
export function renderHtml(t: Template, values: TemplateValues): string {
  const walk = (parts: readonly Part[]): string =>
    parts
      .map((p) => {
        if ('text' in p) return escapeHtml(p.text);
        if ('section' in p) return values[p.section] ? walk(p.parts) : '';
        const v = values[p.field] ?? '';
        return LINKS.has(p.field) && safeUrl(v)
          ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>`
          : escapeHtml(v);
      })
      .join('');
  return walk(t.parts).replace(/\r?\n/g, '<br>\n');
}
