/** The Settings panel: every field checked by the server, nothing saved unless all are valid. */
import type { Settings } from '../../shared/api';
import { append, h } from '../dom';
import { call } from '../server';
import { busy, render, session, t, w } from '../session';
import type { NumericSetting, Words } from '../../words';

const PERCENT_FIELDS = new Set<keyof Settings>([
  'aShare',
  'bShare',
  'satisfiedRate',
  'complaintRate',
  'monthlyDiscount',
  'holdoutShare',
  'lostChance',
]);
const GROUPS: { title: (w: Words) => string; fields: NumericSetting[]; lostBy?: true }[] = [
  { title: (w) => w.panel.tiers, fields: ['aShare', 'bShare'] },
  {
    title: (w) => w.panel.value,
    fields: [
      'purchasesPerYear',
      'years',
      'referrals',
      'satisfiedRate',
      'complaintRate',
      'monthlyDiscount',
      'holdoutShare',
    ],
  },
  { title: (w) => w.titles.status, fields: ['lostAfterDays', 'lostChance'], lostBy: true },
  { title: (w) => w.panel.readingParams, fields: ['maxAmount'] },
];

export function settingsPanel(): HTMLElement {
  const s = session.state.settings;
  const inputs = new Map<keyof Settings, HTMLInputElement>();
  const messages = new Map<keyof Settings, HTMLElement>();
  // An estimated figure shows blank: the analysis works it out from the orders.
  const shown = (f: keyof Settings) =>
    s[f] === 'auto'
      ? ''
      : PERCENT_FIELDS.has(f)
        ? `${Number(((s[f] as number) * 100).toFixed(4))}%`
        : String(s[f]);
  const form = h('form', { id: 'settings', novalidate: true });
  const lostBy = h(
    'select',
    { id: 'set-lostBy', name: 'lostBy', 'aria-describedby': 'msg-lostBy' },
    ...(['days', 'chance'] as const).map((v) =>
      h(
        'option',
        { value: v, selected: s.lostBy === v },
        t(v === 'days' ? 'lostByDays' : 'lostByChance'),
      ),
    ),
  );
  const lostByMsg = h('div', { class: 'error-text', id: 'msg-lostBy', role: 'alert' });
  messages.set('lostBy', lostByMsg);
  for (const g of GROUPS) {
    const set = h('fieldset', {}, h('legend', {}, g.title(w())));
    if (g.lostBy) {
      append(set, [
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'set-lostBy' }, t('lostBy')),
          lostBy,
          lostByMsg,
        ),
      ]);
    }
    for (const f of g.fields) {
      const input = h('input', {
        id: `set-${f}`,
        name: f,
        value: shown(f),
        inputmode: 'decimal',
        'aria-describedby': `help-${f} msg-${f}`,
        ...(s[f] === 'auto' ? { placeholder: t('langAuto') } : {}),
      });
      const msg = h('div', { class: 'error-text', id: `msg-${f}`, role: 'alert' });
      inputs.set(f, input);
      messages.set(f, msg);
      append(set, [
        h(
          'div',
          { class: 'field' },
          h('label', { for: `set-${f}` }, t(f)),
          input,
          h('div', { class: 'sub', id: `help-${f}` }, w().panel.settingHelp[f]),
          msg,
        ),
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
  const currency = h(
    'select',
    { id: 'set-currency', name: 'currency' },
    h('option', { value: 'auto', selected: s.currency === 'auto' }, t('currencyAuto')),
    ...session.state.currencies.map((c) =>
      h('option', { value: c, selected: s.currency === c }, c),
    ),
  );
  const status = h('div', { class: 'status', role: 'status', id: 'settings-status' });
  append(form, [
    h('div', { class: 'field' }, h('label', { for: 'set-shipping' }, t('shipping')), shipping),
    h('div', { class: 'field' }, h('label', { for: 'set-currency' }, t('currency')), currency),
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
    const input: Record<string, string> = {
      lang: lang.value,
      shipping: shipping.value,
      currency: currency.value,
      lostBy: lostBy.value,
    };
    for (const [f, el] of inputs) input[f] = el.value;
    const r = await busy(status, t('saving'), () => call('saveSettings', input));
    if (!r) return;
    show(r.errors);
    if (!r.saved) {
      status.textContent = t('notSaved');
      return;
    }
    const langChanged =
      r.settings.lang !== session.state.settings.lang ||
      r.settings.currency !== session.state.settings.currency;
    session.state = { ...session.state, settings: r.settings };
    if (langChanged) {
      const fresh = await busy(null, '', () => call('getSidebarState'));
      if (fresh) session.state = fresh;
      session.lang = session.state.lang;
      render();
    }
    const st = document.getElementById('settings-status');
    if (st) st.textContent = t('saved');
  });
  return form;
}
