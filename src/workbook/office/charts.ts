/**
 * Native Excel charts from the plan's chart specs. They read the model's ranges, so they follow the
 * inputs. Each is named BC_<sheet>_<n>: the add-in's own, replaced on a rebuild. (exceljs cannot
 * write charts, so a downloaded .xlsx gets them when it is opened with the add-in.)
 */
import type { ChartKind, ChartPlan, SheetKey, WorkbookPlan } from "../plan/types";

export const CHART_PREFIX = "BC_";

// String values, not the Excel enums: this module must load where Excel is not defined (a plain browser, tests).
const TYPES: Record<ChartKind, "ColumnClustered" | "BarClustered" | "Line"> = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  line: "Line",
  columnLine: "ColumnClustered",
};

export function chartName(chart: ChartPlan, index: number): string {
  return `${CHART_PREFIX}${chart.sheet}_${index + 1}`;
}

export function queueCharts(plan: WorkbookPlan, sheets: Map<SheetKey, Excel.Worksheet>): void {
  plan.charts.forEach((spec, index) => {
    const ws = sheets.get(spec.sheet);
    if (!ws) return;
    const rangeOf = (sheet: SheetKey, r: { row: number; col: number; rowCount: number; colCount: number }) =>
      sheets.get(sheet)!.getRangeByIndexes(r.row, r.col, r.rowCount, r.colCount);
    const [first, ...rest] = spec.series;
    const chart = ws.charts.add(TYPES[spec.kind], rangeOf(first.sheet, first.range), "Auto");
    chart.name = chartName(spec, index);
    chart.title.text = spec.title;
    const categories = rangeOf(spec.categories.sheet, spec.categories.range);
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first.name;
    firstSeries.setXAxisValues(categories);
    for (const s of rest) {
      const series = chart.series.add(s.name);
      series.setValues(rangeOf(s.sheet, s.range));
      series.setXAxisValues(categories);
      if (spec.kind === "columnLine" && s.as === "line") series.chartType = "Line";
    }
    if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
    chart.legend.position = "Bottom";
    const a = spec.anchor;
    chart.setPosition(ws.getRangeByIndexes(a.row, a.col, 1, 1), ws.getRangeByIndexes(a.row + a.rowCount - 1, a.col + a.colCount - 1, 1, 1));
  });
}
