/**
 * The Customers panel: the order sheet and its columns (each can be corrected), the first rows
 * as SheetCare reads them, Analyze, and the analysis at a glance.
 */
import type { AnalyzeResult, GroupRow, OrderField, OrderSheetInfo } from '../../shared/api';
import { analysisNotices, staleChoiceNotice } from '../../shared/notices';
import { paretoChart } from '../chart';
import { append, h } from '../dom';
import { money, pct } from '../format';
import { call } from '../server';
import { busy, render, session, t, w } from '../session';

function sheetPicker(info: OrderSheetInfo | null): HTMLElement {
  const select = h(
    'select',
    {
      id: 'order-sheet',
      onchange: async () => {
        const info2 = await busy(null, '', () => call('inspectOrderSheet', select.value));
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

export function customersPanel(): HTMLElement {
  const info = session.state.orderSheet;
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
          session.state = { ...session.state, lastAnalysis: r };
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
    session.state.lastAnalysis ? resultView(session.state.lastAnalysis) : null,
  ]);
  return panel;
}
