/**
 * Small tools the sheet layouts share: a sparse grid per sheet that becomes 2-D blocks, and a
 * context that collects defined names, input bindings and charts, and knows every sheet's name
 * so that cross-sheet references can be written before the sheets are finished.
 */
import type { Lang, PathSegment } from "../../model";
import { cellA1, quoteSheet, rangeA1 } from "./address";
import { DEFAULT_ROW_HEIGHT, pageLayout, rowsCovered } from "./print";
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

/** The widest table (column characters) that still reads at the scale that fits it on one A4 page; wider ones print at 100 % over pages side by side. */
const MAX_WIDTH_ON_ONE_PAGE = { landscape: 300, portrait: 200 } as const;

const textOf = (cell: CellPlan) => (typeof cell.value === "string" ? cell.value : typeof cell.result === "string" ? cell.result : "");
const wraps = (cell: CellPlan) => cell.style !== undefined && STYLES[cell.style].wrap === true;

/**
 * The height (points) of a row whose wrapped text spans `widthChars` column characters: the lines
 * that word wrap makes (a word never splits, so a narrow header column takes more lines than its
 * length suggests). Prose runs about 10 % narrower than the digit a column character is measured
 * in, bold text about 20 % wider; a formula's text may grow when the inputs change, so it gets a
 * fifth more room. Excel's limit is 409 points.
 */
export function proseRowHeight(text: string, widthChars: number, isFormula: boolean, bold = false): number {
  // Measured on LibreOffice's PDF with Carlito: a bold header column of 15 characters holds 12 or 13.
  const room = (widthChars * PROSE_CHARS_PER_WIDTH) / (bold ? 1.2 : 1) - (bold ? 2 : 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line > 0 && line + 1 + word.length > room) {
        lines++;
        line = word.length;
      } else line += (line > 0 ? 1 : 0) + word.length;
    }
  }
  if (isFormula) lines = Math.ceil(lines * 1.2);
  return Math.min(409, Math.max(1, lines) * LINE_HEIGHT);
}

export class SheetBuilder {
  private readonly grid = new Map<number, Map<number, CellPlan>>();
  readonly columnWidths: Record<number, number> = {};
  readonly validations: ValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly merges: RangeRef[] = [];
  readonly rowHeights: Record<number, number> = {};
  /** The longest text a formula cell may show, where it differs from its cached result (the check banner). */
  private readonly longestTexts = new Map<string, string>();
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

  /** Room for the longest text a formula cell can show, not only the one it shows now. */
  allowFor(row: number, col: number, texts: string[]): void {
    this.longestTexts.set(
      `${row}:${col}`,
      texts.reduce((a, b) => (b.length > a.length ? b : a), ""),
    );
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
          // A wrapped text breaks between words; its longest word must fit (headers are bold: a quarter wider in Carlito, measured on LibreOffice's PDF).
          const merged = this.merges.some((m) => m.row === row && m.col <= col && col < m.col + m.colCount && m.colCount > 1);
          const longestWord = Math.max(...text.split(/\s+/).map((w) => w.length));
          const needed = Math.ceil(longestWord * (cell.style === "header" ? 1.25 : 1.05) + 2);
          if (!merged && needed > (this.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH)) this.columnWidths[col] = Math.min(MAX_FITTED_WIDTH, needed);
          continue;
        }
        // Centred text spills to both sides, and a column-A cell has nothing on its left: it is merged
        // with the empty cells to its right until it fits (the check banner in a narrow column A).
        if (cell.style !== undefined && STYLES[cell.style].horizontalAlignment === "Center") {
          this.mergeToFit(row, col, this.longestTexts.get(`${row}:${col}`) ?? text, line);
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
        const height = proseRowHeight(
          textOf(cell),
          this.widthOf(col, merge ? merge.col + merge.colCount - 1 : col),
          cell.formula !== undefined,
          cell.style !== undefined && STYLES[cell.style].bold === true,
        );
        if (height > LINE_HEIGHT) this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, height);
      }
    }
  }

  /** A row's height in points: as set, else as its largest font needs (a 16-point title takes 21). */
  private rowHeight(row: number): number {
    if (this.rowHeights[row] !== undefined) return this.rowHeights[row];
    let size = 11;
    for (const cell of this.grid.get(row)?.values() ?? []) size = Math.max(size, (cell.style && STYLES[cell.style].fontSize) || 11);
    return Math.max(DEFAULT_ROW_HEIGHT, Math.ceil(size * 1.32));
  }

  /** The print setup: A4, title rows on every page, a scale and page breaks that keep each table whole (print.ts). */
  private printSetup(chartAnchors: RangeRef[]): SheetPlan["print"] {
    if (this.visibility !== "visible") return undefined;
    const lastCol = Math.max(this.lastColumn(), ...chartAnchors.map((a) => a.col + a.colCount - 1));
    const titleRows = this.freeze?.rows ?? 0;
    const usedRows = [...new Set([...[...this.grid.keys()].filter((r) => this.grid.get(r)!.size > 0), ...rowsCovered(chartAnchors)])].sort((a, b) => a - b);
    const { scale, rowBreaks } = pageLayout({
      orientation: this.orientation,
      titleRows,
      columnWidths: Array.from({ length: lastCol + 1 }, (_, c) => this.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH),
      oneWide: this.widthOf(0, lastCol) <= MAX_WIDTH_ON_ONE_PAGE[this.orientation],
      rowHeight: (r) => this.rowHeight(r),
      usedRows,
    });
    return { orientation: this.orientation, titleRows, scale, rowBreaks, footer: "&A - &P / &N" };
  }

  /** Merges a centred text's cell with the empty cells to its right until the text fits (bold: a tenth wider). */
  private mergeToFit(row: number, col: number, text: string, line: Map<number, CellPlan>): void {
    const needed = Math.ceil((text.length * 1.1) / PROSE_CHARS_PER_WIDTH) + 2;
    if (this.merges.some((m) => m.row === row && m.col <= col && col < m.col + m.colCount)) return;
    let last = col;
    while (this.widthOf(col, last) < needed && !line.has(last + 1) && last < col + 20) last++;
    if (last > col) this.merges.push({ row, col, rowCount: 1, colCount: last - col + 1 });
  }

  /** Consecutive non-empty rows become one block spanning the columns they use. */
  toPlan(chartAnchors: RangeRef[] = []): SheetPlan {
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
      print: this.printSetup(chartAnchors),
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
