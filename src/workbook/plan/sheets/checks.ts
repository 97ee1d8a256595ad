/**
 * The checks sheet (Controles / Checks): each check is 1 when it holds and 0 when it does not;
 * the master check BC_ChecksOK, shown at the top of every sheet, is 1 only when all hold. Checks
 * catch what a user can break in the workbook: negative volumes, shares outside 0..1, text where a
 * number belongs, totals that no longer tie.
 */
import { CARE_FORM_KINDS } from "../../../model";
import { columnLetters } from "../address";
import { cell, colRange, type SheetBuilder } from "../builder";
import { MASTER_CHECK_NAME, sheetTop } from "../common";
import { header, section, type LayoutContext } from "../layoutContext";
import { CHECK_FILLS, TAB_COLORS } from "../styles";
import type { InputsLayout } from "./inputs";
import { TEXTS } from "./checksTexts";

interface Check {
  label: string;
  formula: string;
}

export function buildChecksSheet(m: LayoutContext, inputs: InputsLayout): { sheet: SheetBuilder } {
  const { ctx } = m;
  const t = m.texts(TEXTS);
  const b = m.sheet("checks");
  b.tabColor = TAB_COLORS.checks;
  b.widths({ 0: 6, 1: 90, 2: 12, 3: 14 });
  sheetTop(m, b, t.checks, t.purpose);
  const checks: Check[] = [...inputChecks(m, inputs), ...tieOutChecks(m, inputs)];

  let r = b.row;
  b.set(r++, 1, section(t.checks));
  b.setRow(r++, 0, [header("#"), header(t.check), header(t.outcome), header("")]);
  const first = r;
  checks.forEach((check, k) => {
    b.set(r, 0, { value: k + 1, style: "label", numberFormat: "integer" });
    b.set(r, 1, { value: check.label, style: "label" });
    b.set(r, 2, { formula: check.formula, result: 1, style: "check", numberFormat: "integer" });
    b.set(r, 3, { formula: `=IF(C${r + 1}=1,"${t.inOrder}","${t.error}")`, result: t.inOrder, style: "check" });
    r++;
  });
  const last = r - 1;
  const outcomes = colRange(first, 2, checks.length);
  const statuses = colRange(first, 3, checks.length);
  b.conditionalFormats.push(
    { range: outcomes, formula: `C${first + 1}=1`, fill: CHECK_FILLS.ok },
    { range: outcomes, formula: `C${first + 1}<>1`, fill: CHECK_FILLS.error },
    { range: statuses, formula: `$C${first + 1}=1`, fill: CHECK_FILLS.ok },
    { range: statuses, formula: `$C${first + 1}<>1`, fill: CHECK_FILLS.error },
  );
  r++;
  b.set(r, 1, { value: t.allInOrder, style: "output" });
  b.set(r, 2, { formula: `=IF(SUM(C${first + 1}:C${last + 1})=ROWS(C${first + 1}:C${last + 1}),1,0)`, result: 1, style: "keyFigure", numberFormat: "integer" });
  ctx.name(MASTER_CHECK_NAME, "checks", cell(r, 2), "1 when every check holds");
  ctx.name("BC_Checks", "checks", outcomes, "Outcome of each check (1 = in order)");
  b.row = r + 1;
  b.freeze = { rows: 4, columns: 0 };
  return { sheet: b };
}

function rangeOf(m: LayoutContext, inputs: InputsLayout, which: "low" | "high"): string {
  const rows = [...inputs.sensitivityRows.values()];
  const col = columnLetters(which === "low" ? inputs.sensitivityCols.low : inputs.sensitivityCols.high);
  return `${m.ctx.sheetPrefix("inputs")}$${col}$${Math.min(...rows) + 1}:$${col}$${Math.max(...rows) + 1}`;
}

/** Helpers the check formulas share. */
function checkTools(m: LayoutContext) {
  return {
    I: m.ctx.sheetPrefix("inputs"),
    ok: (condition: string) => `=IF(${condition},1,0)`,
    ids: m.c.careForms.map((f) => f.id),
    isNumbers: (range: string) => `COUNT(${range})=ROWS(${range})*COLUMNS(${range})`,
  };
}

/** Checks on the inputs: what a user could type that the calculation cannot use. */
function inputChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  const { c } = m;
  const t = m.texts(TEXTS);
  const { I, ok, ids, isNumbers } = checkTools(m);
  const checks: Check[] = [];

  checks.push({
    label: t.currentTargetVolumes,
    formula: ok(
      `AND(${ids.map((id) => `ISNUMBER(BC_Current_${id}),ISNUMBER(BC_Target_${id})`).join(",")},MIN(${ids.map((id) => `BC_Current_${id},BC_Target_${id}`).join(",")})>=0)`,
    ),
  });
  checks.push({
    label: t.plannedVolumesNonNegative,
    formula: ok(`MIN(${ids.map((id) => `BC_Volume_${id}`).join(",")})>=0`),
  });
  checks.push({
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
  });
  checks.push({
    label: t.ambulantCareAmounts,
    formula: ok(
      `AND(${ids.map((id) => `ISNUMBER(BC_AmbulantAmount_${id}),ISNUMBER(BC_AmbulantShare_${id})`).join(",")},MIN(${ids.map((id) => `BC_AmbulantAmount_${id}`).join(",")})>=0,MIN(${ids
        .map((id) => `BC_AmbulantShare_${id}`)
        .join(",")})>=0,MAX(${ids.map((id) => `BC_AmbulantShare_${id}`).join(",")})<=1)`,
    ),
  });
  checks.push({
    label: t.everyCareForm,
    formula: ok(`AND(${ids.map((id) => `ISNUMBER(MATCH(BC_Kind_${id},BC_List_Kind,0))`).join(",")})`),
  });
  checks.push({
    label: t.phasingYearsTarget,
    formula: ok(
      `AND(ISNUMBER(BC_YearsToTarget),BC_YearsToTarget>=1,BC_YearsToTarget<=BC_Horizon,${isNumbers("BC_PhasingShares")},MIN(BC_PhasingShares)>=0,MAX(BC_PhasingShares)<=1,ISNUMBER(MATCH(BC_PhasingMethod,BC_List_Method,0)))`,
    ),
  });
  checks.push({
    label: t.generalInputsFilled,
    formula: ok(
      `AND(ISNUMBER(BC_BaseYear),ISNUMBER(BC_Indexation),ISNUMBER(BC_DiscountRate),ISNUMBER(BC_BudgetYear)${m.population !== null ? ",ISNUMBER(BC_YouthPopulation),BC_YouthPopulation>0" : ""})`,
    ),
  });
  checks.push({
    label: t.budgetYearsInHorizon,
    formula: ok("AND(BC_BudgetYear>=INDEX(BC_Years,1),BC_BudgetYear<=INDEX(BC_Years,COLUMNS(BC_Years)))"),
  });
  const oneOff = inputs.oneOffRows;
  checks.push({
    label: t.oneOffsInHorizon,
    formula: ok(`ABS(SUM(BC_OneOffAmounts)-SUM(BC_OneOffReal))<=BC_Tolerance`),
  });
  checks.push({
    label: t.oneOffAmountsNonNegative,
    formula: ok(`COUNTIF(${I}$B$${oneOff.first + 1}:$B$${oneOff.last + 1},"<0")=0`),
  });
  checks.push({
    label: t.activeScenarioList,
    formula: ok("ISNUMBER(MATCH(BC_Scenario,BC_ScenarioNames,0))"),
  });
  checks.push({
    label: t.scenariosRealisationBetween,
    formula: ok(
      `AND(${isNumbers("BC_ScenarioRealisations")},MIN(BC_ScenarioRealisations)>=0,MAX(BC_ScenarioRealisations)<=1,${CARE_FORM_KINDS.map((k) => `MIN(BC_ScenarioCostFactor_${k})>=0`).join(",")})`,
    ),
  });
  return checks;
}

/** Checks that totals tie out, and the remaining input checks (sensitivity ranges, monitoring). */
function tieOutChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  const { c } = m;
  const t = m.texts(TEXTS);
  const { I, ok } = checkTools(m);
  const checks: Check[] = [];
  checks.push({
    label: t.savingPerYear,
    formula: ok("SUMPRODUCT(ABS(BC_SavingReal-BC_Phase*BC_StructuralSaving))<=BC_Tolerance"),
  });
  checks.push({
    label: t.cumulativeLastYear,
    formula: ok("ABS(INDEX(BC_CumulativeNominal,COLUMNS(BC_CumulativeNominal))-SUM(BC_NetNominal))<=BC_Tolerance"),
  });
  checks.push({
    label: t.npvTies,
    formula: ok("ABS(BC_NPV-(BC_StructuralSaving*BC_PVPhase-BC_PVOneOff))<=BC_Tolerance"),
  });
  checks.push({
    label: t.scenarioNpvTies,
    formula: ok("ABS(INDEX(BC_ScenarioNPV,BC_ScenarioIndex)-BC_NPV)<=BC_Tolerance"),
  });
  if (inputs.municipalities) {
    const grid = inputs.municipalities.rows;
    const cols = inputs.municipalities.cols;
    checks.push({
      label: t.volumesRegionSum,
      formula: ok(
        `AND(${c.careForms
          .map((f) => {
            const cur = columnLetters(cols.current.get(f.id)!);
            const tgt = columnLetters(cols.target.get(f.id)!);
            return `ABS(BC_Current_${f.id}-SUM(${I}$${cur}$${grid.first + 1}:$${cur}$${grid.last + 1}))<=BC_Tolerance,ABS(BC_Target_${f.id}-SUM(${I}$${tgt}$${grid.first + 1}:$${tgt}$${grid.last + 1}))<=BC_Tolerance`;
          })
          .join(",")})`,
      ),
    });
    checks.push({
      label: t.structuralSavingMunicipalities,
      formula: ok(`ABS(SUM(BC_MunicipalityStructuralSaving)-INDEX(BC_ScenarioStructuralSaving,1))<=BC_Tolerance`),
    });
  }
  checks.push({
    label: t.sensitivityLowNotAboveHigh,
    formula: ok(`SUMPRODUCT(--(${rangeOf(m, inputs, "low")}>${rangeOf(m, inputs, "high")}))=0`),
  });
  checks.push({
    label: t.monitoringInputs,
    formula: ok(
      `AND(COUNTIF(BC_Realised_residential,"<0")=0,COUNTIF(BC_Realised_familyBased,"<0")=0,COUNTIF(BC_Realised_cost,"<0")=0,BC_OrangeWithin>=BC_GreenWithin)`,
    ),
  });

  return checks;
}
