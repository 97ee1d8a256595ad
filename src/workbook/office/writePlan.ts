/**
 * Queues, without syncing, everything that puts a plan into the workbook: sheets, whole 2-D blocks
 * of formulas (English, through `range.formulas`, never formulasLocal) and number formats, styles
 * per run of cells, widths, merges, validations, conditional formats, names, charts, protection.
 * The caller syncs once. Only the add-in's own sheets and names are touched.
 */
import type { RangeRef, SheetKey, SheetPlan, StyleSpec, ValidationPlan, WorkbookPlan } from "../plan/types";
import { addressChunks, mergeValidations, styleRuns } from "./footprint";
import { queueCharts } from "./charts";
import { formulaEntry } from "./cellInput";
import { rangeA1, quoteSheet } from "../plan/address";

/**
 * Excel measures column widths in points; a plan gives characters of the default font, as the
 * file format does. Calibri 11: 7 px per character plus 5 px padding, 0.75 pt per px.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export interface WriteTarget {
  /** The add-in's sheets that exist now, by their current name (lower case). */
  existingSheets: Map<string, Excel.Worksheet>;
  /** Per sheet name (lower case): the rectangles to clear before writing (the previous footprint). */
  clear: Map<string, RangeRef[]>;
  /** The add-in's sheets to delete (no longer in the plan). */
  deleteSheets: string[];
  /** Names to delete (the add-in's, no longer in the plan). */
  deleteNames: string[];
  /** Names that exist and are the add-in's: their reference is set rather than added. */
  existingNames: Set<string>;
  /** The add-in's charts to delete before the plan's are added (sheet name, chart name). */
  deleteCharts: { sheet: string; name: string }[];
  /** Where to put sheets that are added: by sheet key, a position (a rollback puts sheets back where they were). */
  positions?: Partial<Record<SheetKey, number>>;
  /** The names of all sheets now, in order (lower case): an added sheet goes beside its neighbours in the plan. */
  sheetOrder?: string[];
  /** Per sheet name (lower case): rows whose height the add-in set before and the plan no longer sets, back to standard height. */
  standardHeightRows?: Map<string, number[]>;
  onProgress?: (fraction: number, label: string) => void;
}

/** Per sheet (lower-case name): the rows `before` gave a height that `after` does not. */
export function rowsLosingHeight(before: WorkbookPlan, after: WorkbookPlan): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const old of before.sheets) {
    const now = after.sheets.find((s) => s.key === old.key && s.name.toLowerCase() === old.name.toLowerCase());
    if (!now) continue;
    const lost = Object.keys(old.rowHeights ?? {})
      .map(Number)
      .filter((r) => now.rowHeights?.[r] === undefined);
    if (lost.length > 0) rows.set(old.name.toLowerCase(), lost);
  }
  return rows;
}

export function queuePlanWrites(context: Excel.RequestContext, plan: WorkbookPlan, target: WriteTarget): void {
  const wb = context.workbook;
  const sheets = new Map<SheetKey, Excel.Worksheet>();
  const total = plan.sheets.length + 2;
  let step = 0;
  const progress = (label: string) => target.onProgress?.(++step / total, label);

  // Unprotect and clear what the add-in wrote before; remove what the plan no longer has.
  for (const [lower, ws] of target.existingSheets) {
    ws.protection.unprotect();
    for (const rect of target.clear.get(lower) ?? []) {
      const range = ws.getRangeByIndexes(rect.row, rect.col, rect.rowCount, rect.colCount);
      range.unmerge();
      range.conditionalFormats.clearAll();
      range.dataValidation.clear();
      range.clear("All");
    }
    for (const row of target.standardHeightRows?.get(lower) ?? []) ws.getRangeByIndexes(row, 0, 1, 1).format.useStandardHeight = true;
  }
  for (const c of target.deleteCharts) target.existingSheets.get(c.sheet.toLowerCase())?.charts.getItem(c.name).delete();
  for (const name of target.deleteNames) wb.names.getItem(name).delete();

  const order = target.sheetOrder ? [...target.sheetOrder] : null;
  plan.sheets.forEach((sheet, index) => {
    const existing = target.existingSheets.get(sheet.name.toLowerCase());
    const ws = existing ?? wb.worksheets.add(sheet.name);
    if (!existing && target.positions?.[sheet.key] !== undefined) ws.position = target.positions[sheet.key]!;
    else if (!existing && order) {
      // Excel adds a sheet at the end; the user's arrangement of the other sheets is left alone.
      order.push(sheet.name.toLowerCase());
      const at = placeOf(order, plan, index);
      if (at !== order.length - 1) {
        ws.position = at;
        order.splice(at, 0, order.pop()!);
      }
    }
    sheets.set(sheet.key, ws);
    writeSheet(ws, sheet, plan);
    progress(sheet.name);
  });
  // Sheets the plan no longer has go after the new ones exist (a workbook keeps one visible sheet);
  // Excel refuses to delete a very hidden sheet, so it is made visible first.
  for (const name of target.deleteSheets) {
    const ws = target.existingSheets.get(name.toLowerCase());
    if (!ws) continue;
    ws.visibility = "Visible";
    ws.delete();
  }

  // Names after the sheets they point at.
  const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const n of plan.names) {
    const ref = `=${quoteSheet(sheetName.get(n.sheet)!)}!${rangeA1(n.range, true)}`;
    if (target.existingNames.has(n.name.toLowerCase())) wb.names.getItem(n.name).formula = ref;
    else wb.names.add(n.name, sheets.get(n.sheet)!.getRangeByIndexes(n.range.row, n.range.col, n.range.rowCount, n.range.colCount), n.comment);
  }
  progress("names");

  queueCharts(plan, sheets);

  for (const sheet of plan.sheets) {
    const ws = sheets.get(sheet.key)!;
    if (sheet.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
    if (sheet.visibility === "veryHidden") ws.visibility = "VeryHidden";
  }
  sheets.get("results")?.activate();
  progress("queued");
}

/** Where an added sheet belongs: right after the plan's previous sheet, or before the first later one that exists. */
function placeOf(order: string[], plan: WorkbookPlan, index: number): number {
  if (index > 0) return order.indexOf(plan.sheets[index - 1].name.toLowerCase()) + 1;
  for (const later of plan.sheets.slice(1)) {
    const at = order.indexOf(later.name.toLowerCase());
    if (at >= 0 && at < order.length - 1) return at;
  }
  return order.length - 1;
}

function writeSheet(ws: Excel.Worksheet, sheet: SheetPlan, plan: WorkbookPlan): void {
  for (const block of sheet.blocks) {
    const rows = block.cells.length;
    const cols = Math.max(1, ...block.cells.map((l) => l.length));
    const range = ws.getRangeByIndexes(block.row, block.col, rows, cols);
    // One 2-D array per block: constants and English formulas mixed; null leaves a cell as it is.
    range.formulas = block.cells.map((line) => Array.from({ length: cols }, (_, c) => formulaEntry(line[c])));
    range.numberFormat = block.cells.map((line) =>
      Array.from({ length: cols }, (_, c) => {
        const f = line[c]?.numberFormat;
        return f ? plan.numberFormats[f] : null;
      }),
    );
  }
  for (const [style, rects] of styleRuns(sheet)) {
    const spec = plan.styles[style];
    for (const address of addressChunks(rects)) applyStyle(ws.getRanges(address).format, spec);
  }
  for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = columnWidthPoints(width);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  for (const m of sheet.merges) ws.getRangeByIndexes(m.row, m.col, m.rowCount, m.colCount).merge(false);
  for (const v of mergeValidations(sheet.validations)) {
    const range = ws.getRangeByIndexes(v.range.row, v.range.col, v.range.rowCount, v.range.colCount);
    range.dataValidation.rule = validationRule(v);
    range.dataValidation.errorAlert = { title: v.errorTitle, message: v.errorMessage, showAlert: true, style: "Stop" };
  }
  for (const cf of sheet.conditionalFormats) {
    const format = ws.getRangeByIndexes(cf.range.row, cf.range.col, cf.range.rowCount, cf.range.colCount).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${cf.formula.replace(/^=/, "")}`;
    format.custom.format.fill.color = cf.fill;
    if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
  }
  ws.freezePanes.unfreeze();
  if (sheet.freeze && sheet.freeze.rows > 0 && sheet.freeze.columns > 0)
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, sheet.freeze.rows, sheet.freeze.columns));
  else if (sheet.freeze && sheet.freeze.rows > 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
  else if (sheet.freeze && sheet.freeze.columns > 0) ws.freezePanes.freezeColumns(sheet.freeze.columns);
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  if (sheet.print) {
    ws.pageLayout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "A4";
    // A fixed scale (Excel ignores manual page breaks under "fit to pages"), and the plan's breaks.
    ws.pageLayout.zoom = { scale: sheet.print.scale };
    ws.horizontalPageBreaks.removePageBreaks();
    for (const row of sheet.print.rowBreaks) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
    if (sheet.print.titleRows > 0) ws.pageLayout.setPrintTitleRows(`$1:$${sheet.print.titleRows}`);
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = sheet.print.footer;
  }
}

/**
 * A plan's validation as an Office.js rule; a number check with one bound only checks that bound.
 * A bound that is a formula ("=BC_BaseYear") goes as the string formula Office.js takes as it is.
 */
export function validationRule(v: ValidationPlan): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: v.source ?? "" } };
  const bounds: Excel.BasicDataValidation =
    v.min !== undefined && v.max !== undefined
      ? { operator: "Between", formula1: v.min, formula2: v.max }
      : v.max !== undefined
        ? { operator: "LessThanOrEqualTo", formula1: v.max }
        : { operator: "GreaterThanOrEqualTo", formula1: v.min ?? -1e307 };
  return v.type === "whole" ? { wholeNumber: bounds } : { decimal: bounds };
}

function applyStyle(format: Excel.RangeFormat, spec: StyleSpec): void {
  if (spec.fill) format.fill.color = spec.fill;
  if (spec.fontColor) format.font.color = spec.fontColor;
  if (spec.bold) format.font.bold = true;
  if (spec.italic) format.font.italic = true;
  if (spec.fontSize) format.font.size = spec.fontSize;
  if (spec.wrap) format.wrapText = true;
  if (spec.horizontalAlignment) format.horizontalAlignment = spec.horizontalAlignment;
  // As the .xlsx writer: wrapped or aligned text starts at the top of its cell.
  if (spec.wrap || spec.horizontalAlignment) format.verticalAlignment = "Top";
  if (spec.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = spec.border;
    }
  }
  if (spec.unlocked) format.protection.locked = false;
}
