/** The Satisfaction survey panel: the index of a sheet of answers, year by year, by indicator. */
import type { SurveyReport } from '../../shared/api';
import { h } from '../dom';
import { num, pct } from '../format';
import { call } from '../server';
import { busy, render, session, t, w } from '../session';

/** The survey shown: undefined until first asked for, null when no sheet has one. */
let report: SurveyReport | null | undefined;

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
            .map((b) => `${t('row')} ${b.row} ${b.letter} "${b.value}"`)
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
  );
}
