/** Cost per placement-year (method.md section 3): the components at base-year prices made annual, plus ambulant care. */
import { DEFAULT_DAYS_PER_YEAR } from "./defaults";
import type { CareForm, CostComponent } from "./schema";

export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** Times a component's amount is paid in a year: days (365 unless stated), 52 weeks, 12 months or once. */
export function paymentsPerYear(c: Pick<CostComponent, "per" | "daysPerYear">): number {
  switch (c.per) {
    case "day":
      return c.daysPerYear ?? DEFAULT_DAYS_PER_YEAR;
    case "week":
      return WEEKS_PER_YEAR;
    case "month":
      return MONTHS_PER_YEAR;
    case "year":
      return 1;
  }
}

/** A component's amount at base-year prices: the amount as its source gives it times its index factor (1 when left out). */
export function baseYearAmount(c: Pick<CostComponent, "amount" | "indexFactor">): number {
  return c.amount * (c.indexFactor ?? 1);
}

/**
 * A component per year at base-year prices: the base-year amount times the payments per year.
 * The workbook's form of this rule: annualCostFormula in src/workbook/plan/sheets/calc (test/engine proves them equal).
 */
export function annualComponentCost(c: Pick<CostComponent, "amount" | "per" | "daysPerYear" | "indexFactor">): number {
  return baseYearAmount(c) * paymentsPerYear(c);
}

/** Expected ambulant cost per placement: the yearly amount times the share of placements that receive it. */
export function ambulantCost(amount: number, share: number): number {
  return amount * share;
}

/** c_f = sum of the components' annual costs + ambulant.amount x ambulant.share */
export function costPerPlacementYear(form: Pick<CareForm, "costs" | "ambulant">): number {
  const components = form.costs.reduce((sum, c) => sum + annualComponentCost(c), 0);
  return components + ambulantCost(form.ambulant.amount, form.ambulant.share);
}
