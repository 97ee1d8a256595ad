/**
 * Writer 2: a WorkbookPlan -> the bytes of an .xlsx file, with ExcelTS (./library.ts). Used by the command
 * line and by the task pane outside Excel (so no Node APIs here). Every formula is stored with its
 * result from the calculation, so a viewer that does not recalculate still shows correct numbers,
 * and the file asks Excel to recalculate fully on load. The plan's charts are native charts over
 * the model's ranges (./charts.ts), the same ones the Office.js writer draws.
 */
import { Workbook, type Border, type CellFormulaValue, type DataValidation, type Style, type Worksheet } from "./library";
import { cellA1, quoteSheet, rangeA1 } from "../plan/address";
import type { CellPlan, StyleSpec, WorkbookPlan, SheetPlan, ValidationBound, ValidationPlan } from "../plan/types";
import { drawCharts } from "./charts";
import { catalogue } from "../../model";
import { planFault, WorkbookFault } from "../selfCheck/planFaults";
import { inspectXlsx, READ_LIMITS } from "../zip/inspectXlsx";

const TEXTS = catalogue(
  { ownOutput: (why: string) => `de gemaakte werkmap is niet in orde (${why}); er is niets geschreven` },
  { ownOutput: (why) => `the workbook made is not sound (${why}); nothing was written` },
);

/**
 * The .xlsx file of a plan. Before it is returned, the plan is checked for texts and numbers no
 * workbook can hold, and the file is opened again (zip, every part intact and well-formed XML,
 * within the limits the reader accepts): a WorkbookFault instead of a corrupt file.
 */
export async function planToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const fault = planFault(plan);
  if (fault) throw new WorkbookFault(fault.nl, fault.en);
  const wb = planToWorkbook(plan);
  // validate: false: the library's own OOXML self-check would run on every write outside production;
  // ours below is shorter and runs always.
  const bytes = await wb.xlsx.writeBuffer({ validate: false });
  const problem = await inspectXlsx(bytes, { limits: READ_LIMITS, xml: true });
  if (problem) throw new WorkbookFault(TEXTS.nl.ownOutput(problem.nl), TEXTS.en.ownOutput(problem.en));
  return bytes;
}

/** The workbook object of a plan (exposed for tests that inspect it without a round trip). */
export function planToWorkbook(plan: WorkbookPlan): Workbook {
  const wb = new Workbook();
  wb.creator = "Businesscase Gezinsgerichte Zorg";
  wb.calcProperties.fullCalcOnLoad = true;
  const styleCache = new Map<string, Partial<Style>>();
  const styleOf = (cell: CellPlan): Partial<Style> => {
    const key = `${cell.style ?? ""}|${cell.numberFormat ?? ""}`;
    let style = styleCache.get(key);
    if (!style) {
      style = toExcelStyle(cell.style ? plan.styles[cell.style] : undefined, cell.numberFormat ? plan.numberFormats[cell.numberFormat] : undefined);
      styleCache.set(key, style);
    }
    return style;
  };

  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.visibility,
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : undefined,
      views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : undefined,
      // A4 is paper size 9 in the file format.
      pageSetup: sheet.print
        ? {
            orientation: sheet.print.orientation,
            paperSize: 9,
            printTitlesRow: sheet.print.titleRows > 0 ? `1:${sheet.print.titleRows}` : undefined,
            scale: sheet.print.scale,
          }
        : undefined,
      headerFooter: sheet.print ? { oddFooter: `&C${sheet.print.footer}` } : undefined,
    });
    for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
    for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
    // A break after the row above the one that starts a page.
    for (const row of sheet.print?.rowBreaks ?? []) ws.getRow(row).addPageBreak();
    writeCells(ws, sheet, styleOf);
    for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
    for (const v of sheet.validations) {
      const validation = toExcelValidation(v);
      validation.showErrorMessage = true;
      validation.errorStyle = "stop";
      validation.errorTitle = v.errorTitle;
      validation.error = v.errorMessage;
      for (let r = 0; r < v.range.rowCount; r++)
        for (let c = 0; c < v.range.colCount; c++) ws.getCell(v.range.row + r + 1, v.range.col + c + 1).dataValidation = validation;
    }
    sheet.conditionalFormats.forEach((cf, priority) => {
      ws.addConditionalFormatting({
        ref: rangeA1(cf.range),
        rules: [
          {
            type: "expression",
            priority: priority + 1,
            formulae: [cf.formula.replace(/^=/, "")],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) }, fgColor: { argb: argb(cf.fill) } },
              ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
            },
          },
        ],
      });
    });
    if (sheet.protect) {
      // No password: protection guards against slips, and a user may lift it. Set directly rather
      // than through the asynchronous protect(), which only adds password hashing.
      ws.sheetProtection = { sheet: true, selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };
    }
  }

  const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const n of plan.names) wb.definedNames.add(`${quoteSheet(sheetName.get(n.sheet)!)}!${rangeA1(n.range, true)}`, n.name);
  drawCharts(wb, plan);
  return wb;
}

function writeCells(ws: Worksheet, sheet: SheetPlan, styleOf: (cell: CellPlan) => Partial<Style>): void {
  for (const block of sheet.blocks) {
    block.cells.forEach((line, dr) => {
      line.forEach((cell, dc) => {
        if (!cell) return;
        const target = ws.getCell(cellA1(block.row + dr, block.col + dc));
        if (cell.formula !== undefined) {
          target.value = { formula: cell.formula.replace(/^=/, ""), result: cell.result } as CellFormulaValue;
        } else if (cell.value !== undefined) {
          target.value = cell.value;
        }
        target.style = styleOf(cell);
      });
    });
  }
}

/** A plan's validation for the library (formulas without "="); a number check with one bound only checks that bound. */
export function toExcelValidation(v: ValidationPlan): DataValidation {
  if (v.type === "list") return { type: "list", allowBlank: true, formulae: [(v.source ?? "").replace(/^=/, "")] };
  const min = fileBound(v.min);
  const max = fileBound(v.max);
  if (min !== undefined && max !== undefined) return { type: v.type, operator: "between", allowBlank: true, formulae: [min, max] };
  if (max !== undefined) return { type: v.type, operator: "lessThanOrEqual", allowBlank: true, formulae: [max] };
  return { type: v.type, operator: "greaterThanOrEqual", allowBlank: true, formulae: [min ?? -1e307] };
}

/** A bound as the file format writes it: a number, or a formula without its "=". */
function fileBound(bound: ValidationBound | undefined): number | string | undefined {
  return typeof bound === "string" ? bound.replace(/^=/, "") : bound;
}

export function toExcelStyle(spec: StyleSpec | undefined, numFmt: string | undefined): Partial<Style> {
  const style: Partial<Style> = {};
  if (numFmt) style.numFmt = numFmt;
  if (spec?.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec && (spec.bold || spec.italic || spec.fontColor || spec.fontSize)) {
    style.font = {
      ...(spec.bold ? { bold: true } : {}),
      ...(spec.italic ? { italic: true } : {}),
      ...(spec.fontSize ? { size: spec.fontSize } : {}),
      ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}),
    };
  }
  if (spec?.wrap || spec?.horizontalAlignment) {
    style.alignment = {
      ...(spec.wrap ? { wrapText: true } : {}),
      ...(spec.horizontalAlignment ? { horizontal: spec.horizontalAlignment.toLowerCase() as "left" | "center" | "right" } : {}),
      vertical: "top",
    };
  }
  if (spec?.border) {
    const side: Partial<Border> = { style: "thin", color: { argb: argb(spec.border) } };
    style.border = { top: side, left: side, bottom: side, right: side };
  }
  style.protection = { locked: !spec?.unlocked };
  return style;
}

/** `#1F4E78` -> `FF1F4E78` (opaque ARGB, as the file format writes colours). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}
