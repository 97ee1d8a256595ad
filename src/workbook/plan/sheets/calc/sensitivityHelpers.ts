/**
 * Calculation sheet, section "Sensitivity: helper rows": the phasing with the years to target at
 * their low and high values, and the discount factors at the low and high discount rate (the
 * table is on the sensitivity sheet). The changes are read from the ranges on the inputs sheet.
 */
import { phaseShares, sensitivityInputs, sensitivityRange, shiftedShares, type Case } from "../../../../model";
import { section } from "../../layoutContext";
import type { InputsLayout } from "../inputs";
import type { CalcRows } from "./rows";
import type { TimeAxisRows } from "./timeAxis";
import { TEXTS } from "./texts";

export function sensitivityHelpersSection(rows: CalcRows, inputs: InputsLayout, axis: TimeAxisRows): void {
  const { m } = rows;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  rows.section(section(t.sensitivityHelperRows));
  const change = (key: string, which: "low" | "high") =>
    ctx.ref("inputs", inputs.sensitivityRows.get(key)!, which === "low" ? inputs.sensitivityCols.low : inputs.sensitivityCols.high);
  const range = (key: string) =>
    sensitivityRange(
      c,
      sensitivityInputs(c).find((x) => x.key === key)!,
    );
  const I = (L: string) => `${L}$${axis.yearIndex + 1}`;
  const effectiveYtt = m.activeScenario?.yearsToTarget ?? c.phasing.yearsToTarget;
  rows.single({
    label: t.effectiveYearsToTarget,
    unit: t.years,
    formula: "=IF(BC_LiveYearsToTarget>0,BC_LiveYearsToTarget,BC_YearsToTarget)",
    value: effectiveYtt,
    format: "integer",
    name: "BC_EffectiveYearsToTarget",
    comment: "Years to target that the active scenario uses",
  });
  for (const which of ["low", "high"] as const) {
    const years = change("yearsToTarget", which);
    rows.timeline({
      label: which === "low" ? t.phasingYearsToTargetLow : t.phasingYearsToTargetHigh,
      unit: "%",
      // Linear (the scenario's own years, or the inputs' linear phasing): one year more or fewer, at
      // least one. Own shares: the active phasing read that many years earlier or later.
      formula: (L) =>
        `=IF(OR(BC_LiveYearsToTarget>0,BC_PhasingMethod<>BC_Label_Shares),MIN(${I(L)}/MAX(1,BC_EffectiveYearsToTarget+${years}),1),` +
        `IF(${I(L)}=0,0,INDEX(BC_Phase,MIN(MAX(${I(L)}-${years},0),COLUMNS(BC_Phase)-1)+1)))`,
      values: phaseAtYearsChange(c, effectiveYtt, m.activeScenario?.yearsToTarget !== undefined, range("yearsToTarget")[which]),
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

/** The phasing the model's sensitivity uses for a change of the years to target (src/model/sensitivity.ts). */
function phaseAtYearsChange(c: Case, years: number, scenarioYears: boolean, change: number): number[] {
  if (scenarioYears || !c.phasing.shares) return phaseShares(c.horizonYears, Math.max(1, years + change));
  return [0, ...shiftedShares(c, change)];
}
