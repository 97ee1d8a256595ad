/**
 * What every sheet layout needs: the case, its results from the calculation (the cached values
 * of the formulas), the plan context, the texts that the formulas compare with (the labels in the
 * drop-down lists) and the positions that earlier sheets published for later ones.
 */
import {
  calculate,
  municipalityResults,
  regionYouthPopulation,
  scenarioParameters,
  sensitivity,
  sumProduct,
  switchingRealisation,
  volumesByForm,
  BASE_CASE,
  type Case,
  type CareFormKind,
  type CostPeriod,
  type Results,
  type SensitivityResult,
  type MunicipalityResult,
} from "../../model";
import { SheetBuilder, type PlanContext } from "./builder";
import { columnLetters } from "./address";
import type { CellPlan, SheetKey } from "./types";

export const KIND_LABELS: Record<CareFormKind, { nl: string; en: string }> = {
  residential: { nl: "Residentieel", en: "Residential" },
  familyHome: { nl: "Gezinshuis", en: "Family home" },
  foster: { nl: "Pleegzorg", en: "Foster care" },
  other: { nl: "Overig", en: "Other" },
};

export const PER_LABELS: Record<CostPeriod, { nl: string; en: string }> = {
  day: { nl: "dag", en: "day" },
  week: { nl: "week", en: "week" },
  month: { nl: "maand", en: "month" },
  year: { nl: "jaar", en: "year" },
};

export const METHOD_LABELS = {
  linear: { nl: "Lineair", en: "Linear" },
  shares: { nl: "Eigen percentages", en: "Own percentages" },
} as const;

export const SIGNAL_LABELS = {
  green: { nl: "groen", en: "green" },
  orange: { nl: "oranje", en: "orange" },
  red: { nl: "rood", en: "red" },
} as const;

/** Reference points for the share of youths living away from home (method.md section 3). */
export const REFERENCE_POINTS = [
  { key: "NL", value: 0.0126, nl: "Nederland 2019", en: "The Netherlands 2019" },
  { key: "Utrecht", value: 0.0069, nl: "Utrecht (stad)", en: "Utrecht (city)" },
  { key: "Denmark", value: 0.0063, nl: "Deense gemeente na tien jaar transformatie", en: "A Danish municipality after ten years of transformation" },
] as const;

/** Positions published by the inputs sheet for the formulas of later sheets. */
export interface InputsLayout {
  /** Per form id: the cells of its cost components (absolute refs on the inputs sheet). */
  components: Map<string, { amount: string; per: string; days: string }[]>;
  /** Per form id: the first and last row of its component table. */
  componentRows: Map<string, { first: number; last: number }>;
  sharesRow: number;
  /** Column of year index 0 in the shares row; year i sits at sharesCol + i. */
  sharesCol: number;
  oneOffRows: { first: number; last: number };
  scenarioColumns: number[];
  scenarioRows: {
    name: number;
    realisation: number;
    factor: Record<CareFormKind, number>;
    yearsToTarget: number;
  };
  municipalityRows?: { first: number; last: number; total: number };
  /** Columns of the municipality grid: population, then current per form, then target per form. */
  municipalityCols?: { population: number; current: Map<string, number>; target: Map<string, number> };
  sensitivityRows: Map<string, number>;
  sensitivityCols: { low: number; high: number };
}

export interface CalcLayout {
  /** Row numbers of the named rows on the calculation sheet. */
  rows: Record<string, number>;
  volumeRows: Map<string, number>;
  per1000Rows: Map<string, number>;
  scenarioBlocks: { p: number; ss: number; npv: number; breakEven: number }[];
}

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
  inputs!: InputsLayout;
  calc!: CalcLayout;

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

  get tr() {
    return this.ctx.tr;
  }

  label(l: { nl: string; en: string }): string {
    return this.ctx.lang === "nl" ? l.nl : l.en;
  }

  sheet(key: SheetKey): SheetBuilder {
    return new SheetBuilder(key, this.ctx.sheetNames[key]);
  }

  /** The name of the base case in the scenario list. */
  get baseCaseName(): string {
    return this.tr("Basis (invoer)", "Base case (inputs)");
  }

  /** The active scenario's name as the BC_Scenario cell shows it. */
  get activeScenarioName(): string {
    return this.c.activeScenario ?? this.baseCaseName;
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
