/** Calculation sheet, section "Budget (nominal)": the real rows indexed, and the cumulative net saving. */
import { section } from "../../layoutContext";
import type { RealRows } from "./costs";
import type { CalcRows, TimelineRow } from "./rows";
import type { TimeAxisRows } from "./timeAxis";
import { TEXTS } from "./texts";

export interface NominalRows {
  savingNominal: number;
  oneOffNominal: number;
  netNominal: number;
  cumulativeNominal: number;
}

export function nominalSection(rows: CalcRows, axis: TimeAxisRows, real: RealRows): NominalRows {
  const { m } = rows;
  const t = m.texts(TEXTS);
  const R = m.results;
  rows.section(section(t.nominalSection));
  /** A real row times the index factor of its year. */
  const indexed = (spec: Pick<TimelineRow, "label" | "values" | "name" | "comment" | "style">, from: number) =>
    rows.timeline({ ...spec, unit: "€", format: "eur", formula: (L) => `=${L}${from + 1}*${L}$${axis.indexFactor + 1}` });
  indexed(
    {
      label: t.referenceCostNominal,
      values: R.referenceCostNominal,
      name: "BC_ReferenceCostNominal",
      comment: "Reference cost per year (nominal)",
    },
    real.referenceCost,
  );
  indexed(
    {
      label: t.totalCostNominal,
      values: R.scenarioCostNominal,
      name: "BC_ScenarioCostNominal",
      comment: "Cost of all placements per year (nominal)",
    },
    real.scenarioCost,
  );
  const savingNominal = indexed(
    { label: t.savingNominal, values: R.savingNominal, name: "BC_SavingNominal", comment: "Saving per year (nominal)" },
    real.savingReal,
  );
  const oneOffNominal = indexed(
    {
      label: t.oneOffCostsNominal,
      values: R.oneOffNominal,
      name: "BC_OneOffNominal",
      comment: "One-off costs per year (nominal)",
    },
    real.oneOffReal,
  );
  const netNominal = indexed(
    {
      label: t.netSavingNominal,
      values: R.netNominal,
      name: "BC_NetNominal",
      comment: "Net saving per year (nominal)",
      style: "output",
    },
    real.netReal,
  );
  const cumulativeNominal = rows.timeline({
    label: t.netSavingCumulative,
    unit: "€",
    formula: (L) => `=SUM($${rows.first}$${netNominal + 1}:${L}${netNominal + 1})`,
    values: R.cumulativeNominal,
    format: "eur",
    name: "BC_CumulativeNominal",
    comment: "Cumulative net saving (nominal)",
    style: "output",
  });
  rows.gap();
  return { savingNominal, oneOffNominal, netNominal, cumulativeNominal };
}
