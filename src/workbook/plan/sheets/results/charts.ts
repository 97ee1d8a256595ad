/** Results sheet, section "Charts": volumes now and target, the net saving per year with the cumulative, and the share away from home. */
import { colRange, rowRange, type SheetBuilder } from "../../builder";
import { REFERENCE_POINTS, note, section, type LayoutContext } from "../../layoutContext";
import { T0 } from "../calc";
import type { PerYearRows, ShareRows } from "./perYear";

const CHART_HEIGHT = 16;

export function chartsSection(m: LayoutContext, b: SheetBuilder, row: number, formFirst: number, perYear: PerYearRows, share?: ShareRows): number {
  const { c, ctx, tr, H } = m;
  let r = row;
  b.set(r++, 0, section(tr("Grafieken", "Charts")));
  b.set(
    r++,
    0,
    note(
      tr(
        "De grafieken hieronder maakt de invoegtoepassing in Excel; ze lezen de tabellen hierboven en volgen dus de invoer. Een bestand dat buiten Excel is gemaakt, krijgt ze zodra het met de invoegtoepassing wordt geopend.",
        "The add-in makes the charts below in Excel; they read the tables above and follow the inputs. A file made outside Excel gets them as soon as it is opened with the add-in.",
      ),
    ),
  );
  const F = c.careForms.length;
  const years = { sheet: "results" as const, range: rowRange(perYear.yearsRow, T0, H + 1) };
  ctx.charts.push({
    sheet: "results",
    kind: "columnClustered",
    title: tr("Aantal jeugdigen per zorgvorm: nu en doel", "Youths per care form: now and target"),
    anchor: { row: r, col: 0, rowCount: CHART_HEIGHT, colCount: 3 },
    categories: { sheet: "results", range: colRange(formFirst, 0, F) },
    series: [
      { name: tr("Nu", "Now"), sheet: "results", range: colRange(formFirst, 2, F) },
      { name: tr("Doel", "Target"), sheet: "results", range: colRange(formFirst, 3, F) },
    ],
    valueAxisTitle: tr("jeugdigen", "youths"),
  });
  ctx.charts.push({
    sheet: "results",
    kind: "columnLine",
    title: tr("Netto besparing per jaar en cumulatief (nominaal)", "Net saving per year and cumulative (nominal)"),
    anchor: { row: r, col: 3, rowCount: CHART_HEIGHT, colCount: Math.max(6, H + 1) },
    categories: years,
    series: [
      { name: tr("Netto per jaar", "Net per year"), sheet: "results", range: rowRange(perYear.netNominalRow, T0, H + 1), as: "column" },
      { name: tr("Cumulatief", "Cumulative"), sheet: "results", range: rowRange(perYear.cumulativeRow, T0, H + 1), as: "line" },
    ],
    valueAxisTitle: "€",
  });
  r += CHART_HEIGHT + 1;
  if (share) {
    ctx.charts.push({
      sheet: "results",
      kind: "line",
      title: tr("Aandeel jeugdigen uit huis tegen de referentiepunten", "Share of youths away from home against the reference points"),
      anchor: { row: r, col: 0, rowCount: CHART_HEIGHT, colCount: 3 },
      categories: years,
      series: [
        { name: tr("Dit model", "This model"), sheet: "results", range: rowRange(share.shareRow, T0, H + 1), as: "line" },
        ...REFERENCE_POINTS.map((ref, k) => ({
          name: m.label(ref),
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
