/** Calculation sheet, section "Costs and saving (real)": cost per form per year, the reference at current volumes, saving, one-off costs, net. */
import { section } from "../../layoutContext";
import type { CalcRows } from "./rows";
import type { TimeAxisRows } from "./timeAxis";
import type { VolumeRows } from "./volumes";
import { TEXTS } from "./texts";

export interface RealRows {
  scenarioCost: number;
  referenceCost: number;
  savingReal: number;
  oneOffReal: number;
  netReal: number;
}

export function realCostsSection(rows: CalcRows, axis: TimeAxisRows, volumes: VolumeRows): RealRows {
  const { m } = rows;
  const { c } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  rows.section(section(t.realSection));
  const costFirst = rows.row;
  c.careForms.forEach((f, fi) => {
    rows.timeline({
      label: rows.formLabel(f.id, t.formCost),
      unit: "€",
      formula: (L) => `=${L}${volumes.byForm.get(f.id)! + 1}*BC_CostPerPlacement_${f.id}`,
      values: R.forms[fi].scenarioCost,
      format: "eur",
    });
  });
  const scenarioCost = rows.timeline({
    label: t.totalCost,
    unit: "€",
    formula: (L) => `=SUM(${L}${costFirst + 1}:${L}${rows.row})`,
    values: R.scenarioCost,
    format: "eur",
    name: "BC_ScenarioCost",
    comment: "Cost of all placements per year (real)",
    style: "output",
  });
  const referenceFirst = rows.row;
  c.careForms.forEach((f, fi) => {
    rows.timeline({
      label: rows.formLabel(f.id, t.formReferenceCost),
      unit: "€",
      formula: () => `=BC_Current_${f.id}*BC_CostPerPlacement_${f.id}`,
      values: R.years.map(() => R.forms[fi].referenceCost),
      format: "eur",
    });
  });
  const referenceCost = rows.timeline({
    label: t.totalReferenceCost,
    unit: "€",
    formula: (L) => `=SUM(${L}${referenceFirst + 1}:${L}${rows.row})`,
    values: R.referenceCost,
    format: "eur",
    name: "BC_ReferenceCost",
    comment: "Cost at current volumes per year (real)",
    style: "output",
  });
  const savingReal = rows.timeline({
    label: t.savingReal,
    unit: "€",
    formula: (L) => `=${L}${referenceCost + 1}-${L}${scenarioCost + 1}`,
    values: R.savingReal,
    format: "eur",
    name: "BC_SavingReal",
    comment: "Reference cost minus scenario cost, per year (real)",
    style: "output",
  });
  const oneOffReal = rows.timeline({
    label: t.oneOffCostsReal,
    unit: "€",
    formula: (L) => `=SUMIF(BC_OneOffYears,${L}$${axis.year + 1},BC_OneOffAmounts)`,
    values: R.oneOffReal,
    format: "eur",
    name: "BC_OneOffReal",
    comment: "One-off costs per year (real)",
  });
  const netReal = rows.timeline({
    label: t.netSavingReal,
    unit: "€",
    formula: (L) => `=${L}${savingReal + 1}-${L}${oneOffReal + 1}`,
    values: R.netReal,
    format: "eur",
    name: "BC_NetReal",
    comment: "Saving minus one-off costs, per year (real)",
    style: "output",
  });
  rows.gap();
  return { scenarioCost, referenceCost, savingReal, oneOffReal, netReal };
}
