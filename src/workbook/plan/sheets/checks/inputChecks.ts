/**
 * Checks on the inputs: what a user can type or paste in the workbook that the calculation cannot
 * use. Data validation refuses most of it as it is typed; these catch what comes in by paste, by a
 * cleared cell or by an edit outside Excel, and say which input to look at.
 */
import { CARE_FORM_KINDS } from "../../../../model";
import { columnLetters } from "../../address";
import type { LayoutContext } from "../../layoutContext";
import type { InputsLayout } from "../inputs";
import { exactScenarioMatches } from "../../common";
import { checkTools, type Check } from "./check";
import { TEXTS } from "./texts";

export function inputChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  return [...careFormChecks(m, inputs), ...planChecks(m, inputs), ...regionChecks(m, inputs), ...otherInputChecks(m, inputs)];
}

function careFormChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  const { c } = m;
  const t = m.texts(TEXTS);
  const { I, ok, ids, isNumbers } = checkTools(m);
  const list = (f: (id: string) => string) => ids.map(f).join(",");
  return [
    {
      key: "volumesNonNegative",
      label: t.currentTargetVolumes,
      formula: ok(`AND(${list((id) => `ISNUMBER(BC_Current_${id}),ISNUMBER(BC_Target_${id})`)},MIN(${list((id) => `BC_Current_${id},BC_Target_${id}`)})>=0)`),
      holds: true,
    },
    {
      key: "plannedVolumesNonNegative",
      label: t.plannedVolumesNonNegative,
      formula: ok(`MIN(${list((id) => `BC_Volume_${id}`)})>=0`),
      holds: true,
    },
    {
      key: "costComponentsFilled",
      label: t.amountsPeriodsDays,
      formula: ok(
        `AND(${c.careForms
          .map((f) => {
            const rows = inputs.componentRows.get(f.id)!;
            const amounts = `${I}$B$${rows.first + 1}:$B$${rows.last + 1}`;
            const pers = `${I}$C$${rows.first + 1}:$C$${rows.last + 1}`;
            return `${isNumbers(amounts)},MIN(${amounts})>=0,COUNTIF(${pers},"")=0`;
          })
          .join(",")})`,
      ),
      holds: true,
    },
    {
      key: "ambulantCare",
      label: t.ambulantCareAmounts,
      formula: ok(
        `AND(${list((id) => `ISNUMBER(BC_AmbulantAmount_${id}),ISNUMBER(BC_AmbulantShare_${id})`)},MIN(${list((id) => `BC_AmbulantAmount_${id}`)})>=0,MIN(${list(
          (id) => `BC_AmbulantShare_${id}`,
        )})>=0,MAX(${list((id) => `BC_AmbulantShare_${id}`)})<=1)`,
      ),
      holds: true,
    },
    {
      key: "kindFromList",
      label: t.everyCareForm,
      formula: ok(`AND(${list((id) => `ISNUMBER(MATCH(BC_Kind_${id},BC_List_Kind,0))`)})`),
      holds: true,
    },
  ];
}

function planChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  const t = m.texts(TEXTS);
  const { I, ok, isNumbers } = checkTools(m);
  const oneOff = inputs.oneOffRows;
  return [
    {
      key: "phasingInputs",
      label: t.phasingYearsTarget,
      formula: ok(
        `AND(ISNUMBER(BC_YearsToTarget),BC_YearsToTarget>=1,BC_YearsToTarget<=BC_Horizon,${isNumbers("BC_PhasingShares")},MIN(BC_PhasingShares)>=0,MAX(BC_PhasingShares)<=1,ISNUMBER(MATCH(BC_PhasingMethod,BC_List_Method,0)))`,
      ),
      holds: true,
    },
    {
      key: "generalInputs",
      label: t.generalInputsFilled,
      formula: ok(
        `AND(ISNUMBER(BC_BaseYear),ISNUMBER(BC_Indexation),ISNUMBER(BC_DiscountRate),ISNUMBER(BC_BudgetYear)${m.population !== null ? ",ISNUMBER(BC_YouthPopulation),BC_YouthPopulation>0" : ""})`,
      ),
      holds: true,
    },
    {
      key: "oneOffsInHorizon",
      label: t.oneOffsInHorizon,
      formula: ok(`ABS(SUM(BC_OneOffAmounts)-SUM(BC_OneOffReal))<=BC_Tolerance`),
      holds: true,
    },
    {
      key: "oneOffAmountsNonNegative",
      label: t.oneOffAmountsNonNegative,
      formula: ok(`COUNTIF(${I}$B$${oneOff.first + 1}:$B$${oneOff.last + 1},"<0")=0`),
      holds: true,
    },
  ];
}

function regionChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  const grid = inputs.municipalities;
  if (!grid) return [];
  const t = m.texts(TEXTS);
  const { I, ok, isNumbers } = checkTools(m);
  const cols = [...grid.cols.current.values(), ...grid.cols.target.values()];
  const volumes = `${I}$${columnLetters(Math.min(...cols))}$${grid.rows.first + 1}:$${columnLetters(Math.max(...cols))}$${grid.rows.last + 1}`;
  const P = columnLetters(grid.cols.population);
  const population = `${I}$${P}$${grid.rows.first + 1}:$${P}$${grid.rows.last + 1}`;
  return [
    {
      key: "municipalityInputs",
      label: t.municipalityInputs,
      formula: ok(
        `AND(${isNumbers(volumes)},MIN(${volumes})>=0,COUNTIF(${population},"<=0")=0,COUNT(${population})+COUNTBLANK(${population})=ROWS(${population}))`,
      ),
      holds: true,
    },
  ];
}

function otherInputChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  const t = m.texts(TEXTS);
  const { ok, isNumbers } = checkTools(m);
  const sensitivityColumn = (which: "low" | "high") => {
    const rows = [...inputs.sensitivityRows.values()];
    const col = columnLetters(which === "low" ? inputs.sensitivityCols.low : inputs.sensitivityCols.high);
    return `${m.ctx.sheetPrefix("inputs")}$${col}$${Math.min(...rows) + 1}:$${col}$${Math.max(...rows) + 1}`;
  };
  return [
    {
      key: "activeScenarioInList",
      label: t.activeScenarioList,
      // EXACT: a scenario is chosen by its exact name, never by a wildcard or another case.
      formula: ok(`${exactScenarioMatches}=1`),
      holds: true,
    },
    {
      key: "scenarioParameters",
      label: t.scenariosRealisationBetween,
      formula: ok(
        `AND(${isNumbers("BC_ScenarioRealisations")},MIN(BC_ScenarioRealisations)>=0,MAX(BC_ScenarioRealisations)<=1,${CARE_FORM_KINDS.map((k) => `MIN(BC_ScenarioCostFactor_${k})>=0`).join(",")})`,
      ),
      holds: true,
    },
    {
      key: "scenarioNamesUnique",
      label: t.scenarioNamesUnique,
      formula: ok(`MAX(${SCENARIO_NAME_COUNTS})=1`),
      holds: true,
    },
    {
      key: "sensitivityLowNotAboveHigh",
      label: t.sensitivityLowNotAboveHigh,
      formula: ok(`SUMPRODUCT(--(${sensitivityColumn("low")}>${sensitivityColumn("high")}))=0`),
      holds: true,
    },
    {
      key: "monitoringInputs",
      label: t.monitoringInputs,
      formula: ok(
        `AND(COUNTIF(BC_Realised_residential,"<0")=0,COUNTIF(BC_Realised_familyBased,"<0")=0,COUNTIF(BC_Realised_cost,"<0")=0,BC_OrangeWithin>=BC_GreenWithin)`,
      ),
      holds: true,
    },
  ];
}

/** The helper row on the checks sheet: how often each scenario name occurs, upper and lower case alike. */
export const SCENARIO_NAME_COUNTS = "BC_ScenarioNameCounts";
