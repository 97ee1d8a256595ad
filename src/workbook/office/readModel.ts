/**
 * Reads the model the add-in made in the open workbook back into a case (the finance officer's
 * yearly update: change the tariffs in Excel, open the pane, rebuild). Two syncs: BC_Meta and the
 * names, then the input cells by name. Nothing is written.
 */
import { META_SHEET_NAME } from "../plan/meta";
import type { WorkbookPlan } from "../plan/types";
import { lastBuildFromMetaRows } from "../read/model";
import { parseSheetAddress, readCaseFromNamedRanges, readExtents, type NamedRangeRead, type ReadResult } from "../read/readCase";
import type { Case } from "../../model";

export type ReadOutcome =
  { found: false } | { found: "damaged"; nl: string; en: string } | ({ found: true; lastBuilt: Case; plan: WorkbookPlan; chartCount: number } & ReadResult);

export async function readModelFromExcel(): Promise<ReadOutcome> {
  return Excel.run((context) => readModel(context));
}

/**
 * Queues a load of every input range of `plan` by its defined name, sized as the plan made it (a
 * name may cover a row that a user shortened). Names that are missing or broken (#REF!) are left
 * out: the caller reports them. Keyed by defined name; nothing is read until the next sync.
 */
export function queueInputRangeLoads(
  wb: Excel.Workbook,
  plan: WorkbookPlan,
  namesByLowerName: Map<string, Excel.NamedItem>,
  read: "values and formulas" | "values and address",
): Map<string, Excel.Range> {
  const extents = readExtents(plan);
  const ranges = new Map<string, Excel.Range>();
  for (const name of new Set(plan.inputs.map((b) => b.name))) {
    const item = namesByLowerName.get(name.toLowerCase());
    if (!item || typeof item.formula !== "string" || item.formula.includes("#REF!")) continue;
    const e = extents.get(name)!;
    const range = wb.names
      .getItem(name)
      .getRange()
      .getCell(0, 0)
      .getResizedRange(e.rows - 1, e.cols - 1);
    if (read === "values and formulas") range.load("values,formulas");
    else range.load("values,address");
    ranges.set(name, range);
  }
  return ranges;
}

export async function readModel(context: Excel.RequestContext): Promise<ReadOutcome> {
  const wb = context.workbook;
  const metaSheet = wb.worksheets.getItemOrNullObject(META_SHEET_NAME);
  metaSheet.load("name");
  const metaRange = metaSheet.getUsedRangeOrNullObject(true);
  metaRange.load("values");
  const names = wb.names;
  names.load("items/name,items/formula");
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (metaSheet.isNullObject || metaRange.isNullObject) return { found: false };
  const last = lastBuildFromMetaRows(metaRange.values);
  if (!last.ok) return last.reason === "absent" ? { found: false } : { found: "damaged", nl: last.nl, en: last.en };

  const existing = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
  const loaded = queueInputRangeLoads(wb, last.plan, existing, "values and address");
  const ours = new Set(last.meta.sheets.filter((s) => s.key !== "meta").map((s) => s.name.toLowerCase()));
  const chartCounts = worksheets.items
    .filter((ws) => ours.has(ws.name.toLowerCase()))
    .map((ws) => {
      const c = ws.charts;
      c.load("items/name");
      return c;
    });
  await context.sync();

  const ranges = new Map<string, NamedRangeRead>();
  for (const name of new Set(last.plan.inputs.map((b) => b.name))) {
    const item = existing.get(name.toLowerCase());
    const range = loaded.get(name);
    if (!item) ranges.set(name, { exists: false, refError: false });
    else if (!range) ranges.set(name, { exists: true, refError: true });
    else {
      const at = parseSheetAddress(range.address);
      ranges.set(name, { exists: true, refError: false, sheet: at?.sheet, row: at?.row, col: at?.col, values: range.values });
    }
  }
  const chartCount = chartCounts.reduce((n, c) => n + c.items.length, 0);
  return { found: true, lastBuilt: last.caseValue, plan: last.plan, chartCount, ...readCaseFromNamedRanges(last.caseValue, last.plan, ranges) };
}
