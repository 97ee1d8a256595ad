/**
 * Small tools the sheet layouts share: a sparse grid per sheet that becomes 2-D blocks, and a
 * context that collects defined names, input bindings and charts, and knows every sheet's name
 * so that cross-sheet references can be written before the sheets are finished.
 */
import type { Lang, PathSegment } from "../../model";
import { cellA1, quoteSheet, rangeA1 } from "./address";
import type { BlockPlan, CellPlan, ChartPlan, ConditionalFormatPlan, InputBinding, NamePlan, RangeRef, SheetKey, SheetPlan, ValidationPlan } from "./types";

export class SheetBuilder {
  private readonly grid = new Map<number, Map<number, CellPlan>>();
  readonly columnWidths: Record<number, number> = {};
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly merges: RangeRef[] = [];
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  /** Printed across the page unless a layout says otherwise (the cover and the checks read as a page of text). */
  orientation: "portrait" | "landscape" = "landscape";
  protect = true;
  visibility: "visible" | "veryHidden" = "visible";
  /** The next free row, for layouts that flow down the sheet. */
  row = 0;

  constructor(
    readonly key: SheetKey,
    readonly name: string,
  ) {}

  set(row: number, col: number, cell: CellPlan): void {
    let r = this.grid.get(row);
    if (!r) this.grid.set(row, (r = new Map()));
    r.set(col, cell);
  }

  get(row: number, col: number): CellPlan | undefined {
    return this.grid.get(row)?.get(col);
  }

  /** Places cells left to right from `col` on `row`; null leaves a cell empty. */
  setRow(row: number, col: number, cells: (CellPlan | null)[]): void {
    cells.forEach((c, i) => {
      if (c) this.set(row, col + i, c);
    });
  }

  widths(widths: Record<number, number>): void {
    Object.assign(this.columnWidths, widths);
  }

  /** Consecutive non-empty rows become one block spanning the columns they use. */
  toPlan(): SheetPlan {
    const rows = [...this.grid.keys()].filter((r) => this.grid.get(r)!.size > 0).sort((a, b) => a - b);
    const blocks: BlockPlan[] = [];
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
      const blockRows = rows.slice(start, end + 1);
      let minCol = Infinity;
      let maxCol = -Infinity;
      for (const r of blockRows) {
        for (const c of this.grid.get(r)!.keys()) {
          minCol = Math.min(minCol, c);
          maxCol = Math.max(maxCol, c);
        }
      }
      const cells = blockRows.map((r) => {
        const line: (CellPlan | null)[] = [];
        for (let c = minCol; c <= maxCol; c++) line.push(this.grid.get(r)!.get(c) ?? null);
        return line;
      });
      blocks.push({ row: blockRows[0], col: minCol, cells });
      start = end + 1;
    }
    return {
      key: this.key,
      name: this.name,
      blocks,
      columnWidths: this.columnWidths,
      freeze: this.freeze,
      tabColor: this.tabColor,
      // The frozen header rows (title and master check) are the rows worth repeating on every printed page.
      print: this.visibility === "visible" ? { orientation: this.orientation, titleRows: this.freeze?.rows ?? 0, footer: "&A - &P / &N" } : undefined,
      protect: this.protect,
      visibility: this.visibility,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      merges: this.merges,
    };
  }
}

export class PlanContext {
  readonly names: NamePlan[] = [];
  readonly inputs: InputBinding[] = [];
  readonly charts: ChartPlan[] = [];
  private readonly nameSet = new Set<string>();

  constructor(
    readonly lang: Lang,
    readonly sheetNames: Record<SheetKey, string>,
  ) {}

  /** The Dutch or the English text. */
  tr = (nl: string, en: string): string => (this.lang === "nl" ? nl : en);

  /** The sheet's name as a formula writes it before the `!`, quoted where needed. */
  sheetPrefix(sheet: SheetKey): string {
    return `${quoteSheet(this.sheetNames[sheet])}!`;
  }

  /** `Aannames!$B$5` (absolute) for use in a formula on another sheet. */
  ref(sheet: SheetKey, row: number, col: number, absolute = true): string {
    return `${quoteSheet(this.sheetNames[sheet])}!${cellA1(row, col, absolute)}`;
  }

  rangeRef(sheet: SheetKey, r: RangeRef, absolute = true): string {
    return `${quoteSheet(this.sheetNames[sheet])}!${rangeA1(r, absolute)}`;
  }

  name(name: string, sheet: SheetKey, range: RangeRef, comment: string): string {
    if (this.nameSet.has(name.toLowerCase())) throw new Error(`Defined name ${name} made twice`);
    this.nameSet.add(name.toLowerCase());
    this.names.push({ name, sheet, range, comment });
    return name;
  }

  bind(binding: {
    path: PathSegment[];
    name: string;
    sheet: SheetKey;
    row: number;
    col: number;
    type: InputBinding["type"];
    offset?: { row: number; col: number };
    choices?: Record<string, string>;
  }): void {
    this.inputs.push(binding);
  }
}

export function cell(row: number, col: number): RangeRef {
  return { row, col, rowCount: 1, colCount: 1 };
}

export function rowRange(row: number, col: number, colCount: number): RangeRef {
  return { row, col, rowCount: 1, colCount };
}

export function colRange(row: number, col: number, rowCount: number): RangeRef {
  return { row, col, rowCount, colCount: 1 };
}
