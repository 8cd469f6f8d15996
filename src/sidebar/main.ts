/** The sidebar: what SheetCare sees in this spreadsheet. */
import { FIELD_NAMES } from '../core/columns';
import type { SidebarState } from '../shared/api';
import { call } from './server';

const WORDS = {
  loading: { en: 'Reading the spreadsheet…', zh: '正在读取表格…' },
  orderSheet: { en: 'Order sheet', zh: '订单表' },
  none: {
    en: 'No order sheet found: SheetCare looks for headers such as Customer, Amount and Date.',
    zh: '未找到订单表：SheetCare 会查找“客户ID”“成交金额”“成交时间”等表头。',
  },
  rows: { en: 'data rows', zh: '行数据' },
  headerRow: { en: 'headers in row', zh: '表头位于第' },
  missing: { en: 'Missing columns', zh: '缺少的列' },
  field: { en: 'Field', zh: '字段' },
  column: { en: 'Column', zh: '列' },
} as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function render(root: HTMLElement, s: SidebarState): void {
  const w = (k: keyof typeof WORDS) => WORDS[k][s.lang];
  root.replaceChildren();
  root.append(el('h2', w('orderSheet')));
  const info = s.orderSheet;
  if (!info) {
    root.append(el('p', w('none'), 'note'));
    return;
  }
  root.append(
    el(
      'p',
      `${info.sheetName} · ${info.dataRows} ${w('rows')} · ${w('headerRow')} ${info.headerRow}`,
    ),
  );
  const table = el('table');
  const head = el('tr');
  head.append(el('th', w('field')), el('th', w('column')));
  table.append(head);
  for (const [field, index] of Object.entries(info.columns)) {
    const tr = el('tr');
    tr.append(
      el('td', FIELD_NAMES[field as keyof typeof FIELD_NAMES][s.lang]),
      el('td', info.headers[index as number]),
    );
    table.append(tr);
  }
  root.append(table);
  if (info.missing.length) {
    root.append(
      el(
        'p',
        `${w('missing')}: ${info.missing.map((f) => FIELD_NAMES[f][s.lang]).join(', ')}`,
        'error',
      ),
    );
  }
}

const root = document.getElementById('app') as HTMLElement;
root.textContent = WORDS.loading.en;
call('getSidebarState')
  .then((s) => render(root, s))
  .catch((e: Error) => {
    root.replaceChildren(el('p', e.message, 'error'));
  });
