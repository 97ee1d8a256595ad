/** Inputs sheet, section "Municipalities" (a region only): per municipality its youths and its volumes per care form, with the region's totals. */
import type { Municipality, PathSegment } from "../../../../model";
import { LIMITS, ownValue } from "../../../../model";
import { cell, colRange } from "../../builder";
import { header, section } from "../../layoutContext";
import type { InputCells } from "./inputCells";
import { TEXTS } from "./texts";

/**
 * The defined name of one care form's column in the municipality grid (one cell per municipality,
 * in the case's order). The region's totals on the care forms are sums over these names, so they
 * can be written before the grid is laid out.
 */
export function municipalityVolumesName(which: "current" | "target", formId: string): string {
  return which === "current" ? `BC_MunicipalityCurrent_${formId}` : `BC_MunicipalityTarget_${formId}`;
}

export interface MunicipalitiesLayout {
  rows: { first: number; last: number; total: number };
  /** Columns of the municipality grid: population, then current per form, then target per form. */
  cols: { population: number; current: Map<string, number>; target: Map<string, number> };
}

export function municipalitiesSection(s: InputCells, row: number): { layout?: MunicipalitiesLayout; next: number } {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  if (!c.municipalities) return { next: row };
  let r = row;
  b.set(r++, 0, section(t.municipalitiesSection));
  const F = c.careForms.length;
  const cols = {
    population: 1,
    current: new Map(c.careForms.map((f, i) => [f.id, 2 + i])),
    target: new Map(c.careForms.map((f, i) => [f.id, 2 + F + i])),
  };
  b.set(r, 0, header(t.municipality));
  b.set(r, 1, header(t.youths0To17));
  c.careForms.forEach((f) => {
    b.set(r, cols.current.get(f.id)!, header(`${f.name}: ${t.nowLower}`));
    b.set(r, cols.target.get(f.id)!, header(`${f.name}: ${t.targetLower}`));
  });
  r++;
  const first = r;
  ctx.name(
    "BC_Municipalities",
    "inputs",
    { row: first, col: 0, rowCount: c.municipalities.length, colCount: 2 + 2 * F },
    "Municipalities: name, youths 0-17, current and target volumes per care form",
  );
  c.municipalities.forEach((mu, k) => municipalityRow(s, mu, k, r++, cols));
  const last = r - 1;
  for (const f of c.careForms) {
    for (const which of ["current", "target"] as const) {
      ctx.name(
        municipalityVolumesName(which, f.id),
        "inputs",
        colRange(first, cols[which].get(f.id)!, c.municipalities.length),
        `${which === "current" ? "Current" : "Target"} volume of ${f.id} per municipality`,
      );
    }
  }
  totalRow(s, r, first, last, cols);
  return { layout: { rows: { first, last, total: r }, cols }, next: r + 2 };
}

function municipalityRow(s: InputCells, mu: Municipality, k: number, r: number, cols: MunicipalitiesLayout["cols"]): void {
  const at = (col: number) => ({ name: "BC_Municipalities", offset: { row: k, col } });
  const p: PathSegment[] = ["municipalities", k];
  s.input(r, 0, { value: mu.name, path: [...p, "name"], type: "text", format: "text", table: at(0) });
  s.input(r, cols.population, {
    value: mu.youthPopulation,
    path: [...p, "youthPopulation"],
    type: "optionalNumber",
    format: "integer",
    table: at(cols.population),
    validation: s.number(1, LIMITS.maxYouthPopulation),
  });
  s.m.c.careForms.forEach((f) => {
    const v = ownValue(mu.volumes, f.id);
    for (const which of ["current", "target"] as const) {
      const col = cols[which].get(f.id)!;
      s.input(r, col, {
        value: v?.[which] ?? 0,
        path: [...p, "volumes", f.id, which],
        type: "number",
        format: "count",
        table: at(col),
        validation: s.number(0, LIMITS.maxVolume),
      });
    }
  });
}

/**
 * The region's totals row. The volumes are summed once, on the care forms (BC_Current_<id> and
 * BC_Target_<id>); this row shows those sums under their columns. The youths' total is summed here
 * and names BC_YouthPopulation when the case gives none.
 */
function totalRow(s: InputCells, r: number, first: number, last: number, cols: MunicipalitiesLayout["cols"]): void {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  b.set(r, 0, { value: t.regionTotal, style: "output" });
  const populationKnown = m.population !== null;
  b.set(
    r,
    1,
    populationKnown
      ? { formula: `=SUM(B${first + 1}:B${last + 1})`, result: m.population!, style: "output", numberFormat: "integer" }
      : { value: "", style: "output" },
  );
  for (const f of c.careForms) {
    for (const which of ["current", "target"] as const) {
      b.set(r, cols[which].get(f.id)!, {
        formula: `=${which === "current" ? "BC_Current" : "BC_Target"}_${f.id}`,
        result: m.volumes.get(f.id)![which],
        style: "output",
        numberFormat: "count",
      });
    }
  }
  if (populationKnown && c.youthPopulation === undefined)
    ctx.name("BC_YouthPopulation", "inputs", cell(r, 1), "Youths aged 0-17: the sum over the municipalities");
}
