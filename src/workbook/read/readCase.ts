/**
 * Reading a case back from a model in a workbook, independent of where the cells come from
 * (Office.js inside Excel, or an .xlsx file). The plan of the last build (regenerated from the
 * case recorded on BC_Meta) says which defined name holds which field; each cell's content is
 * converted strictly (text such as "ongeveer 250" is not a number), put at its path, tidied and
 * validated. Every problem names the cell as well as the field. Nothing is written.
 */
import { bothLanguages, hasOwn, validateCase, type Case, type Lang, type PathSegment, type Problem } from "../../model";
import { cellA1, parseCellA1, quoteSheet } from "../plan/address";
import { tidyReadCase } from "../plan/tidy";
import type { InputBinding, WorkbookPlan } from "../plan/types";
import { READ_TEXTS } from "./texts";

/**
 * How much of the sheet a reader must take for each defined name: from the name's top-left cell,
 * enough rows and columns to cover the name's range and every offset that points past it (the
 * source note beside an input sits three columns to the right of the input's single-cell name).
 */
export function readExtents(plan: WorkbookPlan): Map<string, { rows: number; cols: number }> {
  const out = new Map<string, { rows: number; cols: number }>();
  for (const n of plan.names) out.set(n.name, { rows: n.range.rowCount, cols: n.range.colCount });
  for (const b of plan.inputs) {
    const e = out.get(b.name) ?? { rows: 1, cols: 1 };
    const o = b.offset ?? { row: 0, col: 0 };
    out.set(b.name, { rows: Math.max(e.rows, o.row + 1), cols: Math.max(e.cols, o.col + 1) });
  }
  return out;
}

/** What a workbook holds for one defined name. */
export interface NamedRangeRead {
  /** False when the name is gone from the workbook. */
  exists: boolean;
  /** True when the name points at a deleted cell (#REF!). */
  refError: boolean;
  /** The sheet the name points at now (it follows a renamed sheet). */
  sheet?: string;
  /** Zero-based top-left cell of the name's range now (it follows inserted rows). */
  row?: number;
  col?: number;
  /** The values from the top-left cell over the name's read extent (readExtents), row by row; formulas give their results. */
  values?: unknown[][];
}

export interface CellProblem {
  /** `Aannames!C12`, when the cell is known. */
  cell?: string;
  path: string;
  code: string;
  nl: string;
  en: string;
}

export interface Difference {
  path: string;
  before: unknown;
  now: unknown;
}

export interface ReadResult {
  /** The case file as read (not necessarily valid). */
  caseFile: Record<string, unknown>;
  /** The validated case, when there are no problems. */
  value?: Case;
  problems: CellProblem[];
  /** Inputs whose value differs from the last build. */
  differences: Difference[];
}

type Json = Record<string | number, unknown>;

export function readCaseFromNamedRanges(lastBuilt: Case, plan: WorkbookPlan, ranges: Map<string, NamedRangeRead>): ReadResult {
  const out: Json = JSON.parse(JSON.stringify(lastBuilt));
  const problems: CellProblem[] = [];
  const cellOf = new Map<string, string>();
  const planSheet = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const reportedNames = new Set<string>();

  for (const b of plan.inputs) {
    const pathText = pathString(b.path);
    const read = ranges.get(b.name);
    const offset = b.offset ?? { row: 0, col: 0 };
    const plannedCell = `${quoteSheet(planSheet.get(b.sheet)!)}!${cellA1(b.row, b.col)}`;
    if (!read || !read.exists || read.refError) {
      if (!reportedNames.has(b.name)) {
        reportedNames.add(b.name);
        problems.push(
          !read || !read.exists
            ? { cell: plannedCell, path: pathText, code: "nameMissing", ...bothLanguages(READ_TEXTS, (t) => t.nameMissing(b.name, plannedCell)) }
            : { cell: plannedCell, path: pathText, code: "nameBroken", ...bothLanguages(READ_TEXTS, (t) => t.nameBroken(b.name, plannedCell)) },
        );
      }
      continue;
    }
    const cell = `${quoteSheet(read.sheet ?? planSheet.get(b.sheet)!)}!${cellA1((read.row ?? 0) + offset.row, (read.col ?? 0) + offset.col)}`;
    cellOf.set(pathText, cell);
    const raw = read.values?.[offset.row]?.[offset.col];
    const converted = convert(raw, b);
    if (converted.problem) {
      problems.push({ cell, path: pathText, code: converted.problem.code, nl: converted.problem.nl, en: converted.problem.en });
      setAt(out, b.path, raw);
      continue;
    }
    setAt(out, b.path, converted.value);
  }

  const caseFile = tidyReadCase(out as Record<string, unknown>, plan.lang, lastBuilt);
  if (problems.length > 0) return { caseFile, problems, differences: differences(lastBuilt, caseFile) };
  const v = validateCase(caseFile);
  if (!v.ok) {
    return { caseFile, problems: v.problems.map((p) => withCell(p, cellFor(p, cellOf))), differences: differences(lastBuilt, caseFile) };
  }
  return { caseFile, value: v.value, problems: [], differences: differences(lastBuilt, v.value) };
}

/** `Aannames!C12 (careForms[0].costs[0].amount): moet een getal zijn` */
export function describeCellProblem(p: CellProblem, lang: Lang): string {
  const text = lang === "nl" ? p.nl : p.en;
  if (p.cell) return `${p.cell} (${p.path}): ${text}`;
  return `${p.path}: ${text}`;
}

function convert(raw: unknown, b: InputBinding): { value?: unknown; problem?: { code: string; nl: string; en: string } } {
  const empty = raw === undefined || raw === null || raw === "";
  const optional = b.type.startsWith("optional");
  if (empty) {
    if (optional) return { value: undefined };
    return { problem: { code: "required", ...bothLanguages(READ_TEXTS, (t) => t.cellEmpty) } };
  }
  switch (b.type) {
    case "number":
    case "optionalNumber":
    case "integer":
    case "optionalInteger":
      if (typeof raw === "number" && Number.isFinite(raw)) return { value: raw };
      return { problem: { code: "number", ...bothLanguages(READ_TEXTS, (t) => t.notANumber(JSON.stringify(String(raw)))) } };
    case "text":
    case "optionalText":
      return { value: typeof raw === "string" ? raw : String(raw) };
    case "enum": {
      const shown = String(raw).trim();
      const entry = Object.entries(b.choices ?? {}).find(([, text]) => text.toLowerCase() === shown.toLowerCase());
      if (entry) return { value: entry[0] };
      const options = Object.values(b.choices ?? {}).join(", ");
      return { problem: { code: "enum", ...bothLanguages(READ_TEXTS, (t) => t.notAChoice(options, shown)) } };
    }
  }
}

function withCell(p: Problem, cell: string | undefined): CellProblem {
  return { cell, path: p.path, code: p.code, nl: p.nl, en: p.en };
}

/** The cell of a problem's field, or of the nearest field under it (a problem about a list names its first cell). */
function cellFor(p: Problem, cellOf: Map<string, string>): string | undefined {
  if (cellOf.has(p.path)) return cellOf.get(p.path);
  for (const [path, cell] of cellOf) if (path.startsWith(`${p.path}.`) || path.startsWith(`${p.path}[`)) return cell;
  return undefined;
}

function setAt(root: Json, path: PathSegment[], value: unknown): void {
  let target: Json = root;
  path.slice(0, -1).forEach((seg, i) => {
    // Own properties only: a care form's id may be `constructor`, which every object inherits.
    const existing = hasOwn(target, seg) ? target[seg] : undefined;
    if (existing === undefined || existing === null || typeof existing !== "object") target[seg] = typeof path[i + 1] === "number" ? [] : {};
    target = target[seg] as Json;
  });
  const last = path[path.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
}

export function pathString(path: readonly PathSegment[]): string {
  return path.reduce<string>((s, seg) => (typeof seg === "number" ? `${s}[${seg}]` : s === "" ? seg : `${s}.${seg}`), "");
}

/** Leaf-by-leaf differences between the last build and the case now. */
export function differences(before: unknown, now: unknown): Difference[] {
  const out: Difference[] = [];
  const walk = (a: unknown, b: unknown, path: PathSegment[]) => {
    if (isContainer(a) || isContainer(b)) {
      const keys = new Set<string | number>();
      const ka = isContainer(a) ? (Array.isArray(a) ? a.map((_, i) => i) : Object.keys(a)) : [];
      const kb = isContainer(b) ? (Array.isArray(b) ? b.map((_, i) => i) : Object.keys(b)) : [];
      [...ka, ...kb].forEach((k) => keys.add(k));
      const own = (v: unknown, k: string | number) => (isContainer(v) && hasOwn(v, k) ? (v as Json)[k] : undefined);
      for (const k of keys) walk(own(a, k), own(b, k), [...path, k]);
      return;
    }
    if (a !== b) out.push({ path: pathString(path), before: a, now: b });
  };
  walk(before, now, []);
  return out;
}

function isContainer(v: unknown): v is Json {
  return typeof v === "object" && v !== null;
}

/** Parses `Aannames!$B$5:$F$9` or `'Sheet name'!B5` into its sheet and top-left cell. */
export function parseSheetAddress(address: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+\$?\d+)/.exec(address);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const { row, col } = parseCellA1(m[3].replace(/\$/g, ""));
  return { sheet, row, col };
}
