/**
 * Issue 12, class 3 (text silently changed): Excel reads every _xHHHH_ in a workbook file as the
 * character HHHH (ECMA-376 22.4.2.4). The workbook library escapes a user's "_x0041_" as Excel does
 * (_x005F_x0041_) and decodes what Excel saved, except a run whose closing underscore opens the
 * next sequence ("_x0041_x0042_" came back as "_x0041B"): validation refuses that one, with the
 * field named, rather than let the file change it.
 */
import fc from "fast-check";
import { exampleCase, validateCase } from "../../../src/model";
import { buildPlan, cellA1 } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import * as Library from "../../../src/workbook/xlsx/library";
import { readCaseFromXlsx } from "../../../src/workbook/read";
import { BUILT_AT, validCase } from "../../support/plans";
import { makeZip, unzip, utf8 } from "../../support/zipFiles";
import { xlsxParts } from "../../support/zipParts";

const built = async (title: string) => planToXlsx(buildPlan(validCase({ ...exampleCase(), title }), { lang: "nl", addinVersion: "t", builtAt: BUILT_AT }));

test("a title that looks like an escape is stored escaped, and reads back as typed", async () => {
  const bytes = await built("Plan_x0041_2026");
  const xml = [...(await xlsxParts(bytes)).values()].join("");
  expect(xml).toContain("Plan_x005F_x0041_2026");
  const read = await readCaseFromXlsx(bytes);
  if (!read.found) throw new Error(read.en);
  expect([read.value?.title, read.differences]).toEqual(["Plan_x0041_2026", []]);
});

test("a run of escapes the file would change is refused in validation, with its place", () => {
  const v = validateCase({ ...exampleCase(), title: "Plan _x0041_x0042_" });
  expect(v.ok).toBe(false);
  if (v.ok) return;
  expect(v.problems.map((p) => [p.path, p.code, p.en])).toEqual([
    [
      "title",
      "escapeClash",
      "holds at position 6 '_x0041_x0042_', which a workbook file would turn into another character (Excel reads _xHHHH_ as a character code); remove an underscore, for example",
    ],
  ]);
});

test("every text validation lets through of escape-like pieces comes back from a file unchanged (sampled)", async () => {
  const piece = fc.constantFrom("_x0041_", "x0042_", "_x005F_", "_x000D_", "_", "x", "0041", "_x00", "a", " ", "_X0041_");
  const texts = fc
    .sample(
      fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => `T${p.join("")}`),
      { numRuns: 2000, seed: 12 },
    )
    .filter((title) => validateCase({ ...exampleCase(), title }).ok);
  expect(texts.length).toBeGreaterThan(500);
  // The writer puts texts into cells with the library; one sheet holds them all.
  const wb = new Library.Workbook();
  const sheet = wb.addWorksheet("T");
  texts.forEach((t, i) => (sheet.getCell(i + 1, 1).value = t));
  const back = new Library.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const changed = texts.filter((t, i) => back.getWorksheet("T")!.getCell(i + 1, 1).value !== t);
  expect(changed).toEqual([]);
});

test("text Excel saved with escapes reads as Excel shows it: an escaped underscore, and a carriage return the case cannot hold", async () => {
  const plan = buildPlan(validCase(exampleCase()), { lang: "nl", addinVersion: "t", builtAt: BUILT_AT });
  const at = (path: string) => plan.inputs.find((b) => b.path.join(".") === path)!;
  const wb = new Library.Workbook();
  await wb.xlsx.load(await planToXlsx(plan));
  const sheet = wb.getWorksheet("Aannames")!;
  // Put in the file exactly what Excel writes for "Plan_x0041_" typed into the title and for a pasted carriage return.
  const title = at("title");
  const name = at("careForms.0.name");
  sheet.getCell(cellA1(title.row, title.col)).value = "TITLE-HERE";
  sheet.getCell(cellA1(name.row, name.col)).value = "NAME-HERE";
  const entries = (await unzip(await wb.xlsx.writeBuffer())).map((e) =>
    /\.xml$/.test(e.name)
      ? { ...e, data: utf8(new TextDecoder().decode(e.data).replace("TITLE-HERE", "Plan_x005F_x0041_").replace("NAME-HERE", "Residentieel_x000D_")) }
      : e,
  );
  const read = await readCaseFromXlsx(makeZip(entries));
  if (!read.found) throw new Error(read.en);
  expect(read.caseFile.title).toBe("Plan_x0041_");
  expect(read.problems.map((p) => [p.cell, p.path, p.code])).toEqual([[`Aannames!${cellA1(name.row, name.col)}`, "careForms[0].name", "forbiddenCharacter"]]);
});
