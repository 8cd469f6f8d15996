/**
 * The survey loop through the built add-on: a form made from the panel, a response submitted
 * through it reaching the Follow-up sheet by the form-submit trigger, the team's notes kept on
 * every re-run, and the index per year and per tier on the Satisfaction sheet.
 */
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';
import { deleteRow } from '../../local/team';
import { surveyReference } from '../../src/core/reminders/unsubscribe';
import type { SatisfactionReport, SurveyFormsInfo } from '../../src/shared/api';
import { setStoredValue, storedValue } from '../helpers/standIn';

const sh = (iso: string) => new Date(`${iso}+08:00`);

/** Three customers: A is the big spender (tier A), B and C are C tier. */
function shop(): StandIn {
  const s = new StandIn({
    locale: 'zh_CN',
    userLocale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    today: '2026-03-02T02:00:00Z',
  });
  s.spreadsheet._load('订单', [
    ['客户ID', '姓名', '邮箱', '成交金额', '成交时间'],
    ['A', '王芳', 'a@example.com', 3000, sh('2025-06-01T10:00:00')],
    ['A', '王芳', 'a@example.com', 3000, sh('2026-01-01T10:00:00')],
    ['B', '李雷', 'b@example.com', 100, sh('2025-08-01T10:00:00')],
    ['C', '韩梅', 'c@example.com', 50, sh('2026-02-01T10:00:00')],
  ]);
  // The register names no shop: its owner typed the name, as the forms carry it.
  s.run('saveReminderSettings', { hour: 9, dryRun: false, shop: '暖暖母婴', capPerDay: 1 });
  return s;
}

const rows = (s: StandIn, name: string) =>
  s.spreadsheet._sheets
    .find((x) => x._name === name)!
    .getDataRange()
    .getValues();
const form = (s: StandIn, kind: 'questionnaire' | 'postOrder') => {
  const info = s.run('surveyForms') as SurveyFormsInfo;
  const link = info[kind]!;
  return { id: /forms\/d\/e\/([^/]+)\//.exec(link)![1], link };
};
/** The questionnaire's questions as the form asks them, numbered. */
const Q = [
  '1. 您对我们的品牌与形象是否满意？',
  '2. 您对商品质量是否满意？',
  '3. 您对商品价格是否满意？',
  '4. 您对售后服务质量是否满意？',
  '5. 您对退货处理情况是否满意？',
  '6. 您对我们的沟通与宣传是否满意？',
  '7. 您对投诉处理是否满意？',
];
const CUSTOMER = '您的客户编号（已自动填好，请勿修改）';
/**
 * What the customer field holds when the customer answers from the link in their own mail: their
 * ID and the hash made with this document's key (made here first, as the first mail would).
 */
function fromMail(s: StandIn, customer: string): string {
  if (!storedValue(s, 'sheetcare.unsubscribeKey'))
    setStoredValue(s, 'sheetcare.unsubscribeKey', 'k'.repeat(72), true);
  return surveyReference(storedValue(s, 'sheetcare.unsubscribeKey')!, customer);
}
const answer = (customer: string, scores: string[], suggestion = '') => ({
  [CUSTOMER]: customer,
  ...Object.fromEntries(Q.map((q, i) => [q, scores[i]])),
  '10. 您的建议': suggestion,
});
const ALL = (w: string) => Array(7).fill(w);

describe('the survey loop', () => {
  it('makes the questionnaire once, published, linked here, with the customer prefilled', () => {
    const s = shop();
    s.run('createSurveyForm', 'questionnaire');
    const info = s.run('createSurveyForm', 'questionnaire') as SurveyFormsInfo;
    expect(s.forms._forms.size).toBe(1);
    const f = [...s.forms._forms.values()][0];
    expect(f.isPublished()).toBe(true);
    expect(f._items.map((i) => i._title)).toEqual([
      CUSTOMER,
      ...Q,
      '8. 您是否购买过我们的产品？',
      '9. 如果没有，原因是什么？',
      '10. 您的建议',
    ]);
    expect(info.questionnaire).toMatch(/viewform\?usp=pp_url&entry\.\d+=$/);
    expect(info.postOrder).toBeNull();
    // One form-submit trigger serves every form.
    s.run('createSurveyForm', 'postOrder');
    expect(
      s.scriptApp._triggers.filter((t) => t._data.eventType === 'ON_FORM_SUBMIT'),
    ).toHaveLength(1);
  });

  it('files a response through the trigger, A customers first, and keeps the team’s notes on every re-run', () => {
    const s = shop();
    s.run('createSurveyForm', 'questionnaire');
    const { id } = form(s, 'questionnaire');
    // Bo is unhappy with complaint handling; Amy (tier A) complains in words.
    expect(
      s
        .submitForm(id, answer(fromMail(s, 'B'), [...ALL('满意').slice(0, 6), '很不满意']))
        .map((e) => e.status),
    ).toEqual(['completed']);
    s.env.setNow('2026-03-02T03:00:00Z');
    s.submitForm(id, answer(fromMail(s, 'A'), ALL('满意'), '包装破损，希望改进'));
    s.submitForm(id, answer(fromMail(s, 'C'), ALL('非常满意')));
    let queue = rows(s, '回访 Follow-up');
    expect(queue[0].slice(0, 12)).toEqual([
      '作答时间',
      '客户',
      '姓名',
      '等级',
      '抱怨损失',
      '低分项',
      'NPS',
      '建议或意见',
      '来源',
      '处理状态',
      '负责人',
      '备注',
    ]);
    expect(queue.slice(1).map((r) => [r[1], r[3], r[5], r[7]])).toEqual([
      ['A', 'A', '文字中有投诉', '包装破损，希望改进'],
      ['B', 'C', '投诉处理', ''],
    ]);
    // The team takes Bo's case.
    const sheet = s.spreadsheet._sheets.find((x) => x._name === '回访 Follow-up')!;
    sheet.getRange(3, 10, 1, 3).setValues([['处理中', '小张', '已致电']]);
    // Another unhappy answer, from C: the sheet is rewritten and the notes stay with Bo.
    s.env.setNow('2026-03-02T04:00:00Z');
    s.submitForm(id, answer(fromMail(s, 'C'), ALL('不满意')));
    queue = rows(s, '回访 Follow-up');
    expect(queue.slice(1).map((r) => [r[1], r[9], r[10], r[11]])).toEqual([
      ['A', '', '', ''],
      ['B', '处理中', '小张', '已致电'],
      ['C', '', '', ''],
    ]);
    // However often it runs, a response is one row.
    s.run('writeSatisfaction', { sheetName: '', period: 'year' });
    expect(rows(s, '回访 Follow-up')).toHaveLength(4);
  });

  it('reports the index per year and per tier, as the brief computes it', () => {
    const s = shop();
    s.run('createSurveyForm', 'questionnaire');
    const { id } = form(s, 'questionnaire');
    s.submitForm(id, answer(fromMail(s, 'A'), ALL('非常满意')));
    s.submitForm(id, answer(fromMail(s, 'B'), ALL('满意')));
    const r = s.run('writeSatisfaction', { sheetName: '', period: 'year' }) as SatisfactionReport;
    // All 5 → 100 (A, tier A); all 4 → 80 (B, tier C); together means of 4.5 → 90.
    expect(r.index).toBe(90);
    expect(r.byTier.map((g) => [g.key, g.index])).toEqual([
      ['A', 100],
      ['C', 80],
    ]);
    expect(r.periods.map((p) => [p.key, p.respondents])).toEqual([['2026', 2]]);
    // The formula on the same answers says the same.
    expect(s.formula('SATISFACTION_INDEX', [ALL('非常满意'), ALL('满意')])).toBe(r.index);
    const sheet = rows(s, '满意度 Satisfaction');
    expect(sheet[0].slice(0, 6)).toEqual([
      '年份',
      '作答人数',
      '满意度指数',
      '指数（1 分 = 0）',
      '较上期',
      '净推荐值 NPS',
    ]);
    expect(sheet[1].slice(0, 4)).toEqual(['2026', 2, 90, 87.5]);
    expect(
      s.spreadsheet._sheets.find((x) => x._name === '满意度 Satisfaction')!.getCharts(),
    ).toHaveLength(2);
  });

  it('asks the post-order survey’s NPS and calls back a detractor', () => {
    const s = shop();
    s.run('createSurveyForm', 'postOrder');
    const { id } = form(s, 'postOrder');
    const post = (customer: string, overall: string, nps: number) => ({
      [CUSTOMER]: customer,
      '1. 您对这次购物的总体满意度如何？': overall,
      '2. 您对配送速度和包装是否满意？': '满意',
      '3. 未来三个月内，您还会在我们这里购买吗？': '会',
      '4. 您有多大可能把我们推荐给朋友？（0 表示完全不可能，10 表示非常可能）': nps,
    });
    s.submitForm(id, post(fromMail(s, 'A'), '非常满意', 10));
    s.submitForm(id, post(fromMail(s, 'B'), '满意', 9));
    s.submitForm(id, post(fromMail(s, 'C'), '满意', 3));
    const r = s.run('writeSatisfaction', { sheetName: '', period: 'year' }) as SatisfactionReport;
    // Two promoters, one detractor, of three: 33.3.
    expect(r.nps).toBe(33.3);
    expect(r.firstFollowUps.map((f) => f.customer)).toEqual(['C']);
  });

  it('keeps the team’s notes with their response when rows of answers are deleted, with or without a customer number', () => {
    const s = shop();
    s.run('createSurveyForm', 'questionnaire');
    const { id } = form(s, 'questionnaire');
    s.submitForm(id, answer(fromMail(s, 'C'), ALL('非常满意')));
    s.submitForm(id, answer('', ALL('很不满意'), '没人回电话'));
    s.submitForm(id, answer(fromMail(s, 'B'), ALL('不满意')));
    s.submitForm(id, answer('', ALL('不满意'), '发货太慢'));
    s.run('writeSatisfaction', { sheetName: '', period: 'year' });
    const queue = () => rows(s, '回访 Follow-up').slice(1);
    const followUp = s.spreadsheet._sheets.find((x) => x._name === '回访 Follow-up')!;
    for (const [i, r] of queue().entries()) {
      followUp.getRange(i + 2, 12).setValue(`备注 ${String(r[7]) || String(r[1])}`);
    }
    const notes = () => queue().map((r) => [String(r[7]) || String(r[1]), r[11]]);
    const before = notes();
    expect(before).toHaveLength(3);
    // The team deletes C's answer and then the first anonymous one from the responses sheet.
    const answers = s.spreadsheet._sheets.find((x) => /回复|Responses/.test(x._name))!;
    deleteRow(answers, 2);
    s.run('writeSatisfaction', { sheetName: '', period: 'year' });
    expect(notes()).toEqual(before);
    deleteRow(answers, 2);
    s.run('writeSatisfaction', { sheetName: '', period: 'year' });
    // The others keep theirs; the deleted answer's row stays, marked as gone, with its note.
    expect(notes()).toContainEqual(['B', '备注 B']);
    expect(notes()).toContainEqual(['发货太慢', '备注 发货太慢']);
    expect(queue().find((r) => r[11] === '备注 没人回电话')?.[1]).toBe(
      '此回答已不在回复表中：本行您填写的内容已保留',
    );
  });

  it('answers a flood of answers with a few refreshes, and the hourly job writes what is pending', () => {
    const s = shop();
    s.run('setUpReminders', { shop: '暖暖母婴' });
    s.run('switchReminderJob', true);
    s.run('createSurveyForm', 'questionnaire');
    const { id } = form(s, 'questionnaire');
    const costs: number[] = [];
    for (let i = 0; i < 40; i++) {
      const before = s.env.totalCalls();
      s.submitForm(id, answer(fromMail(s, 'B'), ALL(i % 2 ? '满意' : '不满意')));
      costs.push(s.env.totalCalls() - before);
      s.env.setNow(s.env.now() + 60_000);
    }
    // Forty answers in forty minutes: the sheets are written at most once each quarter hour.
    // An answer left for the batch costs a look at the state, the lease that keeps it apart
    // from the job, and a mark, some fifty calls; a refresh reads the orders and writes two
    // sheets, well over a hundred.
    const refreshes = costs.filter((c) => c > 60);
    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    expect(refreshes.length).toBeLessThanOrEqual(3);
    expect(Math.min(...refreshes)).toBeGreaterThan(100);
    expect(Math.max(...costs.filter((c) => c <= 60))).toBeLessThanOrEqual(50);
    // Within the hour the job writes the rest: every answer is on the Satisfaction sheet.
    s.advance({ hours: 1 });
    expect(rows(s, '满意度 Satisfaction')[1].slice(0, 2)).toEqual(['2026', 40]);
  });

  it('counts an answer whose customer number did not come from that customer’s mail, but files it as nobody', () => {
    const s = shop();
    s.run('createSurveyForm', 'questionnaire');
    const { id } = form(s, 'questionnaire');
    s.submitForm(id, answer(fromMail(s, 'B'), ALL('不满意')));
    // Someone types Amy's number (tier A, the most at stake) into the open form.
    s.submitForm(id, answer('A', ALL('很不满意'), '太差了'));
    s.submitForm(id, answer(fromMail(s, 'B').replace(/^B/, 'A'), ALL('很不满意')));
    const r = s.run('writeSatisfaction', { sheetName: '', period: 'year' }) as SatisfactionReport;
    expect(r.respondents).toBe(3);
    expect(r.unverified).toBe(2);
    // Not Amy's: no tier A group, not first in the queue.
    expect(r.byTier.map((g) => [g.key, g.respondents])).toEqual([['C', 1]]);
    const queue = rows(s, '回访 Follow-up').slice(1);
    expect(queue.map((r) => [r[1], r[3]])).toEqual([
      ['B', 'C'],
      ['A（非邮件链接填写，未验证）', ''],
      [`${fromMail(s, 'B').replace(/^B/, 'A')}（非邮件链接填写，未验证）`, ''],
    ]);
  });
});
