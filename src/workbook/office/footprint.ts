/**
 * Rectangles on a sheet, pure: where a plan writes (its footprint), the parts of one footprint a
 * previous one did not cover (where a user may have typed), and runs of cells that share a style
 * (formatted with one operation each instead of one per cell).
 */
import { columnLetters } from "../plan/address";
import type { RangeRef, SheetPlan, StyleName } from "../plan/types";

export function footprintOf(sheet: SheetPlan): RangeRef[] {
  return sheet.blocks.map((b) => ({ row: b.row, col: b.col, rowCount: b.cells.length, colCount: Math.max(1, ...b.cells.map((l) => l.length)) }));
}

/** The cells of `a` that no rectangle of `b` covers, as rectangles (row runs merged downward). */
export function difference(a: RangeRef[], b: RangeRef[]): RangeRef[] {
  const out: RangeRef[] = [];
  for (const rect of a) {
    let open: RangeRef[] = [];
    for (let row = rect.row; row < rect.row + rect.rowCount; row++) {
      let intervals: [number, number][] = [[rect.col, rect.col + rect.colCount - 1]];
      for (const o of b) {
        if (row < o.row || row >= o.row + o.rowCount) continue;
        const lo = o.col;
        const hi = o.col + o.colCount - 1;
        intervals = intervals.flatMap(([x, y]): [number, number][] => {
          if (hi < x || lo > y) return [[x, y]];
          const parts: [number, number][] = [];
          if (lo > x) parts.push([x, lo - 1]);
          if (hi < y) parts.push([hi + 1, y]);
          return parts;
        });
      }
      const next: RangeRef[] = [];
      for (const [x, y] of intervals) {
        const cont = open.find((r) => r.col === x && r.colCount === y - x + 1 && r.row + r.rowCount === row);
        if (cont) {
          cont.rowCount++;
          next.push(cont);
        } else {
          const r = { row, col: x, rowCount: 1, colCount: y - x + 1 };
          out.push(r);
          next.push(r);
        }
      }
      open = next;
    }
  }
  return out;
}

/** Cells grouped by style: horizontal runs of equal style, stacked into rectangles where they line up. */
export function styleRuns(sheet: SheetPlan): Map<StyleName, RangeRef[]> {
  const byStyle = new Map<StyleName, RangeRef[]>();
  for (const block of sheet.blocks) {
    const open = new Map<string, RangeRef>();
    block.cells.forEach((line, dr) => {
      const row = block.row + dr;
      const seen = new Set<string>();
      let c = 0;
      while (c < line.length) {
        const style = line[c]?.style;
        if (!style) {
          c++;
          continue;
        }
        let end = c;
        while (end + 1 < line.length && line[end + 1]?.style === style) end++;
        const col = block.col + c;
        const key = `${style}:${col}:${end - c + 1}`;
        const prev = open.get(key);
        if (prev && prev.row + prev.rowCount === row) prev.rowCount++;
        else {
          const rect = { row, col, rowCount: 1, colCount: end - c + 1 };
          byStyle.set(style, [...(byStyle.get(style) ?? []), rect]);
          open.set(key, rect);
        }
        seen.add(key);
        c = end + 1;
      }
      for (const key of [...open.keys()]) if (!seen.has(key)) open.delete(key);
    });
  }
  return byStyle;
}

/** `A1:C3,E5` lists of at most `maxLength` characters, for Worksheet.getRanges. */
export function addressChunks(rects: RangeRef[], maxLength = 2000): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const r of rects) {
    const a = `${columnLetters(r.col)}${r.row + 1}`;
    const address = r.rowCount === 1 && r.colCount === 1 ? a : `${a}:${columnLetters(r.col + r.colCount - 1)}${r.row + r.rowCount}`;
    if (current && current.length + 1 + address.length > maxLength) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Cells as rectangles: horizontal runs in each row, stacked downward where equal runs line up. */
export function rectanglesOf(cells: { row: number; col: number }[]): RangeRef[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) byRow.set(row, [...(byRow.get(row) ?? []), col]);
  const out: RangeRef[] = [];
  let open = new Map<string, RangeRef>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    const next = new Map<string, RangeRef>();
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const runKey = `${cols[i]}:${j - i + 1}`;
      const prev = open.get(runKey);
      if (prev && prev.row + prev.rowCount === row) {
        prev.rowCount++;
        next.set(runKey, prev);
      } else {
        const rect = { row, col: cols[i], rowCount: 1, colCount: j - i + 1 };
        out.push(rect);
        next.set(runKey, rect);
      }
      i = j + 1;
    }
    open = next;
  }
  return out;
}

/**
 * Validations with the same rule and messages on neighbouring cells, joined into rectangles: the
 * largest plan has one validation per input cell (thousands), and every one is two operations.
 */
export function mergeValidations<V extends { range: RangeRef }>(validations: V[]): V[] {
  const groups = new Map<string, { first: V; cells: { row: number; col: number }[] }>();
  for (const v of validations) {
    const { range, ...rule } = v;
    const key = JSON.stringify(rule);
    const group = groups.get(key) ?? { first: v, cells: [] };
    for (let r = 0; r < range.rowCount; r++) for (let c = 0; c < range.colCount; c++) group.cells.push({ row: range.row + r, col: range.col + c });
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ first, cells }) => rectanglesOf(cells).map((range) => ({ ...first, range })));
}
