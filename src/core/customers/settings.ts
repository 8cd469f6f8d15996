/**
 * The user's settings: ABC shares, the value parameters, when a customer counts as lost, and
 * the language. Nothing is saved unless every field is valid; each error names its field.
 */
import type { AnalysisSettings } from './analysis';
import { DEFAULT_SHARES } from './abc';
import { DEFAULT_MAX_AMOUNT, readAmount, readShare } from '../ground/cells';
import { Lang, Message } from '../ground/i18n';
import { Currency, isCurrency } from '../ground/currency';
import { DEFAULT_LOST_RULE, LostRule } from './status';
import { DEFAULT_VALUE_SETTINGS, Estimated } from './value';
import { DEFAULT_OUTLOOK } from '../value/predict';

export interface Settings {
  readonly aShare: number;
  readonly bShare: number;
  /** 'auto': from the shop's own orders (see analysis). */
  readonly purchasesPerYear: Estimated;
  readonly years: Estimated;
  readonly referrals: number;
  readonly satisfiedRate: number;
  readonly complaintRate: number;
  /** Lost after a number of days without a purchase, or when the model's chance falls low. */
  readonly lostBy: LostRule['by'];
  readonly lostAfterDays: number;
  /** By chance: lost when the chance of still being a customer falls below this. */
  readonly lostChance: number;
  /** The monthly rate the predicted value discounts future months at (0.01: 1% a month). */
  readonly monthlyDiscount: number;
  /** The last share of the order history the model's check holds out (0: no check). */
  readonly holdoutShare: number;
  /** The largest amount one order line may carry; larger cells are listed on Issues. */
  readonly maxAmount: number;
  /** Whether the shipping a buyer paid counts as what they spent. */
  readonly shipping: 'included' | 'excluded';
  /** "auto" follows the spreadsheet's locale. */
  readonly lang: 'auto' | Lang;
  /** "auto" follows the spreadsheet's locale. */
  readonly currency: 'auto' | Currency;
}

export const DEFAULT_SETTINGS: Settings = {
  aShare: DEFAULT_SHARES.a,
  bShare: DEFAULT_SHARES.b,
  ...DEFAULT_VALUE_SETTINGS,
  purchasesPerYear: 'auto',
  years: 'auto',
  lostBy: DEFAULT_LOST_RULE.by,
  lostAfterDays: DEFAULT_LOST_RULE.days,
  lostChance: DEFAULT_LOST_RULE.below,
  monthlyDiscount: DEFAULT_OUTLOOK.monthlyDiscount,
  holdoutShare: DEFAULT_OUTLOOK.holdoutShare,
  maxAmount: DEFAULT_MAX_AMOUNT,
  shipping: 'included',
  lang: 'auto',
  currency: 'auto',
};

export type SettingsErrors = Partial<Record<keyof Settings, Message>>;

type Rule =
  { share: true; within?: true } | { min: number; max: number; integer?: boolean; auto?: true };
const RULES: Record<Exclude<keyof Settings, 'lang' | 'shipping' | 'currency' | 'lostBy'>, Rule> = {
  aShare: { share: true },
  bShare: { share: true },
  purchasesPerYear: { min: 0, max: 10_000, auto: true },
  years: { min: 0, max: 100, auto: true },
  referrals: { min: 0, max: 1_000_000 },
  satisfiedRate: { share: true },
  complaintRate: { share: true },
  lostAfterDays: { min: 1, max: 36_500, integer: true },
  // 0% would never call anyone lost, 100% everyone.
  lostChance: { share: true, within: true },
  monthlyDiscount: { share: true },
  holdoutShare: { share: true },
  maxAmount: { min: 1, max: 1_000_000_000_000 },
};

/** Left blank, or "auto": estimated from the shop's orders. */
const AUTO = /^\s*(auto|自动)?\s*$/i;

/** Checks raw input (numbers or text such as "5%") and returns settings or per-field errors. */
export function validateSettings(input: Record<string, unknown>): {
  settings?: Settings;
  errors: SettingsErrors;
} {
  const errors: SettingsErrors = {};
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [field, rule] of Object.entries(RULES) as [keyof typeof RULES, Rule][]) {
    const raw = input[field];
    if (raw === undefined) continue;
    if ('share' in rule) {
      const r = readShare(raw);
      if (r.kind !== 'ok' || r.value < 0 || r.value > 1) {
        errors[field] = (w) => w.settingsErrors.share;
      } else if (rule.within && (r.value === 0 || r.value === 1)) {
        errors[field] = (w) => w.settingsErrors.shareWithin;
      } else out[field] = r.value;
    } else if (rule.auto && AUTO.test(String(raw))) {
      out[field] = 'auto';
    } else {
      const r = readAmount(raw);
      if (
        r.kind !== 'ok' ||
        r.value < rule.min ||
        r.value > rule.max ||
        (rule.integer && !Number.isInteger(r.value))
      ) {
        const { min, max, integer } = rule;
        errors[field] = (w) => w.settingsErrors.number(min, max, integer === true);
      } else out[field] = r.value;
    }
  }
  if (input.shipping !== undefined) {
    if (input.shipping === 'included' || input.shipping === 'excluded')
      out.shipping = input.shipping;
    else errors.shipping = (w) => w.settingsErrors.shipping;
  }
  if (input.lostBy !== undefined) {
    if (input.lostBy === 'days' || input.lostBy === 'chance') out.lostBy = input.lostBy;
    else errors.lostBy = (w) => w.settingsErrors.lostBy;
  }
  if (input.lang !== undefined) {
    if (input.lang === 'auto' || input.lang === 'en' || input.lang === 'zh') out.lang = input.lang;
    else errors.lang = (w) => w.settingsErrors.lang;
  }
  if (input.currency !== undefined) {
    if (input.currency === 'auto' || isCurrency(input.currency)) out.currency = input.currency;
    else errors.currency = (w) => w.settingsErrors.currency;
  }
  if (!errors.aShare && !errors.bShare && (out.aShare as number) > (out.bShare as number)) {
    errors.bShare = (w) => w.settingsErrors.bBelowA;
  }
  return Object.keys(errors).length ? { errors } : { settings: out as unknown as Settings, errors };
}

/** The analysis the settings ask for; with the value model's outlook when `outlook` is true. */
export const analysisSettings = (s: Settings, outlook = false): AnalysisSettings => ({
  shares: { a: s.aShare, b: s.bShare },
  value: {
    purchasesPerYear: s.purchasesPerYear,
    years: s.years,
    referrals: s.referrals,
    satisfiedRate: s.satisfiedRate,
    complaintRate: s.complaintRate,
  },
  lost: { by: s.lostBy, days: s.lostAfterDays, below: s.lostChance },
  maxAmount: s.maxAmount,
  outlook: outlook
    ? { ...DEFAULT_OUTLOOK, monthlyDiscount: s.monthlyDiscount, holdoutShare: s.holdoutShare }
    : undefined,
});
