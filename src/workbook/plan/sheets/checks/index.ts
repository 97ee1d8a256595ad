/**
 * The checks sheet (Controles / Checks): each check is 1 when it holds and 0 when it does not.
 * The master check BC_ChecksOK, shown at the top of every sheet, is 1 only when all checks hold.
 * Warnings ("let op") follow in a table of their own: they do not make the model wrong, but a
 * reader must know them; BC_WarningCount counts those that apply, and the banner says so.
 */
import { cell, colRange, type SheetBuilder } from "../../builder";
import { MASTER_CHECK_NAME, WARNING_COUNT_NAME, sheetTop } from "../../common";
import { header, section, type LayoutContext } from "../../layoutContext";
import { CHECK_FILLS, TAB_COLORS } from "../../styles";
import type { InputsLayout } from "../inputs";
import type { Check } from "./check";
import { SCENARIO_NAME_COUNTS, inputChecks } from "./inputChecks";
import { TEXTS } from "./texts";
import { tieOutChecks, warningChecks } from "./tieOuts";

export type { Check } from "./check";

export function buildChecksSheet(m: LayoutContext, inputs: InputsLayout): { sheet: SheetBuilder } {
  const t = m.texts(TEXTS);
  const b = m.sheet("checks");
  b.tabColor = TAB_COLORS.checks;
  b.widths({ 0: 6, 1: 90, 2: 12, 3: 14 });
  sheetTop(m, b, t.checks, t.purpose);
  let r = b.row;
  b.set(r++, 1, section(t.checks));
  const checks = checkTable(m, b, r, [...inputChecks(m, inputs), ...tieOutChecks(m)], { ok: t.inOrder, failed: t.error, fill: CHECK_FILLS.error });
  r = checks.next;
  b.set(r, 1, { value: t.allInOrder, style: "output" });
  b.set(r, 2, { formula: `=IF(SUM(${checks.outcomes})=ROWS(${checks.outcomes}),1,0)`, result: 1, style: "keyFigure", numberFormat: "integer" });
  m.ctx.name(MASTER_CHECK_NAME, "checks", cell(r, 2), "1 when every check holds");
  m.ctx.name("BC_Checks", "checks", checks.range, "Outcome of each check (1 = in order)");
  r += 2;

  b.set(r++, 1, section(t.warningsSection));
  const warnings = warningChecks(m);
  const table = checkTable(m, b, r, warnings, { ok: t.inOrder, failed: t.takeNote, fill: CHECK_FILLS.warning }, checks.count);
  r = table.next;
  b.set(r, 1, { value: t.warningCount, style: "output" });
  b.set(r, 2, { formula: `=ROWS(${table.outcomes})-SUM(${table.outcomes})`, result: m.warnings.count, style: "keyFigure", numberFormat: "integer" });
  m.ctx.name(WARNING_COUNT_NAME, "checks", cell(r, 2), "Number of warnings that apply (0 = none)");
  m.ctx.name("BC_Warnings", "checks", table.range, "Outcome of each warning (1 = nothing to note)");
  r += 2;

  b.row = scenarioNameCounts(m, b, r);
  b.freeze = { rows: 4, columns: 0 };
  return { sheet: b };
}

/** A table of checks from `row`: number, description, outcome (1/0) and its word, coloured. */
function checkTable(
  m: LayoutContext,
  b: SheetBuilder,
  row: number,
  checks: Check[],
  words: { ok: string; failed: string; fill: string },
  numberFrom = 0,
): { range: ReturnType<typeof colRange>; outcomes: string; count: number; next: number } {
  const t = m.texts(TEXTS);
  let r = row;
  b.setRow(r++, 0, [header("#"), header(t.check), header(t.outcome), header("")]);
  const first = r;
  checks.forEach((check, k) => {
    b.set(r, 0, { value: numberFrom + k + 1, style: "label", numberFormat: "integer" });
    b.set(r, 1, { value: check.label, style: "sentence" });
    b.set(r, 2, { formula: check.formula, result: check.holds ? 1 : 0, style: "check", numberFormat: "integer" });
    m.ctx.name(`BC_Check_${check.key}`, "checks", cell(r, 2), `Check: ${check.key} (1 = holds)`);
    b.set(r, 3, { formula: `=IF(C${r + 1}=1,"${words.ok}","${words.failed}")`, result: check.holds ? words.ok : words.failed, style: "check" });
    r++;
  });
  const range = colRange(first, 2, checks.length);
  const statuses = colRange(first, 3, checks.length);
  b.conditionalFormats.push(
    { range, formula: `C${first + 1}=1`, fill: CHECK_FILLS.ok },
    { range, formula: `C${first + 1}<>1`, fill: words.fill },
    { range: statuses, formula: `$C${first + 1}=1`, fill: CHECK_FILLS.ok },
    { range: statuses, formula: `$C${first + 1}<>1`, fill: words.fill },
  );
  return { range, outcomes: `C${first + 1}:C${r}`, count: checks.length, next: r + 1 };
}

/**
 * A helper row: how often each scenario name occurs in the scenario table, upper and lower case
 * alike (EXACT on upper case: no wildcards). The check "scenario names unique" reads its maximum.
 */
function scenarioNameCounts(m: LayoutContext, b: SheetBuilder, row: number): number {
  const t = m.texts(TEXTS);
  const names = [m.baseCaseName, ...(m.c.scenarios ?? []).map((s) => s.name)];
  let r = row;
  b.set(r++, 1, section(t.helperRows));
  const headerRow = r;
  b.setRow(r++, 1, [header(t.scenarioNameCountsLabel), header(t.occurrences)]);
  const first = r;
  names.forEach((name) => {
    const position = `ROW()-ROW($B$${headerRow + 1})`;
    b.set(r, 1, { formula: `=INDEX(BC_ScenarioNames,${position})`, result: name, style: "link" });
    b.set(r, 2, {
      formula: `=SUMPRODUCT(--EXACT(UPPER(BC_ScenarioNames),UPPER(B${r + 1})))`,
      result: names.filter((n) => n.toUpperCase() === name.toUpperCase()).length,
      style: "calc",
      numberFormat: "integer",
    });
    r++;
  });
  m.ctx.name(SCENARIO_NAME_COUNTS, "checks", colRange(first, 2, names.length), "How often each scenario name occurs (case ignored): 1 each when unique");
  return r;
}
