/** The money arithmetic of method.md section 3: nominal view, cumulation, NPV and break-even. */

/** (1 + indexation)^i for i = 0..horizon: turns base-year prices into the prices of year i. */
export function indexFactors(horizonYears: number, indexation: number): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, i) => Math.pow(1 + indexation, i));
}

/** 1 / (1 + rate)^i for i = 0..horizon; year 0 is not discounted. */
export function discountFactors(horizonYears: number, rate: number): number[] {
  return Array.from({ length: horizonYears + 1 }, (_, i) => 1 / Math.pow(1 + rate, i));
}

export function times(xs: readonly number[], factors: readonly number[]): number[] {
  return xs.map((x, i) => x * factors[i]);
}

export function cumulative(xs: readonly number[]): number[] {
  let sum = 0;
  return xs.map((x) => (sum += x));
}

export function sumProduct(xs: readonly number[], ys: readonly number[]): number {
  return xs.reduce((s, x, i) => s + x * ys[i], 0);
}

/** NPV = sum of net(i) / (1 + rate)^i, with year 0 undiscounted. */
export function netPresentValue(net: readonly number[], rate: number): number {
  return sumProduct(net, discountFactors(net.length - 1, rate));
}

/**
 * The first year from which the cumulative balance stays at or above zero up to the horizon;
 * null when it ends below zero.
 */
export function breakEvenYear(years: readonly number[], cumulativeBalance: readonly number[]): number | null {
  let from: number | null = null;
  for (let i = cumulativeBalance.length - 1; i >= 0; i--) {
    if (cumulativeBalance[i] >= 0) from = years[i];
    else break;
  }
  return from;
}
