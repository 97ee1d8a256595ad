/**
 * How a sheet falls on A4 paper (issue 11, point 9): a table never splits without its header and a
 * header never stands alone at a page's foot. The plan places the page breaks itself, before each
 * block of rows (a section band, its header, its rows, its notes; a chart) that would not fit on
 * what is left of the page, because Excel and LibreOffice break wherever the page is full.
 *
 * Excel ignores manual page breaks under "fit to N pages", so a sheet narrow enough to read on one
 * page wide gets a fixed scale that makes it so, and the breaks are worked out at that scale. The
 * figures are estimates of Excel's own (column characters of 7 pixels plus padding, rows of 15
 * points), taken with a margin so that the engine's page is never shorter than the plan's.
 */
import type { RangeRef } from "./types";

/** A4 in points and the margins both writers leave at their default (0.7 inch sides, 0.75 inch top and bottom). */
const PAPER = { landscape: { width: 842, height: 595 }, portrait: { width: 595, height: 842 } } as const;
const SIDE_MARGINS = 2 * 0.7 * 72;
const TOP_AND_BOTTOM_MARGINS = 2 * 0.75 * 72;
/** Part of the page the plan fills: the engines' fonts and row heights differ a little from the estimate. */
const SAFETY = 0.9;
/** Excel's default row height (points) for 11-point text. */
export const DEFAULT_ROW_HEIGHT = 15;
/** The narrowest scale Excel prints at. */
const MIN_SCALE = 10;
/** Rows of a block that stay together at least when the block itself is longer than a page: band, header and two rows. */
const KEEP_WITH_HEADER = 4;

/**
 * A column of `chars` characters in points. Excel's rule is 7 pixels a character (Calibri 11) plus
 * 5 of padding at 96 pixels an inch, 5.25 points a character; LibreOffice, with Carlito for Calibri,
 * was measured at 5.55 on its PDF. The wider of the two, so that the page is wide enough for both.
 */
export function columnPoints(chars: number): number {
  return chars * 5.6 + 4;
}

export interface PageInput {
  orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every page (title and check banner). */
  titleRows: number;
  /** Column widths in characters of the columns that print, left to right. */
  columnWidths: number[];
  /** Whether the sheet is narrow enough to print one page wide (else it prints at 100 % over pages side by side). */
  oneWide: boolean;
  rowHeight: (row: number) => number;
  /** Rows with content, ascending; rows a chart covers count as content. */
  usedRows: number[];
}

export interface PageLayout {
  /** Print scale in percent. */
  scale: number;
  /** Zero-based rows before which a new page starts. */
  rowBreaks: number[];
}

/** The scale that fits the columns on one page's width (100 at most). */
export function scaleToWidth(orientation: PageInput["orientation"], columnWidths: number[]): number {
  const width = columnWidths.reduce((s, w) => s + columnPoints(w), 0);
  const printable = PAPER[orientation].width - SIDE_MARGINS;
  return Math.max(MIN_SCALE, Math.min(100, Math.floor((100 * printable) / width) - 2));
}

/** Runs of consecutive used rows: the blocks kept together on paper. */
function blocksOf(usedRows: number[]): { first: number; last: number }[] {
  const blocks: { first: number; last: number }[] = [];
  for (const r of usedRows) {
    const last = blocks[blocks.length - 1];
    if (last && r === last.last + 1) last.last = r;
    else blocks.push({ first: r, last: r });
  }
  return blocks;
}

export function pageLayout(p: PageInput): PageLayout {
  const scale = p.oneWide ? scaleToWidth(p.orientation, p.columnWidths) : 100;
  const heightOf = (first: number, last: number) => {
    let h = 0;
    for (let r = first; r <= last; r++) h += p.rowHeight(r);
    return h;
  };
  // The page's height in the sheet's own points, less the title rows every page repeats.
  const capacity = (SAFETY * (PAPER[p.orientation].height - TOP_AND_BOTTOM_MARGINS) * 100) / scale - heightOf(0, p.titleRows - 1);
  const rowBreaks: number[] = [];
  let used = 0;
  let previousLast = p.titleRows - 1;
  for (const block of blocksOf(p.usedRows.filter((r) => r >= p.titleRows))) {
    const gap = used > 0 ? heightOf(previousLast + 1, block.first - 1) : 0;
    const height = heightOf(block.first, block.last);
    previousLast = block.last;
    if (used > 0 && used + gap + height > capacity) {
      // Too long for what is left: the block starts a page, unless it is longer than a page and
      // its header with a few rows still fits here.
      const head = heightOf(block.first, Math.min(block.last, block.first + KEEP_WITH_HEADER - 1));
      if (height <= capacity || used + gap + head > capacity) {
        rowBreaks.push(block.first);
        used = 0;
      } else used += gap;
    } else used += gap;
    // Flow the block's rows, breaking where the page is full (only blocks longer than a page).
    for (let r = block.first; r <= block.last; r++) {
      const h = p.rowHeight(r);
      if (used > 0 && used + h > capacity) {
        rowBreaks.push(r);
        used = 0;
      }
      used += h;
    }
  }
  return { scale, rowBreaks };
}

/** Rows a set of rectangles (charts) covers. */
export function rowsCovered(anchors: RangeRef[]): number[] {
  return anchors.flatMap((a) => Array.from({ length: a.rowCount }, (_, k) => a.row + k));
}
