/**
 * The SheetCare sidebar: the Customers panel (order sheet, columns, preview, analysis at a
 * glance) and Settings. Panels are registered in one list so later ones slot in.
 */
import type {
  AnalyzeResult,
  Lang,
  OrderField,
  Settings,
  ContactRow,
  DueReminders,
  GroupRow,
  OrderSheetInfo,
  SidebarState,
  SurveyReport,
} from '../shared/api';
import { analysisNotices, staleChoiceNotice } from '../shared/notices';
import { paretoChart } from './chart';
import { append, h } from './dom';
import { call } from './server';
import { en, words, Words } from '../words';

interface Ui {
  state: SidebarState;
  lang: Lang;
  busy: boolean;
  tab: string;
  /** The survey shown; undefined until first asked for. */
  survey?: SurveyReport | null;
  /** Who to contact; undefined until first asked for. */
  reminders?: DueReminders;
}

const root = document.getElementById('app') as HTMLElement;
const errorBox = document.getElementById('error') as HTMLElement;
let ui: Ui;
/** The catalogue in the panel's language, and a panel word by key. */
const w = (): Words => words(ui.lang);
type Panel = Words['panel'];
type PanelWord = { [K in keyof Panel]: Panel[K] extends string ? K : never }[keyof Panel];
const t = (key: PanelWord): string => w().panel[key];

function showError(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  errorBox.replaceChildren(h('strong', {}, `${t('error')}: `), message);
  errorBox.hidden = false;
}
const clearError = () => {
  errorBox.hidden = true;
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const money = (x: number) =>
  x.toLocaleString(w().numberLocale, {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  });

/** What a running action disables; the tabs stay live so the keyboard focus is never lost. */
const ACTIONS = 'button:not([role=tab]), select';

/** Runs a server action with the page marked busy: buttons disabled, so nothing starts twice. */
async function busy<T>(
  status: HTMLElement | null,
  text: string,
  action: () => Promise<T>,
): Promise<T | undefined> {
  if (ui.busy) return undefined;
  ui.busy = true;
  document.body.classList.add('busy');
  for (const b of document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(ACTIONS)) {
    b.disabled = true;
  }
  if (status) status.textContent = text;
  clearError();
  try {
    return await action();
  } catch (e) {
    showError(e);
    return undefined;
  } finally {
    ui.busy = false;
    document.body.classList.remove('busy');
    for (const b of document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(ACTIONS)) {
      b.disabled = false;
    }
    if (status) status.textContent = '';
  }
}

// ------------------------------------------------------------------ Customers panel

/** Every field but the phone and order number, which the analysis does not use. */

function sheetPicker(info: OrderSheetInfo | null): HTMLElement {
  const select = h(
    'select',
    {
      id: 'order-sheet',
      onchange: async () => {
        const info2 = await busy(null, '', () => call('inspectOrderSheet', select.value));
        if (info2 !== undefined) {
          ui.state = { ...ui.state, orderSheet: info2 };
          render();
        }
      },
    },
    ...(info ? [] : [h('option', { value: '' }, '')]),
    ...ui.state.sheetNames.map((n) =>
      h('option', { value: n, selected: info?.sheetName === n }, n),
    ),
  );
  return h('div', { class: 'field' }, h('label', { for: 'order-sheet' }, t('orderSheet')), select);
}

function columnTable(info: OrderSheetInfo): HTMLElement {
  // Every field the analysis reads, in the catalogue's order.
  const rows = (Object.keys(w().fields) as OrderField[]).map((field) => {
    const id = `col-${field}`;
    const select = h(
      'select',
      {
        id,
        'data-field': field,
        onchange: async () => {
          // A column is one field: choosing it here frees it from the field it had.
          const picked = Number(select.value);
          const columns = Object.fromEntries(
            Object.entries(info.columns).filter(([f, c]) => f !== field && c !== picked),
          );
          columns[field] = picked;
          const next = await busy(null, '', () =>
            call('saveColumnChoice', { sheetName: info.sheetName, columns }),
          );
          if (next !== undefined) {
            ui.state = { ...ui.state, orderSheet: next };
            render();
          }
        },
      },
      h('option', { value: -1 }, t('none')),
      ...info.headers.map((header, i) =>
        h('option', { value: i, selected: info.columns[field] === i }, header || `#${i + 1}`),
      ),
    );
    return h(
      'tr',
      {},
      h('td', {}, h('label', { for: id }, w().fields[field])),
      h('td', {}, select),
    );
  });
  return h('table', { class: 'columns' }, ...rows);
}

function previewTable(info: OrderSheetInfo): HTMLElement {
  return h(
    'table',
    { class: 'preview', id: 'preview' },
    h(
      'tr',
      {},
      h('th', {}, t('row')),
      h('th', {}, w().fields.customer),
      h('th', { class: 'num' }, w().fields.amount),
      h('th', {}, w().fields.date),
    ),
    ...info.preview.map((p) =>
      p.problem
        ? h(
            'tr',
            { class: 'problem' },
            h('td', {}, p.row),
            h('td', {}, p.customer),
            h('td', { colspan: 2 }, p.problem),
          )
        : h(
            'tr',
            {},
            h('td', {}, p.row),
            h(
              'td',
              { title: p.name },
              p.customer,
              p.name ? h('div', { class: 'sub' }, p.name) : null,
            ),
            h('td', { class: 'num' }, p.amount === '' ? '' : money(p.amount)),
            h('td', {}, p.date.replace('T', ' ')),
          ),
    ),
  );
}

function groupTable(
  caption: string,
  rows: GroupRow[],
  id: string,
  names: Readonly<Record<string, string>>,
): HTMLElement {
  return h(
    'table',
    { class: 'groups', id },
    h('caption', {}, caption),
    h(
      'tr',
      {},
      h('th', {}, ''),
      h('th', { class: 'num' }, w().summary.customers),
      h('th', { class: 'num' }, t('share')),
      h('th', { class: 'num' }, w().summary.shareSpend),
    ),
    ...rows
      .filter((g) => g.customers > 0)
      .map((g) =>
        h(
          'tr',
          { 'data-key': g.key },
          h('td', {}, names[g.key] ?? g.key),
          h('td', { class: 'num' }, g.customers),
          h('td', { class: 'num' }, pct(g.shareOfCustomers)),
          h('td', { class: 'num' }, pct(g.shareOfSpend)),
        ),
      ),
  );
}

const sheetLink = (label: string, name: string) =>
  h(
    'button',
    {
      class: 'link',
      type: 'button',
      onclick: () => void busy(null, '', () => call('showSheet', name)),
    },
    label,
  );

function resultView(r: AnalyzeResult): HTMLElement {
  return h(
    'section',
    { id: 'result', 'aria-live': 'polite' },
    h('h2', {}, `${t('asOf')} ${r.asOf ?? ''}`),
    h(
      'p',
      { class: 'kpis' },
      h(
        'span',
        {},
        h('b', {}, r.customers),
        ` ${w().summary.customers} (${r.buyers} ${t('buyers')})`,
      ),
      h('span', {}, `${w().titles.spend} `, h('b', {}, money(r.spend))),
    ),
    h('p', {}, `${r.rowsNotUsed} ${t('notUsed')} · `, sheetLink(t('openIssues'), r.sheets.issues)),
    ...analysisNotices(r, w()).map((n) => h('p', { class: 'notice' }, n)),
    r.unknownStatuses.length ? statusChoices(r) : null,
    groupTable(t('tiers'), r.tiers, 'tiers', w().tiers),
    paretoChart(r, t('pareto')),
    h(
      'p',
      { class: 'note', id: 'pareto' },
      w().panel.paretoSentence('20%', pct(r.pareto[1]?.spendShare ?? 0)),
    ),
    groupTable(t('segments'), r.segments, 'segments', w().segments),
    groupTable(w().titles.status, r.statuses, 'statuses', w().statuses),
    h(
      'table',
      { class: 'groups', id: 'value' },
      h('caption', {}, t('value')),
      h(
        'tr',
        {},
        h('td', {}, w().titles.basicValue),
        h('td', { class: 'num' }, money(r.value.basic)),
      ),
      h(
        'tr',
        {},
        h('td', {}, w().titles.satisfiedValue),
        h('td', { class: 'num' }, money(r.value.satisfied)),
      ),
      h(
        'tr',
        {},
        h('td', {}, w().titles.complaintLoss),
        h('td', { class: 'num' }, money(r.value.complaintLoss)),
      ),
    ),
    h(
      'p',
      {},
      sheetLink(t('openCustomers'), r.sheets.customers),
      ' · ',
      sheetLink(t('openSummary'), r.sheets.summary),
    ),
  );
}

/** Statuses the format does not know: the user says whether each is a sale. */
function statusChoices(r: AnalyzeResult): HTMLElement {
  const note = h('p', { class: 'note', role: 'status' });
  return h(
    'table',
    { class: 'groups', id: 'statuses-unknown' },
    h('caption', {}, t('unknownStatuses')),
    ...r.unknownStatuses.map((u) => {
      const select = h(
        'select',
        {
          'aria-label': u.status,
          onchange: async () => {
            const saved = await busy(note, '…', async () => {
              await call('saveStatusChoice', { status: u.status, counts: select.value === 'yes' });
              return true;
            });
            if (saved) note.textContent = t('analyzeAgain');
          },
        },
        h('option', { value: 'yes', selected: u.counted }, t('countsAsSale')),
        h('option', { value: 'no', selected: !u.counted }, t('notASale')),
      );
      return h('tr', {}, h('td', {}, `${u.status} (${u.rows})`), h('td', {}, select));
    }),
    h('tr', {}, h('td', { colspan: 2 }, note)),
  );
}

function customersPanel(): HTMLElement {
  const info = ui.state.orderSheet;
  const status = h('p', { class: 'status', role: 'status' });
  const analyze = h(
    'button',
    {
      class: 'action',
      id: 'analyze',
      type: 'button',
      disabled: !info || info.missing.length > 0,
      onclick: async () => {
        const r = await busy(status, t('analyzing'), () => call('analyzeCustomers'));
        if (r) {
          ui.state = { ...ui.state, lastAnalysis: r };
          render();
        }
      },
    },
    w().menu.analyze,
  );
  const panel = h('div', {}, sheetPicker(info));
  if (!info) {
    append(panel, [h('p', { class: 'note' }, t('noOrderSheet'))]);
    return panel;
  }
  append(panel, [
    h('p', { class: 'note', id: 'format' }, `${t('format')} ${w().platforms[info.format.id]}`),
    h(
      'p',
      { class: 'note' },
      `${info.dataRows} ${t('dataRows')} · ${t('headersInRow')} ${info.headerRow}`,
    ),
    h('h2', {}, t('columns')),
    h('p', { class: 'note' }, t('columnsHint')),
    columnTable(info),
    ...info.staleChoices.map((c) => h('p', { class: 'notice' }, staleChoiceNotice(c, w()))),
    info.missing.length
      ? h(
          'p',
          { class: 'error-text', id: 'missing' },
          `${t('missing')} ${info.missing.map((f) => w().fields[f]).join(', ')}`,
        )
      : null,
    h('h2', {}, t('preview')),
    previewTable(info),
    h('div', { class: 'actions' }, analyze),
    status,
    ui.state.lastAnalysis ? resultView(ui.state.lastAnalysis) : null,
  ]);
  return panel;
}

// ------------------------------------------------------------------ Reminders panel

/** Fetches a panel's data with the page busy, keeps it for the panel and redraws. */
async function load<K extends 'reminders' | 'survey'>(
  key: K,
  fetch: () => Promise<Ui[K]>,
): Promise<void> {
  const r = await busy(document.getElementById(`${key}-status`), '…', fetch);
  if (r !== undefined) {
    ui[key] = r;
    render();
  }
}

const loadReminders = (days: number) => load('reminders', () => call('dueReminders', days));
const loadSurvey = (sheetName: string) => load('survey', () => call('surveyReport', sheetName));

function contactList(id: string, title: string, rows: ContactRow[]): HTMLElement {
  return h(
    'section',
    { id },
    h('h2', {}, `${title} (${rows.length})`),
    rows.length === 0
      ? h('p', { class: 'note' }, t('nobody'))
      : h(
          'table',
          { class: 'contacts' },
          ...rows.map((c) =>
            h(
              'tr',
              {},
              h('td', {}, c.name || c.id, h('div', { class: 'sub' }, c.email || t('noEmail'))),
              h('td', { class: 'num' }, c.date),
            ),
          ),
        ),
  );
}

function remindersPanel(): HTMLElement {
  const r = ui.reminders;
  const days = r?.horizonDays ?? 7;
  const select = h(
    'select',
    { id: 'reminder-days', onchange: () => void loadReminders(Number(select.value)) },
    ...[3, 7, 14, 30].map((d) =>
      h('option', { value: d, selected: d === days }, `${d} ${t('days')}`),
    ),
  );
  if (r === undefined) queueMicrotask(() => void loadReminders(days));
  return h(
    'div',
    {},
    h('div', { class: 'field' }, h('label', { for: 'reminder-days' }, t('lookAhead')), select),
    h('p', { class: 'status', role: 'status', id: 'reminders-status' }),
    r ? h('p', { class: 'note' }, `${t('today')} ${r.today}`) : null,
    r ? contactList('follow-up', t('followUp'), r.followUp) : null,
    r ? contactList('replenish', t('replenish'), r.replenish) : null,
  );
}

// ------------------------------------------------------------------ Survey panel

function surveyResultView(r: SurveyReport): HTMLElement {
  const num = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));
  // The indicator where a better mean would lift the index most: weight × room to 5 points.
  const gain = r.indicators
    .filter((x) => x.mean !== null)
    .sort((a, b) => b.weight * (5 - (b.mean as number)) - a.weight * (5 - (a.mean as number)))[0];
  return h(
    'section',
    { id: 'survey-result' },
    h('p', { class: 'big', id: 'survey-index' }, num(r.index, 2)),
    h(
      'p',
      { class: 'note' },
      `${t('satisfactionIndex')} · ${r.respondents} ${t('respondents')} · ${num(r.zeroIndex, 2)} ${t('zeroIndex')}`,
    ),
    r.byYear.length > 1
      ? h(
          'table',
          { class: 'groups', id: 'survey-years' },
          h('caption', {}, t('byYear')),
          ...r.byYear.map((y) =>
            h(
              'tr',
              {},
              h('td', {}, y.year),
              h('td', { class: 'num' }, `${y.respondents} ${t('respondents')}`),
              h('td', { class: 'num' }, num(y.index, 2)),
            ),
          ),
        )
      : null,
    h(
      'table',
      { class: 'groups', id: 'survey-indicators' },
      h(
        'tr',
        {},
        h('th', {}, t('indicator')),
        h('th', { class: 'num' }, t('weight')),
        h('th', { class: 'num' }, t('mean')),
      ),
      ...r.indicators.map((x) =>
        h(
          'tr',
          { 'data-letter': x.letter },
          h(
            'td',
            {},
            `${x.letter} ${x.name}`,
            h('div', { class: 'bar', style: `width:${x.mean === null ? 0 : (x.mean / 5) * 100}%` }),
          ),
          h('td', { class: 'num' }, pct(x.weight)),
          h('td', { class: 'num' }, num(x.mean, 2)),
        ),
      ),
    ),
    gain
      ? h(
          'p',
          { id: 'survey-gain' },
          `${t('mostToGain')}${w().colon}${gain.letter} ${gain.name} (${pct(gain.weight)}, ${num(gain.mean, 2)})`,
        )
      : null,
    r.bad.length
      ? h(
          'p',
          { class: 'error-text', id: 'survey-bad' },
          `${r.bad.length} ${t('badAnswers')}${w().colon}`,
          r.bad
            .slice(0, 5)
            .map((b) => `${t('row')} ${b.row} ${b.letter} "${b.value}"`)
            .join('; '),
        )
      : null,
  );
}

function surveyPanel(): HTMLElement {
  const current = ui.survey?.sheetName ?? '';
  const select = h(
    'select',
    { id: 'survey-sheet', onchange: () => void loadSurvey(select.value) },
    h('option', { value: '' }, t('surveyAuto')),
    ...ui.state.sheetNames.map((n) => h('option', { value: n, selected: n === current }, n)),
  );
  if (ui.survey === undefined) queueMicrotask(() => void loadSurvey(''));
  return h(
    'div',
    {},
    h('div', { class: 'field' }, h('label', { for: 'survey-sheet' }, t('surveySheet')), select),
    h('p', { class: 'status', role: 'status', id: 'survey-status' }),
    ui.survey === null
      ? h('p', { class: 'note', id: 'no-survey' }, t('noSurvey'))
      : ui.survey
        ? surveyResultView(ui.survey)
        : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'action',
          id: 'survey-refresh',
          onclick: () => void loadSurvey(select.value),
        },
        t('refresh'),
      ),
    ),
  );
}

// ------------------------------------------------------------------ Settings panel

const PERCENT_FIELDS = new Set<keyof Settings>([
  'aShare',
  'bShare',
  'satisfiedRate',
  'complaintRate',
]);
/** The numeric settings, each labelled by the panel word of the same name. */
type SettingsField = Exclude<keyof Settings, 'lang' | 'shipping'>;
const GROUPS: { title: (w: Words) => string; fields: SettingsField[] }[] = [
  { title: (w) => w.panel.tiers, fields: ['aShare', 'bShare'] },
  {
    title: (w) => w.panel.value,
    fields: ['purchasesPerYear', 'years', 'referrals', 'satisfiedRate', 'complaintRate'],
  },
  { title: (w) => w.titles.status, fields: ['lostAfterDays'] },
  { title: (w) => w.panel.readingParams, fields: ['maxAmount'] },
];

function settingsPanel(): HTMLElement {
  const s = ui.state.settings;
  const inputs = new Map<keyof Settings, HTMLInputElement>();
  const messages = new Map<keyof Settings, HTMLElement>();
  const shown = (f: keyof Settings) =>
    PERCENT_FIELDS.has(f) ? `${Number(((s[f] as number) * 100).toFixed(4))}%` : String(s[f]);
  const form = h('form', { id: 'settings', novalidate: true });
  for (const g of GROUPS) {
    const set = h('fieldset', {}, h('legend', {}, g.title(w())));
    for (const f of g.fields) {
      const input = h('input', {
        id: `set-${f}`,
        name: f,
        value: shown(f),
        inputmode: 'decimal',
        'aria-describedby': `msg-${f}`,
      });
      const msg = h('div', { class: 'error-text', id: `msg-${f}`, role: 'alert' });
      inputs.set(f, input);
      messages.set(f, msg);
      append(set, [
        h('div', { class: 'field' }, h('label', { for: `set-${f}` }, t(f)), input, msg),
      ]);
    }
    append(form, [set]);
  }
  const lang = h(
    'select',
    { id: 'set-lang', name: 'lang' },
    ...(['auto', 'en', 'zh'] as const).map((v) =>
      h(
        'option',
        { value: v, selected: s.lang === v },
        v === 'auto' ? t('langAuto') : v === 'en' ? 'English' : '中文',
      ),
    ),
  );
  const shipping = h(
    'select',
    { id: 'set-shipping', name: 'shipping' },
    ...(['included', 'excluded'] as const).map((v) =>
      h(
        'option',
        { value: v, selected: s.shipping === v },
        t(v === 'included' ? 'shippingIncluded' : 'shippingExcluded'),
      ),
    ),
  );
  const status = h('p', { class: 'status', role: 'status', id: 'settings-status' });
  append(form, [
    h('div', { class: 'field' }, h('label', { for: 'set-shipping' }, t('shipping')), shipping),
    h('div', { class: 'field' }, h('label', { for: 'set-lang' }, t('lang')), lang),
    h(
      'div',
      { class: 'actions' },
      h('button', { class: 'action', type: 'submit', id: 'save-settings' }, t('save')),
    ),
    status,
  ]);
  const show = (errors: Partial<Record<keyof Settings, string>>) => {
    for (const [f, m] of messages) {
      m.textContent = errors[f] ?? '';
      inputs.get(f)?.setAttribute('aria-invalid', String(Boolean(errors[f])));
    }
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const input: Record<string, string> = { lang: lang.value, shipping: shipping.value };
    for (const [f, el] of inputs) input[f] = el.value;
    const r = await busy(status, '…', () => call('saveSettings', input));
    if (!r) return;
    show(r.errors);
    if (!r.saved) {
      status.textContent = t('notSaved');
      return;
    }
    const langChanged = r.settings.lang !== ui.state.settings.lang;
    ui.state = { ...ui.state, settings: r.settings };
    if (langChanged) {
      const fresh = await busy(null, '', () => call('getSidebarState'));
      if (fresh) ui.state = fresh;
      ui.lang = ui.state.lang;
      render();
    }
    const st = document.getElementById('settings-status');
    if (st) st.textContent = t('saved');
  });
  return form;
}

// ------------------------------------------------------------------ tabs

/** Each tab is named as its menu item is: one name for one thing. */
const PANELS: { id: string; label: (w: Words) => string; render: () => HTMLElement }[] = [
  { id: 'customers', label: (w) => w.panel.tabCustomers, render: customersPanel },
  { id: 'reminders', label: (w) => w.menu.reminders, render: remindersPanel },
  { id: 'survey', label: (w) => w.menu.survey, render: surveyPanel },
  { id: 'settings', label: (w) => w.menu.settings, render: settingsPanel },
];

function render(): void {
  // Rebuilding the panel must not take the keyboard focus away from where the user was.
  const focused = document.activeElement?.id;
  document.documentElement.lang = ui.lang === 'zh' ? 'zh-CN' : 'en';
  const tabs = h('div', { role: 'tablist', class: 'tabs' });
  PANELS.forEach((p, i) => {
    const selected = ui.tab === p.id;
    const button = h(
      'button',
      {
        role: 'tab',
        type: 'button',
        id: `tab-${p.id}`,
        'aria-selected': String(selected),
        'aria-controls': `panel-${p.id}`,
        tabindex: selected ? 0 : -1,
        onclick: () => {
          ui.tab = p.id;
          render();
          document.getElementById(`tab-${p.id}`)?.focus();
        },
        onkeydown: (e: Event) => {
          const k = (e as KeyboardEvent).key;
          if (k !== 'ArrowRight' && k !== 'ArrowLeft') return;
          const next = PANELS[(i + (k === 'ArrowRight' ? 1 : PANELS.length - 1)) % PANELS.length];
          ui.tab = next.id;
          render();
          document.getElementById(`tab-${next.id}`)?.focus();
        },
      },
      p.label(w()),
    );
    tabs.append(button);
  });
  const panel = PANELS.find((p) => p.id === ui.tab) ?? PANELS[0];
  root.replaceChildren(
    tabs,
    h(
      'div',
      { role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}` },
      panel.render(),
    ),
  );
  if (focused) document.getElementById(focused)?.focus();
}

async function start(): Promise<void> {
  root.textContent = en.panel.loading;
  try {
    const state = await call('getSidebarState');
    const requested = (window as unknown as { SHEETCARE_TAB?: string }).SHEETCARE_TAB;
    ui = {
      state,
      lang: state.lang,
      busy: false,
      tab: PANELS.some((p) => p.id === requested) ? (requested as string) : 'customers',
    };
    render();
  } catch (e) {
    ui = { state: { lang: 'en' } as SidebarState, lang: 'en', busy: false, tab: 'customers' };
    root.replaceChildren();
    showError(e);
  }
}

void start();
