/**
 * The user's edits to input cells, kept across a rebuild (a three-way merge: what the last build
 * wrote, what the workbook holds now, what the new plan writes). Pure: the writer reads the input
 * ranges and hands their values and formulas in.
 */
import type { CellPlan, SheetKey, WorkbookPlan } from "../plan/types";
import { pathString } from "../read/readCase";

/** A range read from Excel: its values and formulas, row by row. */
export interface RangeRead {
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
}

/** What an input cell holds: a constant, or a formula the user typed there (a link to a budget sheet, say). */
export type InputContent = { value: unknown } | { formula: string };

/** The current content of every input of a plan, keyed by path, from the ranges read by name. */
export function currentInputValues(plan: WorkbookPlan, ranges: Map<string, RangeRead>): Map<string, InputContent> {
  const out = new Map<string, InputContent>();
  for (const b of plan.inputs) {
    const range = ranges.get(b.name);
    if (!range) continue;
    const o = b.offset ?? { row: 0, col: 0 };
    const formula = range.formulas[o.row]?.[o.col];
    out.set(pathString(b.path), typeof formula === "string" && formula.startsWith("=") ? { formula } : { value: range.values[o.row]?.[o.col] });
  }
  return out;
}

/** What a plan writes into the cell of a binding (what the cell held right after that build). */
function plannedContent(plan: WorkbookPlan, sheet: SheetKey, row: number, col: number): InputContent {
  const s = plan.sheets.find((x) => x.key === sheet)!;
  for (const b of s.blocks) {
    const line = b.cells[row - b.row];
    if (line && col >= b.col) {
      const cell = line[col - b.col];
      if (cell) return cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value ?? "" };
    }
  }
  return { value: "" };
}

/**
 * Input cells the user changed since the last build (the three-way merge: last build, workbook,
 * new plan): a value or a formula that differs from what the last build wrote there.
 */
function keptEdits(lastPlan: WorkbookPlan, nextPlan: WorkbookPlan, current: Map<string, InputContent>): Map<string, InputContent> {
  const kept = new Map<string, InputContent>();
  const nextPaths = new Set(nextPlan.inputs.map((b) => pathString(b.path)));
  for (const b of lastPlan.inputs) {
    const path = pathString(b.path);
    const now = current.get(path);
    if (!now || !nextPaths.has(path)) continue;
    const then = plannedContent(lastPlan, b.sheet, b.row, b.col);
    const same = "formula" in now ? "formula" in then && sameFormula(now.formula, then.formula) : !("formula" in then) && (now.value ?? "") === then.value;
    if (!same) kept.set(path, now);
  }
  return kept;
}

/** Excel gives formulas back as written, but may change the case of names and functions. */
function sameFormula(a: string, b: string): boolean {
  return a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();
}

/** A copy of the plan with some input cells holding other content. */
export function withInputValues(plan: WorkbookPlan, values: Map<string, InputContent>): WorkbookPlan {
  if (values.size === 0) return plan;
  const at = new Map<string, InputContent>();
  for (const b of plan.inputs) {
    const path = pathString(b.path);
    const content = values.get(path);
    if (content) at.set(`${b.sheet}:${b.row}:${b.col}`, content);
  }
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((block) => ({
        ...block,
        cells: block.cells.map((line, dr) =>
          line.map((cell, dc) => {
            const key = `${s.key}:${block.row + dr}:${block.col + dc}`;
            const content = at.get(key);
            if (!cell || !content) return cell;
            if ("formula" in content) return { ...cell, formula: content.formula, value: undefined };
            const v = content.value;
            const value: CellPlan["value"] = v === null || v === undefined ? "" : (v as CellPlan["value"]);
            return { ...cell, formula: undefined, value };
          }),
        ),
      })),
    })),
  };
}

/** The plan to write over the last build: the user's edits kept in it (unless `keep` is false), and their paths. */
export function keepingEdits(
  lastPlan: WorkbookPlan,
  plan: WorkbookPlan,
  current: Map<string, InputContent>,
  keep: boolean,
): { plan: WorkbookPlan; kept: string[] } {
  if (!keep) return { plan, kept: [] };
  const kept = keptEdits(lastPlan, plan, current);
  return { plan: withInputValues(plan, kept), kept: [...kept.keys()] };
}
