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

interface Check {
  label: string;
  formula: string;
}

export function buildChecksSheet(m: LayoutContext, inputs: InputsLayout): { sheet: SheetBuilder } {
  const { ctx, tr } = m;
  const b = m.sheet("checks");
  b.tabColor = TAB_COLORS.checks;
  b.widths({ 0: 6, 1: 90, 2: 12, 3: 14 });
  sheetTop(
    m,
    b,
    tr("Controles", "Checks"),
    tr(
      "1 = in orde, 0 = fout. Een fout komt meestal door een gewijzigde of gewiste invoercel: zie de omschrijving.",
      "1 = in order, 0 = error. An error usually comes from a changed or cleared input cell: see the description.",
    ),
  );
  const checks: Check[] = [...inputChecks(m, inputs), ...tieOutChecks(m, inputs)];

  let r = b.row;
  b.set(r++, 1, section(tr("Controles", "Checks")));
  b.setRow(r++, 0, [header("#"), header(tr("Controle", "Check")), header(tr("Uitkomst", "Outcome")), header("")]);
  const first = r;
  checks.forEach((check, k) => {
    b.set(r, 0, { value: k + 1, style: "label", numberFormat: "integer" });
    b.set(r, 1, { value: check.label, style: "label" });
    b.set(r, 2, { formula: check.formula, result: 1, style: "check", numberFormat: "integer" });
    b.set(r, 3, { formula: `=IF(C${r + 1}=1,"${tr("in orde", "in order")}","${tr("FOUT", "ERROR")}")`, result: tr("in orde", "in order"), style: "check" });
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
  b.set(r, 1, { value: tr("Alle controles in orde (1 = ja)", "All checks in order (1 = yes)"), style: "output" });
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
  const { c, tr } = m;
  const { I, ok, ids, isNumbers } = checkTools(m);
  const checks: Check[] = [];

  checks.push({
    label: tr("Aantallen nu en doel zijn getallen van 0 of meer", "Current and target volumes are numbers of 0 or more"),
    formula: ok(
      `AND(${ids.map((id) => `ISNUMBER(BC_Current_${id}),ISNUMBER(BC_Target_${id})`).join(",")},MIN(${ids.map((id) => `BC_Current_${id},BC_Target_${id}`).join(",")})>=0)`,
    ),
  });
  checks.push({
    label: tr("Geplande aantallen zijn in elk jaar 0 of meer", "Planned volumes are 0 or more in every year"),
    formula: ok(`MIN(${ids.map((id) => `BC_Volume_${id}`).join(",")})>=0`),
  });
  checks.push({
    label: tr(
      "Bedragen, perioden en dagen per jaar van de kostencomponenten zijn ingevuld",
      "Amounts, periods and days per year of the cost components are filled in",
    ),
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
    label: tr(
      "Ambulante zorg: bedragen zijn 0 of meer en aandelen liggen tussen 0 en 1",
      "Ambulant care: amounts are 0 or more and shares lie between 0 and 1",
    ),
    formula: ok(
      `AND(${ids.map((id) => `ISNUMBER(BC_AmbulantAmount_${id}),ISNUMBER(BC_AmbulantShare_${id})`).join(",")},MIN(${ids.map((id) => `BC_AmbulantAmount_${id}`).join(",")})>=0,MIN(${ids
        .map((id) => `BC_AmbulantShare_${id}`)
        .join(",")})>=0,MAX(${ids.map((id) => `BC_AmbulantShare_${id}`).join(",")})<=1)`,
    ),
  });
  checks.push({
    label: tr("Elke zorgvorm heeft een soort uit de lijst", "Every care form has a kind from the list"),
    formula: ok(`AND(${ids.map((id) => `ISNUMBER(MATCH(BC_Kind_${id},BC_List_Kind,0))`).join(",")})`),
  });
  checks.push({
    label: tr(
      "Fasering: jaren tot doel ligt tussen 1 en de horizon; eigen percentages liggen tussen 0 en 1",
      "Phasing: years to target lies between 1 and the horizon; own percentages lie between 0 and 1",
    ),
    formula: ok(
      `AND(ISNUMBER(BC_YearsToTarget),BC_YearsToTarget>=1,BC_YearsToTarget<=BC_Horizon,${isNumbers("BC_PhasingShares")},MIN(BC_PhasingShares)>=0,MAX(BC_PhasingShares)<=1,ISNUMBER(MATCH(BC_PhasingMethod,BC_List_Method,0)))`,
    ),
  });
  checks.push({
    label: tr(
      "Algemene invoer is ingevuld: basisjaar, indexatie, discontovoet, begrotingsjaar",
      "General inputs are filled in: base year, indexation, discount rate, budget year",
    ),
    formula: ok(
      `AND(ISNUMBER(BC_BaseYear),ISNUMBER(BC_Indexation),ISNUMBER(BC_DiscountRate),ISNUMBER(BC_BudgetYear)${m.population !== null ? ",ISNUMBER(BC_YouthPopulation),BC_YouthPopulation>0" : ""})`,
    ),
  });
  checks.push({
    label: tr("Het begrotingsjaar en de drie jaren erna vallen binnen de horizon", "The budget year and the three years after it fall within the horizon"),
    formula: ok("AND(BC_BudgetYear>=INDEX(BC_Years,1),BC_BudgetYear<=INDEX(BC_Years,COLUMNS(BC_Years)))"),
  });
  const oneOff = inputs.oneOffRows;
  checks.push({
    label: tr(
      "Alle eenmalige kosten vallen in een jaar van het model (het totaal sluit aan)",
      "All one-off costs fall in a year of the model (the total ties)",
    ),
    formula: ok(`ABS(SUM(BC_OneOffAmounts)-SUM(BC_OneOffReal))<=BC_Tolerance`),
  });
  checks.push({
    label: tr("Eenmalige kosten: bedragen zijn 0 of meer", "One-off costs: amounts are 0 or more"),
    formula: ok(`COUNTIF(${I}$B$${oneOff.first + 1}:$B$${oneOff.last + 1},"<0")=0`),
  });
  checks.push({
    label: tr("Het actieve scenario staat in de lijst met scenario's", "The active scenario is in the list of scenarios"),
    formula: ok("ISNUMBER(MATCH(BC_Scenario,BC_ScenarioNames,0))"),
  });
  checks.push({
    label: tr("Scenario's: realisatie tussen 0 en 1, kostenfactoren 0 of meer", "Scenarios: realisation between 0 and 1, cost factors 0 or more"),
    formula: ok(
      `AND(${isNumbers("BC_ScenarioRealisations")},MIN(BC_ScenarioRealisations)>=0,MAX(BC_ScenarioRealisations)<=1,${CARE_FORM_KINDS.map((k) => `MIN(BC_ScenarioCostFactor_${k})>=0`).join(",")})`,
    ),
  });
  return checks;
}

/** Checks that totals tie out, and the remaining input checks (sensitivity ranges, monitoring). */
function tieOutChecks(m: LayoutContext, inputs: InputsLayout): Check[] {
  const { c, tr } = m;
  const { I, ok } = checkTools(m);
  const checks: Check[] = [];
  checks.push({
    label: tr(
      "Besparing per jaar = structurele besparing x deel van de verschuiving (sluit aan)",
      "Saving per year = structural saving x part of the shift (ties)",
    ),
    formula: ok("SUMPRODUCT(ABS(BC_SavingReal-BC_Phase*BC_StructuralSaving))<=BC_Tolerance"),
  });
  checks.push({
    label: tr("Cumulatief in het laatste jaar = som van de netto besparing (sluit aan)", "Cumulative in the last year = sum of the net saving (ties)"),
    formula: ok("ABS(INDEX(BC_CumulativeNominal,COLUMNS(BC_CumulativeNominal))-SUM(BC_NetNominal))<=BC_Tolerance"),
  });
  checks.push({
    label: tr(
      "NCW = structurele besparing x contante waarde fasering - contante waarde eenmalige kosten (sluit aan)",
      "NPV = structural saving x present value of phasing - present value of one-off costs (ties)",
    ),
    formula: ok("ABS(BC_NPV-(BC_StructuralSaving*BC_PVPhase-BC_PVOneOff))<=BC_Tolerance"),
  });
  checks.push({
    label: tr(
      "NCW van het actieve scenario in de vergelijking = NCW van het model (sluit aan)",
      "NPV of the active scenario in the comparison = NPV of the model (ties)",
    ),
    formula: ok("ABS(INDEX(BC_ScenarioNPV,BC_ScenarioIndex)-BC_NPV)<=BC_Tolerance"),
  });
  if (inputs.municipalities) {
    const grid = inputs.municipalities.rows;
    const cols = inputs.municipalities.cols;
    checks.push({
      label: tr("Aantallen van de regio = som over de gemeenten (sluit aan)", "Volumes of the region = sum over the municipalities (ties)"),
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
      label: tr(
        "Structurele besparing van de gemeenten samen = die van de regio bij volledige realisatie en kosten van de invoer (sluit aan)",
        "Structural saving of the municipalities together = the region's at full realisation and costs as entered (ties)",
      ),
      formula: ok(`ABS(SUM(BC_MunicipalityStructuralSaving)-INDEX(BC_ScenarioStructuralSaving,1))<=BC_Tolerance`),
    });
  }
  checks.push({
    label: tr("Gevoeligheid: de lage waarde ligt niet boven de hoge", "Sensitivity: the low value is not above the high one"),
    formula: ok(`SUMPRODUCT(--(${rangeOf(m, inputs, "low")}>${rangeOf(m, inputs, "high")}))=0`),
  });
  checks.push({
    label: tr(
      "Monitoring: gerealiseerde cijfers zijn 0 of meer; de oranje marge is niet kleiner dan de groene",
      "Monitoring: realised figures are 0 or more; the orange margin is not below the green one",
    ),
    formula: ok(
      `AND(COUNTIF(BC_Realised_residential,"<0")=0,COUNTIF(BC_Realised_familyBased,"<0")=0,COUNTIF(BC_Realised_cost,"<0")=0,BC_OrangeWithin>=BC_GreenWithin)`,
    ),
  });

  return checks;
}
