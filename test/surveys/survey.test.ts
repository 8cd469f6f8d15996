import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env } from '../../local/env';
import { StandIn } from '../../local/runner';
import { generateSurvey, SURVEY_HEADERS } from '../../scripts/sampleExtras';
import { openWorkbook } from '../../local/workbook';
import { ROOT } from '../../scripts/build';
import type { SurveyReport } from '../../src/shared/api';

const word = ['很不满意', '不满意', '一般满意', '满意', '非常满意'];

describe('the satisfaction survey report', () => {
  it('finds the seven questions by their wording, whatever their order', () => {
    // Questions 6 and 7 are communication then complaints: the opposite order to F and G.
    const s = new StandIn({ userLocale: 'en' });
    s.spreadsheet._load('Form responses', [
      SURVEY_HEADERS,
      [
        new Date('2025-03-01T02:00:00Z'),
        'C1',
        word[4],
        word[4],
        word[4],
        word[4],
        word[4],
        word[0],
        word[2],
        '是',
        '',
        '',
      ],
    ]);
    const r = s.run('surveyReport', '') as SurveyReport;
    const mean = Object.fromEntries(r.indicators.map((x) => [x.letter, x.mean]));
    expect(mean).toEqual({ A: 5, B: 5, C: 5, D: 5, E: 5, F: 3, G: 1 });
    // 80% × 100 + 15% × 60 + 5% × 20 = 90.
    expect(r.index).toBe(90);
    expect(r.indicators.find((x) => x.letter === 'F')?.name).toBe('Complaint handling');
  });

  it('reports the bundled sample survey: the index, year by year, and the answer no scale reads', async () => {
    const spreadsheet = await openWorkbook(path.join(ROOT, 'samples', 'sample-shop.xlsx'), {
      env: new Env(),
    });
    const s = new StandIn({ spreadsheet, userLocale: 'zh-CN' });
    const r = s.run('surveyReport', '') as SurveyReport;
    expect(r.sheetName).toBe('满意度调查');
    expect(r.respondents).toBe(generateSurvey().length - 1);
    expect(r.byYear.map((y) => y.year)).toEqual([2025, 2026]);
    expect(r.byYear[1].index!).toBeGreaterThan(r.byYear[0].index!);
    expect(r.bad).toEqual([expect.objectContaining({ letter: 'C', value: '还行吧' })]);
    // The same answers through the formula give the same index.
    const answers = spreadsheet.getSheetByName('满意度调查')!.getDataRange().getValues();
    const order = [2, 3, 4, 5, 6, 8, 7];
    const cleaned = answers
      .slice(1)
      .map((row) => order.map((c) => (row[c] === '还行吧' ? '' : row[c])));
    expect(s.formula('SATISFACTION_INDEX', cleaned)).toBe(r.index);
  });

  it('says so when no sheet asks the questions, and names a missing sheet', () => {
    const s = new StandIn({ userLocale: 'en' });
    s.spreadsheet._load('Orders', [['Customer', 'Amount', 'Date']]);
    expect(s.run('surveyReport', '')).toBeNull();
    expect(s.run('surveyReport', 'Nope')).toBeNull();
  });

  it('opens from the menu on the survey panel', () => {
    const s = new StandIn({ userLocale: 'zh-CN' });
    s.run('menuSurvey');
    expect(s.spreadsheet._ui.sidebars[0].content).toContain('window.SHEETCARE_TAB = "survey"');
  });
});
