/** The top of every visible sheet: title, the master check, and a warning while a scenario is active. */
import type { SheetBuilder } from "./builder";
import { cell } from "./builder";
import type { LayoutContext } from "./layoutContext";
import { CHECK_FILLS } from "./styles";
import { COMMON_TEXTS } from "./texts";

export const MASTER_CHECK_NAME = "BC_ChecksOK";
export const SCENARIO_INDEX_NAME = "BC_ScenarioIndex";
export const CONTENT_START_ROW = 5;

export function masterCheckTexts(m: LayoutContext): { ok: string; error: string } {
  return {
    ok: m.texts(COMMON_TEXTS).checksAllInOrder,
    error: m.texts(COMMON_TEXTS).checksError,
  };
}

export function scenarioWarning(m: LayoutContext): string {
  return m.texts(COMMON_TEXTS).scenarioActiveWarning(m.activeScenarioName);
}

/** Rows 1-4: title, master check, scenario warning, what the sheet is for. Content starts on row 6. */
export function sheetTop(m: LayoutContext, b: SheetBuilder, title: string, purpose: string): void {
  const texts = masterCheckTexts(m);
  b.set(0, 0, { value: title, style: "title" });
  b.set(1, 0, {
    formula: `=IF(${MASTER_CHECK_NAME}=1,"${texts.ok}","${texts.error}")`,
    result: texts.ok,
    style: "check",
  });
  b.conditionalFormats.push(
    { range: cell(1, 0), formula: `${MASTER_CHECK_NAME}=1`, fill: CHECK_FILLS.ok },
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
