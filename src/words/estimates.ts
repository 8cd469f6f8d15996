/** Where each value parameter came from, in words: the same on the Summary and in the panel. */
import type { ValueSummary } from '../core/customers/analysis';
import type { Estimate } from '../core/customers/value';
import type { Words } from './catalogue';

export function estimateNotes(
  v: ValueSummary,
  w: Words,
): { readonly purchasesPerYear: string; readonly years: string } {
  const V = w.value;
  const source = (e: Estimate, shop: string) =>
    e.source === 'setting' ? V.fromSetting : e.source === 'brief' ? V.fromBrief : shop;
  const r = v.retention;
  return {
    purchasesPerYear: source(
      v.purchasesPerYear,
      v.ownRates ? V.ownRates(v.ownRates) : V.observedRate,
    ),
    years: source(
      v.years,
      r ? V.fromRetention(`${Math.round((100 * r.retained) / r.cohort)}%`, r.cohort) : '',
    ),
  };
}
