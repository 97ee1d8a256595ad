/** Calculation sheet, section "Per 1,000 youths" (when the population is known): per form, the total, and the share away from home. */
import { section } from "../../layoutContext";
import type { CalcRows } from "./rows";
import type { VolumeRows } from "./volumes";

export interface Per1000Rows {
  byForm: Map<string, number>;
  awayFromHomeShare: number;
}

export function per1000Section(rows: CalcRows, volumes: VolumeRows): Per1000Rows | undefined {
  const { m } = rows;
  const { c, tr } = m;
  const R = m.results;
  const population = m.population;
  if (population === null) return undefined;
  const per1000 = tr("per 1.000", "per 1,000");
  rows.section(section(tr("Kengetallen per 1.000 jeugdigen (0-17 jaar)", "Figures per 1,000 youths (aged 0-17)")));
  const byForm = new Map<string, number>();
  c.careForms.forEach((f, fi) => {
    const row = rows.timeline({
      label: rows.formLabel(f.id, tr(": per 1.000 jeugdigen", ": per 1,000 youths")),
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
    label: tr("Totaal per 1.000 jeugdigen", "Total per 1,000 youths"),
    unit: per1000,
    formula: (L) => `=${L}${volumes.totalPlaced + 1}/BC_YouthPopulation*1000`,
    values: R.totalPlaced.map((t) => (t / population) * 1000),
    format: "per1000",
    name: "BC_Per1000_Total",
    comment: "Youths placed per 1,000 youths",
  });
  const awayFromHomeShare = rows.timeline({
    label: tr("Aandeel jeugdigen uit huis", "Share of youths away from home"),
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
