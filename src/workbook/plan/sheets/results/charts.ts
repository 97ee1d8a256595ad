/** Results sheet, section "Charts": volumes now and target, the net saving per year with the cumulative, and the share away from home. */
import { colRange, rowRange, type SheetBuilder } from "../../builder";
import { REFERENCE_POINTS, note, section, type LayoutContext } from "../../layoutContext";
import { T0 } from "../calc";
import type { PerYearRows, ShareRows } from "./perYear";
import { TEXTS } from "./texts";

const CHART_HEIGHT = 16;

export function chartsSection(m: LayoutContext, b: SheetBuilder, row: number, formFirst: number, perYear: PerYearRows, share?: ShareRows): number {
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
    r += CHART_HEIGHT + 1;
  }
  return r;
}
