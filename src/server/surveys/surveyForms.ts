/**
 * The survey forms (domain brief §4): the questionnaire and the post-order survey as Google
 * Forms whose answers land in this spreadsheet, each carrying the customer's ID in a prefilled
 * field so answers join to customers without asking for an email.
 */
import type { Lang } from '../../core/ground/i18n';
import { QUESTION_ORDER, SurveyKind } from '../../core/surveys/questionnaire';
import type { Kind } from '../../core/reminders/rules';
import { words } from '../../words';
import { publishHere } from '../reminders/unsubscribe';
import { FormRecord, loadSurveyForms, saveSurveyForms } from '../ground/store';
import { SHEET_NAMES } from '../../words/sheetNames';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stands in the prefilled link for the customer ID each mail puts there. */
export const CUSTOMER_SLOT = 'SHEETCARE_CUSTOMER';

export const surveyLink = (form: FormRecord, customerId: string): string =>
  form.link.replace(CUSTOMER_SLOT, encodeURIComponent(customerId));

/** The survey a mail of this kind carries: a follow-up the post-order one, a survey mail the questionnaire. */
export const surveyOfKind = (kind: Kind): SurveyKind | undefined =>
  kind === 'followUp' ? 'postOrder' : kind === 'survey' ? 'questionnaire' : undefined;

/** Makes the form of this kind, unless it exists; its answers go to a new sheet here. */
export function createSurveyForm(
  ss: Spreadsheet,
  kind: SurveyKind,
  lang: Lang,
  shop: string,
): FormRecord {
  const forms = loadSurveyForms();
  const existing = forms[kind];
  if (existing) return existing;
  const f = words(lang).surveyForms;
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  const questionnaire = kind === 'questionnaire';
  const form = FormApp.create(questionnaire ? f.questionnaireTitle(shop) : f.postOrderTitle(shop))
    .setDescription(questionnaire ? f.questionnaireIntro : f.postOrderIntro)
    .setConfirmationMessage(f.thanks);
  const customer = form.addTextItem().setTitle(f.customer);
  const choice = (title: string, choices: readonly string[], required = true) =>
    form
      .addMultipleChoiceItem()
      .setTitle(title)
      .setChoiceValues([...choices])
      .setRequired(required);
  // Numbered as the brief numbers them; the numbers are read past when answers come back.
  let n = 0;
  const numbered = (title: string) => `${++n}. ${title}`;
  if (questionnaire) {
    for (const letter of QUESTION_ORDER) choice(numbered(f.rated[letter]), f.answers);
    choice(numbered(f.bought), f.yesNo, false);
    form.addParagraphTextItem().setTitle(numbered(f.whyNot));
    form.addParagraphTextItem().setTitle(numbered(f.suggestions));
  } else {
    choice(numbered(f.overall), f.answers);
    choice(numbered(f.delivery), f.answers);
    choice(numbered(f.again), f.againChoices);
    form.addScaleItem().setTitle(numbered(f.nps)).setBounds(0, 10).setRequired(true);
    form.addParagraphTextItem().setTitle(numbered(f.comment));
  }
  const record = publishHere(
    ss,
    form,
    before,
    customer,
    CUSTOMER_SLOT,
    questionnaire ? SHEET_NAMES.questionnaireAnswers : SHEET_NAMES.postOrderAnswers,
  );
  saveSurveyForms({ ...forms, [kind]: record });
  return record;
}
