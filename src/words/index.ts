/** The catalogue of words, by language: each made of its wings' words. */
import { catalogue, Lang, Words } from './catalogue';
import { calendarEn } from './calendar/en';
import { calendarZh } from './calendar/zh';
import { customersEn } from './customers/en';
import { customersZh } from './customers/zh';
import { formulasEn } from './formulas/en';
import { formulasZh } from './formulas/zh';
import { groundEn } from './ground/en';
import { groundZh } from './ground/zh';
import { remindersEn } from './reminders/en';
import { remindersZh } from './reminders/zh';
import { surveysEn } from './surveys/en';
import { surveysZh } from './surveys/zh';

export type { IndicatorLetter, Lang, Message, NumericSetting, Words } from './catalogue';

export const en: Words = catalogue({
  ground: groundEn,
  customers: customersEn,
  formulas: formulasEn,
  calendar: calendarEn,
  reminders: remindersEn,
  surveys: surveysEn,
});

export const zh: Words = catalogue({
  ground: groundZh,
  customers: customersZh,
  formulas: formulasZh,
  calendar: calendarZh,
  reminders: remindersZh,
  surveys: surveysZh,
});

export const CATALOGUES: Readonly<Record<Lang, Words>> = { en, zh };

export const words = (lang: Lang): Words => CATALOGUES[lang];
