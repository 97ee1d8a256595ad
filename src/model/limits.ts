/**
 * The case file's limits, outside the schema so that modules without zod (the custom functions'
 * bundle) use the same numbers.
 */
/** Limits that keep absurd input out (a typo of three extra zeros, a pasted column of 10,000 rows). */
export const LIMITS = {
  maxCareForms: 20,
  maxHorizonYears: 30,
  maxOneOffCosts: 100,
  maxCostComponents: 20,
  maxScenarios: 10,
  maxMunicipalities: 100,
  maxAmount: 1e9,
  maxVolume: 1e6,
  maxYouthPopulation: 1e8,
  maxTextLength: 200,
  minBaseYear: 1990,
  maxBaseYear: 2100,
  maxCostFactor: 10,
  /** A price index factor from a figure's price year to the base year (1990 to 2100 at 3 % a year is about 26). */
  minIndexFactor: 0.01,
  maxIndexFactor: 100,
} as const;
