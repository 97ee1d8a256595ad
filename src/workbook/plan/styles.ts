/**
 * One colour convention for the whole model (explained on the cover): inputs are blue text on
 * pale yellow and are the only unlocked cells; calculations are black; values linked from another
 * sheet are green; key results are bold on pale green; fixed data is grey.
 */
import type { NumberFormatName, StyleName, StyleSpec } from "./types";

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F4E78" },
  subtitle: { bold: true, fontSize: 12, fontColor: "#1F4E78" },
  header: { bold: true, fill: "#1F4E78", fontColor: "#FFFFFF", wrap: true },
  section: { bold: true, fill: "#D9E1F2", fontColor: "#1F3864" },
  label: {},
  input: { fill: "#FFF2CC", fontColor: "#0000FF", border: "#BFBFBF", unlocked: true },
  inputSample: { fill: "#FFF2CC", fontColor: "#0000FF", border: "#BFBFBF" },
  inputText: { fill: "#FFF2CC", fontColor: "#0000FF", border: "#BFBFBF", unlocked: true, wrap: false },
  inputNote: { fill: "#FFF2CC", fontColor: "#0000FF", border: "#BFBFBF", unlocked: true, wrap: true },
  calc: { fontColor: "#000000" },
  link: { fontColor: "#00804A" },
  output: { bold: true, fontColor: "#000000" },
  keyFigure: { bold: true, fill: "#E2EFDA", fontColor: "#000000", border: "#A9D08E" },
  constant: { fill: "#EDEDED", fontColor: "#404040" },
  unit: { italic: true, fontColor: "#7F7F7F" },
  note: { italic: true, fontColor: "#595959", wrap: true },
  purpose: { italic: true, fontColor: "#7F7F7F", wrap: true },
  sentence: { fontColor: "#000000", wrap: true },
  paragraph: { bold: true, fontColor: "#000000", wrap: true },
  warning: { bold: true, fontColor: "#C00000", wrap: true },
  check: { bold: true, horizontalAlignment: "Center" },
  meta: {},
};

/** Format codes in en-US syntax (what Office.js and the file format take); Excel shows them in the user's locale. */
export const NUMBER_FORMATS: Record<NumberFormatName, string> = {
  eur: '"€ "#,##0;[Red]"€ "-#,##0',
  eur2: '"€ "#,##0.00;[Red]"€ "-#,##0.00',
  count: "#,##0.0",
  integer: "#,##0",
  year: "0",
  percent: "0.0%",
  percent2: "0.00%",
  factor: "0.0000",
  per1000: "0.00",
  text: "@",
  general: "General",
  date: "yyyy-mm-dd",
};

/** The years of the multi-year budget that a municipal budget shows (budget year and the three after it). */
export const BUDGET_WINDOW_FILL = "#DDEBF7";

export const CHECK_FILLS = { ok: "#C6EFCE", error: "#FFC7CE", warning: "#FFEB9C" } as const;
export const TAB_COLORS = { inputs: "#FFC000", calc: "#7F7F7F", output: "#70AD47", checks: "#C00000", cover: "#1F4E78" } as const;
