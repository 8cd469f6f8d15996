/**
 * The predicted next purchase (JD.com replenishment, domain brief §5): the average interval
 * between a customer's purchases, added to the last one, tells when to recommend again.
 */
import { Histories } from '../ground/purchases';
import { dayOf } from '../ground/zone';

/**
 * The local day (as a day number) of the next purchase: last purchase day + the mean gap
 * between distinct purchase days, rounded to whole days with halves up. Undefined for
 * customers who bought on fewer than two days.
 */
export function nextPurchaseDay(h: Histories, c: number): number | undefined {
  const days = h.purchaseDays[c];
  if (days < 2) return undefined;
  const lastDay = dayOf(h.last[c]);
  return lastDay + meanGap(dayOf(h.first[c]), lastDay, days);
}

/**
 * The mean gap between `days` distinct days from firstDay to lastDay, whole days with halves
 * up: the mean of consecutive gaps is the whole span over the gaps.
 */
export const meanGap = (firstDay: number, lastDay: number, days: number): number =>
  Math.floor((lastDay - firstDay) / (days - 1) + 0.5);
