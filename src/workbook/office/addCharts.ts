/**
 * Adds the plan's charts to a model that has none: a file made outside Excel (the command line,
 * the browser download) gets its charts the first time it is opened with the add-in. One sync.
 */
import type { SheetKey, WorkbookPlan } from "../plan/types";
import { queueCharts } from "./charts";

export async function addChartsInExcel(plan: WorkbookPlan): Promise<void> {
  await Excel.run((context) => addCharts(context, plan));
}

export async function addCharts(context: Excel.RequestContext, plan: WorkbookPlan): Promise<void> {
  const sheets = new Map<SheetKey, Excel.Worksheet>();
  for (const s of plan.sheets) sheets.set(s.key, context.workbook.worksheets.getItem(s.name));
  // Charts cannot be added to a protected sheet: lift the protection for a moment.
  const charted = new Set(plan.charts.map((c) => c.sheet));
  for (const key of charted) sheets.get(key)!.protection.unprotect();
  queueCharts(plan, sheets);
  for (const key of charted) {
    if (plan.sheets.find((s) => s.key === key)?.protect)
      sheets.get(key)!.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
  }
  await context.sync();
}
