/** FormApp as surveys and unsubscribe links use it, and a respondent submitting an answer. */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StandIn } from '../../local/runner';

const script = (s: StandIn, source: string) => vm.runInContext(source, s.context);

const makeForm = (s: StandIn) =>
  script(
    s,
    `(() => {
      const form = FormApp.create('满意度调查');
      form.addScaleItem().setTitle('质量').setBounds(1, 5).setRequired(true);
      form.addMultipleChoiceItem().setTitle('会再买吗').setChoiceValues(['会', '不会']);
      form.addGridItem().setTitle('服务').setRows(['送货', '售后']).setColumns(['好', '差']);
      form.addTextItem().setTitle('客户ID')
        .setValidation(FormApp.createTextValidation().requireTextMatchesPattern('C\\\\d+').build());
      form.addParagraphTextItem().setTitle('建议');
      form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
      return form.getId();
    })()`,
  ) as string;

describe('FormApp', () => {
  it('links a responses sheet as Sheets names it: timestamp, then a column per question, grid rows apart', () => {
    const s = new StandIn({ locale: 'zh_CN' });
    makeForm(s);
    const sheet = s.spreadsheet._sheets.find((x) => x._name === '表单回复 1')!;
    expect(sheet._rows[0]).toEqual([
      '时间戳',
      '质量',
      '会再买吗',
      '服务 [送货]',
      '服务 [售后]',
      '客户ID',
      '建议',
    ]);
    makeForm(s);
    expect(s.spreadsheet._sheets.map((x) => x._name)).toContain('表单回复 2');
  });

  it('starts unpublished, takes no response until published, and checks each answer', () => {
    const s = new StandIn({ today: '2026-03-01T02:00:00Z' });
    const id = makeForm(s);
    const answers = { 质量: 5, 会再买吗: '会', 服务: ['好', '差'], 客户ID: 'C7' };
    expect(() => s.submitForm(id, answers)).toThrow('not accepting responses');
    script(s, `FormApp.openById('${id}').setPublished(true)`);
    expect(() => s.submitForm(id, { ...answers, 质量: 6 })).toThrow('outside 1–5');
    expect(() => s.submitForm(id, { ...answers, 会再买吗: '也许' })).toThrow('not a choice');
    expect(() => s.submitForm(id, { ...answers, 客户ID: 'x7' })).toThrow('validation');
    expect(() => s.submitForm(id, { 会再买吗: '会' })).toThrow('"质量" is required');
    s.submitForm(id, answers);
    const sheet = s.spreadsheet._sheets.find((x) => x._name === '表单回复 1')!;
    expect(sheet._rows).toHaveLength(2);
    // No suggestion given: an empty cell.
    expect(sheet._rows[1].slice(1)).toEqual([5, '会', '好', '差', 'C7', undefined]);
    expect((sheet._rows[1][0] as Date).getTime()).toBeGreaterThanOrEqual(
      Date.parse('2026-03-01T02:00:00Z'),
    );
  });

  it('gives published and edit URLs, and a prefilled link that carries the customer', () => {
    const s = new StandIn();
    const id = makeForm(s);
    const url = script(
      s,
      `(() => {
        const form = FormApp.openById('${id}');
        const item = form.getItems().filter((i) => i.getTitle() === '客户ID')[0];
        return form.createResponse().withItemResponse(item.asTextItem().createResponse('C42')).toPrefilledUrl();
      })()`,
    ) as string;
    expect(url).toMatch(
      new RegExp(
        `^https://docs\\.google\\.com/forms/d/e/${id}/viewform\\?usp=pp_url&entry\\.\\d+=C42$`,
      ),
    );
    expect(script(s, `FormApp.openById('${id}').getEditUrl()`)).toBe(
      `https://docs.google.com/forms/d/${id}/edit`,
    );
    expect(() => script(s, `FormApp.openById('someone-elses')`)).toThrow(
      'No item with the given ID',
    );
  });

  it('does not fire the form-submit trigger for a response the script submits itself', () => {
    const s = new StandIn();
    const id = makeForm(s);
    script(
      s,
      `FormApp.openById('${id}').setPublished(true);
       ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
       function onSubmit() { PropertiesService.getDocumentProperties().setProperty('fired', 'yes'); }`,
    );
    script(
      s,
      `(() => {
        const form = FormApp.openById('${id}');
        const q = form.getItems()[0].asScaleItem();
        form.createResponse().withItemResponse(q.createResponse(3)).submit();
      })()`,
    );
    expect(s.properties._document.getProperty('fired')).toBeNull();
    s.submitForm(id, { 质量: 4 });
    expect(s.properties._document.getProperty('fired')).toBe('yes');
  });
});
