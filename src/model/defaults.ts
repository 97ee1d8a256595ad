/**
 * What a case file may leave out, one place for each default: the schema fills them in,
 * validation reasons with them, the workbook plan writes them into the inputs sheet and the reader
 * leaves them out again (tidyReadCase), so a case read back equals the case that was built.
 * No zod here: the custom functions' bundle imports this module.
 */
import { catalogue } from "./catalogue";

/** Years after the base year the model runs to. */
export const DEFAULT_HORIZON_YEARS = 5;
/** Yearly price indexation (0: constant prices). */
export const DEFAULT_INDEXATION = 0;
/** Discount rate for the net present value (the rate the Dutch government prescribes for cost-benefit analyses). */
export const DEFAULT_DISCOUNT_RATE = 0.0225;
/** Paid days per year of a cost component per day. */
export const DEFAULT_DAYS_PER_YEAR = 365;

/** Monitoring: a deviation from the plan up to this share counts as on track (green), up to the orange one as orange; beyond it red. */
export const DEFAULT_GREEN_WITHIN = 0.05;
export const DEFAULT_ORANGE_WITHIN = 0.15;

/** Sensitivity: a relative change of 20 % down and up, for the discount rate 1 percentage point, for the years to target 1 year. */
export const DEFAULT_RELATIVE_CHANGE = 0.2;
export const DEFAULT_RATE_CHANGE = 0.01;
export const DEFAULT_YEARS_CHANGE = 1;

/** The first year of the four-year budget view (BBV): the year after the base year. */
export function defaultBudgetYear(baseYear: number): number {
  return baseYear + 1;
}

/**
 * The scenario the inputs themselves make, beside the case's named scenarios: the drop-down of
 * the active scenario offers it, and choosing it means no scenario is active.
 */
export const DEFAULT_TEXTS = catalogue({ baseCaseScenario: "Basis (invoer)" }, { baseCaseScenario: "Base case (inputs)" });
