/** Calculation sheet, section "Sensitivity: helper rows": the phasing and discount factors at the low and high values (the table is on the sensitivity sheet). */
import { section } from "../../layoutContext";
import type { InputsLayout } from "../inputs";
import type { PhasingRows } from "./phasing";
import type { CalcRows } from "./rows";
import type { TimeAxisRows } from "./timeAxis";
import { TEXTS } from "./texts";

export function sensitivityHelpersSection(rows: CalcRows, inputs: InputsLayout, axis: TimeAxisRows, phasing: PhasingRows): void {
  const { m } = rows;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  rows.section(section(t.sensitivityHelperRows));
  const change = (key: string, which: "low" | "high") =>
    ctx.ref("inputs", inputs.sensitivityRows.get(key)!, which === "low" ? inputs.sensitivityCols.low : inputs.sensitivityCols.high);
  const range = (key: string) => m.sensitivity.items.find((x) => x.key === key)!;
  const I = (L: string) => `${L}$${axis.yearIndex + 1}`;
  const active = m.activeScenario;
  const effectiveYtt = active?.yearsToTarget ?? c.phasing.yearsToTarget;
  rows.single({
    label: t.effectiveYearsToTarget,
    unit: t.years,
    formula: "=IF(BC_LiveYearsToTarget>0,BC_LiveYearsToTarget,BC_YearsToTarget)",
    value: effectiveYtt,
    format: "integer",
    name: "BC_EffectiveYearsToTarget",
    comment: "Years to target that the active scenario uses",
  });
  const linearApplies = active?.yearsToTarget !== undefined || !c.phasing.shares;
  for (const which of ["low", "high"] as const) {
    const ytt = effectiveYtt * (1 + range("yearsToTarget")[which]);
    rows.timeline({
      label: which === "low" ? t.phasingYearsToTargetLow : t.phasingYearsToTargetHigh,
      unit: "%",
      formula: (L) =>
        `=IF(OR(BC_LiveYearsToTarget>0,BC_PhasingMethod<>BC_Label_Shares),MIN(${I(L)}/(BC_EffectiveYearsToTarget*(1+${change("yearsToTarget", which)})),1),${L}$${phasing.phase + 1})`,
      values: R.phase.map((p, i) => (linearApplies ? (i === 0 ? 0 : Math.min(i / ytt, 1)) : p)),
      format: "percent",
      name: which === "low" ? "BC_SensPhaseLow" : "BC_SensPhaseHigh",
      comment: "Phasing with years to target at the low or high value",
    });
  }
  for (const which of ["low", "high"] as const) {
    const rate = c.discountRate + range("discountRate")[which];
    rows.timeline({
      label: which === "low" ? t.discountFactorRateLow : t.discountFactorRateHigh,
      unit: "factor",
      formula: (L) => `=1/(1+BC_DiscountRate+${change("discountRate", which)})^${I(L)}`,
      values: R.years.map((_, i) => 1 / Math.pow(1 + rate, i)),
      format: "factor",
      name: which === "low" ? "BC_SensDiscountLow" : "BC_SensDiscountHigh",
      comment: "Discount factors at the low or high discount rate",
    });
  }
}
