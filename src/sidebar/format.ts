/** Numbers as the panels show them, in the panel's language. */
import { w } from './session';

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const money = (x: number) =>
  x.toLocaleString(w().numberLocale, {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  });

/** A figure that may be missing: "—" then. */
export const num = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));
