/**
 * The monitoring sheet: per year the planned path next to the realised figures a user enters,
 * the deviation and a traffic light. The realised figures are inputs: they are kept in the case
 * (monitoring.realised), so a rebuild keeps them.
 */
import { DEFAULT_GREEN_WITHIN, DEFAULT_ORANGE_WITHIN, type RealisedYear } from "../../../model";
import { columnLetters } from "../address";
import { cell, colRange, type SheetBuilder } from "../builder";
import { sheetTop } from "../common";
import { header, note, section, type LayoutContext } from "../layoutContext";
import { CHECK_FILLS, TAB_COLORS } from "../styles";
import type { NumberFormatName } from "../types";
import { TEXTS } from "./monitoringTexts";

interface Measure {
  key: "residential" | "familyBased" | "cost";
  title: string;
  plannedName: string;
  planned: number[];
  format: NumberFormatName;
  /** Whether more than planned is worse (youths in residential care, costs) or better (family-based places). */
  moreIsWorse: boolean;
}

export function buildMonitoringSheet(m: LayoutContext): { sheet: SheetBuilder } {
  const { c, ctx, H } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  const b = m.sheet("monitoring");
  b.tabColor = TAB_COLORS.output;
  b.widths({ 0: 10, 1: 14, 2: 14, 3: 13, 4: 10, 5: 14, 6: 14, 7: 13, 8: 10, 9: 16, 10: 16, 11: 15, 12: 10 });
  sheetTop(m, b, t.monitoring, t.purpose);
  const measures: Measure[] = [
    {
      key: "residential",
      title: t.youthsResidentialCare,
      plannedName: "BC_Placed_residential",
      planned: R.placedByKind.residential,
      format: "count",
      moreIsWorse: true,
    },
    {
      key: "familyBased",
      title: t.placesFamilyHomes,
      plannedName: "BC_PlacedFamilyBased",
      planned: R.placedByKind.familyHome.map((x, i) => x + R.placedByKind.foster[i]),
      format: "count",
      moreIsWorse: false,
    },
    {
      key: "cost",
      title: t.totalAccommodationCost,
      plannedName: "BC_ScenarioCostNominal",
      planned: R.scenarioCostNominal,
      format: "eur",
      moreIsWorse: true,
    },
  ];
  let r = b.row;
  b.set(r++, 0, section(t.planRealisation));
  b.set(r, 0, header(t.yearHeader));
  measures.forEach((ms, k) => {
    const c0 = 1 + 4 * k;
    b.setRow(r, c0, [header(`${ms.title}: ${t.planned}`), header(t.realised), header(t.deviation), header(t.signal)]);
  });
  const headerRow = r;
  r++;
  const first = r;
  const realisedByYear = new Map<number, RealisedYear>((c.monitoring?.realised ?? []).map((x) => [x.year, x]));
  ctx.name(
    "BC_MonitoringTable",
    "monitoring",
    { row: first, col: 0, rowCount: H + 1, colCount: 13 },
    "Monitoring: year, planned, realised, deviation and signal per measure",
  );
  const green = t.signalLabels.green;
  const orange = t.signalLabels.orange;
  const red = t.signalLabels.red;
  const greenWithin = c.monitoring?.greenWithin ?? DEFAULT_GREEN_WITHIN;
  const orangeWithin = c.monitoring?.orangeWithin ?? DEFAULT_ORANGE_WITHIN;
  for (let i = 0; i <= H; i++) {
    const row = r + 1;
    const year = c.baseYear + i;
    const position = `ROW()-ROW($A$${headerRow + 1})`;
    b.set(r, 0, { formula: `=INDEX(BC_Years,${position})`, result: year, style: "link", numberFormat: "year" });
    ctx.bind({
      path: ["monitoring", "realised", i, "year"],
      name: "BC_MonitoringTable",
      offset: { row: i, col: 0 },
      sheet: "monitoring",
      row: r,
      col: 0,
      type: "integer",
    });
    const realised = realisedByYear.get(year);
    measures.forEach((ms, k) => {
      const c0 = 1 + 4 * k;
      const P = columnLetters(c0);
      const A = columnLetters(c0 + 1);
      const actual = realised?.[ms.key];
      b.set(r, c0, { formula: `=INDEX(${ms.plannedName},${position})`, result: ms.planned[i], style: "link", numberFormat: ms.format });
      b.set(r, c0 + 1, { value: actual, style: "input", numberFormat: ms.format });
      ctx.bind({
        path: ["monitoring", "realised", i, ms.key],
        name: "BC_MonitoringTable",
        offset: { row: i, col: c0 + 1 },
        sheet: "monitoring",
        row: r,
        col: c0 + 1,
        type: "optionalNumber",
      });
      b.validations.push({
        range: cell(r, c0 + 1),
        type: "decimal",
        min: 0,
        max: ms.key === "cost" ? 1e11 : 1e6,
        errorTitle: t.invalidInput,
        errorMessage: t.enterNonNegative,
      });
      b.set(r, c0 + 2, {
        formula: `=IF(${A}${row}="","",${A}${row}-${P}${row})`,
        result: actual === undefined ? "" : actual - ms.planned[i],
        style: "calc",
        numberFormat: ms.format,
      });
      const within = (share: string) => (ms.moreIsWorse ? `${A}${row}<=${P}${row}*(1+${share})` : `${A}${row}>=${P}${row}*(1-${share})`);
      b.set(r, c0 + 3, {
        formula: `=IF(${A}${row}="","",IF(${within("BC_GreenWithin")},BC_Label_Green,IF(${within("BC_OrangeWithin")},BC_Label_Orange,BC_Label_Red)))`,
        result: actual === undefined ? "" : signal(actual, ms.planned[i], ms.moreIsWorse, greenWithin, orangeWithin, green, orange, red),
        style: "check",
      });
    });
    r++;
  }
  measures.forEach((ms, k) => {
    const c0 = 1 + 4 * k;
    const Lsig = columnLetters(c0 + 3);
    const signalRange = colRange(first, c0 + 3, H + 1);
    b.conditionalFormats.push(
      { range: signalRange, formula: `${Lsig}${first + 1}=BC_Label_Green`, fill: CHECK_FILLS.ok },
      { range: signalRange, formula: `${Lsig}${first + 1}=BC_Label_Orange`, fill: CHECK_FILLS.warning },
      { range: signalRange, formula: `${Lsig}${first + 1}=BC_Label_Red`, fill: CHECK_FILLS.error },
    );
    ctx.name(`BC_Realised_${ms.key}`, "monitoring", colRange(first, c0 + 1, H + 1), `Realised figures: ${ms.key}`);
  });
  r++;
  b.set(r, 0, note(t.note));
  b.merges.push({ row: r, col: 0, rowCount: 1, colCount: 13 });
  b.row = r + 1;
  b.freeze = { rows: headerRow + 1, columns: 1 };
  return { sheet: b };
}

function signal(actual: number, planned: number, moreIsWorse: boolean, green: number, orange: number, g: string, o: string, rd: string): string {
  const within = (share: number) => (moreIsWorse ? actual <= planned * (1 + share) : actual >= planned * (1 - share));
  return within(green) ? g : within(orange) ? o : rd;
}
