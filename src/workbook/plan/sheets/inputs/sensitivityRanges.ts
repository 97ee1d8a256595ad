/** Inputs sheet, section "Sensitivity ranges": the low and high change of each input the sensitivity analysis varies. */
import { sensitivityKeys, sensitivityRange } from "../../../../model";
import { header, note, section, text, unit, type LayoutContext } from "../../layoutContext";
import type { InputCells } from "./inputCells";
import { TEXTS } from "./texts";

export interface SensitivityRangesLayout {
  sensitivityRows: Map<string, number>;
  sensitivityCols: { low: number; high: number };
}

export function sensitivityRangesSection(s: InputCells, row: number): SensitivityRangesLayout & { next: number } {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.sensitivitySection));
  b.setRow(r++, 0, [header(t.input), header(t.low), header(t.high), header(t.kind), header(t.notes)]);
  const rows = new Map<string, number>();
  const keys = sensitivityKeys(c);
  ctx.name("BC_SensitivityRanges", "inputs", { row: r, col: 0, rowCount: keys.length, colCount: 3 }, "Low and high change per sensitivity input");
  keys.forEach(({ key, kind, formId }, k) => {
    const range = sensitivityRange(c, key, kind);
    const format = kind === "absolute" ? "percent2" : "percent";
    const at = (col: number) => ({ name: "BC_SensitivityRanges", offset: { row: k, col } });
    b.set(r, 0, text(sensitivityLabel(m, key, formId)));
    s.input(r, 1, { value: range.low, path: ["sensitivity", key, "low"], type: "number", format, table: at(1), validation: s.number(-0.99, 10) });
    s.input(r, 2, { value: range.high, path: ["sensitivity", key, "high"], type: "number", format, table: at(2), validation: s.number(-0.99, 10) });
    b.set(r, 3, unit(kind === "absolute" ? t.percentagePoints : t.relative));
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
  if (key === "indexation") return t.indexationRangeNote;
  if (key === "realisation") return t.realisationRangeNote;
  return undefined;
}

export function sensitivityLabel(m: LayoutContext, key: string, formId?: string): string {
  const t = m.texts(TEXTS);
  const form = formId ? (m.c.careForms.find((f) => f.id === formId)?.name ?? formId) : "";
  if (key.startsWith("cost_")) return `${t.costPerPlacement}: ${form}`;
  if (key.startsWith("shift_")) return `${t.plannedShift}: ${form}`;
  switch (key) {
    case "yearsToTarget":
      return t.yearsToTarget;
    case "oneOffCosts":
      return t.oneOffCosts;
    case "indexation":
      return t.indexation;
    case "discountRate":
      return t.discountRate;
    case "realisation":
      return t.realisationShift;
    default:
      return key;
  }
}
