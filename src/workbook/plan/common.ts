/** The top of every visible sheet: title, the master check, and a warning while a scenario is active. */
import type { SheetBuilder } from "./builder";
import { cell } from "./builder";
import type { LayoutContext } from "./layoutContext";
import { CHECK_FILLS } from "./styles";
import { COMMON_TEXTS } from "./texts";

export const MASTER_CHECK_NAME = "BC_ChecksOK";
export const SCENARIO_INDEX_NAME = "BC_ScenarioIndex";
export const CONTENT_START_ROW = 5;
export const WARNING_COUNT_NAME = "BC_WarningCount";
/** A municipal budget (BBV) shows the budget year and the three years after it. */
export const BUDGET_YEARS = 4;
/** The largest difference a tie-out check accepts: a cent (or a hundredth of a youth). */
export const CHECK_TOLERANCE = 0.01;

/**
 * How often the active scenario's name is in the scenario list, compared exactly: EXACT tells case
 * apart and reads no wildcards, where MATCH, COUNTIF and the like ignore case and read * ? ~ as
 * patterns. SUMPRODUCT takes the row of comparisons without array entry, in Excel and LibreOffice.
 */
export const exactScenarioMatches = "SUMPRODUCT(--EXACT(BC_Scenario,BC_ScenarioNames))";

/** The position of the exactly named scenario in the list (the sum of 1..n where it matches): meaningful when it matches once. */
export const exactScenarioPosition = "SUMPRODUCT(EXACT(BC_Scenario,BC_ScenarioNames)*(COLUMN(BC_ScenarioNames)-MIN(COLUMN(BC_ScenarioNames))+1))";

export function masterCheckTexts(m: LayoutContext): { ok: string; okWithWarnings: string; error: string } {
  const t = m.texts(COMMON_TEXTS);
  return { ok: t.checksAllInOrder, okWithWarnings: t.checksInOrderWithWarnings, error: t.checksError };
}

export function scenarioWarning(m: LayoutContext): string {
  return m.texts(COMMON_TEXTS).scenarioActiveWarning(m.activeScenarioName);
}

/** Rows 1-4: title, master check, scenario warning, what the sheet is for. Content starts on row 6. */
export function sheetTop(m: LayoutContext, b: SheetBuilder, title: string, purpose: string): void {
  const texts = masterCheckTexts(m);
  b.set(0, 0, { value: title, style: "title" });
  b.set(1, 0, {
    formula: `=IF(${MASTER_CHECK_NAME}=1,IF(${WARNING_COUNT_NAME}=0,"${texts.ok}","${texts.okWithWarnings}"),"${texts.error}")`,
    result: m.warnings.count === 0 ? texts.ok : texts.okWithWarnings,
    style: "check",
  });
  b.allowFor(1, 0, [texts.ok, texts.okWithWarnings, texts.error]);
  b.conditionalFormats.push(
    { range: cell(1, 0), formula: `AND(${MASTER_CHECK_NAME}=1,${WARNING_COUNT_NAME}=0)`, fill: CHECK_FILLS.ok },
    { range: cell(1, 0), formula: `AND(${MASTER_CHECK_NAME}=1,${WARNING_COUNT_NAME}<>0)`, fill: CHECK_FILLS.warning },
    { range: cell(1, 0), formula: `${MASTER_CHECK_NAME}<>1`, fill: CHECK_FILLS.error },
  );
  const warningStart = m.texts(COMMON_TEXTS).scenarioWarningStart;
  const warningEnd = m.texts(COMMON_TEXTS).scenarioWarningEnd;
  b.prose(2, 0, {
    formula: `=IF(${SCENARIO_INDEX_NAME}>1,"${warningStart}"&BC_Scenario&"${warningEnd}","")`,
    result: m.scenarioActive ? scenarioWarning(m) : "",
    style: "warning",
  });
  b.prose(3, 0, { value: purpose, style: "purpose" });
  b.row = CONTENT_START_ROW;
}
