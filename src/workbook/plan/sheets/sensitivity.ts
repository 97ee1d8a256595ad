/**
 * The sensitivity sheet (Gevoeligheid / Sensitivity): NPV and structural saving with one input at
 * its low and its high value, by live formulas, sorted by swing with RANK, and the tornado chart.
 * NPV is linear in the structural saving: NPV = structural saving x PV(phasing) - PV(one-off
 * costs), so each variant is a short formula on the named results of the calculation sheet.
 * The rows are the inputs the model's sensitivity shows (src/model/sensitivity.ts); those it
 * leaves out, and why, are said under the table.
 */
import { shownSensitivityInputs, type SensitivityItem } from "../../../model";
import { colRange, type SheetBuilder } from "../builder";
import { sheetTop } from "../common";
import { header, note, section, text, type LayoutContext } from "../layoutContext";
import { TAB_COLORS } from "../styles";
import { sensitivityLabel, type InputsLayout } from "./inputs";
import { SENSITIVITY_FORMATS } from "./inputs/sensitivityRanges";
import { TEXTS } from "./sensitivityTexts";

const COL = { label: 0, low: 1, high: 2, ssLow: 3, ssHigh: 4, npvLow: 5, npvHigh: 6, swing: 7, rank: 8 } as const;

export function buildSensitivitySheet(m: LayoutContext, inputs: InputsLayout): { sheet: SheetBuilder } {
  const t = m.texts(TEXTS);
  const b = m.sheet("sensitivity");
  b.tabColor = TAB_COLORS.output;
  b.widths({ 0: 46, 1: 11, 2: 11, 3: 16, 4: 16, 5: 16, 6: 16, 7: 16, 8: 8 });
  sheetTop(m, b, t.sensitivity, t.purpose);
  let r = b.row;
  b.set(r++, 0, section(t.startingPoint));
  b.set(r, 0, text(t.npvActive));
  b.set(r++, 1, { formula: "=BC_NPV", result: m.results.npv, style: "link", numberFormat: "eur" });
  b.set(r, 0, text(t.structuralSavingActive));
  b.set(r++, 1, { formula: "=BC_StructuralSaving", result: m.results.structuralSaving, style: "link", numberFormat: "eur" });
  b.merges.push({ row: r - 2, col: 1, rowCount: 1, colCount: 2 }, { row: r - 1, col: 1, rowCount: 1, colCount: 2 });
  const variants = variantsTable(m, b, r + 1, inputs);
  const sorted = sortedTable(m, b, variants.next, variants);
  b.row = tornado(m, b, sorted.next, sorted);
  b.freeze = { rows: 4, columns: 1 };
  return { sheet: b };
}

/** The variants, in the order of the inputs sheet: each input at its low and its high value. */
function variantsTable(m: LayoutContext, b: SheetBuilder, row: number, inputs: InputsLayout): { first: number; last: number; next: number } {
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.variants));
  b.setRow(r++, 0, [
    header(t.input),
    header(t.low),
    header(t.high),
    header(t.structuralLow),
    header(t.structuralHigh),
    header(t.npvAtLow),
    header(t.npvAtHigh),
    header(t.npvSwing),
    header(t.rank),
  ]);
  const shown = shownSensitivityInputs(c, m.sensitivity);
  const first = r;
  const lastRow = first + shown.length - 1;
  const byKey = new Map(m.sensitivity.items.map((x) => [x.key, x]));
  const rankOf = new Map(m.sensitivity.items.map((x, i) => [x.key, i + 1]));
  shown.forEach(({ key, formId }) => {
    const item = byKey.get(key)!;
    const inputRow = inputs.sensitivityRows.get(key)!;
    const row = r + 1;
    const format = SENSITIVITY_FORMATS[item.kind];
    b.set(r, COL.label, { formula: `=${ctx.ref("inputs", inputRow, 0)}`, result: sensitivityLabel(m, key, formId), style: "link" });
    b.set(r, COL.low, { formula: `=${ctx.ref("inputs", inputRow, inputs.sensitivityCols.low)}`, result: item.low, style: "link", numberFormat: format });
    b.set(r, COL.high, { formula: `=${ctx.ref("inputs", inputRow, inputs.sensitivityCols.high)}`, result: item.high, style: "link", numberFormat: format });
    for (const which of ["low", "high"] as const) {
      const low = which === "low";
      const formulas = variantFormulas(key, formId, { change: `$${low ? "B" : "C"}${row}`, ss: `${low ? "D" : "E"}${row}`, which });
      b.set(r, low ? COL.ssLow : COL.ssHigh, {
        formula: formulas.ss,
        result: low ? item.structuralSavingLow : item.structuralSavingHigh,
        style: "calc",
        numberFormat: "eur",
      });
      b.set(r, low ? COL.npvLow : COL.npvHigh, { formula: formulas.npv, result: low ? item.npvLow : item.npvHigh, style: "calc", numberFormat: "eur" });
    }
    b.set(r, COL.swing, { formula: `=ABS(G${row}-F${row})`, result: item.swing, style: "calc", numberFormat: "eur" });
    b.set(r, COL.rank, {
      formula: `=RANK(H${row},$H$${first + 1}:$H$${lastRow + 1})+COUNTIF($H$${first + 1}:H${row},H${row})-1`,
      result: rankOf.get(key)!,
      style: "calc",
      numberFormat: "integer",
    });
    r++;
  });
  for (const line of leftOutNotes(m)) b.set(r++, 0, note(line));
  return { first, last: lastRow, next: r + 1 };
}

/** Sorted by swing: the table behind the tornado, and the names over the variants. */
function sortedTable(m: LayoutContext, b: SheetBuilder, row: number, variants: { first: number; last: number }): { first: number; last: number; next: number } {
  const { ctx } = m;
  const t = m.texts(TEXTS);
  const { first, last: lastRow } = variants;
  const count = lastRow - first + 1;
  let r = row;
  b.set(r++, 0, section(t.sortedSwingTornado));
  const sortedHeader = r;
  b.setRow(r++, 0, [
    header(t.input),
    header("#"),
    header(""),
    header(t.npvAtLow),
    header(t.npvAtHigh),
    header(t.lowMinusStarting),
    header(t.highMinusStarting),
    header(t.npvSwing),
  ]);
  const sortedFirst = r;
  const ranks = `$I$${first + 1}:$I$${lastRow + 1}`;
  const pick = (column: string, row: number) => `INDEX($${column}$${first + 1}:$${column}$${lastRow + 1},MATCH($B${row},${ranks},0))`;
  m.sensitivity.items.forEach((item: SensitivityItem, k) => {
    const row = r + 1;
    b.set(r, 1, { formula: `=ROW()-ROW($A$${sortedHeader + 1})`, result: k + 1, style: "calc", numberFormat: "integer" });
    b.set(r, 0, { formula: `=${pick("A", row)}`, result: sensitivityLabel(m, item.key, item.formId), style: "calc" });
    b.set(r, 3, { formula: `=${pick("F", row)}`, result: item.npvLow, style: "calc", numberFormat: "eur" });
    b.set(r, 4, { formula: `=${pick("G", row)}`, result: item.npvHigh, style: "calc", numberFormat: "eur" });
    b.set(r, 5, { formula: `=D${row}-BC_NPV`, result: item.npvLow - m.results.npv, style: "output", numberFormat: "eur" });
    b.set(r, 6, { formula: `=E${row}-BC_NPV`, result: item.npvHigh - m.results.npv, style: "output", numberFormat: "eur" });
    b.set(r, 7, { formula: `=${pick("H", row)}`, result: item.swing, style: "calc", numberFormat: "eur" });
    r++;
  });
  const sortedLast = r - 1;
  ctx.name("BC_SensitivityNPVLow", "sensitivity", colRange(first, COL.npvLow, count), "NPV with each input at its low value (input order)");
  ctx.name("BC_SensitivityNPVHigh", "sensitivity", colRange(first, COL.npvHigh, count), "NPV with each input at its high value (input order)");
  ctx.name("BC_SensitivityStructuralLow", "sensitivity", colRange(first, COL.ssLow, count), "Structural saving with each input at its low value (input order)");
  ctx.name(
    "BC_SensitivityStructuralHigh",
    "sensitivity",
    colRange(first, COL.ssHigh, count),
    "Structural saving with each input at its high value (input order)",
  );
  ctx.name("BC_SensitivityRanks", "sensitivity", colRange(first, COL.rank, count), "Rank of each input by NPV swing (1 = largest)");
  return { first: sortedFirst, last: sortedLast, next: r + 1 };
}

/** The tornado chart over the sorted table; returns the row under it. */
function tornado(m: LayoutContext, b: SheetBuilder, row: number, sorted: { first: number; last: number }): number {
  const { ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, note(t.tornadoChartBelow));
  const count = sorted.last - sorted.first + 1;
  const height = Math.max(16, count + 6);
  ctx.charts.push({
    sheet: "sensitivity",
    kind: "barClustered",
    title: t.tornadoChangeNPV,
    anchor: { row: r, col: 0, rowCount: height, colCount: 7 },
    categories: { sheet: "sensitivity", range: colRange(sorted.first, 0, count) },
    series: [
      { name: t.low, sheet: "sensitivity", range: colRange(sorted.first, 5, count), as: "bar" },
      { name: t.high, sheet: "sensitivity", range: colRange(sorted.first, 6, count), as: "bar" },
    ],
    valueAxisTitle: t.changeInNpv,
  });
  return r + height;
}

/** What the table leaves out, and why: indexation always, and the inputs the model's sensitivity omits for this case. */
function leftOutNotes(m: LayoutContext): string[] {
  const t = m.texts(TEXTS);
  const label = (key: string, formId?: string) => sensitivityLabel(m, key, formId);
  const labelOf = (key: string) => label(key, key.startsWith("cost_") ? key.slice("cost_".length) : undefined);
  const omitted = m.sensitivity.omitted.map((o) =>
    o.reason === "noEffect" ? t.leftOutNoEffect(label(o.key, o.formId)) : t.leftOutSameAs(label(o.key, o.formId), labelOf(o.sameAs!)),
  );
  return [...omitted, t.indexationNotVaried];
}

interface VariantCells {
  /** The cell with the row's change (low or high). */
  change: string;
  /** The cell with the row's structural saving at that change. */
  ss: string;
  which: "low" | "high";
}

/**
 * The structural saving and NPV of one variant: the structural saving scales with the realisation
 * and with each form's cost (its part (current - target) x c_f x realisation); the NPV is the
 * structural saving times the present value of the phasing minus the present value of the one-off
 * costs, with the phasing or the discount factors of the helper rows where those change.
 */
function variantFormulas(key: string, formId: string | undefined, cells: VariantCells): { ss: string; npv: string } {
  const { change, ss, which } = cells;
  const npv = `=${ss}*BC_PVPhase-BC_PVOneOff`;
  if (formId) {
    const part = `(BC_Current_${formId}-BC_Target_${formId})*BC_CostPerPlacement_${formId}*BC_LiveRealisation`;
    return { ss: `=BC_StructuralSaving+${part}*${change}`, npv };
  }
  switch (key) {
    case "realisation":
      return { ss: `=BC_StructuralSavingFull*MIN(1,BC_LiveRealisation*(1+${change}))`, npv };
    case "yearsToTarget":
      return {
        ss: "=BC_StructuralSaving",
        npv: `=${ss}*SUMPRODUCT(${which === "low" ? "BC_SensPhaseLow" : "BC_SensPhaseHigh"},BC_DiscountFactors)-BC_PVOneOff`,
      };
    case "oneOffCosts":
      return { ss: "=BC_StructuralSaving", npv: `=${ss}*BC_PVPhase-BC_PVOneOff*(1+${change})` };
    case "discountRate": {
      const df = which === "low" ? "BC_SensDiscountLow" : "BC_SensDiscountHigh";
      return { ss: "=BC_StructuralSaving", npv: `=${ss}*SUMPRODUCT(BC_Phase,${df})-SUMPRODUCT(BC_OneOffReal,${df})` };
    }
    default:
      throw new Error(`No formula for sensitivity input ${key}`);
  }
}
