/**
 * Orders in BigQuery, in the Customers panel: the table (project, dataset, table or view),
 * the project billed, the Customers sheet's cap; the columns as recognised, each correctable;
 * and the way back to the order sheet. Analyze goes on by itself while BigQuery's answer is
 * read in several runs.
 */
import type {
  AnalyzeContinuing,
  AnalyzeResult,
  OrderField,
  WarehouseInfo,
  WarehouseSourceInput,
} from '../../shared/api';
import { h } from '../dom';
import { bytes, onDemandCost } from '../../shared/bigQueryCost';
import { call } from '../server';
import { busy, render, session, t, w } from '../session';

/** What useWarehouse last answered: the table's columns, for the dropdowns. */
let read: WarehouseInfo | undefined;

const field = (id: string, label: string, value: string, hint?: string): HTMLElement =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, type: 'text', value, spellcheck: 'false', autocomplete: 'off' }),
    hint ? h('p', { class: 'sub' }, hint) : null,
  );

const valueOf = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

async function use(status: HTMLElement, input: WarehouseSourceInput): Promise<void> {
  const info = await busy(status, w().warehouse.checking, () => call('useWarehouse', input));
  if (info === undefined) return;
  read = info;
  session.state = { ...session.state, warehouse: info.source };
  render();
}

/** The form that names the table: folded away under the order sheet until wanted. */
export function warehouseForm(status: HTMLElement): HTMLElement {
  const W = w().warehouse;
  const s = session.state.warehouse;
  return h(
    'details',
    // Folded once a table is in use: the source line above says which.
    { id: 'warehouse' },
    h(
      'summary',
      {},
      s ? `${W.title} · ` : W.title,
      s ? h('span', { class: 'link' }, t('change')) : null,
    ),
    h('p', { class: 'sub' }, W.intro),
    field('bq-project', W.project, s?.project ?? ''),
    field('bq-dataset', W.dataset, s?.dataset ?? ''),
    field('bq-table', W.table, s?.table ?? ''),
    field('bq-billing', W.billingProject, s?.billing ?? '', W.billingHint),
    field('bq-cap', W.rowCap, String(s?.rowCap ?? 50_000)),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          id: 'bq-use',
          onclick: () =>
            use(status, {
              project: valueOf('bq-project'),
              dataset: valueOf('bq-dataset'),
              table: valueOf('bq-table'),
              billing: valueOf('bq-billing'),
              rowCap: Number(valueOf('bq-cap')),
              columns: s?.columns,
            }),
        },
        W.use,
      ),
    ),
    h('p', { class: 'sub' }, W.setUpHelp),
  );
}

/** The recognised columns, each a dropdown of the table's columns. */
function columnTable(info: WarehouseInfo, status: HTMLElement): HTMLElement {
  const rows = (Object.keys(w().fields) as OrderField[]).map((f) => {
    const id = `bq-col-${f}`;
    const select = h(
      'select',
      {
        id,
        'data-field': f,
        onchange: () =>
          use(status, {
            ...info.source,
            columns: { ...info.source.columns, [f]: select.value || 'none' },
          }),
      },
      h('option', { value: '' }, t('none')),
      ...info.columns.map((c) =>
        h('option', { value: c.name, selected: info.recognised[f] === c.name }, c.name),
      ),
    );
    return h('tr', {}, h('td', {}, h('label', { for: id }, w().fields[f])), h('td', {}, select));
  });
  return h('table', { class: 'columns' }, ...rows);
}

/** The source in use: which table, who pays, its columns, and the way back. */
export function warehouseSource(status: HTMLElement): HTMLElement {
  const W = w().warehouse;
  const s = session.state.warehouse!;
  const table = `${s.project}.${s.dataset}.${s.table}`;
  const info = read && read.source.table === s.table ? read : undefined;
  return h(
    'div',
    { id: 'warehouse-source' },
    h('p', { class: 'offer-title' }, W.inUse(table)),
    h('p', { class: 'sub', id: 'billed-to' }, W.billedTo(s.billing || s.project)),
    info?.estimate
      ? h(
          'p',
          { class: 'sub', id: 'bq-estimate' },
          W.estimate(bytes(info.estimate), `$${onDemandCost(info.estimate).toFixed(4)}`),
        )
      : null,
    info?.missing.length
      ? h(
          'p',
          { class: 'error-text', id: 'missing' },
          `${t('missing')}${w().colon}${info.missing.map((f) => w().fields[f]).join(w().listSeparator)}`,
        )
      : null,
    info
      ? h(
          'details',
          { id: 'bq-columns', ...(info.missing.length ? { open: true } : {}) },
          h('summary', {}, `${t('columns')} · `, h('span', { class: 'link' }, t('change'))),
          columnTable(info, status),
        )
      : null,
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        id: 'bq-leave',
        onclick: async () => {
          const done = await busy(status, '', () => call('leaveWarehouse'));
          if (done === undefined) return;
          read = undefined;
          session.state = { ...session.state, warehouse: null };
          render();
        },
      },
      W.useSheet,
    ),
  );
}

/** Analyze, asked again while BigQuery's answer is read in parts; undefined on an error. */
export async function analyzeAll(
  status: HTMLElement,
  sheetName: string,
): Promise<AnalyzeResult | undefined> {
  let r: AnalyzeResult | AnalyzeContinuing | undefined = await busy(status, t('analyzing'), () =>
    call('analyzeCustomers', sheetName),
  );
  while (r && 'continuing' in r) {
    const { fetched, total } = r.continuing;
    r = await busy(status, w().warehouse.continuing(fetched, total), () =>
      call('analyzeCustomers', sheetName),
    );
  }
  return r;
}
