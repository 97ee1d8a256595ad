/** The figures `businesscase summary --json` prints (issue 2, extended by scenarios in issue 5). */
import type { Case } from "./schema";
import { calculate, scenarioSummaries, switchingRealisation, municipalityResults, type ScenarioSummary, type MunicipalityResult } from "./calculate";

export interface CaseSummary {
  costPerPlacement: Record<string, number>;
  structuralSaving: number;
  npv: number;
  breakEvenYear: number | null;
  years: number[];
  savingReal: number[];
  netReal: number[];
  netNominal: number[];
  cumulativeNominal: number[];
  volumes: Record<string, number>[];
  awayFromHomeShare?: number[];
  scenarios?: ScenarioSummary[];
  switchingRealisation?: number | null;
  municipalities?: MunicipalityResult[];
}

/**
 * Keys that a case does not call for are left out: the share away from home without a population,
 * the scenario figures without scenarios, the municipalities without a region.
 */
export function summarize(c: Case): CaseSummary {
  const r = calculate(c);
  const out: CaseSummary = {
    costPerPlacement: r.costPerPlacement,
    structuralSaving: r.structuralSaving,
    npv: r.npv,
    breakEvenYear: r.breakEvenYear,
    years: r.years,
    savingReal: r.savingReal,
    netReal: r.netReal,
    netNominal: r.netNominal,
    cumulativeNominal: r.cumulativeNominal,
    volumes: r.volumes,
  };
  if (r.awayFromHomeShare) out.awayFromHomeShare = r.awayFromHomeShare;
  if (c.scenarios) {
    out.scenarios = scenarioSummaries(c);
    out.switchingRealisation = switchingRealisation(c);
  }
  const municipalities = municipalityResults(c);
  if (municipalities) out.municipalities = municipalities;
  return out;
}
