/** A1 addresses from zero-based rows and columns, and back. */
import type { RangeRef } from "./types";

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `B3`, or `$B$3` when absolute. */
export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** `B3:D7` (or `B3` for a single cell). */
export function rangeA1(r: RangeRef, absolute = false): string {
  const first = cellA1(r.row, r.col, absolute);
  if (r.rowCount === 1 && r.colCount === 1) return first;
  return `${first}:${cellA1(r.row + r.rowCount - 1, r.col + r.colCount - 1, absolute)}`;
}

/** A sheet name as it must appear in a formula: quoted when it holds anything but letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet name'!$B$3:$D$7` */
export function sheetRangeA1(sheetName: string, r: RangeRef, absolute = true): string {
  return `${quoteSheet(sheetName)}!${rangeA1(r, absolute)}`;
}

export function parseCellA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRangeA1(a1: string): RangeRef {
  const [a, b] = a1.split(":");
  const start = parseCellA1(a);
  const end = b ? parseCellA1(b) : start;
  return { row: start.row, col: start.col, rowCount: end.row - start.row + 1, colCount: end.col - start.col + 1 };
}

export function cellRef(row: number, col: number): RangeRef {
  return { row, col, rowCount: 1, colCount: 1 };
}
