/**
 * Small tools the sheet layouts share: a sparse grid per sheet that becomes 2-D blocks, and a
 * context that collects defined names, input bindings and charts, and knows every sheet's name
 * so that cross-sheet references can be written before the sheets are finished.
 */
import type { Lang, PathSegment } from "../../model";
import { cellA1, quoteSheet, rangeA1 } from "./address";
import { STYLES } from "./styles";
import type { BlockPlan, CellPlan, ChartPlan, ConditionalFormatPlan, InputBinding, NamePlan, RangeRef, SheetKey, SheetPlan, ValidationPlan } from "./types";

/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;
/** A column character is the width of a digit; running text is about 10 % narrower. */
const PROSE_CHARS_PER_WIDTH = 1.1;
/** A label column is widened to fit its longest label, but not beyond this (characters). */
const MAX_FITTED_WIDTH = 120;

/** The widest table (column characters) that still reads at the scale that fits it on one A4 page. */
const MAX_WIDTH_ON_ONE_PAGE = { landscape: 260, portrait: 180 } as const;

const textOf = (cell: CellPlan) => (typeof cell.value === "string" ? cell.value : typeof cell.result === "string" ? cell.result : "");
const wraps = (cell: CellPlan) => cell.style !== undefined && STYLES[cell.style].wrap === true;

/**
 * The height (points) of a row whose wrapped text spans `widthChars` column characters. Prose runs
 * about 10 % narrower than the digit a column character is measured in; a formula's text may
 * grow when the inputs change, so it gets a fifth more room. Excel's limit is 409 points.
 */
export function proseRowHeight(text: string, widthChars: number, isFormula: boolean): number {
  const room = isFormula ? 1.2 : 1;
  const lines = Math.max(1, Math.ceil((text.length * room) / (widthChars * PROSE_CHARS_PER_WIDTH)));
  return Math.min(409, lines * LINE_HEIGHT);
}

export class SheetBuilder {
  private readonly grid = new Map<number, Map<number, CellPlan>>();
  readonly columnWidths: Record<number, number> = {};
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly merges: RangeRef[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** Cells placed with prose(): merged to the table's right edge and given a row height when the plan is made. */
  private readonly proseCells: { row: number; col: number }[] = [];
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

  /**
   * A sentence or paragraph on a row of its own (its style must wrap). It is merged from `col` to
   * the sheet's last used column and its row is made tall enough for its text, so that it reads
   * within the tables' width on screen and on paper instead of running off to the right.
   * A note (style "note") alone on its row is treated the same way. See layOutText.
   */
  prose(row: number, col: number, cell: CellPlan): void {
    this.set(row, col, cell);
    this.proseCells.push({ row, col });
  }

  widths(widths: Record<number, number>): void {
    Object.assign(this.columnWidths, widths);
  }

  private lastColumn(): number {
    let lastCol = 0;
    for (const line of this.grid.values()) for (const c of line.keys()) lastCol = Math.max(lastCol, c);
    return lastCol;
  }

  /** The width in column characters of columns `from` to `to`. */
  private widthOf(from: number, to: number): number {
    let w = 0;
    for (let c = from; c <= to; c++) w += this.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
    return w;
  }

  /**
   * Text fits the tables' width, on screen and on paper: (1) prose is merged to the last used
   * column; (2) a text that a cell to its right would cut off, or that would run past the last used
   * column, widens its column (up to MAX_FITTED_WIDTH), and a wrapped text's longest word fits;
   * (3) every row with wrapped text gets a height for its lines (Excel does not fit a merged cell's
   * row, and a file written without Excel has no fitted heights at all).
   */
  private layOutText(): void {
    const lastCol = this.lastColumn();

    // (1) Prose, and notes alone on their row, span the table.
    const notes = [...this.grid.entries()].flatMap(([row, line]) =>
      line.size === 1 && [...line.values()][0].style === "note" ? [{ row, col: [...line.keys()][0] }] : [],
    );
    for (const { row, col } of [...this.proseCells, ...notes]) {
      const line = this.grid.get(row)!;
      if ([...line.keys()].some((c) => c !== col)) throw new Error(`${this.name}: prose at row ${row + 1} shares its row with other cells`);
      if (lastCol > col && !this.merges.some((m) => m.row === row && m.col === col)) this.merges.push({ row, col, rowCount: 1, colCount: lastCol - col + 1 });
    }

    // (2) Texts cut off by a neighbour.
    for (const [row, line] of this.grid) {
      for (const [col, cell] of line) {
        const text = textOf(cell);
        if (text === "") continue;
        if (wraps(cell)) {
          // A wrapped text breaks between words; its longest word must fit (headers are bold: a bit wider).
          const merged = this.merges.some((m) => m.row === row && m.col <= col && col < m.col + m.colCount && m.colCount > 1);
          const longestWord = Math.max(...text.split(/\s+/).map((w) => w.length));
          const needed = Math.ceil(longestWord * (cell.style === "header" ? 1.15 : 1) + 1);
          if (!merged && needed > (this.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH)) this.columnWidths[col] = Math.min(MAX_FITTED_WIDTH, needed);
          continue;
        }
        // It may run on over empty cells, up to the next used cell or the table's edge.
        const next = Math.min(lastCol + 1, ...[...line.keys()].filter((c) => c > col));
        const missing = Math.min(MAX_FITTED_WIDTH, Math.ceil(text.length / PROSE_CHARS_PER_WIDTH)) - this.widthOf(col, next - 1);
        if (missing > 0) this.columnWidths[col] = (this.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH) + missing;
      }
    }

    // (3) Heights of rows with wrapped text.
    for (const [row, line] of this.grid) {
      for (const [col, cell] of line) {
        if (!wraps(cell)) continue;
        const merge = this.merges.find((m) => m.row === row && m.col === col && m.rowCount === 1);
        const height = proseRowHeight(textOf(cell), this.widthOf(col, merge ? merge.col + merge.colCount - 1 : col), cell.formula !== undefined);
        if (height > LINE_HEIGHT) this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, height);
      }
    }
  }

  /** Consecutive non-empty rows become one block spanning the columns they use. */
  toPlan(): SheetPlan {
    this.layOutText();
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
      rowHeights: this.rowHeights,
      freeze: this.freeze,
      tabColor: this.tabColor,
      // The frozen header rows (title and master check) are the rows worth repeating on every printed page.
      print:
        this.visibility === "visible"
          ? {
              orientation: this.orientation,
              titleRows: this.freeze?.rows ?? 0,
              fitToWidth: this.widthOf(0, this.lastColumn()) <= MAX_WIDTH_ON_ONE_PAGE[this.orientation],
              footer: "&A - &P / &N",
            }
          : undefined,
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
