/** Calculation sheet, section "Per 1,000 youths" (when the population is known): per form, the total, and the share away from home. */
import { section } from "../../layoutContext";
import type { CalcRows } from "./rows";
import type { VolumeRows } from "./volumes";
import { TEXTS } from "./texts";

export interface Per1000Rows {
  byForm: Map<string, number>;
  awayFromHomeShare: number;
}

export function per1000Section(rows: CalcRows, volumes: VolumeRows): Per1000Rows | undefined {
  const { m } = rows;
  const { c } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  const population = m.population;
  if (population === null) return undefined;
  const per1000 = t.per1000;
  rows.section(section(t.per1000Section));
  const byForm = new Map<string, number>();
  c.careForms.forEach((f, fi) => {
    const row = rows.timeline({
      label: rows.formLabel(f.id, t.formPer1000),
      unit: per1000,
      formula: (L) => `=${L}${volumes.byForm.get(f.id)! + 1}/BC_YouthPopulation*1000`,
      values: R.forms[fi].per1000!,
      format: "per1000",
      name: `BC_Per1000_${f.id}`,
      comment: `Youths placed in ${f.id} per 1,000 youths`,
    });
    byForm.set(f.id, row);
  });
  rows.timeline({
    label: t.totalPer1000,
    unit: per1000,
    formula: (L) => `=${L}${volumes.totalPlaced + 1}/BC_YouthPopulation*1000`,
    values: R.totalPlaced.map((t) => (t / population) * 1000),
    format: "per1000",
    name: "BC_Per1000_Total",
    comment: "Youths placed per 1,000 youths",
  });
  const awayFromHomeShare = rows.timeline({
    label: t.shareYouthsAway,
    unit: "%",
    formula: (L) => `=${L}${volumes.totalPlaced + 1}/BC_YouthPopulation`,
    values: R.awayFromHomeShare!,
    format: "percent2",
    name: "BC_AwayFromHomeShare",
    comment: "Youths placed as a share of youths aged 0-17",
    style: "output",
  });
  rows.gap();
  return { byForm, awayFromHomeShare };
}
