/** The Survey panel's half of the contract with the server (api.ts holds ServerApi). */
import type { Period } from '../core/surveys/responses';

/** A satisfaction survey's results, labelled in the user's language. */
export interface SurveyReport {
  readonly sheetName: string;
  readonly respondents: number;
  /** 0–100, 5 points = 100 (the brief's formula); null when an indicator has no answers. */
  readonly index: number | null;
  /** 0–100 with 1 point = 0. */
  readonly zeroIndex: number | null;
  readonly indicators: {
    readonly letter: string;
    readonly name: string;
    readonly weight: number;
    readonly mean: number | null;
    readonly answered: number;
  }[];
  /** The indicator where a better mean would lift the index most (weight × room to 5). */
  readonly mostToGain: string | null;
  readonly byYear: {
    readonly year: number;
    readonly respondents: number;
    readonly index: number | null;
  }[];
  /** Answers no scale can read, by sheet row and indicator letter. */
  readonly bad: {
    readonly row: number;
    readonly letter: string;
    readonly value: string;
    /** The sheet column, A1 letters. */
    readonly column?: string;
  }[];
}

/** The Satisfaction and Follow-up sheets as written, for the panel. */
export interface SatisfactionReport {
  readonly sheetName: string;
  readonly period: Period;
  readonly respondents: number;
  readonly index: number | null;
  readonly zeroIndex: number | null;
  readonly nps: number | null;
  readonly periods: {
    readonly key: string;
    readonly respondents: number;
    readonly index: number | null;
    readonly change: number | null;
    readonly nps: number | null;
  }[];
  readonly byTier: SatisfactionGroup[];
  readonly byStatus: SatisfactionGroup[];
  /** Responses on the Follow-up sheet. */
  readonly followUps: number;
  /** Its first rows: A customers first, then the most at stake. */
  readonly firstFollowUps: {
    readonly customer: string;
    readonly name: string;
    readonly tier: string;
    readonly loss: number | null;
    readonly low: string;
    readonly text: string;
  }[];
  /** Answers no scale can read. */
  readonly bad: number;
  /**
   * Answers on SheetCare's forms that gave a customer number without the reference of that
   * customer's mail: counted in the index, filed as nobody.
   */
  readonly unverified: number;
  readonly sheets: { readonly satisfaction: string; readonly followUp: string };
}

/** The survey forms SheetCare made: each one's link for anyone to answer, or null. */
export interface SurveyFormsInfo {
  readonly questionnaire: string | null;
  readonly postOrder: string | null;
  readonly period: Period;
}

export interface SatisfactionGroup {
  readonly key: string;
  readonly respondents: number;
  readonly index: number | null;
  readonly nps: number | null;
}
