/** What many workbook tests start from: a validated case, its plan, and Excel's calculation stood in for. */
import { exampleCase, validateCase, type Case, type CaseFile } from "../../src/model";
import { buildPlan, type WorkbookPlan } from "../../src/workbook/plan";

export const BUILT_AT = new Date("2026-11-22T10:00:00Z");

/** The validated case, or an exception naming the paths of its problems (a test's own mistake). */
export function validCase(file: unknown): Case {
  const v = validateCase(file);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.en}`).join("\n"));
  return v.value;
}

/** The plan of a case file (the example by default), built at a fixed time. */
export function planOf(file: CaseFile = exampleCase(), lang: "nl" | "en" = "nl", addinVersion = "1.0.0"): WorkbookPlan {
  return buildPlan(validCase(file), { lang, addinVersion, builtAt: BUILT_AT });
}

/**
 * A stand-in for Excel's calculation in the recording fake, which does not calculate: a formula
 * cell's value is the plan's cached result (proven equal to LibreOffice's in test/engine).
 * `others` answers for formulas the plans do not hold (a user's own cells).
 */
export function evaluatorFor(plans: WorkbookPlan[], others: (formula: string) => unknown = () => undefined) {
  const results = new Map<string, unknown>();
  for (const p of plans) {
    for (const s of p.sheets) {
      for (const b of s.blocks) b.cells.forEach((line, dr) => line.forEach((c, dc) => c?.formula && results.set(`${s.name}!${b.row + dr}:${b.col + dc}`, c.result)));
    }
  }
  return (sheet: string, row: number, col: number, formula: string) => {
    const key = `${sheet}!${row}:${col}`;
    return results.has(key) ? results.get(key) : others(formula);
  };
}

/**
 * A copy of a plan with input cells set to other values, as a user types them in the workbook:
 * every formula's cached result is left as it was (a recalculation must bring them up to date).
 */
export function withInputs(plan: WorkbookPlan, changes: { path: (string | number)[]; value: string | number }[]): WorkbookPlan {
  const copy = structuredClone(plan);
  for (const { path, value } of changes) {
    const binding = copy.inputs.find((b) => JSON.stringify(b.path) === JSON.stringify(path));
    if (!binding) throw new Error(`no input cell for ${path.join(".")}`);
    const sheet = copy.sheets.find((s) => s.key === binding.sheet)!;
    const block = sheet.blocks.find((b) => b.cells[binding.row - b.row]?.[binding.col - b.col]);
    if (!block) throw new Error(`no cell at ${binding.sheet} ${binding.row},${binding.col}`);
    block.cells[binding.row - block.row][binding.col - block.col]!.value = value;
  }
  return copy;
}
