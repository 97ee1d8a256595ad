/** Scenarios (method.md section 6): a realisation of the planned shift, cost factors per kind, own phasing. */
import { DEFAULT_TEXTS } from "./defaults";
import type { Case, CareFormKind, Scenario } from "./schema";

/**
 * True when a scenario name would read as the base case's label (DEFAULT_TEXTS.baseCaseScenario)
 * in either language and any case: in the workbook's list it would stand beside the base case
 * under its name, and the drop-down compares without case.
 */
export function isBaseCaseLabel(name: string): boolean {
  const key = name.trim().toLowerCase();
  return key === DEFAULT_TEXTS.nl.baseCaseScenario.toLowerCase() || key === DEFAULT_TEXTS.en.baseCaseScenario.toLowerCase();
}

/** What a scenario changes; the base case is realisation 1, every cost factor 1, the case's phasing. */
export interface ScenarioParameters {
  name: string | null;
  realisation: number;
  costFactor: Record<CareFormKind, number>;
  yearsToTarget?: number;
}

export const BASE_CASE: ScenarioParameters = {
  name: null,
  realisation: 1,
  costFactor: { residential: 1, familyHome: 1, foster: 1, other: 1 },
};

export function scenarioParameters(s: Scenario): ScenarioParameters {
  return {
    name: s.name,
    realisation: s.realisation,
    costFactor: {
      residential: s.costFactor?.residential ?? 1,
      familyHome: s.costFactor?.familyHome ?? 1,
      foster: s.costFactor?.foster ?? 1,
      other: s.costFactor?.other ?? 1,
    },
    yearsToTarget: s.yearsToTarget,
  };
}

/** The scenario that drives the main results: the one `activeScenario` names, else the base case. */
export function activeScenario(c: Case): Scenario | undefined {
  if (!c.activeScenario) return undefined;
  return c.scenarios?.find((s) => s.name === c.activeScenario);
}

export function activeParameters(c: Case): ScenarioParameters {
  const s = activeScenario(c);
  return s ? scenarioParameters(s) : BASE_CASE;
}
