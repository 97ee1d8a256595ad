/**
 * The results of method.md sections 3 and 6 for a validated case. Pure: no Office, no DOM.
 * Arrays run over year index i = 0..horizonYears (year = baseYear + i).
 */
import type { Case, CareFormKind } from "./schema";
import { annualComponentCost, ambulantCost, costPerPlacementYear } from "./costs";
import { phaseShares, phasedVolume } from "./phasing";
import { breakEvenYear, cumulative, discountFactors, indexFactors, sumProduct, times } from "./finance";
import { municipalityVolume, perThousand, regionYouthPopulation, volumesByForm } from "./regions";
import { BASE_CASE, activeParameters, scenarioParameters, type ScenarioParameters } from "./scenarios";

export interface FormResult {
  id: string;
  name: string;
  kind: CareFormKind;
  /** Annual cost of each cost component, in the order of `costs`. */
  componentCosts: number[];
  ambulantCost: number;
  /** c_f of the base case. */
  baseCostPerPlacement: number;
  /** c_f^s: c_f times the scenario's cost factor for this kind (equal to the base without a scenario). */
  costPerPlacement: number;
  current: number;
  target: number;
  volumes: number[];
  /** v_f(i) / youthPopulation x 1000, when the population is known. */
  per1000: number[] | null;
  referenceCost: number;
  scenarioCost: number[];
}

export interface Results {
  scenario: string | null;
  realisation: number;
  baseYear: number;
  horizonYears: number;
  years: number[];
  phase: number[];
  forms: FormResult[];
  costPerPlacement: Record<string, number>;
  volumes: Record<string, number>[];
  referenceCost: number[];
  scenarioCost: number[];
  savingReal: number[];
  oneOffReal: number[];
  netReal: number[];
  indexFactor: number[];
  referenceCostNominal: number[];
  scenarioCostNominal: number[];
  savingNominal: number[];
  oneOffNominal: number[];
  netNominal: number[];
  cumulativeNominal: number[];
  discountFactor: number[];
  npv: number;
  breakEvenYear: number | null;
  structuralSaving: number;
  youthPopulation: number | null;
  totalPlaced: number[];
  awayFromHomeShare: number[] | null;
  /** Placed youths per kind of care form, per year (for monitoring). */
  placedByKind: Record<CareFormKind, number[]>;
}

/** Results under the given scenario parameters (the case's active scenario when left out). */
export function calculate(c: Case, params: ScenarioParameters = activeParameters(c)): Results {
  const H = c.horizonYears;
  const years = Array.from({ length: H + 1 }, (_, i) => c.baseYear + i);
  const phase = params.yearsToTarget !== undefined ? phaseShares(H, params.yearsToTarget) : phaseShares(H, c.phasing.yearsToTarget, c.phasing.shares);
  const volumesOf = volumesByForm(c);
  const population = regionYouthPopulation(c);

  const forms: FormResult[] = c.careForms.map((f) => {
    const { current, target } = volumesOf.get(f.id)!;
    const base = costPerPlacementYear(f);
    const cost = base * params.costFactor[f.kind];
    const volumes = phase.map((p) => phasedVolume(current, target, p, params.realisation));
    return {
      id: f.id,
      name: f.name,
      kind: f.kind,
      componentCosts: f.costs.map(annualComponentCost),
      ambulantCost: ambulantCost(f.ambulant.amount, f.ambulant.share),
      baseCostPerPlacement: base,
      costPerPlacement: cost,
      current,
      target,
      volumes,
      per1000: population === null ? null : volumes.map((v) => perThousand(v, population)),
      referenceCost: current * cost,
      scenarioCost: volumes.map((v) => v * cost),
    };
  });

  const yearly = (pick: (f: FormResult, i: number) => number) => years.map((_, i) => forms.reduce((s, f) => s + pick(f, i), 0));
  const referenceCost = yearly((f) => f.referenceCost);
  const scenarioCost = yearly((f, i) => f.scenarioCost[i]);
  const savingReal = referenceCost.map((r, i) => r - scenarioCost[i]);
  const oneOffReal = years.map((y) => c.oneOffCosts.filter((o) => o.year === y).reduce((s, o) => s + o.amount, 0));
  const netReal = savingReal.map((s, i) => s - oneOffReal[i]);

  const indexFactor = indexFactors(H, c.indexation);
  const netNominal = times(netReal, indexFactor);
  const cumulativeNominal = cumulative(netNominal);
  const discountFactor = discountFactors(H, c.discountRate);
  const totalPlaced = yearly((f, i) => f.volumes[i]);
  const byKind = (kind: CareFormKind) => yearly((f, i) => (f.kind === kind ? f.volumes[i] : 0));

  return {
    scenario: params.name,
    realisation: params.realisation,
    baseYear: c.baseYear,
    horizonYears: H,
    years,
    phase,
    forms,
    costPerPlacement: Object.fromEntries(forms.map((f) => [f.id, f.costPerPlacement])),
    volumes: years.map((_, i) => Object.fromEntries(forms.map((f) => [f.id, f.volumes[i]]))),
    referenceCost,
    scenarioCost,
    savingReal,
    oneOffReal,
    netReal,
    indexFactor,
    referenceCostNominal: times(referenceCost, indexFactor),
    scenarioCostNominal: times(scenarioCost, indexFactor),
    savingNominal: times(savingReal, indexFactor),
    oneOffNominal: times(oneOffReal, indexFactor),
    netNominal,
    cumulativeNominal,
    discountFactor,
    npv: sumProduct(netReal, discountFactor),
    breakEvenYear: breakEvenYear(years, cumulativeNominal),
    structuralSaving: forms.reduce((s, f) => s + (f.current - f.target) * params.realisation * f.costPerPlacement, 0),
    youthPopulation: population,
    totalPlaced,
    awayFromHomeShare: population === null ? null : totalPlaced.map((t) => t / population),
    placedByKind: {
      residential: byKind("residential"),
      familyHome: byKind("familyHome"),
      foster: byKind("foster"),
      other: byKind("other"),
    },
  };
}

export interface ScenarioSummary {
  name: string;
  structuralSaving: number;
  npv: number;
  breakEvenYear: number | null;
}

/** The key figures of each scenario in the case file, in order. */
export function scenarioSummaries(c: Case): ScenarioSummary[] {
  return (c.scenarios ?? []).map((s) => {
    const r = calculate(c, scenarioParameters(s));
    return { name: s.name, structuralSaving: r.structuralSaving, npv: r.npv, breakEvenYear: r.breakEvenYear };
  });
}

/**
 * The realisation at which NPV is zero, other things as in the given scenario. NPV is linear in the
 * realisation (NPV(r) = NPV(0) + r x (NPV(1) - NPV(0))), so two evaluations find it exactly.
 * Null when it means nothing: when more of the shift does not raise the NPV (no shift planned, or a
 * shift that costs more than it saves), no realisation brings the NPV to zero from below (NPV(0) is
 * minus the one-off costs), and the formula would give a negative share.
 */
export function switchingRealisation(c: Case, params: ScenarioParameters = activeParameters(c)): number | null {
  const at0 = calculate(c, { ...params, realisation: 0 }).npv;
  const at1 = calculate(c, { ...params, realisation: 1 }).npv;
  const slope = at1 - at0;
  if (!(slope > 0)) return null;
  return -at0 / slope;
}

/** Whether the cumulative balance is never below zero: break-even in the base year means no payback period ("direct"). */
export function paysBackImmediately(r: Pick<Results, "breakEvenYear" | "baseYear">): boolean {
  return r.breakEvenYear === r.baseYear;
}

export interface MunicipalityResult {
  name: string;
  youthPopulation: number | null;
  current: Record<string, number>;
  target: Record<string, number>;
  totalCurrent: number;
  totalTarget: number;
  /** sum_f (current_mf - target_mf) x c_f, with the base-case cost per placement. */
  structuralSaving: number;
  per1000Current: Record<string, number> | null;
  per1000Target: Record<string, number> | null;
  awayFromHomeShareCurrent: number | null;
  awayFromHomeShareTarget: number | null;
}

export function municipalityResults(c: Case): MunicipalityResult[] | null {
  if (!c.municipalities) return null;
  return c.municipalities.map((m) => {
    const current: Record<string, number> = {};
    const target: Record<string, number> = {};
    let structuralSaving = 0;
    for (const f of c.careForms) {
      const v = municipalityVolume(m, f.id);
      current[f.id] = v.current;
      target[f.id] = v.target;
      structuralSaving += (v.current - v.target) * costPerPlacementYear(f);
    }
    const totalCurrent = Object.values(current).reduce((s, x) => s + x, 0);
    const totalTarget = Object.values(target).reduce((s, x) => s + x, 0);
    const pop = m.youthPopulation ?? null;
    const per1000 = (vs: Record<string, number>) => (pop === null ? null : Object.fromEntries(Object.entries(vs).map(([id, v]) => [id, perThousand(v, pop)])));
    return {
      name: m.name,
      youthPopulation: pop,
      current,
      target,
      totalCurrent,
      totalTarget,
      structuralSaving,
      per1000Current: per1000(current),
      per1000Target: per1000(target),
      awayFromHomeShareCurrent: pop === null ? null : totalCurrent / pop,
      awayFromHomeShareTarget: pop === null ? null : totalTarget / pop,
    };
  });
}

export { BASE_CASE };
