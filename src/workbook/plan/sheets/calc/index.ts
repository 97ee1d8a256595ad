/**
 * The calculation sheet (Berekening / Calculation): one time axis across the columns (years 0..H
 * from column D), one formula per row that is the same across the row, every ingredient linked in
 * by name or reference, no constants but 0, 1, 7, 12, 52, 100 and 1000. Column C holds the values
 * that are not per year (cost per placement-year, NPV, ...). The sheet is a column of sections of
 * rows described as data (rows.ts); what the results sheet reads of it is the layout this returns.
 */
import type { SheetBuilder } from "../../builder";
import { sheetTop } from "../../common";
import type { LayoutContext } from "../../layoutContext";
import { TAB_COLORS } from "../../styles";
import type { InputsLayout } from "../inputs";
import { activeScenarioSection } from "./activeScenario";
import { costPerPlacementSection } from "./costPerPlacement";
import { realCostsSection, type RealRows } from "./costs";
import { keyFiguresSection } from "./keyFigures";
import { nominalSection, type NominalRows } from "./nominal";
import { per1000Section, type Per1000Rows } from "./per1000";
import { phasingSection } from "./phasing";
import { CalcRows, T0 } from "./rows";
import { scenariosSection, type ScenarioBlock } from "./scenarios";
import { sensitivityHelpersSection } from "./sensitivityHelpers";
import { timeAxisSection } from "./timeAxis";
import { volumesSection } from "./volumes";
import { TEXTS } from "./texts";

export { T0 } from "./rows";
export { annualCostFormula } from "./costPerPlacement";
export type { ScenarioBlock } from "./scenarios";

/** Rows of the calculation sheet that other sheets link to, by what they hold. */
export interface CalcLayout {
  rows: RealRows & NominalRows & { totalPlaced: number; awayFromHomeShare?: number };
  /** Per form id: its volume row. */
  volumeRows: Map<string, number>;
  /** Per form id: its per-1,000 row (when the population is known). */
  per1000Rows: Map<string, number>;
  scenarioBlocks: ScenarioBlock[];
}

export function buildCalcSheet(m: LayoutContext, inputs: InputsLayout): { sheet: SheetBuilder; layout: CalcLayout } {
  const { H } = m;
  const t = m.texts(TEXTS);
  const b = m.sheet("calc");
  b.tabColor = TAB_COLORS.calc;
  const widths: Record<number, number> = { 0: 52, 1: 12, 2: 16 };
  for (let i = 0; i <= H; i++) widths[T0 + i] = 13;
  b.widths(widths);
  sheetTop(m, b, t.calculation, t.purpose);
  const rows = new CalcRows(m, b, b.row);
  const axis = timeAxisSection(rows);
  b.freeze = { rows: axis.year + 1, columns: T0 };
  activeScenarioSection(rows);
  const phasing = phasingSection(rows, inputs, axis);
  costPerPlacementSection(rows, inputs);
  const volumes = volumesSection(rows, phasing);
  const real = realCostsSection(rows, axis, volumes);
  const nominal = nominalSection(rows, axis, real);
  keyFiguresSection(rows, nominal);
  const per1000: Per1000Rows | undefined = per1000Section(rows, volumes);
  const scenarios = scenariosSection(rows, inputs, axis, phasing, volumes, real);
  sensitivityHelpersSection(rows, inputs, axis);
  b.row = rows.row;
  return {
    sheet: b,
    layout: {
      rows: { ...real, ...nominal, totalPlaced: volumes.totalPlaced, awayFromHomeShare: per1000?.awayFromHomeShare },
      volumeRows: volumes.byForm,
      per1000Rows: per1000?.byForm ?? new Map(),
      scenarioBlocks: scenarios.blocks,
    },
  };
}
