/** Inputs sheet, section "Care forms": per form its name, kind, cost components, extra ambulant care and volumes. */
import type { CareForm, PathSegment } from "../../../../model";
import { DEFAULT_DAYS_PER_YEAR, LIMITS, baseYearAmount } from "../../../../model";
import { cellA1 } from "../../address";
import { cell } from "../../builder";
import { header, note, section, text, unit } from "../../layoutContext";
import { COL, type InputCells } from "./inputCells";
import { municipalityVolumesName } from "./municipalities";
import { TEXTS } from "./texts";

/** The cells of one cost component (absolute A1 on the inputs sheet), for the calculation's formula. */
export interface ComponentCells {
  /** The amount at base-year prices (a formula: the amount as given times its index factor). */
  amount: string;
  per: string;
  days: string;
}

export interface CareFormsLayout {
  /** Per form id: the cells of its cost components. */
  components: Map<string, ComponentCells[]>;
  /** Per form id: the first and last row of its component table. */
  componentRows: Map<string, { first: number; last: number }>;
}

export function careFormsSection(s: InputCells, row: number): CareFormsLayout & { next: number } {
  const { m, b } = s;
  let r = row;
  b.set(r++, 0, section(m.texts(TEXTS).careFormsSection));
  const layout: CareFormsLayout = { components: new Map(), componentRows: new Map() };
  m.c.careForms.forEach((f, fi) => {
    r = careFormTables(s, f, fi, r, layout);
  });
  return { ...layout, next: r };
}

/** One care form's tables from `row`; returns the row after them (one empty row included). */
function careFormTables(s: InputCells, f: CareForm, fi: number, row: number, layout: CareFormsLayout): number {
  const { m, b } = s;
  const t = m.texts(TEXTS);
  const base: PathSegment[] = ["careForms", fi];
  let r = row;
  b.set(r, 0, { value: `${t.careForm} ${fi + 1}: ${f.name}`, style: "subtitle" });
  b.set(r++, COL.source, note(t.formIdNote(f.id)));
  b.set(r, 0, text(t.name));
  s.input(r, COL.value, {
    value: f.name,
    path: [...base, "name"],
    type: "text",
    format: "text",
    name: `BC_Name_${f.id}`,
    comment: `Name of care form ${f.id}`,
  });
  s.source(r++, [...base, "source"], f.source, `BC_Name_${f.id}`);
  b.set(r, 0, text(t.kind));
  s.input(r++, COL.value, {
    value: s.kindChoices[f.kind],
    path: [...base, "kind"],
    type: "enum",
    format: "text",
    name: `BC_Kind_${f.id}`,
    comment: `Kind of care form ${f.id}`,
    choices: s.kindChoices,
    validation: s.list("BC_List_Kind", t.aKind),
  });
  const given = componentTable(s, f, fi, r, layout);
  r = priceLevelTable(s, f, fi, given.next, given.cells, layout);
  r = ambulantRows(s, f, fi, r);
  r = volumeRows(s, f, fi, r);
  return r + 1;
}

/** The cost components as their sources give them: label, amount at the prices of its year, period, days per year, source. */
function componentTable(s: InputCells, f: CareForm, fi: number, row: number, layout: CareFormsLayout): { cells: GivenCells[]; next: number } {
  const { m, b } = s;
  const t = m.texts(TEXTS);
  let r = row;
  b.setRow(r++, 0, [header(t.costComponent), header(t.amountAsGiven), header(t.per), header(t.daysPerYear), header(t.sourceNotes)]);
  const tableName = `BC_Costs_${f.id}`;
  m.ctx.name(tableName, "inputs", { row: r, col: 0, rowCount: f.costs.length, colCount: 5 }, `Cost components of care form ${f.id}`);
  layout.componentRows.set(f.id, { first: r, last: r + f.costs.length - 1 });
  const cells: GivenCells[] = [];
  f.costs.forEach((k, ki) => {
    const p: PathSegment[] = ["careForms", fi, "costs", ki];
    const at = (col: number) => ({ name: tableName, offset: { row: ki, col } });
    s.input(r, 0, { value: k.label, path: [...p, "label"], type: "text", format: "text", table: at(0) });
    const amount = s.input(r, 1, {
      value: k.amount,
      path: [...p, "amount"],
      type: "number",
      format: "eur2",
      table: at(1),
      validation: s.number(0, LIMITS.maxAmount),
    });
    const per = s.input(r, 2, {
      value: s.perChoices[k.per],
      path: [...p, "per"],
      type: "enum",
      format: "text",
      table: at(2),
      choices: s.perChoices,
      validation: s.list("BC_List_Per", t.aPeriod),
    });
    const days = s.input(r, 3, {
      value: k.daysPerYear ?? DEFAULT_DAYS_PER_YEAR,
      path: [...p, "daysPerYear"],
      type: "optionalInteger",
      format: "integer",
      table: at(3),
      validation: s.number(1, 366, true),
    });
    s.input(r, 4, { value: k.source, path: [...p, "source"], type: "optionalText", format: "text", table: at(4) });
    cells.push({ label: cellA1(r, 0), amount, per, days });
    r++;
  });
  return { cells, next: r };
}

/** A component's cells as given: its label and amount at the prices of its year, its period and days. */
interface GivenCells extends ComponentCells {
  label: string;
}

/**
 * Each component brought to base-year prices, right under the components: its price year and
 * index factor (inputs with the factor's source) and the base-year amount as a formula, the one
 * the calculation uses. A figure of another year is thus never labelled as base-year prices.
 */
function priceLevelTable(s: InputCells, f: CareForm, fi: number, row: number, given: GivenCells[], layout: CareFormsLayout): number {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.setRow(r++, 0, [header(t.toBaseYearPrices), header(t.priceYear), header(t.indexFactor), header(t.baseYearAmount), header(t.indexSource)]);
  const tableName = `BC_PriceLevel_${f.id}`;
  ctx.name(
    tableName,
    "inputs",
    { row: r, col: 0, rowCount: f.costs.length, colCount: 5 },
    `Price year, index factor, base-year amount and the factor's source of each cost component of ${f.id}`,
  );
  // The price years and factors by name, for the check that no figure of another year stands at factor 1.
  ctx.name(`BC_PriceYears_${f.id}`, "inputs", { row: r, col: 1, rowCount: f.costs.length, colCount: 1 }, `Price year of each cost component of ${f.id}`);
  ctx.name(
    `BC_IndexFactors_${f.id}`,
    "inputs",
    { row: r, col: 2, rowCount: f.costs.length, colCount: 1 },
    `Index factor to base-year prices of each cost component of ${f.id}`,
  );
  const cells: ComponentCells[] = [];
  f.costs.forEach((k, ki) => {
    const p: PathSegment[] = ["careForms", fi, "costs", ki];
    const at = (col: number) => ({ name: tableName, offset: { row: ki, col } });
    b.set(r, 0, { formula: `=${given[ki].label}`, result: k.label, style: "link" });
    s.input(r, 1, {
      value: k.priceYear ?? c.baseYear,
      path: [...p, "priceYear"],
      type: "optionalInteger",
      format: "year",
      table: at(1),
      validation: s.number(LIMITS.minBaseYear, LIMITS.maxBaseYear, true),
    });
    // Always a number (1 when the case leaves it out), so the base-year amount is a product of two cells.
    const factor = s.input(r, 2, {
      value: k.indexFactor ?? 1,
      path: [...p, "indexFactor"],
      type: "number",
      format: "factor",
      table: at(2),
      validation: s.number(LIMITS.minIndexFactor, LIMITS.maxIndexFactor),
    });
    b.set(r, 3, { formula: `=${given[ki].amount}*${factor}`, result: baseYearAmount(k), style: "calc", numberFormat: "eur2" });
    s.input(r, 4, { value: k.indexSource, path: [...p, "indexSource"], type: "optionalText", format: "text", table: at(4) });
    cells.push({ amount: cellA1(r, 3, true), per: given[ki].per, days: given[ki].days });
    r++;
  });
  layout.components.set(f.id, cells);
  return r;
}

function ambulantRows(s: InputCells, f: CareForm, fi: number, row: number): number {
  const { m, b } = s;
  const t = m.texts(TEXTS);
  const base: PathSegment[] = ["careForms", fi, "ambulant"];
  let r = row;
  b.set(r, 0, text(t.ambulantAmount));
  s.input(r, COL.value, {
    value: f.ambulant.amount,
    path: [...base, "amount"],
    type: "number",
    format: "eur",
    name: `BC_AmbulantAmount_${f.id}`,
    comment: `Extra ambulant care per placement that receives it, ${f.id}`,
    validation: s.number(0, LIMITS.maxAmount),
  });
  b.set(r, COL.unit, unit(t.perYear));
  s.source(r++, [...base, "source"], f.ambulant.source, `BC_AmbulantAmount_${f.id}`);
  b.set(r, 0, text(t.ambulantShare));
  s.input(r, COL.value, {
    value: f.ambulant.share,
    path: [...base, "share"],
    type: "number",
    format: "percent",
    name: `BC_AmbulantShare_${f.id}`,
    comment: `Share of placements with extra ambulant care, ${f.id}`,
    validation: s.number(0, 1),
  });
  b.set(r++, COL.unit, unit(t.ofPlacements));
  return r;
}

/** Current and target volumes: inputs for a municipality; in a region, the sums over the municipalities below. */
function volumeRows(s: InputCells, f: CareForm, fi: number, row: number): number {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  const volumes = m.volumes.get(f.id)!;
  let r = row;
  for (const which of ["current", "target"] as const) {
    b.set(r, 0, text(which === "current" ? t.youthsPlacedNow : t.youthsPlacedTarget));
    const name = which === "current" ? `BC_Current_${f.id}` : `BC_Target_${f.id}`;
    if (c.municipalities) {
      // The region's figure is the sum over the municipalities in the grid below, by the name of its column.
      b.set(r, COL.value, { formula: `=SUM(${municipalityVolumesName(which, f.id)})`, result: volumes[which], style: "calc", numberFormat: "count" });
      ctx.name(name, "inputs", cell(r, COL.value), `${which === "current" ? "Current" : "Target"} volume of ${f.id} (sum over municipalities)`);
      b.set(r, COL.source, note(t.sumOverMunicipalities));
    } else {
      s.input(r, COL.value, {
        value: volumes[which],
        path: ["careForms", fi, which],
        type: "number",
        format: "count",
        name,
        comment: `${which === "current" ? "Current" : "Target"} volume of care form ${f.id}`,
        validation: s.number(0, LIMITS.maxVolume),
      });
    }
    b.set(r++, COL.unit, unit(t.youths));
  }
  return r;
}
