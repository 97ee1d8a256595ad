/** Calculation sheet, section "Youths placed": per care form per year, the total, per kind, and the places in family-based care. */
import { CARE_FORM_KINDS, type CareFormKind } from "../../../../model";
import { section } from "../../layoutContext";
import type { PhasingRows } from "./phasing";
import type { CalcRows } from "./rows";
import { TEXTS } from "./texts";

/** The part of the defined names BC_Label_<Kind> and BC_Placed_<kind>: the kind as it is written in names. */
export const KIND_NAME: Record<CareFormKind, string> = {
  residential: "Residential",
  familyHome: "FamilyHome",
  foster: "Foster",
  other: "Other",
};

export interface VolumeRows {
  /** Per form id: its volume row. */
  byForm: Map<string, number>;
  /** `$C$a:$C$b`: the kinds beside the volume rows, for SUMIF by kind. */
  kindRange: string;
  first: number;
  last: number;
  totalPlaced: number;
  placedByKind: Record<CareFormKind, number>;
}

export function volumesSection(rows: CalcRows, phasing: PhasingRows): VolumeRows {
  const { m, b } = rows;
  const { c } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  const youths = t.youths;
  rows.section(section(t.volumesSection));
  const byForm = new Map<string, number>();
  const first = rows.row;
  c.careForms.forEach((f, fi) => {
    // Column C holds the form's kind, for the SUMIF by kind below.
    b.set(rows.row, 2, { formula: `=BC_Kind_${f.id}`, result: t.kindLabels[f.kind], style: "link" });
    const row = rows.timeline({
      label: { formula: `=BC_Name_${f.id}`, result: f.name, style: "link" },
      unit: youths,
      formula: (L) => `=BC_Current_${f.id}+(BC_Target_${f.id}-BC_Current_${f.id})*${L}$${phasing.phase + 1}*BC_LiveRealisation`,
      values: R.forms[fi].volumes,
      format: "count",
      name: `BC_Volume_${f.id}`,
      comment: `Youths placed in ${f.id} per year`,
    });
    byForm.set(f.id, row);
  });
  const last = rows.row - 1;
  const kindRange = `$C$${first + 1}:$C$${last + 1}`;
  const totalPlaced = rows.timeline({
    label: t.totalPlaced,
    unit: youths,
    formula: (L) => `=SUM(${L}${first + 1}:${L}${last + 1})`,
    values: R.totalPlaced,
    format: "count",
    name: "BC_TotalPlaced",
    comment: "Youths placed in all care forms",
    style: "output",
  });
  const placedByKind = {} as Record<CareFormKind, number>;
  for (const k of CARE_FORM_KINDS) {
    placedByKind[k] = rows.timeline({
      label: `${t.placed}: ${t.kindLabels[k].toLowerCase()}`,
      unit: youths,
      formula: (L) => `=SUMIF(${kindRange},BC_Label_${KIND_NAME[k]},${L}${first + 1}:${L}${last + 1})`,
      values: R.placedByKind[k],
      format: "count",
      name: `BC_Placed_${k}`,
      comment: `Youths placed in care forms of kind ${k}`,
    });
  }
  rows.timeline({
    label: t.placesFamilyBased,
    unit: t.places,
    formula: (L) => `=${L}${placedByKind.familyHome + 1}+${L}${placedByKind.foster + 1}`,
    values: R.placedByKind.familyHome.map((x, i) => x + R.placedByKind.foster[i]),
    format: "count",
    name: "BC_PlacedFamilyBased",
    comment: "Places in family homes and foster care",
  });
  // Now and at the target, all forms together: when they differ, the saving comes partly from placing fewer (or more) youths.
  const sumOf = (which: "Current" | "Target") => `=SUM(${c.careForms.map((f) => `BC_${which}_${f.id}`).join(",")})`;
  rows.single({
    label: t.totalPlacedNow,
    unit: youths,
    formula: sumOf("Current"),
    value: R.forms.reduce((s, f) => s + f.current, 0),
    format: "count",
    name: "BC_TotalCurrent",
    comment: "Youths placed now, all care forms",
  });
  rows.single({
    label: t.totalPlacedTarget,
    unit: youths,
    formula: sumOf("Target"),
    value: R.forms.reduce((s, f) => s + f.target, 0),
    format: "count",
    name: "BC_TotalTarget",
    comment: "Youths placed in the target situation, all care forms",
  });
  rows.gap();
  return { byForm, kindRange, first, last, totalPlaced, placedByKind };
}
