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
 *
 * The steps, each its own function: read the workbook's state (queueWorkbookRead, then
 * queueEarlierModelRead over an earlier model), find the conflicts (pure, conflicts.ts), keep the
 * user's input edits (pure, keptInputs.ts), write (writeTarget and writePlan.ts).
 */
import { bothLanguages, catalogue, type Lang } from "../../model/catalogue";
import { META_SHEET_NAME } from "../plan/meta";
import type { RangeRef, SheetKey, WorkbookPlan } from "../plan/types";
import { lastBuildFromMetaRows, type LastBuild } from "../read/model";
import { chartTitlesBySheet, isOwnChart } from "./charts";
import { findConflicts, rangesToRead, type Conflict, type WorkbookState } from "./conflicts";
import { footprintOf } from "./footprint";
import { currentInputValues, keepingEdits, withInputValues, type InputContent } from "./keptInputs";
import { queueInputRangeLoads } from "./readModel";
import { queuePlanWrites, rowsLosingHeight, type WriteTarget } from "./writePlan";

export type { Conflict } from "./conflicts";
export { withInputValues, type InputContent } from "./keptInputs";
import { planFault } from "../selfCheck/planFaults";

export interface BuildOptions {
  /** Keep values the user typed into the model's input cells since the last build (default true). */
  keepInputEdits?: boolean;
  onProgress?: (fraction: number, label: string) => void;
}

export type BuildOutcome =
  | { ok: true; sheets: string[]; namesWritten: number; syncs: number; keptInputs: string[] }
  | { ok: false; conflicts: Conflict[] }
  | { ok: false; error: Record<Lang, string>; rolledBack: boolean };

/** Builds the plan's model inside Excel (Excel.run, waiting while the user edits a cell). */
export async function buildModelInExcel(plan: WorkbookPlan, options: BuildOptions = {}): Promise<BuildOutcome> {
  return Excel.run({ delayForCellEdit: true }, (context) => applyPlan(context, plan, options));
}

export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, options: BuildOptions = {}): Promise<BuildOutcome> {
  // A plan no workbook can hold (a character XML forbids, a number that is not finite) is our bug: write nothing.
  const fault = planFault(plan);
  if (fault) return { ok: false, error: { nl: fault.nl, en: fault.en }, rolledBack: false };
  const progress = (f: number, label: string) => options.onProgress?.(f, label);
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };

  // Sync 1: what is there.
  progress(0, "read");
  const queued = queueWorkbookRead(context);
  try {
    await sync();
  } catch (e) {
    return { ok: false, error: failure("read", e), rolledBack: false };
  }
  const found = workbookFound(queued);
  const { last } = found.state;
  const conflicts = findConflicts(found.state, plan);
  if (conflicts.length > 0) return { ok: false, conflicts };

  // Sync 2, over an earlier model: its input cells, its charts, the cells the new layout newly
  // covers, and the used cells of the model sheets the new plan drops.
  let earlier: EarlierModel | undefined;
  if (last.ok) {
    progress(0.1, "read model");
    const queuedModel = queueEarlierModelRead(context, plan, found, last);
    try {
      await sync();
    } catch (e) {
      return { ok: false, error: failure("read", e), rolledBack: false };
    }
    earlier = queuedModel();
    const inTheWay = findConflicts({ ...found.state, cells: earlier.cells }, plan);
    if (inTheWay.length > 0) return { ok: false, conflicts: inTheWay };
  }
  const toWrite = last.ok && earlier ? keepingEdits(last.plan, plan, earlier.inputs, options.keepInputEdits ?? true) : { plan, kept: [] };

  // Sync 3: write.
  queuePlanWrites(context, toWrite.plan, writeTarget(plan, found, earlier, progress));
  try {
    await sync();
  } catch (e) {
    const rolledBack = await rollBack(context, plan, last, earlier?.inputs ?? new Map(), found.sheetByName, found.nameByName);
    return { ok: false, error: failure("write", e, rolledBack), rolledBack };
  }
  progress(1, "done");
  return {
    ok: true,
    sheets: plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name),
    namesWritten: plan.names.length,
    syncs,
    keptInputs: toWrite.kept,
  };
}

interface WorkbookRead {
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  metaRange: Excel.Range;
}

/** Queues the first read: the sheets (with their order), the defined names and BC_Meta's cells. */
function queueWorkbookRead(context: Excel.RequestContext): WorkbookRead {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const metaRange = worksheets.getItemOrNullObject(META_SHEET_NAME).getUsedRangeOrNullObject(true);
  metaRange.load("values");
  return { worksheets, names, metaRange };
}

/** What the first read found: the workbook's state as plain data, and the Excel objects the later steps use. */
interface Found {
  state: WorkbookState;
  /** By lower-case name. */
  sheetByName: Map<string, Excel.Worksheet>;
  nameByName: Map<string, Excel.NamedItem>;
  /** The sheets in the workbook's order, lower case. */
  sheetOrder: string[];
  /** The extent of BC_Meta's cells (cleared before it is written again). */
  metaSize: { rows: number; cols: number };
}

function workbookFound({ worksheets, names, metaRange }: WorkbookRead): Found {
  const sheetByName = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const nameByName = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
  const metaExists = sheetByName.has(META_SHEET_NAME.toLowerCase());
  const last: LastBuild = metaExists && !metaRange.isNullObject ? lastBuildFromMetaRows(metaRange.values) : { ok: false, reason: "absent", nl: "", en: "" };
  return {
    state: { sheets: new Set(sheetByName.keys()), names: new Set(nameByName.keys()), metaExists, last },
    sheetByName,
    nameByName,
    sheetOrder: worksheets.items
      .map((ws): [number, string] => [ws.position, ws.name.toLowerCase()])
      .sort(([a], [b]) => a - b)
      .map(([, name]) => name),
    metaSize: last.ok ? { rows: metaRange.values.length, cols: Math.max(2, metaRange.values[0]?.length ?? 2) } : { rows: 0, cols: 2 },
  };
}

/** What the second read found over an earlier model. */
interface EarlierModel {
  /** The content of its input cells now, by path. */
  inputs: Map<string, InputContent>;
  cells: NonNullable<WorkbookState["cells"]>;
  /** Its charts (the add-in's: by their prefix, or drawn by the .xlsx writer), deleted before the new ones are added. */
  charts: { sheet: string; name: string }[];
}

/** Queues the second read over an earlier model; the function returned gives what it found, after the sync. */
function queueEarlierModelRead(context: Excel.RequestContext, plan: WorkbookPlan, found: Found, last: Extract<LastBuild, { ok: true }>): () => EarlierModel {
  const inputRanges = queueInputRangeLoads(context.workbook, last.plan, found.nameByName, "values and formulas");
  const sheet = (name: string) => found.sheetByName.get(name.toLowerCase());
  const toRead = rangesToRead(found.state, plan);
  const newlyCovered = toRead.newlyCovered.map(({ sheet: name, rect }) => {
    const range = sheet(name)!.getRangeByIndexes(rect.row, rect.col, rect.rowCount, rect.colCount);
    range.load("formulas,address");
    return { sheet: name, range };
  });
  // The add-in's sheets the new plan drops are deleted: anything the user typed there outside the
  // old model would go with them, so it is looked for too.
  const dropped = toRead.dropped.map(({ sheet: name, footprint }) => {
    const ws = sheet(name)!;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("formulas,address");
    return { sheet: ws.name, used, footprint };
  });
  const titles = chartTitlesBySheet(last.plan);
  const charts = last.meta.sheets
    .filter((s) => sheet(s.name))
    .map((s) => {
      const collection = sheet(s.name)!.charts;
      collection.load("items/name,items/title/text");
      return { sheet: s.name, key: s.key, collection };
    });
  return () => ({
    inputs: currentInputValues(last.plan, inputRanges),
    cells: {
      newlyCovered: newlyCovered.map(({ sheet: name, range }) => ({ sheet: name, address: range.address, formulas: range.formulas })),
      dropped: dropped
        .filter(({ used }) => !used.isNullObject)
        .map(({ sheet: name, used, footprint }) => ({ sheet: name, address: used.address, formulas: used.formulas, footprint })),
    },
    charts: charts.flatMap(({ sheet: name, key, collection }) =>
      collection.items.filter((ch) => isOwnChart(ch.name, ch.title.text, titles.get(key) ?? new Set())).map((ch) => ({ sheet: name, name: ch.name })),
    ),
  });
}

/** Where and how the plan is written: over the earlier model's sheets, names and charts, if there is one. */
function writeTarget(plan: WorkbookPlan, found: Found, earlier: EarlierModel | undefined, progress: (f: number, label: string) => void): WriteTarget {
  const { last } = found.state;
  const existingSheets = new Map<string, Excel.Worksheet>();
  const clear = new Map<string, RangeRef[]>();
  if (last.ok) {
    for (const s of last.meta.sheets) {
      const lower = s.name.toLowerCase();
      const ws = found.sheetByName.get(lower);
      if (!ws) continue;
      existingSheets.set(lower, ws);
      const { rows, cols } = found.metaSize;
      clear.set(lower, s.key === "meta" ? [{ row: 0, col: 0, rowCount: rows, colCount: cols }] : (last.meta.footprint[s.key] ?? []));
    }
  }
  const planNames = new Set(plan.names.map((n) => n.name.toLowerCase()));
  const planSheets = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const ourNames = last.ok ? last.meta.names.map((n) => n.toLowerCase()) : [];
  return {
    existingSheets,
    clear,
    deleteSheets: [...existingSheets.keys()].filter((s) => !planSheets.has(s)),
    deleteNames: last.ok ? last.meta.names.filter((n) => !planNames.has(n.toLowerCase()) && found.nameByName.has(n.toLowerCase())) : [],
    existingNames: new Set(ourNames.filter((n) => found.nameByName.has(n))),
    deleteCharts: earlier?.charts ?? [],
    sheetOrder: found.sheetOrder,
    standardHeightRows: last.ok ? rowsLosingHeight(last.plan, plan) : undefined,
    // Queuing is quick; the write sync is the long step, so it gets the last part of the bar.
    onProgress: (f, label) => progress(0.2 + 0.5 * f, label),
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
      c.load("items/name,items/title/text");
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
        const titles = chartTitlesBySheet(last.plan, plan).get(s.key) ?? new Set<string>();
        for (const ch of charts.get(lower)?.items ?? []) if (isOwnChart(ch.name, ch.title.text, titles)) deleteCharts.push({ sheet: s.name, name: ch.name });
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

const FAILED = catalogue(
  {
    read: (detail: string) => `Het lezen van de werkmap mislukte (${detail}).`,
    write: (detail: string) => `Het schrijven van de werkmap mislukte (${detail}).`,
    nothingChanged: "Er is niets gewijzigd.",
    putBack: "De werkmap is teruggezet zoals hij was.",
    notPutBack: "Terugzetten lukte niet volledig: controleer de bladen van het model.",
  },
  {
    read: (detail) => `Reading the workbook failed (${detail}).`,
    write: (detail) => `Writing the workbook failed (${detail}).`,
    nothingChanged: "Nothing was changed.",
    putBack: "The workbook has been put back as it was.",
    notPutBack: "Putting it back did not fully succeed: check the model's sheets.",
  },
);

/** A failed read (nothing changed) or write (put back, or not), with Excel's reason. */
function failure(step: "read" | "write", e: unknown, rolledBack?: boolean): Record<Lang, string> {
  const detail = e instanceof Error ? e.message : String(e);
  return bothLanguages(FAILED, (t) => `${t[step](detail)} ${rolledBack === undefined ? t.nothingChanged : rolledBack ? t.putBack : t.notPutBack}`);
}
