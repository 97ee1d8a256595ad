/**
 * A model in a workbook that a user has damaged (issue 6) is read back with a message that names
 * the cell, and no case: a number replaced by text, a row deleted (its names become #REF!), a
 * sheet renamed (names follow, as in Excel: it still reads), a name removed, BC_Meta damaged.
 */
import * as ExcelJS from "../../../src/workbook/xlsx/library";
import { exampleCase, validateCase } from "../../../src/model";
import { buildPlan, cellA1 } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { readCaseFromXlsx, describeCellProblem } from "../../../src/workbook/read";

const v = validateCase(exampleCase());
if (!v.ok) throw new Error("invalid example");
const plan = buildPlan(v.value, { lang: "nl", addinVersion: "test", builtAt: new Date("2026-11-22T10:00:00Z") });
const binding = (path: string) => plan.inputs.find((b) => b.path.join(".") === path)!;

async function damaged(change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planToXlsx(plan)));
  change(wb);
  return await wb.xlsx.writeBuffer();
}

type NameModel = { name: string; ranges: string[] }[];

test("an untouched model reads back as the case it was built from", async () => {
  const read = await readCaseFromXlsx(await damaged(() => undefined));
  expect(read.found && read.value).toEqual(v.value);
});

test("a number replaced by text names the cell and the field", async () => {
  const b = binding("careForms.0.costs.0.amount");
  const read = await readCaseFromXlsx(await damaged((wb) => void (wb.getWorksheet("Aannames")!.getCell(cellA1(b.row, b.col)).value = "ongeveer 250")));
  if (!read.found) throw new Error("model not found");
  expect(read.value).toBeUndefined();
  expect(read.problems.map((p) => describeCellProblem(p, "nl"))).toEqual([
    `Aannames!${cellA1(b.row, b.col)} (careForms[0].costs[0].amount): moet een getal zijn, maar de cel bevat "ongeveer 250"`,
  ]);
  expect(describeCellProblem(read.problems[0], "en")).toContain('must be a number, but the cell holds "ongeveer 250"');
});

// exceljs drops a name whose reference is #REF! when it reads or writes a file, so in an .xlsx a
// deleted row reads as a missing name; inside Excel it reads as a broken one (office.test.ts).
test("a deleted row (its name lost) is reported with the cell the name had", async () => {
  const b = binding("careForms.2.target");
  const read = await readCaseFromXlsx(
    await damaged((wb) => {
      const model = wb.definedNames.model as NameModel;
      const entry = model.find((n) => n.name === "BC_Target_pleegzorg")!;
      entry.ranges = ["Aannames!#REF!"];
      wb.definedNames.model = model as never;
    }),
  );
  if (!read.found) throw new Error("model not found");
  expect(read.value).toBeUndefined();
  expect(read.problems).toEqual([expect.objectContaining({ path: "careForms[2].target", cell: `Aannames!${cellA1(b.row, b.col)}` })]);
  expect(["nameBroken", "nameMissing"]).toContain(read.problems[0].code);
  expect(read.problems[0].nl).toContain("BC_Target_pleegzorg");
});

test("a removed name is reported with the cell where it was", async () => {
  const read = await readCaseFromXlsx(
    await damaged((wb) => {
      wb.definedNames.model = (wb.definedNames.model as NameModel).filter((n) => n.name !== "BC_Indexation") as never;
    }),
  );
  if (!read.found) throw new Error("model not found");
  expect(read.problems).toEqual([expect.objectContaining({ code: "nameMissing", path: "indexation" })]);
  expect(read.problems[0].en).toContain("the name BC_Indexation is missing");
});

test("a renamed sheet still reads, because the names follow it as in Excel", async () => {
  const read = await readCaseFromXlsx(
    await damaged((wb) => {
      wb.getWorksheet("Aannames")!.name = "Invoer 2026";
      const model = (wb.definedNames.model as NameModel).map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace(/^'?Aannames'?!/, "'Invoer 2026'!")) }));
      wb.definedNames.model = model as never;
    }),
  );
  if (!read.found) throw new Error("model not found");
  expect(read.problems).toEqual([]);
  expect(read.value).toEqual(v.value);
});

test("a damaged BC_Meta says so and reads nothing", async () => {
  const read = await readCaseFromXlsx(
    await damaged((wb) => {
      const meta = wb.getWorksheet("BC_Meta")!;
      meta.eachRow((row) => {
        if (String(row.getCell(1).value).startsWith("case#")) row.getCell(2).value = "{ kapot";
      });
    }),
  );
  expect(read.found).toBe(false);
  if (read.found) return;
  expect(read.nl).toContain("BC_Meta");
  expect(read.en).toContain("damaged");
});
