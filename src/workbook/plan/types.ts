/**
 * The workbook plan: everything the add-in writes into a workbook, as plain data. A pure function
 * (buildPlan) derives it from a case; two thin writers apply it, Office.js inside Excel and exceljs
 * to an .xlsx file. The layout lives here alone: a writer never decides where something goes.
 */
import type { Lang, PathSegment } from "../../model";

export type SheetKey = "cover" | "inputs" | "calc" | "results" | "sensitivity" | "regions" | "monitoring" | "checks" | "meta";

export type CellValue = string | number | boolean;

/** One cell. Exactly one of `value` and `formula` is set, or neither for a cell that only carries a format. */
export interface CellPlan {
  value?: CellValue;
  /** A native formula in English (en-US) syntax, starting with "=": written through `range.formulas`. */
  formula?: string;
  /** The formula's result from the calculation, stored as the cached value in an .xlsx file. */
  result?: CellValue;
  style?: StyleName;
  numberFormat?: NumberFormatName;
}

/** A rectangle of cells, written as one 2-D block. Rows may be shorter than `width`: missing cells stay empty. */
export interface BlockPlan {
  /** Zero-based row and column of the top-left cell. */
  row: number;
  col: number;
  cells: (CellPlan | null)[][];
}

export interface SheetPlan {
  key: SheetKey;
  /** The sheet's name in the workbook (Dutch or English). */
  name: string;
  blocks: BlockPlan[];
  /** Column widths in characters, by zero-based column index. */
  columnWidths: Record<number, number>;
  /** Row heights in points, by zero-based row index, for rows of wrapped prose (Excel does not fit a merged cell's row to its text). */
  rowHeights?: Record<number, number>;
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  /**
   * How the sheet prints (a council proposal's appendix is often a printout or a PDF): A4, the title
   * rows (title and master check) repeated on every page, the sheet name and page in the footer;
   * one page wide when the tables are narrow enough to stay readable so, and pages that keep each table whole. Hidden sheets: none.
   */
  print?: {
    orientation: "portrait" | "landscape";
    titleRows: number;
    /**
     * Print scale in percent: one page wide where the tables still read so, else 100. A fixed
     * scale, not "fit to one page wide", because Excel ignores manual page breaks under the latter.
     */
    scale: number;
    /** Zero-based rows before which a new page starts, so that no table splits from its header (print.ts). */
    rowBreaks: number[];
    /** Centre footer in Excel's header/footer codes (&A sheet name, &P page, &N pages). */
    footer: string;
  };
  /** Protected sheets lock every cell but the input cells (no password: a user may unprotect). */
  protect: boolean;
  visibility: "visible" | "veryHidden";
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  merges: RangeRef[];
}

/** A rectangle on one sheet, zero-based and inclusive. */
export interface RangeRef {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface ValidationPlan {
  range: RangeRef;
  /** list: one of the values of `source` (an absolute A1 reference such as `=$B$4:$B$7` or a defined name `=BC_List`). */
  type: "list" | "decimal" | "whole";
  source?: string;
  /**
   * Bounds of a number check: a number, or a formula in English (en-US) syntax starting with "="
   * (such as "=BC_BaseYear+BC_Horizon") for a bound that follows another input of the workbook.
   */
  min?: ValidationBound;
  max?: ValidationBound;
  /** Shown when the user types something invalid. */
  errorTitle: string;
  errorMessage: string;
}

/** A number, or a formula ("=BC_BaseYear") that the spreadsheet evaluates whenever a value is typed. */
export type ValidationBound = number | string;

/** Colours a cell when an expression (written for its top-left cell, relative references allowed) is true. */
export interface ConditionalFormatPlan {
  range: RangeRef;
  formula: string;
  fill: string;
  fontColor?: string;
}

export interface NamePlan {
  name: string;
  sheet: SheetKey;
  range: RangeRef;
  comment: string;
}

export type ChartKind = "columnClustered" | "barClustered" | "line" | "columnLine";

export interface ChartPlan {
  sheet: SheetKey;
  kind: ChartKind;
  title: string;
  /** Where the chart sits: the top-left cell and the bottom-right cell it covers. */
  anchor: RangeRef;
  categories: { sheet: SheetKey; range: RangeRef };
  series: { name: string; sheet: SheetKey; range: RangeRef; as?: "column" | "line" | "bar" }[];
  /** Axis titles. */
  valueAxisTitle?: string;
}

/** An input cell the workbook reader takes back into a case. */
export interface InputBinding {
  /**
   * Where the value goes in the case file. Optional types: an empty cell leaves the field out.
   * Spare rows (an empty one-off cost row, a monitoring year without figures) read back as entries
   * without fields; `tidyReadCase` from the plan module drops them.
   */
  path: PathSegment[];
  /**
   * The defined name that locates the cell, so the binding survives inserted rows and renamed sheets.
   * Single inputs have a name of their own; cells of a repeating table (cost components, one-off
   * costs, scenarios, municipalities, ...) share the table's name and give their `offset` in it.
   */
  name: string;
  /** Row and column of the cell counted from the top-left cell of the named range (0, 0 when absent). */
  offset?: { row: number; col: number };
  sheet: SheetKey;
  row: number;
  col: number;
  /** How the cell's content maps back to the case. */
  type: "number" | "integer" | "text" | "enum" | "optionalNumber" | "optionalInteger" | "optionalText";
  /** For enums: the text shown in the cell for each case value. */
  choices?: Record<string, string>;
}

export interface WorkbookPlan {
  lang: Lang;
  /** Sheets in the order they appear. */
  sheets: SheetPlan[];
  names: NamePlan[];
  charts: ChartPlan[];
  inputs: InputBinding[];
  styles: Record<StyleName, StyleSpec>;
  numberFormats: Record<NumberFormatName, string>;
}

export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "section"
  | "label"
  | "input"
  | "inputText"
  /** A source or note typed in the notes column: as "inputText", wrapped. */
  | "inputNote"
  /** Looks like an input but is locked: the sample in the colour key on the cover. */
  | "inputSample"
  | "calc"
  | "link"
  | "output"
  | "keyFigure"
  | "constant"
  | "unit"
  | "note"
  /** A sheet's purpose line under its title: as "unit", wrapped. */
  | "purpose"
  /** Running text (the cover's sentences, the proposal text): as "calc", wrapped. */
  | "sentence"
  /** The proposal paragraph: as "output", wrapped. */
  | "paragraph"
  | "warning"
  | "check"
  | "meta";

export interface StyleSpec {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  /** A thin border around the cell. */
  border?: string;
  /** Input cells are the only unlocked cells. */
  unlocked?: boolean;
}

export type NumberFormatName = "eur" | "eur2" | "count" | "integer" | "year" | "percent" | "percent2" | "factor" | "per1000" | "text" | "general" | "date";
