/**
 * The `sensitivity` field of a case file (method.md section 7): per input a low and a high change.
 * Which keys it may hold, the unit of each change, their bounds and defaults, and what becomes of
 * the keys of earlier versions, so that an old case file still validates:
 *  - `shift_<id>` and `indexation` are left out, with a note: a form's shift moved the NPV exactly as
 *    its cost did (and changed the number of placed youths), and indexation moves neither the NPV
 *    nor the structural saving (both are real);
 *  - a `yearsToTarget` range in the old relative form (-0.2 is 20 % fewer years; a fraction) is
 *    converted to whole years of the years to target it was meant for, with a note.
 */
import { makeNote, type Note } from "./messages";
import type { Case } from "./schema";
import { DEFAULT_RATE_CHANGE, DEFAULT_RELATIVE_CHANGE, DEFAULT_YEARS_CHANGE } from "./defaults";
import { LIMITS } from "./limits";
import { activeScenario } from "./scenarios";

/** How a range changes its input: relative (-0.2 is 20 % lower), in percentage points (-0.01), or in whole years (-1). */
export type SensitivityKind = "relative" | "points" | "years";

/** Keys besides `cost_<id>`. */
export const GENERAL_SENSITIVITY_KEYS = ["realisation", "yearsToTarget", "oneOffCosts", "discountRate"] as const;

/** The bounds of a change by kind: a relative change above -100 % (a cost cannot shrink to nothing). */
export const SENSITIVITY_BOUNDS: Record<SensitivityKind, { min: number; max: number }> = {
  relative: { min: -0.99, max: 10 },
  points: { min: -0.99, max: 10 },
  years: { min: -LIMITS.maxHorizonYears, max: LIMITS.maxHorizonYears },
};

export interface SensitivityRange {
  low: number;
  high: number;
}

/** The kind of a current key; undefined for an obsolete or unknown one. */
export function sensitivityKindOf(key: string, formIds: ReadonlySet<unknown>): SensitivityKind | undefined {
  if (key === "discountRate") return "points";
  if (key === "yearsToTarget") return "years";
  if (key === "realisation" || key === "oneOffCosts") return "relative";
  const cost = /^cost_(.+)$/.exec(key);
  return cost !== null && formIds.has(cost[1]) ? "relative" : undefined;
}

/** Keys earlier versions knew and this one leaves out. */
export function isObsoleteSensitivityKey(key: string, formIds: ReadonlySet<unknown>): boolean {
  const shift = /^shift_(.+)$/.exec(key);
  return key === "indexation" || (shift !== null && formIds.has(shift[1]));
}

export function defaultSensitivityRange(kind: SensitivityKind): SensitivityRange {
  const d = kind === "relative" ? DEFAULT_RELATIVE_CHANGE : kind === "points" ? DEFAULT_RATE_CHANGE : DEFAULT_YEARS_CHANGE;
  return { low: -d, high: d };
}

/**
 * A years-to-target range of an earlier version: a relative change, told apart by a fraction at
 * either end (whole years are whole numbers; an old range of whole numbers, 0 % or +100 %, reads
 * as years, which is what a person writing it today would mean).
 */
export function isRelativeYearsRange(range: { low?: unknown; high?: unknown }): boolean {
  const fraction = (x: unknown) => typeof x === "number" && Number.isFinite(x) && !Number.isInteger(x);
  const oldBounds = (x: unknown) => typeof x === "number" && x >= SENSITIVITY_BOUNDS.relative.min && x <= SENSITIVITY_BOUNDS.relative.max;
  return (fraction(range.low) || fraction(range.high)) && oldBounds(range.low) && oldBounds(range.high);
}

/** The years to target a range applies to: the active scenario's own, else the case's phasing. */
export function effectiveYearsToTarget(c: Case): number {
  return activeScenario(c)?.yearsToTarget ?? c.phasing.yearsToTarget;
}

/**
 * A relative change of the years to target in whole years: change x years, rounded, at least one
 * year when the change is not zero (-20 % of 3 years is -1 year), within the bounds.
 */
export function relativeToYears(change: number, years: number): number {
  if (change === 0) return 0;
  const whole = Math.sign(change) * Math.max(1, Math.round(Math.abs(change) * years));
  return Math.min(SENSITIVITY_BOUNDS.years.max, Math.max(SENSITIVITY_BOUNDS.years.min, whole));
}

/** The ranges of a validated case as this version reads them, and a note for each key it changed or left out. */
export function migrateSensitivity(c: Case): { ranges: Case["sensitivity"]; notes: Note[] } {
  if (!c.sensitivity) return { ranges: undefined, notes: [] };
  const ids = new Set(c.careForms.map((f) => f.id));
  const ranges: Record<string, SensitivityRange> = {};
  const notes: Note[] = [];
  for (const [key, range] of Object.entries(c.sensitivity)) {
    if (isObsoleteSensitivityKey(key, ids)) {
      notes.push(makeNote(["sensitivity", key], key === "indexation" ? "sensitivityIndexationObsolete" : "sensitivityShiftObsolete", [key]));
    } else if (key === "yearsToTarget" && isRelativeYearsRange(range)) {
      const years = effectiveYearsToTarget(c);
      const to = { low: relativeToYears(range.low, years), high: relativeToYears(range.high, years) };
      // The default (the old default -20 % / +20 % of up to 7 years) is left out, as a workbook reads it back.
      const d = defaultSensitivityRange("years");
      if (to.low !== d.low || to.high !== d.high) ranges[key] = to;
      const params = [range.low, range.high, to.low, to.high, years].map(String);
      notes.push(makeNote(["sensitivity", key], "sensitivityYearsConverted", params));
    } else {
      ranges[key] = range;
    }
  }
  return { ranges: Object.keys(ranges).length > 0 ? ranges : undefined, notes };
}
