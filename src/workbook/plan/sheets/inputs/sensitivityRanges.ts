/**
 * Inputs sheet, section "Sensitivity ranges": the low and high change of every input the
 * sensitivity analysis can vary (method.md section 7): relative, in percentage points (the
 * discount rate) or in whole years (years to target).
 */
import { SENSITIVITY_BOUNDS, sensitivityInputs, sensitivityRange, type SensitivityKind } from "../../../../model";
import { header, note, section, text, unit, type LayoutContext } from "../../layoutContext";
import type { NumberFormatName } from "../../types";
import type { InputCells } from "./inputCells";
import { TEXTS } from "./texts";

export interface SensitivityRangesLayout {
  sensitivityRows: Map<string, number>;
  sensitivityCols: { low: number; high: number };
}

/** How a change of each kind is shown. */
export const SENSITIVITY_FORMATS: Record<SensitivityKind, NumberFormatName> = { relative: "percent", points: "percent2", years: "integer" };

export function sensitivityRangesSection(s: InputCells, row: number): SensitivityRangesLayout & { next: number } {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.sensitivitySection));
  b.setRow(r++, 0, [header(t.input), header(t.low), header(t.high), header(t.kind), header(t.notes)]);
  const rows = new Map<string, number>();
  const inputs = sensitivityInputs(c);
  ctx.name("BC_SensitivityRanges", "inputs", { row: r, col: 0, rowCount: inputs.length, colCount: 3 }, "Low and high change per sensitivity input");
  const units: Record<SensitivityKind, string> = { relative: t.relative, points: t.percentagePoints, years: t.wholeYears };
  inputs.forEach((input, k) => {
    const { key, kind, formId } = input;
    const range = sensitivityRange(c, input);
    const format = SENSITIVITY_FORMATS[kind];
    const { min, max } = SENSITIVITY_BOUNDS[kind];
    const validation = s.number(min, max, kind === "years");
    const at = (col: number) => ({ name: "BC_SensitivityRanges", offset: { row: k, col } });
    b.set(r, 0, text(sensitivityLabel(m, key, formId)));
    s.input(r, 1, { value: range.low, path: ["sensitivity", key, "low"], type: "number", format, table: at(1), validation });
    s.input(r, 2, { value: range.high, path: ["sensitivity", key, "high"], type: "number", format, table: at(2), validation });
    b.set(r, 3, unit(units[kind]));
    const explanation = rangeNote(m, key);
    if (explanation) b.set(r, 4, note(explanation));
    rows.set(key, r);
    r++;
  });
  b.set(r++, 0, note(t.rangesAssumption));
  return { sensitivityRows: rows, sensitivityCols: { low: 1, high: 2 }, next: r + 1 };
}

function rangeNote(m: LayoutContext, key: string): string | undefined {
  const t = m.texts(TEXTS);
  if (key === "realisation") return t.realisationRangeNote;
  if (key === "yearsToTarget") return t.yearsToTargetRangeNote;
  return undefined;
}

export function sensitivityLabel(m: LayoutContext, key: string, formId?: string): string {
  const t = m.texts(TEXTS);
  if (key.startsWith("cost_")) return `${t.costPerPlacement}: ${m.c.careForms.find((f) => f.id === formId)?.name ?? formId}`;
  switch (key) {
    case "realisation":
      return t.shiftAsAWhole;
    case "yearsToTarget":
      return t.yearsToTarget;
    case "oneOffCosts":
      return t.oneOffCosts;
    case "discountRate":
      return t.discountRate;
    default:
      return key;
  }
}
