/**
 * The Customers panel: the order sheet and its columns (each can be corrected), the first rows
 * as SheetCare reads them, Analyze, and the analysis at a glance.
 */
import type {
  AnalyzeResult,
  GroupRow,
  OrderField,
  OrderSheetInfo,
  WarehouseResultInfo,
} from '../../shared/api';
import { bytes, onDemandCost } from '../../shared/bigQueryCost';
import { analysisNotices, staleChoiceNotice } from '../../shared/notices';
import { paretoChart } from '../chart';
import { estimateNotes } from '../../words/estimates';
import { SHEET_NAMES } from '../../words/sheetNames';
import { append, h } from '../dom';
import { money, pct, roundMoney } from '../format';
import { call } from '../server';
import { busy, render, session, t, w } from '../session';
import { analyzeAll, warehouseForm, warehouseSource } from './warehouse';

function sheetPicker(info: OrderSheetInfo | null): HTMLElement {
  const select = h(
    'select',
    {
      id: 'order-sheet',
      onchange: async () => {
        const info2 = await busy(null, t('loading'), () => call('inspectOrderSheet', select.value));
        if (info2 !== undefined) {
          session.state = { ...session.state, orderSheet: info2 };
          render();
        }
      },
    },
    ...(info ? [] : [h('option', { value: '' }, '')]),
    ...session.state.sheetNames.map((n) =>
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
            session.state = { ...session.state, orderSheet: next };
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
      p.lineOf
        ? h(
            'tr',
            { class: 'line-item' },
            h('td', {}, p.row),
            h('td', {}, p.customer),
            h('td', { colspan: 2, class: 'sub' }, w().panel.lineItemOf(p.lineOf)),
          )
        : p.problem
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

/**
 * A breakdown whose every label says what it means (a short line under the name) and what to
 * do (on hover, and on the Summary sheet).
 */
function groupTable(
  caption: string,
  rows: GroupRow[],
  id: string,
  names: Readonly<Record<string, string>>,
  meaning: Readonly<Record<string, string>>,
  action: Readonly<Record<string, string>>,
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
      h('th', { class: 'num' }, w().summary.shareSpend),
    ),
    ...rows
      .filter((g) => g.customers > 0)
      .map((g) =>
        h(
          'tr',
          { 'data-key': g.key, title: `${meaning[g.key]}${w().colon}${action[g.key]}` },
          h(
            'td',
            {},
            names[g.key] ?? g.key,
            h('div', { class: 'sub meaning' }, meaning[g.key]),
            h('div', { class: 'sub action-line' }, `→ ${action[g.key]}`),
          ),
          h('td', { class: 'num' }, g.customers),
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

/** The value estimates: per customer, with the parameters and where they came from. */
function valueView(r: AnalyzeResult): HTMLElement {
  const V = w().value;
  const v = r.value;
  const notes = estimateNotes(v, w());
  const row = (label: string, figure: string, note = '') =>
    h(
      'tr',
      {},
      h('td', {}, label, note ? h('div', { class: 'sub' }, note) : null),
      h('td', { class: 'num' }, figure),
    );
  return h(
    'div',
    {},
    modelView(r),
    h(
      'table',
      { class: 'groups', id: 'value' },
      h('caption', {}, V.title),
      v.typical ? row(V.typical, roundMoney(v.typical.basic)) : null,
      v.typical ? row(V.happy, roundMoney(v.typical.satisfied)) : null,
      v.typical ? row(V.unhappy, roundMoney(v.typical.complaintLoss)) : null,
      row(V.atStakeA, roundMoney(v.atStakeA)),
      row(V.purchasesPerYear, v.purchasesPerYear.value.toFixed(1), notes.purchasesPerYear),
      row(V.years, v.years.value.toFixed(1), notes.years),
      h('tr', {}, h('td', { colspan: 2, class: 'note' }, `${V.how} ${t('perCustomer')}`)),
    ),
  );
}

/**
 * The value model first: what the A customers are predicted to bring in the next 12 months
 * and what the customers more likely gone than not take with them; or why there is no model.
 */
function modelView(r: AnalyzeResult): HTMLElement | null {
  const m = r.value.model;
  if (!m) return null;
  const M = w().model;
  const row = (label: string, figure: string) =>
    h('tr', {}, h('td', {}, label), h('td', { class: 'num' }, figure));
  if (!m.fit.ok) {
    return h('p', { class: 'note', id: 'model' }, M.tooFew(m.fit.repeatBuyers, m.fit.needed));
  }
  return h(
    'table',
    { class: 'groups', id: 'model' },
    h('caption', {}, M.title),
    m.predictedA !== undefined ? row(M.predictedA, roundMoney(m.predictedA)) : null,
    m.atRisk !== undefined ? row(M.atRisk(m.atRiskCustomers), roundMoney(m.atRisk)) : null,
    m.fit.model.spend
      ? null
      : h('tr', {}, h('td', { colspan: 2, class: 'note' }, M.noSpend(m.fit.model.needed))),
    m.holdout
      ? h(
          'tr',
          { id: 'model-check' },
          h(
            'td',
            { colspan: 2, class: 'note' },
            M.checkLine(m.holdout.days, m.holdout.predicted, m.holdout.actual),
          ),
        )
      : null,
    h('tr', {}, h('td', { colspan: 2, class: 'note' }, `${M.how} ${t('perCustomer')}`)),
  );
}

/** When an analysis ran, in the user's own time (the browser's zone is theirs). */
const when = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** What an Analyze on BigQuery read and cost, and how many customers came back. */
function warehouseLines(q: WarehouseResultInfo): HTMLElement {
  const W = w().warehouse;
  return h(
    'p',
    { class: 'note', id: 'warehouse-result' },
    `${W.scanned(bytes(q.bytes), `$${onDemandCost(q.bytes).toFixed(4)}`)} ${W.billedTo(q.billing)} `,
    W.shown(q.shown, session.state.lastAnalysis?.customers ?? q.shown),
  );
}

function resultView(r: AnalyzeResult): HTMLElement {
  const M = w().meanings;
  return h(
    'section',
    { id: 'result', 'aria-live': 'polite', tabindex: -1 },
    h(
      'p',
      { class: 'note', id: 'analysed' },
      w().panel.analysed(r.orderSheet, when(r.ranAt), r.asOf ?? '—'),
    ),
    r.warehouse ? warehouseLines(r.warehouse) : null,
    h(
      'p',
      { class: 'kpis' },
      h('span', {}, w().panel.customersLine(r.customers, r.buyers)),
      h('span', {}, `${w().titles.spend}${w().colon}`, h('b', {}, money(r.spend))),
    ),
    h(
      'p',
      {},
      // From BigQuery the rows not used are counted, not listed: Issues would be empty.
      r.warehouse
        ? w().panel.rowsNotUsed(r.rowsNotUsed)
        : `${w().panel.rowsNotUsed(r.rowsNotUsed)} · `,
      r.warehouse ? null : sheetLink(t('openIssues'), r.sheets.issues),
      r.awaitingPayment
        ? h(
            'span',
            { id: 'awaiting-payment' },
            h('br'),
            w().panel.awaitingPayment(r.awaitingPayment),
          )
        : null,
    ),
    ...analysisNotices(r, w()).map((n) => h('p', { class: 'notice' }, n)),
    r.unknownStatuses.length ? statusChoices(r) : null,
    h(
      'p',
      {},
      sheetLink(t('openCustomers'), r.sheets.customers),
      ' · ',
      sheetLink(t('openSummary'), r.sheets.summary),
    ),
    groupTable(t('tiers'), r.tiers, 'tiers', w().tiers, M.tiers, w().tierPolicies),
    paretoChart(r, t('pareto'), w().tiers),
    h(
      'p',
      { class: 'note', id: 'pareto' },
      w().panel.paretoSentence('20%', pct(r.pareto[1]?.spendShare ?? 0)),
    ),
    valueView(r),
    groupTable(
      w().titles.status,
      r.statuses,
      'statuses',
      w().statuses,
      r.lostBy ? { ...M.statuses, lost: M.lostBy(r.lostBy) } : M.statuses,
      M.statusActions,
    ),
    groupTable(t('segments'), r.segments, 'segments', w().segments, M.segments, M.segmentActions),
    h('p', { class: 'note' }, M.scores),
    groupTable(t('classes'), r.classes, 'classes', w().classes, M.classes, M.classActions),
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
            const saved = await busy(note, t('saving'), async () => {
              await call('saveStatusChoice', { status: u.status, counts: select.value === 'yes' });
              return true;
            });
            if (saved) note.textContent = t('analyzeAgain');
          },
        },
        h('option', { value: 'yes', selected: u.counted }, t('countsAsSale')),
        h('option', { value: 'no', selected: !u.counted }, t('notASale')),
      );
      return h('tr', {}, h('td', {}, w().panel.countIn(u.status, u.rows)), h('td', {}, select));
    }),
    h('tr', {}, h('td', { colspan: 2 }, note)),
  );
}

/** Analyses the named sheet and shows the result, scrolled to. */
async function analyzeInto(status: HTMLElement, sheetName: string): Promise<void> {
  const r = await analyzeAll(status, sheetName);
  if (r) {
    session.state = { ...session.state, lastAnalysis: r };
    render();
    const result = document.getElementById('result');
    result?.scrollIntoView?.({ block: 'start' });
    result?.focus({ preventScroll: true });
  }
}

/** A spreadsheet with no orders: one click copies the sample shop in and analyses it. */
function sampleOffer(status: HTMLElement): HTMLElement {
  const name = SHEET_NAMES.sampleOrders;
  return h(
    'div',
    { class: 'offer', id: 'sample-offer' },
    h('p', { class: 'offer-title' }, t('sampleOffer')),
    h('p', { class: 'sub' }, w().panel.sampleDetails(name)),
    h(
      'button',
      {
        class: 'action',
        id: 'try-sample',
        type: 'button',
        onclick: async () => {
          const info = await busy(status, t('addingSample'), () => call('addSampleShop'));
          if (!info) return;
          const names = session.state.sheetNames;
          session.state = {
            ...session.state,
            orderSheet: info,
            sheetNames: names.includes(info.sheetName) ? names : [...names, info.sheetName],
          };
          render();
          const next = document.getElementById('analyze-status') as HTMLElement;
          await analyzeInto(next, info.sheetName);
        },
      },
      t('trySample'),
    ),
  );
}

/**
 * Action first: the sheet and the Analyze button at the top, where a 300 × 600 sidebar shows
 * them; the column choices folded away once complete; progress, errors and the result right
 * under the button, scrolled to.
 */
export function customersPanel(): HTMLElement {
  const info = session.state.orderSheet;
  const status = h('div', { class: 'status', role: 'status', id: 'analyze-status' });
  const analyze = h(
    'button',
    {
      class: 'action',
      id: 'analyze',
      type: 'button',
      disabled: !info || info.missing.length > 0,
      // The sheet in the picker is the sheet analysed.
      onclick: () => analyzeInto(status, info?.sheetName ?? ''),
    },
    w().menu.analyze,
  );
  const source = session.state.warehouse;
  if (source) {
    const table = `${source.project}.${source.dataset}.${source.table}`;
    analyze.disabled = false;
    analyze.onclick = () => analyzeInto(status, '');
    const last = session.state.lastAnalysis;
    return h(
      'div',
      {},
      warehouseSource(status),
      h('div', { class: 'actions' }, analyze),
      status,
      last && last.orderSheet === table ? resultView(last) : null,
      warehouseForm(status),
    );
  }
  const panel = h('div', {}, sheetPicker(info));
  if (!info) {
    append(panel, [
      h('p', { class: 'note' }, t('noOrderSheet')),
      sampleOffer(status),
      status,
      warehouseForm(status),
    ]);
    return panel;
  }
  const complete = info.missing.length === 0 && info.staleChoices.length === 0;
  const columns = h(
    'details',
    {
      id: 'columns',
      ...(complete && !session.columnsOpen ? {} : { open: true }),
      ontoggle: (e: Event) => {
        session.columnsOpen = (e.target as HTMLDetailsElement).open;
      },
    },
    h(
      'summary',
      {},
      complete ? `${t('columnsOk')} ${w().platforms[info.format.id]} · ` : `${t('columns')} · `,
      h('span', { class: 'link' }, t('change')),
    ),
    h('p', { class: 'note' }, w().panel.dataRowsLine(info.dataRows, info.headerRow)),
    h('p', { class: 'note' }, t('columnsHint')),
    columnTable(info),
    ...info.staleChoices.map((c) => h('p', { class: 'notice' }, staleChoiceNotice(c, w()))),
    h('h2', {}, t('preview')),
    previewTable(info),
  );
  append(panel, [
    info.missing.length
      ? h(
          'p',
          { class: 'error-text', id: 'missing' },
          `${t('missing')}${w().colon}${info.missing.map((f) => w().fields[f]).join(w().listSeparator)}`,
        )
      : null,
    h('div', { class: 'actions' }, analyze),
    status,
    session.state.lastAnalysis && session.state.lastAnalysis.orderSheet === info.sheetName
      ? resultView(session.state.lastAnalysis)
      : null,
    columns,
    warehouseForm(status),
  ]);
  return panel;
}
