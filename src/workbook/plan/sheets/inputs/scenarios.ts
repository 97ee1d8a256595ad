/**
 * Inputs sheet, section "Scenarios": the active scenario (a drop-down) and a table with the base
 * case and each scenario side by side: realisation, a cost factor per kind, years to target.
 */
import { CARE_FORM_KINDS, LIMITS, type CareFormKind, type Scenario } from "../../../../model";
import { cell, rowRange } from "../../builder";
import { exactScenarioMatches } from "../../common";
import { CHECK_FILLS } from "../../styles";
import { header, note, section, text, unit } from "../../layoutContext";
import { COL, type InputCells } from "./inputCells";
import { TEXTS } from "./texts";

export interface ScenariosLayout {
  /** Column of the base case, then of each scenario, in the table. */
  scenarioColumns: number[];
  scenarioRows: { name: number; realisation: number; factor: Record<CareFormKind, number>; yearsToTarget: number };
}

type ParameterKey = "realisation" | CareFormKind | "yearsToTarget";

export function scenariosSection(s: InputCells, row: number): ScenariosLayout & { next: number } {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.scenarios));
  b.set(r, 0, text(t.activeScenario));
  b.set(r, COL.value, { value: m.activeScenarioName, style: "inputText", numberFormat: "text" });
  ctx.name("BC_Scenario", "inputs", cell(r, COL.value), "The scenario that drives the results");
  ctx.bind({ path: ["activeScenario"], name: "BC_Scenario", sheet: "inputs", row: r, col: COL.value, type: "optionalText" });
  // The drop-down offers the names as they are; a name typed in another case passes it (a list
  // validation compares without case, in Excel and LibreOffice alike) but is no exact name: the cell
  // turns red, as do the checks, and the results show #N/A rather than some other scenario.
  b.validations.push({ range: cell(r, COL.value), ...s.list("BC_ScenarioNames", t.aScenario) });
  b.conditionalFormats.push({ range: cell(r, COL.value), formula: `${exactScenarioMatches}<>1`, fill: CHECK_FILLS.error });
  b.set(r++, COL.source, note(t.activeScenarioNote));

  const scenarios = c.scenarios ?? [];
  const scenarioColumns = [COL.value, ...scenarios.map((_, k) => COL.value + 1 + k)];
  const nameRow = r;
  b.set(r, 0, header(t.scenario));
  b.set(r, COL.value, { value: m.baseCaseName, style: "header" });
  scenarios.forEach((sc, k) => {
    s.input(r, COL.value + 1 + k, {
      value: sc.name,
      path: ["scenarios", k, "name"],
      type: "text",
      format: "text",
      table: { name: "BC_ScenarioTable", offset: { row: 0, col: COL.value + 1 + k } },
    });
  });
  r++;

  const parameters: { label: string; key: ParameterKey }[] = [
    { label: t.scenarioRealisation, key: "realisation" },
    ...CARE_FORM_KINDS.map((k) => ({ label: `${t.costFactor} ${t.kindLabels[k].toLowerCase()}`, key: k })),
    { label: t.scenarioYearsToTarget, key: "yearsToTarget" },
  ];
  const realisationRow = r;
  const factorRows = {} as Record<CareFormKind, number>;
  for (const parameter of parameters) {
    parameterRow(s, parameter, scenarios, r, nameRow);
    if (parameter.key !== "realisation" && parameter.key !== "yearsToTarget") factorRows[parameter.key] = r;
    r++;
  }
  const yttRow = r - 1;
  // Why the scenarios are what they are: their parameters are assumptions, and say so with a reason.
  b.set(r, 0, text(t.scenariosSource));
  s.input(r, COL.source, {
    value: c.sources?.scenarios,
    path: ["sources", "scenarios"],
    type: "optionalText",
    format: "text",
    table: { name: "BC_ScenarioTable", offset: { row: r - nameRow, col: COL.source } },
  });
  r++;
  const count = scenarios.length + 1;
  ctx.name("BC_ScenarioTable", "inputs", { row: nameRow, col: 0, rowCount: yttRow - nameRow + 1, colCount: count + 1 }, "Scenario parameters");
  ctx.name("BC_ScenarioNames", "inputs", rowRange(nameRow, COL.value, count), "Names of the base case and the scenarios");
  ctx.name("BC_ScenarioRealisations", "inputs", rowRange(realisationRow, COL.value, count), "Realisation per scenario");
  for (const k of CARE_FORM_KINDS)
    ctx.name(`BC_ScenarioCostFactor_${k}`, "inputs", rowRange(factorRows[k], COL.value, count), `Cost factor for ${k} per scenario`);
  ctx.name("BC_ScenarioYearsToTarget", "inputs", rowRange(yttRow, COL.value, count), "Years to target per scenario (empty: the case's phasing)");
  return {
    scenarioColumns,
    scenarioRows: { name: nameRow, realisation: realisationRow, factor: factorRows, yearsToTarget: yttRow },
    next: r + 1,
  };
}

/** One parameter row: the base case's fixed value in the value column, each scenario's input beside it. */
function parameterRow(s: InputCells, parameter: { label: string; key: ParameterKey }, scenarios: Scenario[], r: number, nameRow: number): void {
  const { m, b } = s;
  const t = m.texts(TEXTS);
  const { key } = parameter;
  b.set(r, 0, text(parameter.label));
  if (key === "realisation") b.set(r, COL.value, { value: 1, style: "constant", numberFormat: "percent" });
  else if (key === "yearsToTarget") b.set(r, COL.value, { style: "constant", numberFormat: "integer" });
  else b.set(r, COL.value, { value: 1, style: "constant", numberFormat: "factor" });
  scenarios.forEach((sc, k) => {
    const col = COL.value + 1 + k;
    const table = { name: "BC_ScenarioTable", offset: { row: r - nameRow, col } };
    const path = ["scenarios", k];
    if (key === "realisation") {
      s.input(r, col, { value: sc.realisation, path: [...path, "realisation"], type: "number", format: "percent", table, validation: s.number(0, 1) });
    } else if (key === "yearsToTarget") {
      s.input(r, col, {
        value: sc.yearsToTarget,
        path: [...path, "yearsToTarget"],
        type: "optionalInteger",
        format: "integer",
        table,
        validation: s.number(1, m.c.horizonYears, true),
      });
    } else {
      s.input(r, col, {
        value: sc.costFactor?.[key] ?? 1,
        path: [...path, "costFactor", key],
        type: "optionalNumber",
        format: "factor",
        table,
        validation: s.number(0, LIMITS.maxCostFactor),
      });
    }
  });
  if (key === "realisation") b.set(r, COL.value + 1 + scenarios.length, unit(t.partOfShift));
}
