/**
 * What every sheet layout needs: the case, its results from the calculation (the cached values
 * of the formulas), the plan context and the texts that the formulas compare with (the labels in
 * the drop-down lists). Positions on one sheet that another refers to are not kept here: each sheet
 * returns its layout, and buildPlan passes it to the sheets that need it.
 */
import {
  calculate,
  defaultBudgetYear,
  municipalityResults,
  regionYouthPopulation,
  scenarioParameters,
  sensitivity,
  sumProduct,
  switchingRealisation,
  volumesByForm,
  BASE_CASE,
  type Case,
  type Catalogue,
  type Results,
  type Scenario,
  type SensitivityResult,
  type MunicipalityResult,
} from "../../model";
import { SheetBuilder, type PlanContext } from "./builder";
import { columnLetters } from "./address";
import { BUDGET_YEARS, CHECK_TOLERANCE } from "./common";
import { COMMON_TEXTS } from "./texts";
import type { CellPlan, SheetKey } from "./types";

/** Reference points for the share of youths living away from home (method.md section 3); their labels are in COMMON_TEXTS.referencePoints. */
export const REFERENCE_POINTS = [
  { key: "NL", value: 0.0126 },
  { key: "Utrecht", value: 0.0069 },
  { key: "Denmark", value: 0.0063 },
] as const;

export class LayoutContext {
  readonly results: Results;
  readonly base: Results;
  readonly scenarios: Results[];
  readonly sensitivity: SensitivityResult;
  readonly municipalities: MunicipalityResult[] | null;
  readonly population: number | null;
  readonly volumes: ReturnType<typeof volumesByForm>;
  readonly H: number;
  /** Figures several sheets show besides the calculation's results (NPV = full x PV(phasing) x realisation - PV(one-offs)). */
  readonly key: { structuralSavingFull: number; pvPhase: number; pvOneOff: number; switching: number | null };

  constructor(
    readonly c: Case,
    readonly ctx: PlanContext,
    readonly meta: { addinVersion: string; builtAt: Date },
  ) {
    this.results = calculate(c);
    this.base = calculate(c, BASE_CASE);
    this.scenarios = (c.scenarios ?? []).map((s) => calculate(c, scenarioParameters(s)));
    this.sensitivity = sensitivity(c);
    this.municipalities = municipalityResults(c);
    this.population = regionYouthPopulation(c);
    this.volumes = volumesByForm(c);
    this.H = c.horizonYears;
    const R = this.results;
    this.key = {
      structuralSavingFull: R.forms.reduce((s, f) => s + (f.current - f.target) * f.costPerPlacement, 0),
      pvPhase: sumProduct(R.phase, R.discountFactor),
      pvOneOff: sumProduct(R.oneOffReal, R.discountFactor),
      switching: switchingRealisation(c),
    };
  }

  /** The plan's language side of a catalogue of texts. */
  texts<T>(catalogue: Catalogue<T>): T {
    return catalogue[this.ctx.lang];
  }

  sheet(key: SheetKey): SheetBuilder {
    return new SheetBuilder(key, this.ctx.sheetNames[key]);
  }

  /** The name of the base case in the scenario list. */
  get baseCaseName(): string {
    return this.texts(COMMON_TEXTS).baseCaseName;
  }

  /** The active scenario's name as the BC_Scenario cell shows it. */
  get activeScenarioName(): string {
    return this.c.activeScenario ?? this.baseCaseName;
  }

  /** The warnings of the checks sheet for the case as built: what holds, and how many do not. */
  get warnings(): { budgetWindowInHorizon: boolean; sharesReachTarget: boolean; pricesAtBaseYear: boolean; placedTotalUnchanged: boolean; count: number } {
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const { baseYear, phasing } = this.c;
    const budgetWindowInHorizon = this.budgetYear >= baseYear && this.budgetYear + BUDGET_YEARS - 1 <= baseYear + this.H;
    // Own shares may do anything (the method allows it), but a reader should know when they do not reach the target in its year.
    const sharesReachTarget = !phasing.shares || phasing.shares.every((share, i) => i + 1 < phasing.yearsToTarget || share >= 1);
    const placedTotalUnchanged = Math.abs(sum(this.results.forms.map((f) => f.target)) - sum(this.results.forms.map((f) => f.current))) <= CHECK_TOLERANCE;
    const pricesAtBaseYear = this.c.careForms.every((f) => f.costs.every((k) => (k.priceYear ?? baseYear) === baseYear || (k.indexFactor ?? 1) !== 1));
    const holds = [budgetWindowInHorizon, sharesReachTarget, pricesAtBaseYear, placedTotalUnchanged];
    return { budgetWindowInHorizon, sharesReachTarget, pricesAtBaseYear, placedTotalUnchanged, count: holds.filter((x) => !x).length };
  }

  /** The first year of the municipal multi-year budget. */
  get budgetYear(): number {
    return this.c.budgetYear ?? defaultBudgetYear(this.c.baseYear);
  }

  /** The active scenario of the case, if one is active. */
  get activeScenario(): Scenario | undefined {
    return this.c.activeScenario === undefined ? undefined : this.c.scenarios?.find((s) => s.name === this.c.activeScenario);
  }

  get scenarioActive(): boolean {
    return this.c.activeScenario !== undefined;
  }
}

/** Column letter of year index i on a sheet whose timeline starts at column `first`. */
export function yearColumn(first: number, i: number): string {
  return columnLetters(first + i);
}

export const text = (value: string, style: CellPlan["style"] = "label"): CellPlan => ({ value, style });
export const unit = (value: string): CellPlan => ({ value, style: "unit" });
export const note = (value: string): CellPlan => ({ value, style: "note" });
export const section = (value: string): CellPlan => ({ value, style: "section" });
export const header = (value: string): CellPlan => ({ value, style: "header" });
