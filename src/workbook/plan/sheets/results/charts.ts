/**
 * Results sheet, section "Charts": volumes now and target, the net saving per year with the
 * cumulative, the share away from home, and the scenarios side by side (when the case has any).
 * Native charts in both writers, bound to the tables above, so they follow the inputs.
 */
import { colRange, rowRange, type SheetBuilder } from "../../builder";
import { REFERENCE_POINTS, note, section, type LayoutContext } from "../../layoutContext";
import { T0 } from "../calc";
import type { PerYearRows, ShareRows } from "./perYear";
import type { ScenarioRows } from "./scenariosAndBudget";
import { TEXTS } from "./texts";

const CHART_HEIGHT = 16;

/** The tables the charts read. */
export interface ChartSources {
  formFirst: number;
  perYear: PerYearRows;
  share?: ShareRows;
  scenarioRows: ScenarioRows;
}

export function chartsSection(m: LayoutContext, b: SheetBuilder, row: number, { formFirst, perYear, share, scenarioRows }: ChartSources): number {
  const { c, ctx, H } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.charts));
  b.set(r++, 0, note(t.chartsNote));
  const F = c.careForms.length;
  const years = { sheet: "results" as const, range: rowRange(perYear.yearsRow, T0, H + 1) };
  ctx.charts.push({
    sheet: "results",
    kind: "columnClustered",
    title: t.volumesChartTitle,
    anchor: { row: r, col: 0, rowCount: CHART_HEIGHT, colCount: 3 },
    categories: { sheet: "results", range: colRange(formFirst, 0, F) },
    series: [
      { name: t.now, sheet: "results", range: colRange(formFirst, 2, F) },
      { name: t.target, sheet: "results", range: colRange(formFirst, 3, F) },
    ],
    valueAxisTitle: t.youths,
  });
  ctx.charts.push({
    sheet: "results",
    kind: "columnLine",
    title: t.savingChartTitle,
    anchor: { row: r, col: 3, rowCount: CHART_HEIGHT, colCount: Math.max(6, H + 1) },
    categories: years,
    series: [
      { name: t.netPerYear, sheet: "results", range: rowRange(perYear.netNominalRow, T0, H + 1), as: "column" },
      { name: t.cumulative, sheet: "results", range: rowRange(perYear.cumulativeRow, T0, H + 1), as: "line" },
    ],
    valueAxisTitle: "€",
  });
  r += CHART_HEIGHT + 1;
  if (share) {
    ctx.charts.push({
      sheet: "results",
      kind: "line",
      title: t.shareChartTitle,
      anchor: { row: r, col: 0, rowCount: CHART_HEIGHT, colCount: 3 },
      categories: years,
      series: [
        { name: t.thisModel, sheet: "results", range: rowRange(share.shareRow, T0, H + 1), as: "line" },
        ...REFERENCE_POINTS.map((ref, k) => ({
          name: t.referencePointLabels[ref.key],
          sheet: "results" as const,
          range: rowRange(share.refRows[k], T0, H + 1),
          as: "line" as const,
        })),
      ],
      valueAxisTitle: "%",
    });
  }
  if (m.scenarios.length > 0) {
    // Beside the share chart, or in its place when the population is not known.
    ctx.charts.push({
      sheet: "results",
      kind: "columnClustered",
      title: t.scenariosChartTitle,
      anchor: { row: r, col: share ? 3 : 0, rowCount: CHART_HEIGHT, colCount: share ? Math.max(6, H + 1) : 3 },
      categories: { sheet: "results", range: colRange(scenarioRows.first, 0, scenarioRows.count) },
      series: [
        { name: t.structuralSaving, sheet: "results", range: colRange(scenarioRows.first, 2, scenarioRows.count) },
        { name: t.npv, sheet: "results", range: colRange(scenarioRows.first, 3, scenarioRows.count) },
      ],
      valueAxisTitle: "€",
    });
  }
  if (share || m.scenarios.length > 0) r += CHART_HEIGHT + 1;
  return r;
}
