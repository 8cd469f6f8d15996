/** The words of the surveys wing: the forms, the Satisfaction and Follow-up sheets, the Survey panel and the answers' errors. */
import type { Period } from '../../core/surveys/responses';

/** The seven indicators of the satisfaction model, by letter. */
export type IndicatorLetter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

export interface SurveyWords {
  readonly indicators: Readonly<Record<IndicatorLetter, string>>;

  /** The survey forms SheetCare makes: the brief's questionnaire and the post-order survey. */
  readonly surveyForms: {
    /** The seven rated questions, by the indicator each measures. */
    readonly rated: Readonly<Record<IndicatorLetter, string>>;
    readonly bought: string;
    readonly whyNot: string;
    readonly suggestions: string;
    /** The five answers, best first. */
    readonly answers: readonly string[];
    readonly yesNo: readonly [string, string];
    readonly customer: string;
    readonly questionnaireTitle: (shop: string) => string;
    readonly questionnaireIntro: string;
    readonly postOrderTitle: (shop: string) => string;
    readonly postOrderIntro: string;
    readonly overall: string;
    readonly delivery: string;
    readonly again: string;
    readonly againChoices: readonly [string, string, string];
    readonly nps: string;
    readonly comment: string;
    readonly thanks: string;
  };

  /** The Satisfaction and Follow-up sheets. */
  readonly satisfactionSheet: {
    readonly periods: Readonly<Record<Period, string>>;
    readonly respondents: string;
    readonly index: string;
    readonly zeroIndex: string;
    readonly change: string;
    readonly nps: string;
    readonly indicator: string;
    readonly weight: string;
    readonly mean: string;
    readonly gain: string;
    readonly tier: string;
    readonly status: string;
    readonly chartMeans: string;
    readonly chartTrend: string;
    readonly kept: string;
  };
  readonly followUpSheet: {
    readonly date: string;
    readonly customer: string;
    readonly name: string;
    readonly tier: string;
    readonly loss: string;
    readonly low: string;
    readonly nps: string;
    readonly text: string;
    readonly source: string;
    /** The team's own columns, beside SheetCare's: kept on every run. */
    readonly team: readonly [string, string, string];
    readonly overall: string;
    readonly delivery: string;
    readonly complaint: string;
    readonly kept: string;
    /** A customer number an answer gave without the reference of a mail: shown, not trusted. */
    readonly unverified: (claimed: string) => string;
  };

  readonly errors: {
    readonly weightNotNumber: (item: number, value: string) => string;
    readonly answersWidth: (width: number) => string;
    readonly notAnAnswer: (row: number, letter: string, value: string) => string;
    readonly noAnswers: (letter: string, name: string) => string;
    readonly sevenWeights: string;
    readonly weightsSum: (sum: number) => string;
  };

  /** The sidebar. */
  readonly panel: {
    /** A customer to reach another way: no email, but a phone or a platform nickname. */
    readonly surveySheet: string;
    readonly surveyAuto: string;
    readonly noSurvey: string;
    readonly satisfactionIndex: string;
    readonly zeroIndex: string;
    readonly byYear: string;
    readonly indicator: string;
    readonly weight: string;
    readonly mean: string;
    readonly mostToGain: string;
    readonly refresh: string;
    readonly respondentsCount: (n: number) => string;
    readonly badAnswersCount: (n: number) => string;
    readonly unverifiedAnswers: (n: number) => string;
    readonly surveyFormsTitle: string;
    readonly makeQuestionnaire: string;
    readonly makePostOrder: string;
    readonly questionnaireLink: string;
    readonly postOrderLink: string;
    readonly reportPeriod: string;
    readonly writeReport: string;
    readonly followUpQueue: (n: number) => string;
    readonly reportWritten: (satisfaction: string, followUp: string) => string;
    readonly sendQuestionnaire: string;
    readonly audience: string;
    readonly questionnairePlanned: (mails: number, contacts: number, skipped: number) => string;
  };
}
