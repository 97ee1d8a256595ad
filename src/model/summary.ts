/** The figures `businesscase summary --json` prints (issue 2, extended by scenarios in issue 5). */
import type { Case } from "./schema";
import { calculate, scenarioSummaries, switchingRealisation, type ScenarioSummary } from "./calculate";

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
}

/**
 * Keys that a case does not call for are left out: the share away from home without a population,
 * the scenario figures without scenarios. The per-municipality figures are not part of this
 * contract (municipalityResults has them; the workbook shows them).
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
  return out;
}
