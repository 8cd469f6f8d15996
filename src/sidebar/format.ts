/** Numbers as the panels show them, in the panel's language. */
import { session, w } from './session';

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** An amount in the shop's currency (the spreadsheet's, never the panel language's). */
export const money = (x: number) => {
  const currency = session.state.lastAnalysis?.currency ?? session.state.currency;
  return x.toLocaleString(w().numberLocale, {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
    ...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {}),
  });
};

/** A whole amount for large estimates, where cents would be false precision. */
export const roundMoney = (x: number) => {
  const currency = session.state.lastAnalysis?.currency ?? session.state.currency;
  return x.toLocaleString(w().numberLocale, {
    maximumFractionDigits: 0,
    ...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {}),
  });
};

/** A figure that may be missing: "—" then. */
export const num = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));
