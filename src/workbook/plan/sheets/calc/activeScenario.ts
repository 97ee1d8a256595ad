/** Calculation sheet, section "Active scenario": what the active scenario sets, picked from the scenario table by its position. */
import { CARE_FORM_KINDS } from "../../../../model";
import { exactScenarioMatches, exactScenarioPosition, SCENARIO_INDEX_NAME } from "../../common";
import { section } from "../../layoutContext";
import type { CalcRows } from "./rows";
import { TEXTS } from "./texts";

export function activeScenarioSection(rows: CalcRows): void {
  const { m } = rows;
  const { c } = m;
  const t = m.texts(TEXTS);
  rows.section(section(t.activeScenario));
  const activeIndex = m.scenarioActive ? (c.scenarios ?? []).findIndex((s) => s.name === c.activeScenario) + 2 : 1;
  const active = m.activeScenario;
  const matches = rows.single({
    label: t.activeScenarioMatches,
    unit: "",
    formula: `=${exactScenarioMatches}`,
    value: 1,
    format: "integer",
  });
  // Exactly once, or no position at all: a name that is not in the list, or is in it twice, gives
  // #N/A in every result (and check) instead of quietly computing another scenario.
  rows.single({
    label: t.activeScenarioNumber,
    unit: "",
    formula: `=IF(C${matches + 1}=1,${exactScenarioPosition},NA())`,
    value: activeIndex,
    format: "integer",
    name: SCENARIO_INDEX_NAME,
    comment: "Position of the active scenario in the scenario list (exact match)",
  });
  rows.single({
    label: t.realisationShift,
    unit: "%",
    formula: `=INDEX(BC_ScenarioRealisations,${SCENARIO_INDEX_NAME})`,
    value: m.results.realisation,
    format: "percent",
    name: "BC_LiveRealisation",
    comment: "Realisation in the active scenario",
  });
  for (const k of CARE_FORM_KINDS) {
    rows.single({
      label: `${t.costFactor} ${t.kindLabels[k].toLowerCase()}`,
      unit: "factor",
      formula: `=INDEX(BC_ScenarioCostFactor_${k},${SCENARIO_INDEX_NAME})`,
      value: active?.costFactor?.[k] ?? 1,
      format: "factor",
      name: `BC_LiveCostFactor_${k}`,
      comment: `Cost factor for ${k} in the active scenario`,
    });
  }
  rows.single({
    label: t.liveYearsToTarget,
    unit: t.years,
    formula: `=INDEX(BC_ScenarioYearsToTarget,${SCENARIO_INDEX_NAME})`,
    value: active?.yearsToTarget ?? 0,
    format: "integer",
    name: "BC_LiveYearsToTarget",
    comment: "Years to target set by the active scenario (0: none)",
  });
  rows.gap();
}
