/**
 * The Satisfaction survey panel: the index of a sheet of answers, year by year, by indicator;
 * the survey forms; and the Satisfaction and Follow-up sheets, by period, tier and status.
 */
import type {
  Period,
  SatisfactionGroup,
  SatisfactionReport,
  SurveyFormsInfo,
  SurveyKind,
  SurveyReport,
} from '../../shared/api';
import { h } from '../dom';
import { num, pct, roundMoney } from '../format';
import { call } from '../server';
import { busy, render, session, t, w } from '../session';
import { confirmIn } from '../confirm';

/** The survey shown: undefined until first asked for, null when no sheet has one. */
let report: SurveyReport | null | undefined;
let forms: SurveyFormsInfo | undefined;
let written: SatisfactionReport | null | undefined;

async function loadForms(): Promise<void> {
  const r = await busy(null, t('loading'), () => call('surveyForms'));
  if (r) {
    forms = r;
    render();
  }
}

async function makeForm(kind: SurveyKind): Promise<void> {
  const r = await busy(document.getElementById('forms-status'), t('saving'), () =>
    call('createSurveyForm', kind),
  );
  if (r) {
    forms = r;
    render();
  }
}

async function writeReport(sheetName: string, period: Period): Promise<void> {
  const r = await busy(document.getElementById('report-status'), t('loading'), () =>
    call('writeSatisfaction', { sheetName, period }),
  );
  if (r !== undefined) {
    written = r;
    render();
  }
}

let sent = '';

/** Asks first, with the number of mails and the first names, then plans the questionnaire. */
async function sendQuestionnaire(audience: string): Promise<void> {
  const would = await busy(document.getElementById('forms-status'), t('loading'), () =>
    call('questionnaireWouldSend', { audience }),
  );
  if (!would) return;
  const p = w().remindersPanel;
  confirmIn(
    'forms-status',
    p.confirmQuestionnaire(
      would.planned,
      would.contacts,
      would.skipped,
      p.firstOf(would.planned, would.first),
    ),
    p.yesSend,
    async () => {
      const r = await busy(document.getElementById('forms-status'), t('saving'), () =>
        call('sendQuestionnaire', { audience }),
      );
      if (r) {
        sent = w().panel.questionnairePlanned(r.planned, r.contacts, r.skipped);
        await loadForms();
      }
    },
  );
}

/** Who the questionnaire may go to, in the rules sheet's own words. */
const AUDIENCES = (): [string, string][] => {
  const x = w();
  return [
    ['', x.reminders.everyone],
    ['A', x.tiers.A],
    ['A, B', `${x.tiers.A}${x.listSeparator}${x.tiers.B}`],
    ['returning', x.statuses.returning],
    ['lost', x.statuses.lost],
  ];
};

function formsView(f: SurveyFormsInfo): HTMLElement {
  const link = (id: string, label: string, url: string | null, kind: SurveyKind, make: string) =>
    url
      ? h('p', { id }, h('a', { href: url, target: '_blank', rel: 'noopener' }, label))
      : h('button', { type: 'button', id, onclick: () => void makeForm(kind) }, make);
  const audience = h(
    'select',
    { id: 'questionnaire-audience' },
    ...AUDIENCES().map(([value, label]) => h('option', { value }, label)),
  );
  return h(
    'section',
    { id: 'survey-forms' },
    h('h2', {}, t('surveyFormsTitle')),
    link(
      'questionnaire-form',
      t('questionnaireLink'),
      f.questionnaire,
      'questionnaire',
      t('makeQuestionnaire'),
    ),
    link('post-order-form', t('postOrderLink'), f.postOrder, 'postOrder', t('makePostOrder')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'questionnaire-audience' }, t('audience')),
      audience,
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          id: 'send-questionnaire',
          onclick: () => void sendQuestionnaire(audience.value),
        },
        t('sendQuestionnaire'),
      ),
    ),
    h('p', { class: 'status', role: 'status', id: 'forms-status' }, sent),
  );
}

function groupsView(
  id: string,
  heading: string,
  rows: SatisfactionGroup[],
  name: (k: string) => string,
) {
  const L = w().satisfactionSheet;
  return rows.length
    ? h(
        'table',
        { class: 'groups', id },
        h(
          'tr',
          {},
          h('th', {}, heading),
          h('th', { class: 'num' }, L.index),
          h('th', { class: 'num' }, L.nps),
        ),
        ...rows.map((g) =>
          h(
            'tr',
            { 'data-key': g.key },
            h(
              'td',
              {},
              name(g.key),
              h('div', { class: 'sub' }, w().panel.respondentsCount(g.respondents)),
            ),
            h('td', { class: 'num' }, num(g.index, 2)),
            h('td', { class: 'num' }, num(g.nps, 1)),
          ),
        ),
      )
    : null;
}

function writtenView(r: SatisfactionReport): HTMLElement {
  const L = w().satisfactionSheet;
  return h(
    'section',
    { id: 'satisfaction-report' },
    h(
      'p',
      { class: 'note', id: 'report-sheets' },
      w().panel.reportWritten(r.sheets.satisfaction, r.sheets.followUp),
    ),
    h(
      'table',
      { class: 'groups', id: 'report-periods' },
      h(
        'tr',
        {},
        h('th', {}, L.periods[r.period]),
        h('th', { class: 'num' }, L.index),
        h('th', { class: 'num' }, L.change),
      ),
      ...r.periods.map((p) =>
        h(
          'tr',
          { 'data-key': p.key },
          h('td', {}, p.key, h('div', { class: 'sub' }, w().panel.respondentsCount(p.respondents))),
          h('td', { class: 'num' }, num(p.index, 2)),
          h(
            'td',
            { class: 'num' },
            p.change === null ? '' : `${p.change > 0 ? '+' : ''}${num(p.change, 2)}`,
          ),
        ),
      ),
    ),
    groupsView('report-tiers', L.tier, r.byTier, (k) => w().tiers[k as 'A']),
    groupsView('report-statuses', L.status, r.byStatus, (k) => w().statuses[k as 'new']),
    r.unverified
      ? h(
          'p',
          { class: 'sub', id: 'unverified-answers' },
          w().panel.unverifiedAnswers(r.unverified),
        )
      : null,
    h('h2', { id: 'follow-up-count' }, w().panel.followUpQueue(r.followUps)),
    h(
      'table',
      { class: 'contacts', id: 'follow-up-list' },
      ...r.firstFollowUps.map((f) =>
        h(
          'tr',
          {},
          h(
            'td',
            {},
            f.tier ? h('span', { class: `tier tier-${f.tier}` }, f.tier) : null,
            f.name || f.customer,
            h('div', { class: 'sub' }, [f.low, f.text].filter(Boolean).join(' · ')),
          ),
          h('td', { class: 'num' }, f.loss === null ? '' : roundMoney(f.loss)),
        ),
      ),
    ),
  );
}

async function loadSurvey(sheetName: string): Promise<void> {
  const r = await busy(document.getElementById('survey-status'), t('loading'), () =>
    call('surveyReport', sheetName),
  );
  if (r !== undefined) {
    report = r;
    render();
  }
}

function surveyResultView(r: SurveyReport): HTMLElement {
  const gain = r.indicators.find((x) => x.letter === r.mostToGain);
  return h(
    'section',
    { id: 'survey-result' },
    h('p', { class: 'big', id: 'survey-index' }, num(r.index, 2)),
    h(
      'p',
      { class: 'note' },
      `${t('satisfactionIndex')} · ${w().panel.respondentsCount(r.respondents)} · ${num(r.zeroIndex, 2)} ${t('zeroIndex')}`,
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
              h('td', { class: 'num' }, w().panel.respondentsCount(y.respondents)),
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
          `${t('mostToGain')}${w().colon}${gain.letter} ${gain.name}${w().inParens(`${pct(gain.weight)}${w().listSeparator}${num(gain.mean, 2)}`)}`,
        )
      : null,
    r.bad.length
      ? h(
          'p',
          { class: 'error-text', id: 'survey-bad' },
          w().panel.badAnswersCount(r.bad.length),
          r.bad
            .slice(0, 5)
            .map(
              (b) =>
                `${t('row')} ${b.row}${b.column ? ` · ${b.column}` : ''} · ${b.letter} "${b.value}"`,
            )
            .join(w().listSeparator),
        )
      : null,
  );
}

export function surveyPanel(): HTMLElement {
  const current = report?.sheetName ?? '';
  const select = h(
    'select',
    { id: 'survey-sheet', onchange: () => void loadSurvey(select.value) },
    h('option', { value: '' }, t('surveyAuto')),
    ...session.state.sheetNames.map((n) => h('option', { value: n, selected: n === current }, n)),
  );
  if (report === undefined) queueMicrotask(() => void loadSurvey(''));
  if (forms === undefined) queueMicrotask(() => void loadForms());
  const period = h(
    'select',
    { id: 'report-period' },
    ...(['year', 'quarter', 'month'] as const).map((p) =>
      h(
        'option',
        { value: p, selected: p === (written?.period ?? forms?.period ?? 'year') },
        w().satisfactionSheet.periods[p],
      ),
    ),
  );
  return h(
    'div',
    {},
    h('div', { class: 'field' }, h('label', { for: 'survey-sheet' }, t('surveySheet')), select),
    h('p', { class: 'status', role: 'status', id: 'survey-status' }),
    report === null
      ? h('p', { class: 'note', id: 'no-survey' }, t('noSurvey'))
      : report
        ? surveyResultView(report)
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
    h('div', { class: 'field' }, h('label', { for: 'report-period' }, t('reportPeriod')), period),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          id: 'write-report',
          onclick: () => void writeReport(select.value, period.value as Period),
        },
        t('writeReport'),
      ),
    ),
    h('p', { class: 'status', role: 'status', id: 'report-status' }),
    written ? writtenView(written) : null,
    forms ? formsView(forms) : null,
  );
}
