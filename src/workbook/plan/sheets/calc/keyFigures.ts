/** Calculation sheet, section "Key figures": structural saving, present values, NPV, break-even year, switching value. */
import { section } from "../../layoutContext";
import type { NominalRows } from "./nominal";
import type { CalcRows } from "./rows";
import { TEXTS } from "./texts";

/** 1 in each year from which the cumulative stays at or above zero (the break-even flags). */
export function staysAtOrAboveZero(cumulative: readonly number[]): number[] {
  return cumulative.map((_, i) => (cumulative.slice(i).every((x) => x >= 0) ? 1 : 0));
}

export function keyFiguresSection(rows: CalcRows, nominal: NominalRows): void {
  const { m } = rows;
  const { c } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  const perYear = t.perYear;
  rows.section(section(t.keyFigures));
  const fullFirst = rows.row;
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    rows.single({
      label: rows.formLabel(f.id, t.formStructuralSavingFull),
      unit: perYear,
      formula: `=(BC_Current_${f.id}-BC_Target_${f.id})*BC_CostPerPlacement_${f.id}`,
      value: (fr.current - fr.target) * fr.costPerPlacement,
      format: "eur",
    });
  });
  const { structuralSavingFull, pvPhase, pvOneOff, switching } = m.key;
  rows.single({
    label: t.structuralSavingFullRealisation,
    unit: perYear,
    formula: `=SUM(C${fullFirst + 1}:C${rows.row})`,
    value: structuralSavingFull,
    format: "eur",
    name: "BC_StructuralSavingFull",
    comment: "Structural saving if the planned shift is fully realised",
  });
  rows.single({
    label: t.structuralSavingPerYear,
    unit: perYear,
    formula: "=BC_StructuralSavingFull*BC_LiveRealisation",
    value: R.structuralSaving,
    format: "eur",
    name: "BC_StructuralSaving",
    comment: "Structural saving per year once the target is reached (base-year prices)",
    style: "output",
  });
  rows.single({
    label: t.presentValuePhasing,
    unit: t.years,
    formula: "=SUMPRODUCT(BC_Phase,BC_DiscountFactors)",
    value: pvPhase,
    format: "factor",
    name: "BC_PVPhase",
    comment: "Sum of the discounted phasing shares",
  });
  rows.single({
    label: t.presentValueOneOffs,
    unit: "€",
    formula: "=SUMPRODUCT(BC_OneOffReal,BC_DiscountFactors)",
    value: pvOneOff,
    format: "eur",
    name: "BC_PVOneOff",
    comment: "Discounted one-off costs",
  });
  rows.single({
    label: t.netPresentValue,
    unit: "€",
    formula: "=SUMPRODUCT(BC_NetReal,BC_DiscountFactors)",
    value: R.npv,
    format: "eur",
    name: "BC_NPV",
    comment: "Net present value of the net saving (real, at the discount rate)",
    style: "output",
  });
  rows.timeline({
    label: t.breakEvenFlags,
    unit: "1/0",
    formula: (L) => `=IF(COUNTIF(${L}${nominal.cumulativeNominal + 1}:$${rows.last}$${nominal.cumulativeNominal + 1},"<0")=0,1,0)`,
    values: staysAtOrAboveZero(R.cumulativeNominal),
    format: "integer",
    name: "BC_BreakEvenFlags",
    comment: "1 from the year the cumulative balance stays at or above zero",
  });
  rows.single({
    label: t.breakEvenYear,
    unit: t.year,
    formula: '=IF(MAX(BC_BreakEvenFlags)=0,"",INDEX(BC_Years,MATCH(1,BC_BreakEvenFlags,0)))',
    value: R.breakEvenYear ?? "",
    format: "year",
    name: "BC_BreakEvenYear",
    comment: "First year from which the cumulative net saving stays at or above zero",
    style: "output",
  });
  rows.single({
    label: t.switchingValueRealisation,
    unit: "%",
    // Only where more of the shift raises the NPV; otherwise no realisation brings it to zero.
    formula: '=IF(BC_StructuralSavingFull*BC_PVPhase<=0,"",BC_PVOneOff/(BC_StructuralSavingFull*BC_PVPhase))',
    value: switching ?? "",
    format: "percent",
    name: "BC_SwitchingRealisation",
    comment: "Realisation of the shift at which the NPV is zero (empty when more of the shift does not raise the NPV)",
    style: "output",
  });
  rows.gap();
}
