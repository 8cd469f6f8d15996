/**
 * The value model fitted to a shop: the modified BG/NBD on every customer's history and
 * Gamma-Gamma on the repeat buyers' spend, with what each could use and what it left out.
 * Customers sharing a history (x, tₓ, T) are one term of the likelihood with their count as
 * weight: in days, a large shop's histories repeat, and the fit costs what its distinct
 * histories cost.
 */
import { BgNbdFit, fitBgNbd } from './bgnbd';
import { fitGammaGamma, GammaGammaFit } from './gammaGamma';
import type { ValueHistories } from './histories';

/** Repeat buyers a fit needs: with fewer, the parameters say more about chance than the shop. */
export const MIN_REPEAT_BUYERS = 20;

export interface ValueModel {
  readonly purchases: BgNbdFit;
  /** Undefined when too few repeat buyers spent a positive amount. */
  readonly spend: GammaGammaFit | undefined;
  /** Customers with a history, and those among them who bought again. */
  readonly customers: number;
  readonly repeatBuyers: number;
  /** Repeat buyers Gamma-Gamma used, and those it left out (mean repeat spend ≤ 0: refunds). */
  readonly spendUsed: number;
  readonly spendLeftOut: number;
  /** Repeat buyers each model needs (MIN_REPEAT_BUYERS), for a message saying why one is missing. */
  readonly needed: number;
}

export type ValueFit =
  | { readonly ok: true; readonly model: ValueModel }
  | { readonly ok: false; readonly repeatBuyers: number; readonly needed: number };

/** Histories with their counts: one entry per distinct (x, tₓ, T). */
function distinct(h: ValueHistories): { x: number[]; tx: number[]; T: number[]; weight: number[] } {
  const at = new Map<string, number>();
  const out = { x: [] as number[], tx: [] as number[], T: [] as number[], weight: [] as number[] };
  for (let c = 0; c < h.x.length; c++) {
    if (!h.seen[c]) continue;
    const key = `${h.x[c]}|${h.tx[c]}|${h.T[c]}`;
    const i = at.get(key);
    if (i !== undefined) {
      out.weight[i]++;
      continue;
    }
    at.set(key, out.x.length);
    out.x.push(h.x[c]);
    out.tx.push(h.tx[c]);
    out.T.push(h.T[c]);
    out.weight.push(1);
  }
  return out;
}

export function fitValueModel(h: ValueHistories): ValueFit {
  let customers = 0;
  let repeatBuyers = 0;
  const x: number[] = [];
  const m: number[] = [];
  for (let c = 0; c < h.x.length; c++) {
    if (!h.seen[c]) continue;
    customers++;
    if (h.x[c] === 0) continue;
    repeatBuyers++;
    if (h.monetary[c] > 0) {
      x.push(h.x[c]);
      m.push(h.monetary[c]);
    }
  }
  if (repeatBuyers < MIN_REPEAT_BUYERS) {
    return { ok: false, repeatBuyers, needed: MIN_REPEAT_BUYERS };
  }
  return {
    ok: true,
    model: {
      purchases: fitBgNbd(distinct(h), true),
      spend: x.length >= MIN_REPEAT_BUYERS ? fitGammaGamma({ x, m }) : undefined,
      customers,
      repeatBuyers,
      spendUsed: x.length,
      spendLeftOut: repeatBuyers - x.length,
      needed: MIN_REPEAT_BUYERS,
    },
  };
}
