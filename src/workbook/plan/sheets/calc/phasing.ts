/** Calculation sheet, section "Phasing": the part of the shift reached per year, by the inputs and in the active scenario. */
import { columnLetters } from "../../address";
import { section } from "../../layoutContext";
import type { InputsLayout } from "../inputs";
import type { CalcRows } from "./rows";
import type { TimeAxisRows } from "./timeAxis";
import { TEXTS } from "./texts";

export interface PhasingRows {
  /** The inputs' phasing (linear or own shares). */
  phaseInputs: number;
  /** The active scenario's phasing (BC_Phase). */
  phase: number;
}

export function phasingSection(rows: CalcRows, inputs: InputsLayout, axis: TimeAxisRows): PhasingRows {
  const { m } = rows;
  const { ctx } = m;
  const t = m.texts(TEXTS);
  rows.section(section(t.phasing));
  // Year i of the shares row on the inputs sheet.
  const sharesRef = (i: number) => `${ctx.sheetPrefix("inputs")}${columnLetters(inputs.sharesCol + i)}$${inputs.sharesRow + 1}`;
  const I = (L: string) => `${L}$${axis.yearIndex + 1}`;
  const phaseInputs = rows.timeline({
    label: t.phaseInputs,
    unit: "%",
    formula: (L, i) => `=IF(BC_PhasingMethod=BC_Label_Shares,${sharesRef(i)},MIN(${I(L)}/BC_YearsToTarget,1))`,
    values: m.base.phase,
    format: "percent",
    name: "BC_PhaseInputs",
    comment: "Phasing of the inputs: linear or own shares",
  });
  const phase = rows.timeline({
    label: t.phaseActive,
    unit: "%",
    formula: (L) => `=IF(BC_LiveYearsToTarget>0,MIN(${I(L)}/BC_LiveYearsToTarget,1),${L}${phaseInputs + 1})`,
    values: m.results.phase,
    format: "percent",
    name: "BC_Phase",
    comment: "Phasing in the active scenario",
  });
  rows.gap();
  return { phaseInputs, phase };
}
