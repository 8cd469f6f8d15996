/**
 * Money is summed in whole ten-thousandths, so purchases and refunds that cancel give
 * exactly 0 and floating-point dust never moves a customer across a tier boundary.
 */
const UNITS = 10_000;

export const toUnits = (amount: number): number => Math.round(amount * UNITS);
export const fromUnits = (units: number): number => units / UNITS;
export const roundMoney = (amount: number): number => fromUnits(toUnits(amount));
