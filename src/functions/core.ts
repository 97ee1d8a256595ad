/**
 * The custom functions' logic without Office: check the arguments Excel passes, call src/model,
 * and return the value or an error description. functions.ts turns an error description into a
 * CustomFunctions.Error; everything here runs in jest as it is.
 *
 * Which Excel error, following Excel's own functions:
 * - #VALUE! (invalidValue): an argument of the wrong kind (text where a number belongs, an unknown
 *   period), or ranges of different sizes (as SUMPRODUCT does);
 * - #NUM! (invalidNumber): a number outside what the method allows (a negative amount, a share
 *   above 1, a fraction where a whole number of years belongs);
 * - #DIV/0! (divisionByZero): a population of zero;
 * - #N/A (notAvailable): no answer exists (no break-even year within the given years).
 * Excel shows the message only for #VALUE! and #N/A; the others keep theirs for logs and tests.
 */
// The small modules, not ../model/index: that also brings the case schema and zod into the
// functions bundle, which Excel loads with every workbook.
import { annualComponentCost, costPerPlacementYear } from "../model/costs";
import { breakEvenYear, sumProduct } from "../model/finance";
import { phaseShares, phasedVolume } from "../model/phasing";
import { perThousand } from "../model/regions";
import type { CostPeriod } from "../model/schema";

/** LIMITS.maxHorizonYears of src/model/schema.ts (a test keeps them equal). */
export const MAX_YEARS_TO_TARGET = 30;

export type ExcelErrorCode = "invalidValue" | "invalidNumber" | "divisionByZero" | "notAvailable";

export interface FunctionError {
  code: ExcelErrorCode;
  nl: string;
  en: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FunctionError };

/** Thrown inside this module only, to stop at the first bad argument; never leaves it. */
class ArgumentError extends Error {
  constructor(readonly error: FunctionError) {
    super(error.en);
  }
}

function fail(code: ExcelErrorCode, nl: string, en: string): never {
  throw new ArgumentError({ code, nl, en });
}

function attempt<T>(compute: () => T): Outcome<T> {
  try {
    const value = compute();
    // Arguments near the largest number Excel holds can overflow; Excel shows that as #NUM!.
    if (typeof value === "number" && !Number.isFinite(value)) fail("invalidNumber", "de uitkomst is te groot voor Excel", "the result is too large for Excel");
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ArgumentError) return { ok: false, error: e.error };
    throw e;
  }
}

/** Argument names as the user sees them in Excel's function help, per language. */
export interface ArgName {
  nl: string;
  en: string;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

function requiredNumber(v: unknown, name: ArgName): number {
  if (isEmpty(v)) fail("invalidValue", `${name.nl} ontbreekt`, `${name.en} is missing`);
  if (typeof v !== "number" || !Number.isFinite(v)) {
    fail("invalidValue", `${name.nl} moet een getal zijn (nu: ${show(v)})`, `${name.en} must be a number (got: ${show(v)})`);
  }
  return v;
}

function numberBetween(v: unknown, name: ArgName, min: number, max: number): number {
  const x = requiredNumber(v, name);
  if (x < min || x > max) {
    fail("invalidNumber", `${name.nl} moet tussen ${min} en ${max} liggen (nu: ${x})`, `${name.en} must be between ${min} and ${max} (got: ${x})`);
  }
  return x;
}

function nonNegative(v: unknown, name: ArgName): number {
  const x = requiredNumber(v, name);
  if (x < 0) fail("invalidNumber", `${name.nl} mag niet negatief zijn (nu: ${x})`, `${name.en} must not be negative (got: ${x})`);
  return x;
}

function wholeNumberBetween(v: unknown, name: ArgName, min: number, max: number): number {
  const x = numberBetween(v, name, min, max);
  if (!Number.isInteger(x)) fail("invalidNumber", `${name.nl} moet een geheel getal zijn (nu: ${x})`, `${name.en} must be a whole number (got: ${x})`);
  return x;
}

function show(v: unknown): string {
  if (typeof v === "string") return `"${v.length > 30 ? `${v.slice(0, 30)}...` : v}"`;
  if (typeof v === "object" && v !== null) return "?";
  return String(v);
}

// ---------------------------------------------------------------------------------------------
// Periods

const PERIOD_WORDS: Record<string, CostPeriod> = {
  day: "day",
  days: "day",
  dag: "day",
  dagen: "day",
  week: "week",
  weeks: "week",
  weken: "week",
  month: "month",
  months: "month",
  maand: "month",
  maanden: "month",
  year: "year",
  years: "year",
  jaar: "year",
  jaren: "year",
};

/** "Dag", " MONTH ", "jaar" -> the model's period; case and surrounding spaces do not matter. */
export function parsePeriod(v: unknown): CostPeriod | undefined {
  return typeof v === "string" ? PERIOD_WORDS[v.trim().toLowerCase()] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Ranges

export interface NumericRange {
  rows: number;
  columns: number;
  /** Row by row; empty cells are 0, or NaN when asked for (`emptyAs: "missing"`). */
  values: number[];
}

/**
 * A range of numbers. Excel hands over a range as rows of cells; a single cell may come as a
 * plain value. Empty cells count as 0, as in SUMPRODUCT; text, TRUE/FALSE and errors are refused
 * with the cell's position, so a wrongly typed cell is found instead of silently ignored.
 */
export function numericRange(v: unknown, name: ArgName, options: { min?: number; emptyAs?: "zero" | "missing" } = {}): NumericRange {
  const empty = options.emptyAs === "missing" ? NaN : 0;
  const rows: unknown[][] = Array.isArray(v) ? (v as unknown[][]) : [[v]];
  const columns = rows.length > 0 && Array.isArray(rows[0]) ? rows[0].length : 0;
  const values = new Array<number>(rows.length * columns);
  const min = options.min ?? -Infinity;
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    // Not Array.isArray per row: it is the slowest step of this loop in some hosts (jest's vm).
    if (typeof row !== "object" || row === null || row.length !== columns)
      fail("invalidValue", `${name.nl} is geen rechthoekig bereik`, `${name.en} is not a rectangular range`);
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      let x: number;
      // `cell - cell === 0` is Number.isFinite without a call: this loop runs over every cell.
      if (typeof cell === "number" && cell - cell === 0) x = cell;
      else if (cell === "" || cell === null || cell === undefined) x = empty;
      else {
        fail(
          "invalidValue",
          `${name.nl}: cel ${cellLabel(r, c, columns)} is geen getal (${show(cell)})`,
          `${name.en}: cell ${cellLabel(r, c, columns)} is not a number (${show(cell)})`,
        );
      }
      if (x < min) {
        fail(
          "invalidNumber",
          `${name.nl}: cel ${cellLabel(r, c, columns)} mag niet kleiner zijn dan ${min} (nu: ${x})`,
          `${name.en}: cell ${cellLabel(r, c, columns)} must not be less than ${min} (got: ${x})`,
        );
      }
      values[k++] = x;
    }
  }
  return { rows: rows.length, columns, values };
}

/** "3" for a column or row, "row 2, column 3" style "2,3" for a block: 1-based, as people count. */
function cellLabel(r: number, c: number, columns: number): string {
  return columns === 1 ? String(r + 1) : `${r + 1},${c + 1}`;
}

function sameSize(ranges: readonly [NumericRange, ArgName][]): void {
  const [first, firstName] = ranges[0];
  for (const [range, name] of ranges.slice(1)) {
    if (range.rows !== first.rows || range.columns !== first.columns) {
      const size = (x: NumericRange) => `${x.rows}x${x.columns}`;
      fail(
        "invalidValue",
        `de bereiken moeten even groot zijn: ${firstName.nl} is ${size(first)}, ${name.nl} is ${size(range)}`,
        `the ranges must be the same size: ${firstName.en} is ${size(first)}, ${name.en} is ${size(range)}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The functions

const ARG = {
  amount: { nl: "bedrag", en: "amount" },
  per: { nl: "per", en: "per" },
  daysPerYear: { nl: "dagen_per_jaar", en: "daysPerYear" },
  annualCost: { nl: "jaarkosten", en: "annualCost" },
  ambulantAmount: { nl: "ambulant_bedrag", en: "ambulantAmount" },
  ambulantShare: { nl: "ambulant_aandeel", en: "ambulantShare" },
  current: { nl: "huidig", en: "current" },
  target: { nl: "doel", en: "target" },
  yearsToTarget: { nl: "jaren_tot_doel", en: "yearsToTarget" },
  yearIndex: { nl: "jaarnummer", en: "yearIndex" },
  costs: { nl: "kosten", en: "costs" },
  count: { nl: "aantal", en: "count" },
  population: { nl: "jeugdigen", en: "population" },
  years: { nl: "jaren", en: "years" },
  cumulative: { nl: "cumulatief", en: "cumulative" },
} satisfies Record<string, ArgName>;

/** BC.PLACEMENTCOST: a cost component made annual (day x daysPerYear, week x 52, month x 12). */
export function placementCost(amount: unknown, per: unknown, daysPerYear?: unknown): Outcome<number> {
  return attempt(() => {
    const a = nonNegative(amount, ARG.amount);
    const period = parsePeriod(per);
    if (!period) {
      fail("invalidValue", `per moet dag, week, maand of jaar zijn (nu: ${show(per)})`, `per must be day, week, month or year (got: ${show(per)})`);
    }
    const days = isEmpty(daysPerYear) ? undefined : wholeNumberBetween(daysPerYear, ARG.daysPerYear, 1, 366);
    return annualComponentCost({ amount: a, per: period, daysPerYear: days });
  });
}

/** BC.NETCOST: cost per placement-year, annual cost plus the expected extra ambulant care. */
export function netCost(annualCost: unknown, ambulantAmount: unknown, ambulantShare: unknown): Outcome<number> {
  return attempt(() => {
    const annual = nonNegative(annualCost, ARG.annualCost);
    const amount = nonNegative(ambulantAmount, ARG.ambulantAmount);
    const share = numberBetween(ambulantShare, ARG.ambulantShare, 0, 1);
    return costPerPlacementYear({ costs: [{ label: "annualCost", amount: annual, per: "year" }], ambulant: { amount, share } });
  });
}

/** BC.PHASEDVOLUME: youths placed in year index i while moving linearly from current to target. */
export function phasedVolumeAt(current: unknown, target: unknown, yearsToTarget: unknown, yearIndex: unknown): Outcome<number> {
  return attempt(() => {
    const from = nonNegative(current, ARG.current);
    const to = nonNegative(target, ARG.target);
    const ytt = wholeNumberBetween(yearsToTarget, ARG.yearsToTarget, 1, MAX_YEARS_TO_TARGET);
    const i = wholeNumberBetween(yearIndex, ARG.yearIndex, 0, Number.MAX_SAFE_INTEGER);
    // From yearsToTarget on the shift is complete, so the phase of a later year equals that year's.
    const upTo = Math.min(i, ytt);
    return phasedVolume(from, to, phaseShares(upTo, ytt)[upTo]);
  });
}

/** BC.SAVING: sum over the rows of (current - target) x cost, the structural saving per year. */
export function saving(costs: unknown, current: unknown, target: unknown): Outcome<number> {
  return attempt(() => {
    const c = numericRange(costs, ARG.costs, { min: 0 });
    const now = numericRange(current, ARG.current, { min: 0 });
    const goal = numericRange(target, ARG.target, { min: 0 });
    sameSize([
      [c, ARG.costs],
      [now, ARG.current],
      [goal, ARG.target],
    ]);
    const shift = new Array<number>(now.values.length);
    for (let k = 0; k < shift.length; k++) shift[k] = now.values[k] - goal.values[k];
    return sumProduct(shift, c.values);
  });
}

/** BC.PER1000YOUTHS: placements per 1,000 youths aged 0-17. */
export function per1000(count: unknown, population: unknown): Outcome<number> {
  return attempt(() => {
    const n = nonNegative(count, ARG.count);
    const pop = requiredNumber(population, ARG.population);
    if (pop === 0) fail("divisionByZero", "jeugdigen is 0", "population is 0");
    if (pop < 0) fail("invalidNumber", `jeugdigen mag niet negatief zijn (nu: ${pop})`, `population must not be negative (got: ${pop})`);
    return perThousand(n, pop);
  });
}

/** BC.BREAKEVENYEAR: the first year from which the cumulative balance stays at or above zero. */
export function breakEvenYearOf(years: unknown, cumulative: unknown): Outcome<number> {
  return attempt(() => {
    const y = numericRange(years, ARG.years, { emptyAs: "missing" });
    const cum = numericRange(cumulative, ARG.cumulative, { emptyAs: "missing" });
    sameSize([
      [y, ARG.years],
      [cum, ARG.cumulative],
    ]);
    // A selection that runs past the last year (empty in both ranges) is fine; a gap is not,
    // because an empty cumulative balance is not zero.
    let n = y.values.length;
    while (n > 0 && Number.isNaN(y.values[n - 1]) && Number.isNaN(cum.values[n - 1])) n--;
    if (n === 0) fail("invalidValue", "jaren is leeg", "years is empty");
    for (let k = 0; k < n; k++) {
      for (const [range, name] of [
        [y, ARG.years],
        [cum, ARG.cumulative],
      ] as const) {
        if (Number.isNaN(range.values[k])) {
          const at = cellLabel(Math.floor(k / range.columns), k % range.columns, range.columns);
          fail("invalidValue", `${name.nl}: cel ${at} is leeg`, `${name.en}: cell ${at} is empty`);
        }
      }
    }
    const year = breakEvenYear(y.values.slice(0, n), cum.values.slice(0, n));
    if (year === null) {
      fail("notAvailable", "geen terugverdienjaar: het cumulatieve saldo eindigt onder nul", "no break-even year: the cumulative balance ends below zero");
    }
    return year;
  });
}
