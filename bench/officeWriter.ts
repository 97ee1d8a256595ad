/** The Office.js writer's cost for a plan, measured against the recording fake of Excel. */
import type { WorkbookPlan } from "../src/workbook/plan";
import { applyPlan } from "../src/workbook/office";
import { FakeExcel, asContext } from "../test/support/fakeExcel";

export async function measureOfficeWriter(plan: WorkbookPlan): Promise<{ syncs: number; operations: number; largestRequestBytes: number; rebuildSyncs: number }> {
  const fake = new FakeExcel();
  const first = await applyPlan(asContext(fake), plan);
  if (!first.ok) throw new Error("the bench build failed");
  const firstSyncs = fake.syncs;
  const operations = fake.totalOps;
  // A rebuild over the model reads the earlier inputs too: the most syncs a build takes.
  const again = await applyPlan(asContext(fake), plan);
  if (!again.ok) throw new Error("the bench rebuild failed");
  return { syncs: Math.max(firstSyncs, fake.syncs - firstSyncs), operations, largestRequestBytes: Math.max(...fake.bytesPerSync), rebuildSyncs: fake.syncs - firstSyncs };
}
