/**
 * Writer 1: a WorkbookPlan into the open workbook with Office.js. At most three syncs, none in a
 * loop: (1) read the sheets, the names and BC_Meta; (2) only over a model the add-in made before:
 * read its input cells, the cells the new layout would newly cover and what the user put on model
 * sheets the new plan drops; (3) write everything.
 *
 * Safety: a sheet, a name or a cell the add-in did not make is never written: such a conflict is
 * reported and nothing is written. A rebuild keeps the user's edits to input cells (a value that
 * differs from the last build, or a formula the user typed there) unless asked to replace them.
 * A failed write is rolled back (two syncs of its own): sheets and names this build added are
 * removed, and the previous model is written back with the input cells as they were. Formats or
 * text the user put inside the model's own cells are not restored: a successful build replaces
 * them too, and a snapshot of every cell's format would not fit Excel on the web's 5 MB request.
 */
import { META_SHEET_NAME } from "../plan/meta";
import { cellA1, quoteSheet } from "../plan/address";
import type { CellPlan, RangeRef, SheetKey, WorkbookPlan } from "../plan/types";
import { lastBuildFromMetaRows, type LastBuild } from "../read/model";
import { parseSheetAddress, pathString } from "../read/readCase";
import { difference, footprintOf } from "./footprint";
import { queuePlanWrites, rowsLosingHeight, type WriteTarget } from "./writePlan";
import { queueInputRangeLoads } from "./readModel";
import { CHART_PREFIX } from "./charts";

export interface BuildOptions {
  /** Keep values the user typed into the model's input cells since the last build (default true). */
  keepInputEdits?: boolean;
  onProgress?: (fraction: number, label: string) => void;
}

export interface Conflict {
  kind: "sheet" | "name" | "cell";
  name: string;
  sheet?: string;
  address?: string;
  message: { nl: string; en: string };
}

export type BuildOutcome =
  | { ok: true; sheets: string[]; namesWritten: number; syncs: number; keptInputs: string[] }
  | { ok: false; conflicts: Conflict[] }
  | { ok: false; error: { nl: string; en: string }; rolledBack: boolean };

/** Builds the plan's model inside Excel (Excel.run, waiting while the user edits a cell). */
export async function buildModelInExcel(plan: WorkbookPlan, options: BuildOptions = {}): Promise<BuildOutcome> {
  return Excel.run({ delayForCellEdit: true }, (context) => applyPlan(context, plan, options));
}

export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, options: BuildOptions = {}): Promise<BuildOutcome> {
  const keep = options.keepInputEdits ?? true;
  const progress = (f: number, label: string) => options.onProgress?.(f, label);
  let syncs = 0;
  const wb = context.workbook;

  // Sync 1: what is there.
  progress(0, "read");
  const worksheets = wb.worksheets;
  worksheets.load("items/name,items/position");
  const names = wb.names;
  names.load("items/name,items/formula");
  const metaRange = worksheets.getItemOrNullObject(META_SHEET_NAME).getUsedRangeOrNullObject(true);
  metaRange.load("values");
  try {
    await context.sync();
    syncs++;
  } catch (e) {
    return { ok: false, error: failure("lezen", "reading", e), rolledBack: false };
  }
  const sheetByName = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const nameByName = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
  const metaExists = sheetByName.has(META_SHEET_NAME.toLowerCase());
  const last: LastBuild = metaExists && !metaRange.isNullObject ? lastBuildFromMetaRows(metaRange.values) : { ok: false, reason: "absent", nl: "", en: "" };

  const conflicts: Conflict[] = [];
  if (metaExists && !last.ok) {
    conflicts.push({
      kind: "sheet",
      name: META_SHEET_NAME,
      message: {
        nl: `Het blad ${META_SHEET_NAME} bestaat al, maar is niet te lezen: ${last.nl}.`,
        en: `The sheet ${META_SHEET_NAME} exists but cannot be read: ${last.en}.`,
      },
    });
  }
  const ourSheets = new Set(last.ok ? last.meta.sheets.map((s) => s.name.toLowerCase()) : []);
  const ourNames = new Set(last.ok ? last.meta.names.map((n) => n.toLowerCase()) : []);
  for (const s of plan.sheets) {
    const lower = s.name.toLowerCase();
    if (s.key !== "meta" && sheetByName.has(lower) && !ourSheets.has(lower)) {
      conflicts.push({
        kind: "sheet",
        name: s.name,
        message: {
          nl: `Er is al een blad '${s.name}' dat niet door de invoegtoepassing is gemaakt.`,
          en: `There is already a sheet '${s.name}' that the add-in did not make.`,
        },
      });
    }
  }
  for (const n of plan.names) {
    const lower = n.name.toLowerCase();
    if (nameByName.has(lower) && !ourNames.has(lower)) {
      conflicts.push({
        kind: "name",
        name: n.name,
        message: {
          nl: `De naam ${n.name} bestaat al in deze werkmap en is niet door de invoegtoepassing gemaakt. Geef die naam eerst een andere naam of verwijder hem (Formules > Namen beheren).`,
          en: `The name ${n.name} already exists in this workbook and was not made by the add-in. Rename or remove it first (Formulas > Name Manager).`,
        },
      });
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };

  // Sync 2: over an earlier model, read its input cells, its charts, the cells the new layout newly
  // covers, and the used cells of the model sheets the new plan drops.
  let planToWrite = plan;
  const keptInputs: string[] = [];
  let currentInputs = new Map<string, InputContent>();
  const deleteCharts: { sheet: string; name: string }[] = [];
  const clear = new Map<string, RangeRef[]>();
  if (last.ok) {
    progress(0.1, "read model");
    const inputRanges = queueInputRangeLoads(wb, last.plan, nameByName, "values and formulas");
    const newlyCovered: { sheet: string; range: Excel.Range }[] = [];
    const oldFootprint = last.meta.footprint;
    const chartCollections: { sheet: string; charts: Excel.ChartCollection }[] = [];
    for (const s of plan.sheets) {
      const ws = sheetByName.get(s.name.toLowerCase());
      // BC_Meta is the add-in's alone, from top to bottom: no user content to look for.
      if (!ws || s.key === "meta") continue;
      const oldKey = last.meta.sheets.find((x) => x.name.toLowerCase() === s.name.toLowerCase())?.key;
      const old = (oldKey && oldFootprint[oldKey]) || [];
      for (const rect of difference(footprintOf(s), old)) {
        const range = ws.getRangeByIndexes(rect.row, rect.col, rect.rowCount, rect.colCount);
        range.load("formulas,address");
        newlyCovered.push({ sheet: s.name, range });
      }
    }
    // The add-in's sheets the new plan drops are deleted: anything the user typed there outside
    // the old model would go with them, so it is looked for too.
    const planSheetNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
    const dropped: { sheet: string; used: Excel.Range; footprint: RangeRef[] }[] = [];
    for (const s of last.meta.sheets) {
      const ws = sheetByName.get(s.name.toLowerCase());
      if (!ws || s.key === "meta" || planSheetNames.has(s.name.toLowerCase())) continue;
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("formulas,address");
      dropped.push({ sheet: ws.name, used, footprint: oldFootprint[s.key] ?? [] });
    }
    for (const s of last.meta.sheets) {
      const ws = sheetByName.get(s.name.toLowerCase());
      if (!ws) continue;
      clear.set(
        s.name.toLowerCase(),
        s.key === "meta"
          ? [{ row: 0, col: 0, rowCount: metaRange.values.length, colCount: Math.max(2, metaRange.values[0]?.length ?? 2) }]
          : (oldFootprint[s.key] ?? []),
      );
      const charts = ws.charts;
      charts.load("items/name");
      chartCollections.push({ sheet: s.name, charts });
    }
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      return { ok: false, error: failure("lezen", "reading", e), rolledBack: false };
    }
    for (const { sheet, range } of newlyCovered) {
      range.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          if (f === "" || f === null) return;
          const address = addressInRange(range.address, r, c);
          conflicts.push({
            kind: "cell",
            name: address,
            sheet,
            address,
            message: {
              nl: `De cel ${address} bevat iets wat u zelf hebt ingevuld, en het nieuwe model zou die overschrijven. Verplaats de inhoud eerst.`,
              en: `The cell ${address} holds something you entered, and the new model would overwrite it. Move its content first.`,
            },
          });
        }),
      );
    }
    for (const { sheet, used, footprint } of dropped) {
      if (used.isNullObject) continue;
      const origin = parseSheetAddress(used.address);
      if (!origin) continue;
      used.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          if (f === "" || f === null || covers(footprint, origin.row + r, origin.col + c)) return;
          const address = addressInRange(used.address, r, c);
          conflicts.push({
            kind: "cell",
            name: address,
            sheet,
            address,
            message: {
              nl: `Het nieuwe model heeft het blad '${sheet}' niet meer, maar de cel ${address} daarop bevat iets wat u zelf hebt ingevuld. Verplaats de inhoud eerst; dan kan het blad weg.`,
              en: `The new model no longer has the sheet '${sheet}', but its cell ${address} holds something you entered. Move its content first; then the sheet can go.`,
            },
          });
        }),
      );
    }
    if (conflicts.length > 0) return { ok: false, conflicts };
    for (const { sheet, charts } of chartCollections)
      for (const ch of charts.items) if (ch.name.startsWith(CHART_PREFIX)) deleteCharts.push({ sheet, name: ch.name });

    currentInputs = currentInputValues(last.plan, inputRanges);
    if (keep) {
      const kept = keptEdits(last.plan, plan, currentInputs);
      planToWrite = withInputValues(plan, kept);
      keptInputs.push(...kept.keys());
    }
  }

  // Sync 3: write.
  const existingSheets = new Map<string, Excel.Worksheet>();
  if (last.ok)
    for (const s of last.meta.sheets)
      if (sheetByName.has(s.name.toLowerCase())) existingSheets.set(s.name.toLowerCase(), sheetByName.get(s.name.toLowerCase())!);
  const planNames = new Set(plan.names.map((n) => n.name.toLowerCase()));
  const planSheets = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const target: WriteTarget = {
    existingSheets,
    clear,
    deleteSheets: [...existingSheets.keys()].filter((s) => !planSheets.has(s)),
    deleteNames: last.ok ? last.meta.names.filter((n) => !planNames.has(n.toLowerCase()) && nameByName.has(n.toLowerCase())) : [],
    existingNames: new Set([...ourNames].filter((n) => nameByName.has(n))),
    deleteCharts,
    sheetOrder: worksheets.items
      .map((ws): [number, string] => [ws.position, ws.name.toLowerCase()])
      .sort(([a], [b]) => a - b)
      .map(([, name]) => name),
    standardHeightRows: last.ok ? rowsLosingHeight(last.plan, plan) : undefined,
    // Queuing is quick; the write sync is the long step, so it gets the last part of the bar.
    onProgress: (f, label) => progress(0.2 + 0.5 * f, label),
  };
  queuePlanWrites(context, planToWrite, target);
  try {
    await context.sync();
    syncs++;
  } catch (e) {
    const rolledBack = await rollBack(context, plan, last, currentInputs, sheetByName, nameByName);
    return { ok: false, error: failure("schrijven", "writing", e, rolledBack), rolledBack };
  }
  progress(1, "done");
  return { ok: true, sheets: plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name), namesWritten: plan.names.length, syncs, keptInputs };
}

/** What an input cell holds: a constant, or a formula the user typed there (a link to a budget sheet, say). */
export type InputContent = { value: unknown } | { formula: string };

/** The current content of every input of a plan, keyed by path, from the ranges read by name. */
function currentInputValues(plan: WorkbookPlan, ranges: Map<string, Excel.Range>): Map<string, InputContent> {
  const out = new Map<string, InputContent>();
  for (const b of plan.inputs) {
    const range = ranges.get(b.name);
    if (!range) continue;
    const o = b.offset ?? { row: 0, col: 0 };
    const formula = range.formulas[o.row]?.[o.col];
    out.set(pathString(b.path), typeof formula === "string" && formula.startsWith("=") ? { formula } : { value: range.values[o.row]?.[o.col] });
  }
  return out;
}

function covers(rects: RangeRef[], row: number, col: number): boolean {
  return rects.some((r) => row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount);
}

/** What a plan writes into the cell of a binding (what the cell held right after that build). */
function plannedContent(plan: WorkbookPlan, sheet: SheetKey, row: number, col: number): InputContent {
  const s = plan.sheets.find((x) => x.key === sheet)!;
  for (const b of s.blocks) {
    const line = b.cells[row - b.row];
    if (line && col >= b.col) {
      const cell = line[col - b.col];
      if (cell) return cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value ?? "" };
    }
  }
  return { value: "" };
}

/**
 * Input cells the user changed since the last build (the three-way merge: last build, workbook,
 * new plan): a value or a formula that differs from what the last build wrote there.
 */
function keptEdits(lastPlan: WorkbookPlan, nextPlan: WorkbookPlan, current: Map<string, InputContent>): Map<string, InputContent> {
  const kept = new Map<string, InputContent>();
  const nextPaths = new Set(nextPlan.inputs.map((b) => pathString(b.path)));
  for (const b of lastPlan.inputs) {
    const path = pathString(b.path);
    const now = current.get(path);
    if (!now || !nextPaths.has(path)) continue;
    const then = plannedContent(lastPlan, b.sheet, b.row, b.col);
    const same = "formula" in now ? "formula" in then && sameFormula(now.formula, then.formula) : !("formula" in then) && (now.value ?? "") === then.value;
    if (!same) kept.set(path, now);
  }
  return kept;
}

/** Excel gives formulas back as written, but may change the case of names and functions. */
function sameFormula(a: string, b: string): boolean {
  return a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();
}

/** A copy of the plan with some input cells holding other content. */
export function withInputValues(plan: WorkbookPlan, values: Map<string, InputContent>): WorkbookPlan {
  if (values.size === 0) return plan;
  const at = new Map<string, InputContent>();
  for (const b of plan.inputs) {
    const path = pathString(b.path);
    const content = values.get(path);
    if (content) at.set(`${b.sheet}:${b.row}:${b.col}`, content);
  }
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((block) => ({
        ...block,
        cells: block.cells.map((line, dr) =>
          line.map((cell, dc) => {
            const key = `${s.key}:${block.row + dr}:${block.col + dc}`;
            const content = at.get(key);
            if (!cell || !content) return cell;
            if ("formula" in content) return { ...cell, formula: content.formula, value: undefined };
            const v = content.value;
            const value: CellPlan["value"] = v === null || v === undefined ? "" : (v as CellPlan["value"]);
            return { ...cell, formula: undefined, value };
          }),
        ),
      })),
    })),
  };
}

/**
 * After a failed write: remove what this build added and write the previous model back, with the
 * input values it had. Two syncs of its own (what exists now, then the repair); false if that fails too.
 */
async function rollBack(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  last: LastBuild,
  currentInputs: Map<string, InputContent>,
  sheetsBefore: Map<string, Excel.Worksheet>,
  namesBefore: Map<string, Excel.NamedItem>,
): Promise<boolean> {
  try {
    const wb = context.workbook;
    const worksheets = wb.worksheets;
    worksheets.load("items/name");
    const names = wb.names;
    names.load("items/name");
    const charts = new Map<string, Excel.ChartCollection>();
    await context.sync();
    for (const ws of worksheets.items) {
      const c = ws.charts;
      c.load("items/name");
      charts.set(ws.name.toLowerCase(), c);
    }
    await context.sync();
    const sheetsNow = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
    const namesNow = new Set(names.items.map((n) => n.name.toLowerCase()));
    const oldNames = new Set(last.ok ? last.meta.names.map((n) => n.toLowerCase()) : []);
    // Names this build added.
    for (const n of plan.names) if (namesNow.has(n.name.toLowerCase()) && !namesBefore.has(n.name.toLowerCase())) wb.names.getItem(n.name).delete();
    // Sheets this build added.
    for (const s of plan.sheets) {
      const lower = s.name.toLowerCase();
      if (sheetsNow.has(lower) && !sheetsBefore.has(lower)) {
        // Excel refuses to delete a very hidden sheet (BC_Meta may have got that far).
        sheetsNow.get(lower)!.visibility = "Visible";
        sheetsNow.get(lower)!.delete();
        sheetsNow.delete(lower);
      }
    }
    if (last.ok) {
      const previous = withInputValues(last.plan, currentInputs);
      const existingSheets = new Map<string, Excel.Worksheet>();
      const clear = new Map<string, RangeRef[]>();
      const deleteCharts: { sheet: string; name: string }[] = [];
      for (const s of last.meta.sheets) {
        const lower = s.name.toLowerCase();
        const ws = sheetsNow.get(lower);
        if (!ws) continue;
        existingSheets.set(lower, ws);
        const planned = plan.sheets.find((x) => x.name.toLowerCase() === lower);
        clear.set(lower, [...(last.meta.footprint[s.key] ?? []), ...(planned ? footprintOf(planned) : [])]);
        for (const ch of charts.get(lower)?.items ?? []) if (ch.name.startsWith(CHART_PREFIX)) deleteCharts.push({ sheet: s.name, name: ch.name });
      }
      const positions: Partial<Record<SheetKey, number>> = {};
      for (const s of last.meta.sheets) {
        const before = sheetsBefore.get(s.name.toLowerCase());
        if (before) positions[s.key] = before.position;
      }
      queuePlanWrites(context, previous, {
        existingSheets,
        clear,
        deleteSheets: [],
        // The names this build added are deleted above; the previous model's names are set or added again.
        deleteNames: [],
        existingNames: new Set([...oldNames].filter((n) => namesNow.has(n))),
        deleteCharts,
        positions,
        // Rows the failed build made tall that the previous model did not.
        standardHeightRows: rowsLosingHeight(plan, previous),
      });
    }
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

function addressInRange(address: string, r: number, c: number): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (!m) return address;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  let col = 0;
  for (const ch of m[3]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return `${quoteSheet(sheet)}!${cellA1(Number(m[4]) - 1 + r, col - 1 + c)}`;
}

function failure(nlWhat: string, enWhat: string, e: unknown, rolledBack?: boolean): { nl: string; en: string } {
  const detail = e instanceof Error ? e.message : String(e);
  const after =
    rolledBack === undefined
      ? { nl: "Er is niets gewijzigd.", en: "Nothing was changed." }
      : rolledBack
        ? { nl: "De werkmap is teruggezet zoals hij was.", en: "The workbook has been put back as it was." }
        : {
            nl: "Terugzetten lukte niet volledig: controleer de bladen van het model.",
            en: "Putting it back did not fully succeed: check the model's sheets.",
          };
  return {
    nl: `Het ${nlWhat} van de werkmap mislukte (${detail}). ${after.nl}`,
    en: `${enWhat[0].toUpperCase()}${enWhat.slice(1)} the workbook failed (${detail}). ${after.en}`,
  };
}
