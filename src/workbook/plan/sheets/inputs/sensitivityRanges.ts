/** Inputs sheet, section "Sensitivity ranges": the low and high change of each input the sensitivity analysis varies. */
import { sensitivityKeys, sensitivityRange } from "../../../../model";
import { header, note, section, text, unit, type LayoutContext } from "../../layoutContext";
import type { InputCells } from "./inputCells";

export interface SensitivityRangesLayout {
  sensitivityRows: Map<string, number>;
  sensitivityCols: { low: number; high: number };
}

export function sensitivityRangesSection(s: InputCells, row: number): SensitivityRangesLayout & { next: number } {
  const { m, b } = s;
  const { c, ctx, tr } = m;
  let r = row;
  b.set(r++, 0, section(tr("Gevoeligheidsanalyse: bandbreedtes", "Sensitivity analysis: ranges")));
  b.setRow(r++, 0, [
    header(tr("Invoer", "Input")),
    header(tr("Laag", "Low")),
    header(tr("Hoog", "High")),
    header(tr("Soort", "Kind")),
    header(tr("Toelichting", "Notes")),
  ]);
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
    b.set(r, 3, unit(kind === "absolute" ? tr("procentpunt", "percentage points") : tr("relatief", "relative")));
    const explanation = rangeNote(m, key);
    if (explanation) b.set(r, 4, note(explanation));
    rows.set(key, r);
    r++;
  });
  return { sensitivityRows: rows, sensitivityCols: { low: 1, high: 2 }, next: r + 1 };
}

function rangeNote(m: LayoutContext, key: string): string | undefined {
  const { tr } = m;
  if (key === "indexation")
    return tr(
      "Indexatie raakt de NCW en de structurele besparing niet (beide reëel), wel de begroting en het terugverdienjaar.",
      "Indexation changes neither the NPV nor the structural saving (both real), only the budget and the break-even year.",
    );
  if (key === "realisation")
    return tr("Hoogstens 100%: meer dan de geplande verschuiving telt niet.", "At most 100%: more than the planned shift does not count.");
  return undefined;
}

export function sensitivityLabel(m: LayoutContext, key: string, formId?: string): string {
  const { tr } = m;
  const form = formId ? (m.c.careForms.find((f) => f.id === formId)?.name ?? formId) : "";
  if (key.startsWith("cost_")) return `${tr("Kosten per plaatsingsjaar", "Cost per placement-year")}: ${form}`;
  if (key.startsWith("shift_")) return `${tr("Geplande verschuiving", "Planned shift")}: ${form}`;
  switch (key) {
    case "yearsToTarget":
      return tr("Jaren tot het doel", "Years to target");
    case "oneOffCosts":
      return tr("Eenmalige transitiekosten", "One-off transition costs");
    case "indexation":
      return tr("Indexatie", "Indexation");
    case "discountRate":
      return tr("Discontovoet", "Discount rate");
    case "realisation":
      return tr("Realisatie van de verschuiving", "Realisation of the shift");
    default:
      return key;
  }
}
