/**
 * Excel custom functions, namespace BC, run in the task pane's shared runtime. Each is a thin
 * wrapper: core.ts checks the arguments and calls src/model; this file only turns an error
 * description into the CustomFunctions.Error Excel shows. The JSDoc below becomes functions.json
 * (custom-functions-metadata-plugin, which also adds the CustomFunctions.associate calls when
 * webpack bundles this file); the Dutch names and texts are in functions.nl.json.
 */
/* global Office, CustomFunctions */
import { catalogue, type Lang } from "../model/catalogue";
import * as core from "./core";

const TEXTS = catalogue({ internalError: (why: string) => `Interne fout: ${why}` }, { internalError: (why) => `Internal error: ${why}` });

/** Dutch by default; English when Office's display language is English (as the task pane). */
function userLang(): Lang {
  try {
    const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    if (!display) return "nl";
    return display.toLowerCase().startsWith("en") ? "en" : "nl";
  } catch {
    return "nl";
  }
}

/** The value, or a CustomFunctions.Error; nothing else leaves a custom function. */
function toExcel<T>(compute: () => core.Outcome<T>): T {
  let outcome: core.Outcome<T>;
  try {
    outcome = compute();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, TEXTS[userLang()].internalError(why));
  }
  if (outcome.ok) return outcome.value;
  const { code, ...message } = outcome.error;
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message[userLang()]);
}

/**
 * Annual cost of one cost component of a placement at base-year prices: the amount times the index factor, times 365 days (or daysPerYear), 52 weeks, 12 months or 1 year.
 * @customfunction PLACEMENTCOST
 * @param amount Amount in euros per period, for example a day tariff.
 * @param per Period of the amount: "day", "week", "month" or "year" (Dutch "dag", "week", "maand", "jaar" also work).
 * @param [daysPerYear] Days paid per year when per is "day"; 365 when left out.
 * @param [indexFactor] Factor that brings the amount from the prices of its year to base-year prices, for example 1.2676; 1 when left out.
 * @returns Euros per year.
 */
export function placementCost(amount: number, per: string, daysPerYear?: number, indexFactor?: number): number {
  return toExcel(() => core.placementCost(amount, per, daysPerYear, indexFactor));
}

/**
 * Cost per placement per year including extra ambulant care: annual cost + ambulant amount x share of placements that receive it.
 * @customfunction NETCOST
 * @param annualCost Annual cost of the placement in euros (the sum of its components per year).
 * @param ambulantAmount Yearly amount in euros of extra ambulant care per placement that receives it.
 * @param ambulantShare Share of placements (0 to 1) that receive extra ambulant care, for example 0.56.
 * @returns Euros per placement per year.
 */
export function netCost(annualCost: number, ambulantAmount: number, ambulantShare: number): number {
  return toExcel(() => core.netCost(annualCost, ambulantAmount, ambulantShare));
}

/**
 * Youths placed in a given year while the number moves in equal steps from the current to the target number.
 * @customfunction PHASEDVOLUME
 * @param current Number of youths placed now (year 0).
 * @param target Number of youths placed once the target is reached.
 * @param yearsToTarget Whole number of years until the target is reached (1 to 30).
 * @param yearIndex Years after the base year: 0 is the base year itself.
 * @returns Number of youths placed in that year (may be fractional).
 */
export function phasedVolume(current: number, target: number, yearsToTarget: number, yearIndex: number): number {
  return toExcel(() => core.phasedVolumeAt(current, target, yearsToTarget, yearIndex));
}

/**
 * Structural saving per year: the sum over the rows of (current - target) x cost per placement. The three ranges must be the same size.
 * @customfunction SAVING
 * @param costs Range with the cost per placement per year of each care form, in euros.
 * @param current Range with the number of youths placed now in each care form.
 * @param target Range with the number of youths placed in the desired situation in each care form.
 * @returns Euros per year; negative when the target costs more.
 */
export function saving(costs: any[][], current: any[][], target: any[][]): number {
  return toExcel(() => core.saving(costs, current, target));
}

// Not called PER1000: Microsoft's naming rules forbid function names that look like a cell
// address, and PER1000 is one (column PER, row 1000).
/**
 * Placements per 1,000 youths aged 0 to 17.
 * @customfunction PER1000YOUTHS
 * @param count Number of youths placed.
 * @param population Number of youths aged 0 to 17 in the municipality or region.
 * @returns Placements per 1,000 youths.
 */
export function per1000(count: number, population: number): number {
  return toExcel(() => core.per1000(count, population));
}

/**
 * First year from which the cumulative balance stays at or above zero up to the last year; #N/A when it ends below zero.
 * @customfunction BREAKEVENYEAR
 * @param years Range with the years, for example 2025 to 2030.
 * @param cumulative Range of the same size with the cumulative balance in each year.
 * @returns The break-even year.
 */
export function breakEvenYear(years: any[][], cumulative: any[][]): number {
  return toExcel(() => core.breakEvenYearOf(years, cumulative));
}
