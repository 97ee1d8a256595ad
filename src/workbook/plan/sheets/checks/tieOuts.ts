/**
 * Checks that the model ties out: the same figure reached along two paths agrees to the cent. They
 * turn red when a formula has been overwritten or a table no longer adds up to what it shows.
 */
import type { LayoutContext } from "../../layoutContext";
import { breakEvenWords } from "../results/keyFigures";
import { checkTools, type Check } from "./check";
import { TEXTS } from "./texts";

export function tieOutChecks(m: LayoutContext): Check[] {
  const t = m.texts(TEXTS);
  const { ok, ids } = checkTools(m);
  const perFormSaving = ids.map((id) => `(BC_Current_${id}-BC_Volume_${id})*BC_CostPerPlacement_${id}`).join("+");
  const activeRow = (name: string) => `INDEX(${name},BC_ScenarioIndex)`;
  const checks: Check[] = [
    {
      key: "savingIsStructuralTimesPhase",
      label: t.savingPerYear,
      formula: ok("SUMPRODUCT(ABS(BC_SavingReal-BC_Phase*BC_StructuralSaving))<=BC_Tolerance"),
      holds: true,
    },
    {
      key: "formSavingsAddUp",
      label: t.formSavingsAddUp,
      formula: ok(`SUMPRODUCT(ABS(${perFormSaving}-BC_SavingReal))<=BC_Tolerance`),
      holds: true,
    },
    {
      key: "npvTies",
      label: t.npvTies,
      formula: ok("ABS(BC_NPV-(BC_StructuralSaving*BC_PVPhase-BC_PVOneOff))<=BC_Tolerance"),
      holds: true,
    },
    {
      key: "scenarioRowMatches",
      label: t.scenarioRowMatches,
      formula: ok(
        `AND(ABS(${activeRow("BC_ScenarioNPV")}-BC_NPV)<=BC_Tolerance,ABS(${activeRow("BC_ScenarioStructuralSaving")}-BC_StructuralSaving)<=BC_Tolerance,${activeRow("BC_ScenarioBreakEvenYear")}&""=${breakEvenWords(m, "BC_BreakEvenYear").slice(1)}&"")`,
      ),
      holds: true,
    },
    {
      key: "budgetReconciles",
      label: t.budgetReconciles,
      formula: ok(
        "AND(ABS(BC_BudgetStructuralTotal-SUM(BC_SavingNominal))<=BC_Tolerance,ABS(BC_BudgetIncidentalTotal+SUM(BC_OneOffNominal))<=BC_Tolerance,ABS(BC_BudgetBalanceTotal-INDEX(BC_CumulativeNominal,COLUMNS(BC_CumulativeNominal)))<=BC_Tolerance)",
      ),
      holds: true,
    },
  ];
  if (m.c.municipalities) {
    checks.push({
      key: "municipalitiesAddUp",
      label: t.structuralSavingMunicipalities,
      formula: ok(`ABS(SUM(BC_MunicipalityStructuralSaving)-INDEX(BC_ScenarioStructuralSaving,1))<=BC_Tolerance`),
      holds: true,
    });
  }
  return checks;
}

/**
 * Warnings ("let op"): not errors, but what a reader must know next to the results. They do not
 * turn the master check red; the banner on every sheet says that there is something to note.
 */
/** The position of each year in the shares row (0 for the base year), to test the years from the target year on. */
const YEAR_OF_SHARE = "COLUMN(BC_PhasingShares)-COLUMN(INDEX(BC_PhasingShares,1))";

export function warningChecks(m: LayoutContext): Check[] {
  const t = m.texts(TEXTS);
  const { ok } = checkTools(m);
  return [
    {
      key: "budgetWindowInHorizon",
      label: t.budgetYearsInHorizon,
      formula: ok("AND(BC_BudgetYear>=INDEX(BC_Years,1),BC_BudgetYear+BC_BudgetYears-1<=INDEX(BC_Years,COLUMNS(BC_Years)))"),
      holds: m.warnings.budgetWindowInHorizon,
    },
    {
      key: "sharesReachTarget",
      label: t.sharesReachTarget,
      formula: ok(`OR(BC_PhasingMethod<>BC_Label_Shares,SUMPRODUCT((${YEAR_OF_SHARE}>=BC_YearsToTarget)*(BC_PhasingShares<1))=0)`),
      holds: m.warnings.sharesReachTarget,
    },
    {
      // A tariff of another year left at factor 1 would stand in the model as a base-year price.
      key: "pricesAtBaseYear",
      label: t.pricesAtBaseYear,
      formula: ok(`${m.c.careForms.map((f) => `SUMPRODUCT((BC_PriceYears_${f.id}<>BC_BaseYear)*(BC_IndexFactors_${f.id}=1))`).join("+")}=0`),
      holds: m.warnings.pricesAtBaseYear,
    },
    {
      key: "placedTotalUnchanged",
      label: t.placedTotalUnchanged,
      formula: ok("ABS(BC_TotalTarget-BC_TotalCurrent)<=BC_Tolerance"),
      holds: m.warnings.placedTotalUnchanged,
    },
  ];
}
