/**
 * What stands in the way of a build, pure (no Office.js): a sheet or a defined name the add-in did
 * not make, an unreadable BC_Meta, and, over a model the add-in made before, a cell the user filled
 * where the new plan would write or on a model sheet the new plan drops. The writer reads the
 * workbook into a WorkbookState and writes nothing while this finds a conflict.
 */
import { bothLanguages, catalogue, type Lang } from "../../model/catalogue";
import { cellA1, quoteSheet } from "../plan/address";
import { META_SHEET_NAME } from "../plan/meta";
import type { RangeRef, SheetKey, WorkbookPlan } from "../plan/types";
import type { LastBuild } from "../read/model";
import { parseSheetAddress } from "../read/readCase";
import { difference, footprintOf } from "./footprint";

export interface Conflict {
  kind: "sheet" | "name" | "cell";
  name: string;
  sheet?: string;
  address?: string;
  message: Record<Lang, string>;
}

/** Cells read from a sheet: the address of the range (as Excel gives it, with the sheet) and its formulas. */
export interface CellsRead {
  sheet: string;
  address: string;
  formulas: readonly (readonly unknown[])[];
}

/** What a build must know of the workbook, as plain data. */
export interface WorkbookState {
  /** The workbook's sheets and defined names, lower case. */
  sheets: ReadonlySet<string>;
  names: ReadonlySet<string>;
  /** Whether a sheet BC_Meta exists, and the last build it records (absent, damaged, or the model). */
  metaExists: boolean;
  last: LastBuild;
  /**
   * Over a model the add-in made before (the second read): the cells the new plan newly covers
   * (`RangesToRead.newlyCovered`), and the used range of each model sheet the new plan drops.
   */
  cells?: { newlyCovered: CellsRead[]; dropped: (CellsRead & { footprint: RangeRef[] })[] };
}

const TEXTS = catalogue(
  {
    metaUnreadable: (sheet: string, why: string) => `Het blad ${sheet} bestaat al, maar is niet te lezen: ${why}.`,
    sheetNotOurs: (sheet: string) => `Er is al een blad '${sheet}' dat niet door de invoegtoepassing is gemaakt.`,
    nameNotOurs: (name: string) =>
      `De naam ${name} bestaat al in deze werkmap en is niet door de invoegtoepassing gemaakt. Geef die naam eerst een andere naam of verwijder hem (Formules > Namen beheren).`,
    cellInTheWay: (address: string) =>
      `De cel ${address} bevat iets wat u zelf hebt ingevuld, en het nieuwe model zou die overschrijven. Verplaats de inhoud eerst.`,
    cellOnDroppedSheet: (sheet: string, address: string) =>
      `Het nieuwe model heeft het blad '${sheet}' niet meer, maar de cel ${address} daarop bevat iets wat u zelf hebt ingevuld. Verplaats de inhoud eerst; dan kan het blad weg.`,
  },
  {
    metaUnreadable: (sheet, why) => `The sheet ${sheet} exists but cannot be read: ${why}.`,
    sheetNotOurs: (sheet) => `There is already a sheet '${sheet}' that the add-in did not make.`,
    nameNotOurs: (name) =>
      `The name ${name} already exists in this workbook and was not made by the add-in. Rename or remove it first (Formulas > Name Manager).`,
    cellInTheWay: (address) => `The cell ${address} holds something you entered, and the new model would overwrite it. Move its content first.`,
    cellOnDroppedSheet: (sheet, address) =>
      `The new model no longer has the sheet '${sheet}', but its cell ${address} holds something you entered. Move its content first; then the sheet can go.`,
  },
);

/** Every conflict between the workbook and the plan; empty when the plan may be written. */
export function findConflicts(state: WorkbookState, plan: WorkbookPlan): Conflict[] {
  const { last } = state;
  const conflicts: Conflict[] = [];
  if (state.metaExists && !last.ok) {
    conflicts.push({ kind: "sheet", name: META_SHEET_NAME, message: bothLanguages(TEXTS, (t, lang) => t.metaUnreadable(META_SHEET_NAME, last[lang])) });
  }
  const ourSheets = new Set(last.ok ? last.meta.sheets.map((s) => s.name.toLowerCase()) : []);
  const ourNames = new Set(last.ok ? last.meta.names.map((n) => n.toLowerCase()) : []);
  for (const s of plan.sheets) {
    const lower = s.name.toLowerCase();
    if (s.key !== "meta" && state.sheets.has(lower) && !ourSheets.has(lower)) {
      conflicts.push({ kind: "sheet", name: s.name, message: bothLanguages(TEXTS, (t) => t.sheetNotOurs(s.name)) });
    }
  }
  for (const n of plan.names) {
    const lower = n.name.toLowerCase();
    if (state.names.has(lower) && !ourNames.has(lower)) {
      conflicts.push({ kind: "name", name: n.name, message: bothLanguages(TEXTS, (t) => t.nameNotOurs(n.name)) });
    }
  }
  for (const { sheet, address, formulas } of state.cells?.newlyCovered ?? []) {
    for (const at of filledCells(address, formulas)) {
      conflicts.push({ kind: "cell", name: at, sheet, address: at, message: bothLanguages(TEXTS, (t) => t.cellInTheWay(at)) });
    }
  }
  for (const { sheet, address, formulas, footprint } of state.cells?.dropped ?? []) {
    const origin = parseSheetAddress(address);
    if (!origin) continue;
    // The old model's own cells on that sheet go with it; only what lies outside them is the user's.
    const outside = (r: number, c: number) => !covers(footprint, origin.row + r, origin.col + c);
    for (const at of filledCells(address, formulas, outside)) {
      conflicts.push({ kind: "cell", name: at, sheet, address: at, message: bothLanguages(TEXTS, (t) => t.cellOnDroppedSheet(sheet, at)) });
    }
  }
  return conflicts;
}

/**
 * Over a model the add-in made before, what the second read must look at: per plan sheet that
 * exists already, the rectangles the new layout covers and the old one did not (where the user may
 * have typed); and the model sheets the new plan drops (deleted with anything on them), with the
 * old model's footprint there.
 */
export function rangesToRead(
  state: WorkbookState,
  plan: WorkbookPlan,
): { newlyCovered: { sheet: string; rect: RangeRef }[]; dropped: { sheet: string; key: SheetKey; footprint: RangeRef[] }[] } {
  const { last } = state;
  if (!last.ok) return { newlyCovered: [], dropped: [] };
  const oldFootprint = last.meta.footprint;
  const newlyCovered: { sheet: string; rect: RangeRef }[] = [];
  for (const s of plan.sheets) {
    // BC_Meta is the add-in's alone, from top to bottom: no user content to look for.
    if (!state.sheets.has(s.name.toLowerCase()) || s.key === "meta") continue;
    const oldKey = last.meta.sheets.find((x) => x.name.toLowerCase() === s.name.toLowerCase())?.key;
    const old = (oldKey && oldFootprint[oldKey]) || [];
    for (const rect of difference(footprintOf(s), old)) newlyCovered.push({ sheet: s.name, rect });
  }
  const planSheets = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const dropped = last.meta.sheets
    .filter((s) => state.sheets.has(s.name.toLowerCase()) && s.key !== "meta" && !planSheets.has(s.name.toLowerCase()))
    .map((s) => ({ sheet: s.name, key: s.key, footprint: oldFootprint[s.key] ?? [] }));
  return { newlyCovered, dropped };
}

/** The addresses of the non-empty cells of a range read from Excel (optionally only those `where` allows). */
function filledCells(address: string, formulas: readonly (readonly unknown[])[], where: (r: number, c: number) => boolean = () => true): string[] {
  const out: string[] = [];
  formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      if (f !== "" && f !== null && where(r, c)) out.push(addressInRange(address, r, c));
    }),
  );
  return out;
}

function covers(rects: RangeRef[], row: number, col: number): boolean {
  return rects.some((r) => row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount);
}

/** The address of cell (r, c) of a range whose address Excel gave as `'Sheet'!A1:B2`. */
function addressInRange(address: string, r: number, c: number): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (!m) return address;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  let col = 0;
  for (const ch of m[3]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return `${quoteSheet(sheet)}!${cellA1(Number(m[4]) - 1 + r, col - 1 + c)}`;
}
