/**
 * Native Excel charts from the plan's chart specs. They read the model's ranges, so they follow the
 * inputs. Each is named BC_<sheet>_<n>: the add-in's own, replaced on a rebuild. The .xlsx writer
 * draws the same charts, but its library names them "Chart <n>"; a rebuild over a downloaded
 * model recognises those by their titles (isOwnChart).
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

/**
 * Whether a chart on one of the model's sheets is the add-in's: named by this writer (BC_...), or
 * drawn by the .xlsx writer (the library's default name "Chart <n>") with the title of one of the
 * charts the plan puts on that sheet. A user's own chart has another name or another title.
 */
export function isOwnChart(name: string, title: string, plannedTitles: ReadonlySet<string>): boolean {
  return name.startsWith(CHART_PREFIX) || (/^Chart \d+$/.test(name) && plannedTitles.has(title));
}

/** The titles of the charts the plans put on each sheet, by sheet key. */
export function chartTitlesBySheet(...plans: WorkbookPlan[]): Map<SheetKey, Set<string>> {
  const out = new Map<SheetKey, Set<string>>();
  for (const plan of plans) for (const c of plan.charts) out.set(c.sheet, (out.get(c.sheet) ?? new Set()).add(c.title));
  return out;
}

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
    if (spec.kind === "barClustered") {
      // Top-down in the table's order, labels at the left edge, the value axis at the bottom (as ../xlsx/charts.ts).
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.tickLabelPosition = "Low";
      chart.axes.categoryAxis.position = "Maximum";
    }
    chart.legend.position = "Bottom";
    const a = spec.anchor;
    chart.setPosition(ws.getRangeByIndexes(a.row, a.col, 1, 1), ws.getRangeByIndexes(a.row + a.rowCount - 1, a.col + a.colCount - 1, 1, 1));
  });
}
