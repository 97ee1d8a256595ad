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
import { bothLanguages, catalogue, type Lang } from "../model/catalogue";
import { annualComponentCost, costPerPlacementYear } from "../model/costs";
import { breakEvenYear, sumProduct } from "../model/finance";
import { phaseShares, phasedVolume } from "../model/phasing";
import { LIMITS } from "../model/limits";
import { perThousand } from "../model/regions";
import type { CostPeriod } from "../model/schema";

export type ExcelErrorCode = "invalidValue" | "invalidNumber" | "divisionByZero" | "notAvailable";

export interface FunctionError extends Record<Lang, string> {
  code: ExcelErrorCode;
}

/** Argument names as the user sees them in Excel's function help (functions.ts, functions.nl.json). */
const ARGS = catalogue(
  {
    amount: "bedrag",
    per: "per",
    daysPerYear: "dagen_per_jaar",
    indexFactor: "indexfactor",
    annualCost: "jaarkosten",
    ambulantAmount: "ambulant_bedrag",
    ambulantShare: "ambulant_aandeel",
    current: "huidig",
    target: "doel",
    yearsToTarget: "jaren_tot_doel",
    yearIndex: "jaarnummer",
    costs: "kosten",
    count: "aantal",
    population: "jeugdigen",
    years: "jaren",
    cumulative: "cumulatief",
  },
  {
    amount: "amount",
    per: "per",
    daysPerYear: "daysPerYear",
    indexFactor: "indexFactor",
    annualCost: "annualCost",
    ambulantAmount: "ambulantAmount",
    ambulantShare: "ambulantShare",
    current: "current",
    target: "target",
    yearsToTarget: "yearsToTarget",
    yearIndex: "yearIndex",
    costs: "costs",
    count: "count",
    population: "population",
    years: "years",
    cumulative: "cumulative",
  },
);
type Arg = keyof (typeof ARGS)["nl"];

/** A number in a Dutch message: a decimal comma, as the user's Dutch Excel shows it (0,01, not 0.01). */
const nlNumber = (x: number) => String(x).replace(".", ",");

/** Why an argument is refused; `arg` is the argument's name in the message's language. */
const TEXTS = catalogue(
  {
    tooLarge: "de uitkomst is te groot voor Excel",
    missing: (arg: string) => `${arg} ontbreekt`,
    notANumber: (arg: string, got: string) => `${arg} moet een getal zijn (nu: ${got})`,
    notBetween: (arg: string, min: number, max: number, got: number) => `${arg} moet tussen ${nlNumber(min)} en ${nlNumber(max)} liggen (nu: ${nlNumber(got)})`,
    negative: (arg: string, got: number) => `${arg} mag niet negatief zijn (nu: ${nlNumber(got)})`,
    notWhole: (arg: string, got: number) => `${arg} moet een geheel getal zijn (nu: ${nlNumber(got)})`,
    notRectangular: (arg: string) => `${arg} is geen rechthoekig bereik`,
    cellNotANumber: (arg: string, cell: string, got: string) => `${arg}: cel ${cell} is geen getal (${got})`,
    cellBelow: (arg: string, cell: string, min: number, got: number) => `${arg}: cel ${cell} mag niet kleiner zijn dan ${nlNumber(min)} (nu: ${nlNumber(got)})`,
    cellEmpty: (arg: string, cell: string) => `${arg}: cel ${cell} is leeg`,
    sizes: (first: string, firstSize: string, other: string, otherSize: string) =>
      `de bereiken moeten even groot zijn: ${first} is ${firstSize}, ${other} is ${otherSize}`,
    period: (got: string) => `per moet dag, week, maand of jaar zijn (nu: ${got})`,
    populationZero: "jeugdigen is 0",
    populationNegative: (got: number) => `jeugdigen mag niet negatief zijn (nu: ${nlNumber(got)})`,
    yearsEmpty: "jaren is leeg",
    noBreakEven: "geen terugverdienjaar: het cumulatieve saldo eindigt onder nul",
  },
  {
    tooLarge: "the result is too large for Excel",
    missing: (arg) => `${arg} is missing`,
    notANumber: (arg, got) => `${arg} must be a number (got: ${got})`,
    notBetween: (arg, min, max, got) => `${arg} must be between ${min} and ${max} (got: ${got})`,
    negative: (arg, got) => `${arg} must not be negative (got: ${got})`,
    notWhole: (arg, got) => `${arg} must be a whole number (got: ${got})`,
    notRectangular: (arg) => `${arg} is not a rectangular range`,
    cellNotANumber: (arg, cell, got) => `${arg}: cell ${cell} is not a number (${got})`,
    cellBelow: (arg, cell, min, got) => `${arg}: cell ${cell} must not be less than ${min} (got: ${got})`,
    cellEmpty: (arg, cell) => `${arg}: cell ${cell} is empty`,
    sizes: (first, firstSize, other, otherSize) => `the ranges must be the same size: ${first} is ${firstSize}, ${other} is ${otherSize}`,
    period: (got) => `per must be day, week, month or year (got: ${got})`,
    populationZero: "population is 0",
    populationNegative: (got) => `population must not be negative (got: ${got})`,
    yearsEmpty: "years is empty",
    noBreakEven: "no break-even year: the cumulative balance ends below zero",
  },
);
type Texts = (typeof TEXTS)["nl"];

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FunctionError };

/** Thrown inside this module only, to stop at the first bad argument; never leaves it. */
class ArgumentError extends Error {
  constructor(readonly error: FunctionError) {
    super(error.en);
  }
}

/** Stops with an Excel error and its message, in both languages (`arg` gives an argument's name in each). */
function fail(code: ExcelErrorCode, text: (t: Texts, arg: (a: Arg) => string) => string): never {
  throw new ArgumentError({ code, ...bothLanguages(TEXTS, (t, lang) => text(t, (a) => ARGS[lang][a])) });
}

function attempt<T>(compute: () => T): Outcome<T> {
  try {
    const value = compute();
    // Arguments near the largest number Excel holds can overflow; Excel shows that as #NUM!.
    if (typeof value === "number" && !Number.isFinite(value)) fail("invalidNumber", (t) => t.tooLarge);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ArgumentError) return { ok: false, error: e.error };
    throw e;
  }
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

function requiredNumber(v: unknown, name: Arg): number {
  if (isEmpty(v)) fail("invalidValue", (t, arg) => t.missing(arg(name)));
  if (typeof v !== "number" || !Number.isFinite(v)) fail("invalidValue", (t, arg) => t.notANumber(arg(name), show(v)));
  return v;
}

function numberBetween(v: unknown, name: Arg, min: number, max: number): number {
  const x = requiredNumber(v, name);
  if (x < min || x > max) fail("invalidNumber", (t, arg) => t.notBetween(arg(name), min, max, x));
  return x;
}

function nonNegative(v: unknown, name: Arg): number {
  const x = requiredNumber(v, name);
  if (x < 0) fail("invalidNumber", (t, arg) => t.negative(arg(name), x));
  return x;
}

function wholeNumberBetween(v: unknown, name: Arg, min: number, max: number): number {
  const x = numberBetween(v, name, min, max);
  if (!Number.isInteger(x)) fail("invalidNumber", (t, arg) => t.notWhole(arg(name), x));
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
export function numericRange(v: unknown, name: Arg, options: { min?: number; emptyAs?: "zero" | "missing" } = {}): NumericRange {
  const empty = options.emptyAs === "missing" ? NaN : 0;
  const rows: unknown[][] = Array.isArray(v) ? (v as unknown[][]) : [[v]];
  const columns = rows.length > 0 && Array.isArray(rows[0]) ? rows[0].length : 0;
  const values = new Array<number>(rows.length * columns);
  const min = options.min ?? -Infinity;
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    // Not Array.isArray per row: it is the slowest step of this loop in some hosts (jest's vm).
    if (typeof row !== "object" || row === null || row.length !== columns) fail("invalidValue", (t, arg) => t.notRectangular(arg(name)));
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      let x: number;
      // `cell - cell === 0` is Number.isFinite without a call: this loop runs over every cell.
      if (typeof cell === "number" && cell - cell === 0) x = cell;
      else if (cell === "" || cell === null || cell === undefined) x = empty;
      else {
        fail("invalidValue", (t, arg) => t.cellNotANumber(arg(name), cellLabel(r, c, columns), show(cell)));
      }
      if (x < min) {
        fail("invalidNumber", (t, arg) => t.cellBelow(arg(name), cellLabel(r, c, columns), min, x));
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

function sameSize(ranges: readonly [NumericRange, Arg][]): void {
  const [first, firstName] = ranges[0];
  for (const [range, name] of ranges.slice(1)) {
    if (range.rows !== first.rows || range.columns !== first.columns) {
      const size = (x: NumericRange) => `${x.rows}x${x.columns}`;
      fail("invalidValue", (t, arg) => t.sizes(arg(firstName), size(first), arg(name), size(range)));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The functions

/** BC.PLACEMENTCOST: a cost component at base-year prices (amount x indexFactor) made annual (day x daysPerYear, week x 52, month x 12). */
export function placementCost(amount: unknown, per: unknown, daysPerYear?: unknown, indexFactor?: unknown): Outcome<number> {
  return attempt(() => {
    const a = nonNegative(amount, "amount");
    const period = parsePeriod(per);
    if (!period) {
      fail("invalidValue", (t) => t.period(show(per)));
    }
    const days = isEmpty(daysPerYear) ? undefined : wholeNumberBetween(daysPerYear, "daysPerYear", 1, 366);
    const factor = isEmpty(indexFactor) ? undefined : numberBetween(indexFactor, "indexFactor", LIMITS.minIndexFactor, LIMITS.maxIndexFactor);
    return annualComponentCost({ amount: a, per: period, daysPerYear: days, indexFactor: factor });
  });
}

/** BC.NETCOST: cost per placement-year, annual cost plus the expected extra ambulant care. */
export function netCost(annualCost: unknown, ambulantAmount: unknown, ambulantShare: unknown): Outcome<number> {
  return attempt(() => {
    const annual = nonNegative(annualCost, "annualCost");
    const amount = nonNegative(ambulantAmount, "ambulantAmount");
    const share = numberBetween(ambulantShare, "ambulantShare", 0, 1);
    return costPerPlacementYear({ costs: [{ label: "annualCost", amount: annual, per: "year" }], ambulant: { amount, share } });
  });
}

/** BC.PHASEDVOLUME: youths placed in year index i while moving linearly from current to target. */
export function phasedVolumeAt(current: unknown, target: unknown, yearsToTarget: unknown, yearIndex: unknown): Outcome<number> {
  return attempt(() => {
    const from = nonNegative(current, "current");
    const to = nonNegative(target, "target");
    const ytt = wholeNumberBetween(yearsToTarget, "yearsToTarget", 1, LIMITS.maxHorizonYears);
    const i = wholeNumberBetween(yearIndex, "yearIndex", 0, Number.MAX_SAFE_INTEGER);
    // From yearsToTarget on the shift is complete, so the phase of a later year equals that year's.
    const upTo = Math.min(i, ytt);
    return phasedVolume(from, to, phaseShares(upTo, ytt)[upTo]);
  });
}

/** BC.SAVING: sum over the rows of (current - target) x cost, the structural saving per year. */
export function saving(costs: unknown, current: unknown, target: unknown): Outcome<number> {
  return attempt(() => {
    const c = numericRange(costs, "costs", { min: 0 });
    const now = numericRange(current, "current", { min: 0 });
    const goal = numericRange(target, "target", { min: 0 });
    sameSize([
      [c, "costs"],
      [now, "current"],
      [goal, "target"],
    ]);
    const shift = new Array<number>(now.values.length);
    for (let k = 0; k < shift.length; k++) shift[k] = now.values[k] - goal.values[k];
    return sumProduct(shift, c.values);
  });
}

/** BC.PER1000YOUTHS: placements per 1,000 youths aged 0-17. */
export function per1000(count: unknown, population: unknown): Outcome<number> {
  return attempt(() => {
    const n = nonNegative(count, "count");
    const pop = requiredNumber(population, "population");
    if (pop === 0) fail("divisionByZero", (t) => t.populationZero);
    if (pop < 0) fail("invalidNumber", (t) => t.populationNegative(pop));
    return perThousand(n, pop);
  });
}

/** BC.BREAKEVENYEAR: the first year from which the cumulative balance stays at or above zero. */
export function breakEvenYearOf(years: unknown, cumulative: unknown): Outcome<number> {
  return attempt(() => {
    const y = numericRange(years, "years", { emptyAs: "missing" });
    const cum = numericRange(cumulative, "cumulative", { emptyAs: "missing" });
    sameSize([
      [y, "years"],
      [cum, "cumulative"],
    ]);
    // A selection that runs past the last year (empty in both ranges) is fine; a gap is not,
    // because an empty cumulative balance is not zero.
    let n = y.values.length;
    while (n > 0 && Number.isNaN(y.values[n - 1]) && Number.isNaN(cum.values[n - 1])) n--;
    if (n === 0) fail("invalidValue", (t) => t.yearsEmpty);
    for (let k = 0; k < n; k++) {
      for (const [range, name] of [
        [y, "years"],
        [cum, "cumulative"],
      ] as const) {
        if (Number.isNaN(range.values[k])) {
          const at = cellLabel(Math.floor(k / range.columns), k % range.columns, range.columns);
          fail("invalidValue", (t, arg) => t.cellEmpty(arg(name), at));
        }
      }
    }
    const year = breakEvenYear(y.values.slice(0, n), cum.values.slice(0, n));
    if (year === null) {
      fail("notAvailable", (t) => t.noBreakEven);
    }
    return year;
  });
}
