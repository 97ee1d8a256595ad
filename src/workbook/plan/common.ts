/** The top of every visible sheet: title, the master check, and a warning while a scenario is active. */
import type { SheetBuilder } from "./builder";
import { cell } from "./builder";
import type { LayoutContext } from "./layoutContext";
import { CHECK_FILLS } from "./styles";

export const MASTER_CHECK_NAME = "BC_ChecksOK";
export const SCENARIO_INDEX_NAME = "BC_ScenarioIndex";
export const CONTENT_START_ROW = 5;

export function masterCheckTexts(m: LayoutContext): { ok: string; error: string } {
  return {
    ok: m.tr("✔ Controles: alles in orde", "✔ Checks: all in order"),
    error: m.tr("✖ Controles: FOUT, zie het blad Controles", "✖ Checks: ERROR, see the Checks sheet"),
  };
}

export function scenarioWarning(m: LayoutContext): string {
  return m.tr(
    `Let op: scenario '${m.activeScenarioName}' is actief. Alle resultaten gelden voor dit scenario, niet voor de invoer zoals die is ingevoerd.`,
    `Note: scenario '${m.activeScenarioName}' is active. All results are for this scenario, not for the inputs as entered.`,
  );
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
  const warningStart = m.tr("Let op: scenario '", "Note: scenario '");
  const warningEnd = m.tr(
    "' is actief. Alle resultaten gelden voor dit scenario, niet voor de invoer zoals die is ingevoerd.",
    "' is active. All results are for this scenario, not for the inputs as entered.",
  );
  b.prose(2, 0, {
    formula: `=IF(${SCENARIO_INDEX_NAME}>1,"${warningStart}"&BC_Scenario&"${warningEnd}","")`,
    result: m.scenarioActive ? scenarioWarning(m) : "",
    style: "warning",
  });
  b.prose(3, 0, { value: purpose, style: "purpose" });
  b.row = CONTENT_START_ROW;
}
