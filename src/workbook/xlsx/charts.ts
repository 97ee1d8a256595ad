/**
 * The plan's charts as native charts in the .xlsx (DrawingML parts written by the library): the
 * same charts the Office.js writer draws (../office/charts.ts), over the same ranges of the model,
 * so they follow the inputs when the workbook recalculates. The library stores each series' values
 * as they stand in the cells (the calculation's results) as the chart's cache, so a viewer that
 * does not recalculate still draws the right picture.
 */
import type { AddChartOptions, AddChartSeriesOptions } from "@cj-tech-master/excelts/chart";
import { quoteSheet, rangeA1 } from "../plan/address";
import type { ChartPlan, RangeRef, SheetKey, WorkbookPlan } from "../plan/types";
import type { Workbook } from "./library";

export function drawCharts(wb: Workbook, plan: WorkbookPlan): void {
  const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const ref = (sheet: SheetKey, range: RangeRef) => `${quoteSheet(sheetName.get(sheet)!)}!${rangeA1(range, true)}`;
  for (const chart of plan.charts) {
    const ws = wb.getWorksheet(sheetName.get(chart.sheet)!);
    if (!ws) continue;
    const categories = ref(chart.categories.sheet, chart.categories.range);
    const series = (only?: (s: ChartPlan["series"][number]) => boolean): AddChartSeriesOptions[] =>
      chart.series.filter((s) => !only || only(s)).map((s) => ({ name: s.name, categories, values: ref(s.sheet, s.range) }));
    const common = {
      title: chart.title,
      legendPosition: "b" as const,
      valueAxis:
        chart.kind === "barClustered" ? { ...BAR_VALUE_AXIS, title: chart.valueAxisTitle } : chart.valueAxisTitle ? { title: chart.valueAxisTitle } : undefined,
      categoryAxis: chart.kind === "barClustered" ? BAR_CATEGORY_AXIS : undefined,
    };
    const at = anchorOf(chart.anchor);
    if (chart.kind === "columnLine") {
      ws.addComboChart(
        {
          title: common.title,
          legendPosition: common.legendPosition,
          groups: [
            { ...COLUMNS, valueAxis: common.valueAxis, series: series((s) => s.as !== "line") },
            { type: "line", series: series((s) => s.as === "line") },
          ],
        },
        at,
      );
    } else {
      ws.addChart({ ...(chart.kind === "line" ? { type: "line" } : chart.kind === "barClustered" ? BARS : COLUMNS), ...common, series: series() }, at);
    }
  }
}

const COLUMNS: AddChartOptions = { type: "bar", barDir: "col", grouping: "clustered" };
const BARS: AddChartOptions = { type: "bar", barDir: "bar", grouping: "clustered" };
/**
 * Horizontal bars read top-down in the table's order (Excel draws the first category at the bottom),
 * with their labels at the left edge instead of on the zero line, where a tornado's bars to the left
 * would cover them; the value axis then crosses at the last category, so it stays at the bottom.
 * The Office.js writer does the same (../office/charts.ts).
 */
const BAR_CATEGORY_AXIS = { orientation: "maxMin", tickLblPos: "low" } as const;
const BAR_VALUE_AXIS = { crosses: "max" } as const;

/**
 * The plan's anchor (top-left cell and the cells covered) as a two-cell anchor: from the top-left
 * corner of the first cell to the top-left corner of the cell after the last, as the Office.js
 * writer's setPosition(first, last) covers the last cell whole.
 */
function anchorOf(a: RangeRef): { tl: { col: number; row: number }; br: { col: number; row: number } } {
  return { tl: { col: a.col, row: a.row }, br: { col: a.col + a.colCount, row: a.row + a.rowCount } };
}
