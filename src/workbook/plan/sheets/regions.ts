/**
 * The municipalities sheet (Gemeenten / Municipalities), only for a region: per municipality its
 * volumes, per-1,000 rates, share away from home now and at target, and its structural saving
 * (method.md section 6), side by side so that differences can be discussed.
 */
import { columnLetters } from "../address";
import { colRange, type SheetBuilder } from "../builder";
import { sheetTop } from "../common";
import { header, note, section, text, type LayoutContext } from "../layoutContext";
import { TAB_COLORS } from "../styles";
import type { InputsLayout } from "./inputs";
import { TEXTS } from "./regionsTexts";

export function buildRegionsSheet(m: LayoutContext, inputs: InputsLayout): { sheet: SheetBuilder } {
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  const municipalities = c.municipalities!;
  const results = m.municipalities!;
  const grid = inputs.municipalities!.rows;
  const gridCols = inputs.municipalities!.cols;
  const b = m.sheet("regions");
  b.tabColor = TAB_COLORS.output;
  const F = c.careForms.length;
  const perCol = 7;
  const widths: Record<number, number> = { 0: 28, 1: 13, 2: 12, 3: 12, 4: 13, 5: 13, 6: 18 };
  for (let k = 0; k < 2 * F; k++) widths[perCol + k] = 13;
  b.widths(widths);
  sheetTop(m, b, t.municipalities, t.purpose);
  let r = b.row;
  const I = ctx.sheetPrefix("inputs");
  const gridRef = (col: number, row: number) => `${I}$${columnLetters(col)}$${row + 1}`;
  const span = (cols: Map<string, number>, row: number) => {
    const xs = [...cols.values()];
    return `${I}$${columnLetters(Math.min(...xs))}$${row + 1}:$${columnLetters(Math.max(...xs))}$${row + 1}`;
  };

  // The cost per placement-year in form order, for the SUMPRODUCT of each municipality.
  b.set(r, 0, text(t.costPerPlacementYear));
  const costRow = r;
  c.careForms.forEach((f, i) => {
    b.set(r, perCol + i, { formula: `=BC_BaseCostPerPlacement_${f.id}`, result: m.base.forms[i].baseCostPerPlacement, style: "link", numberFormat: "eur" });
  });
  const costs = `$${columnLetters(perCol)}$${costRow + 1}:$${columnLetters(perCol + F - 1)}$${costRow + 1}`;
  r += 2;

  b.set(r++, 0, section(t.perMunicipality));
  b.setRow(r, 0, [
    header(t.municipality),
    header(t.youths0To17),
    header(t.placedNow),
    header(t.placedTarget),
    header(t.awayHomeNow),
    header(t.awayHomeTarget),
    header(t.structuralSaving),
  ]);
  c.careForms.forEach((f, i) => {
    b.set(r, perCol + i, header(`${f.name}: ${t.per1000Now}`));
    b.set(r, perCol + F + i, header(`${f.name}: ${t.per1000Target}`));
  });
  r++;
  const first = r;
  municipalities.forEach((mu, k) => {
    const res = results[k];
    const row = r + 1;
    const inRow = grid.first + k;
    const pop = res.youthPopulation;
    b.set(r, 0, { formula: `=${gridRef(0, inRow)}`, result: mu.name, style: "link" });
    b.set(r, 1, {
      formula: `=IF(ISNUMBER(${gridRef(gridCols.population, inRow)}),${gridRef(gridCols.population, inRow)},"")`,
      result: pop ?? "",
      style: "link",
      numberFormat: "integer",
    });
    b.set(r, 2, { formula: `=SUM(${span(gridCols.current, inRow)})`, result: res.totalCurrent, style: "calc", numberFormat: "count" });
    b.set(r, 3, { formula: `=SUM(${span(gridCols.target, inRow)})`, result: res.totalTarget, style: "calc", numberFormat: "count" });
    b.set(r, 4, {
      formula: `=IF(ISNUMBER(B${row}),C${row}/B${row},"")`,
      result: res.awayFromHomeShareCurrent ?? "",
      style: "output",
      numberFormat: "percent2",
    });
    b.set(r, 5, { formula: `=IF(ISNUMBER(B${row}),D${row}/B${row},"")`, result: res.awayFromHomeShareTarget ?? "", style: "output", numberFormat: "percent2" });
    b.set(r, 6, {
      formula: `=SUMPRODUCT(${span(gridCols.current, inRow)}-${span(gridCols.target, inRow)},${costs})`,
      result: res.structuralSaving,
      style: "output",
      numberFormat: "eur",
    });
    c.careForms.forEach((f, i) => {
      b.set(r, perCol + i, {
        formula: `=IF(ISNUMBER($B${row}),${gridRef(gridCols.current.get(f.id)!, inRow)}/$B${row}*1000,"")`,
        result: res.per1000Current?.[f.id] ?? "",
        style: "calc",
        numberFormat: "per1000",
      });
      b.set(r, perCol + F + i, {
        formula: `=IF(ISNUMBER($B${row}),${gridRef(gridCols.target.get(f.id)!, inRow)}/$B${row}*1000,"")`,
        result: res.per1000Target?.[f.id] ?? "",
        style: "calc",
        numberFormat: "per1000",
      });
    });
    r++;
  });
  const last = r - 1;
  const M = municipalities.length;
  ctx.name("BC_MunicipalityNames", "regions", colRange(first, 0, M), "Names of the municipalities");
  ctx.name("BC_MunicipalityShareNow", "regions", colRange(first, 4, M), "Share of youths away from home now, per municipality");
  ctx.name("BC_MunicipalityShareTarget", "regions", colRange(first, 5, M), "Share of youths away from home at target, per municipality");
  ctx.name("BC_MunicipalityStructuralSaving", "regions", colRange(first, 6, M), "Structural saving per municipality (costs as entered)");

  // The region as a whole.
  regionRow(m, b, r, first, last);
  r += 2;
  b.set(r++, 0, note(t.structuralSavingNote));
  ctx.charts.push({
    sheet: "regions",
    kind: "barClustered",
    title: t.chartTitle,
    anchor: { row: r, col: 0, rowCount: Math.max(14, M + 6), colCount: 6 },
    categories: { sheet: "regions", range: colRange(first, 0, M) },
    series: [
      { name: t.now, sheet: "regions", range: colRange(first, 4, M), as: "bar" },
      { name: t.target, sheet: "regions", range: colRange(first, 5, M), as: "bar" },
    ],
  });
  b.row = r + Math.max(14, M + 6);
  b.freeze = { rows: first, columns: 1 };
  return { sheet: b };
}

/** The region's row: the sums over the municipalities and the region's shares away from home. */
function regionRow(m: LayoutContext, b: SheetBuilder, r: number, first: number, last: number): void {
  const t = m.texts(TEXTS);
  const results = m.municipalities!;
  const sum = (L: string) => `=SUM(${L}${first + 1}:${L}${last + 1})`;
  const totalSaving = results.reduce((s, x) => s + x.structuralSaving, 0);
  b.set(r, 0, { value: t.region, style: "output" });
  b.set(
    r,
    1,
    m.population !== null ? { formula: "=BC_YouthPopulation", result: m.population, style: "link", numberFormat: "integer" } : { value: "", style: "output" },
  );
  const totalCurrent = results.reduce((s, x) => s + x.totalCurrent, 0);
  const totalTarget = results.reduce((s, x) => s + x.totalTarget, 0);
  b.set(r, 2, { formula: sum("C"), result: totalCurrent, style: "output", numberFormat: "count" });
  b.set(r, 3, { formula: sum("D"), result: totalTarget, style: "output", numberFormat: "count" });
  const row = r + 1;
  b.set(r, 4, {
    formula: `=IF(ISNUMBER(B${row}),C${row}/B${row},"")`,
    result: m.population !== null ? totalCurrent / m.population : "",
    style: "output",
    numberFormat: "percent2",
  });
  b.set(r, 5, {
    formula: `=IF(ISNUMBER(B${row}),D${row}/B${row},"")`,
    result: m.population !== null ? totalTarget / m.population : "",
    style: "output",
    numberFormat: "percent2",
  });
  b.set(r, 6, { formula: sum("G"), result: totalSaving, style: "keyFigure", numberFormat: "eur" });
}
