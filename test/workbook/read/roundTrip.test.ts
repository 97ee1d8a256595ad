/**
 * Round trips: a case -> plan -> workbook (an .xlsx file by exceljs, or the open workbook by the
 * Office.js writer into the recording fake) -> read back gives the same case; an edit made in the
 * workbook comes back as that edit and as a difference.
 */
import * as ExcelJS from "../../../src/workbook/xlsx/library";
import { exampleCase, type CaseFile } from "../../../src/model";
import { buildPlan, cellA1 } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { applyPlan, readModel } from "../../../src/workbook/office";
import { readCaseFromXlsx } from "../../../src/workbook/read";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { generatedCases } from "../../support/generatedCases";
import { BUILT_AT, evaluatorFor, validCase as valid } from "../../support/plans";

const cases: [string, CaseFile, "nl" | "en"][] = [
  ["the example", exampleCase(), "nl"],
  ["the example in English", exampleCase(), "en"],
  ["the region example", exampleCase("region"), "nl"],
  ...generatedCases(4, 7).map((g): [string, CaseFile, "nl" | "en"] => [g.name, g.caseFile, "en"]),
];

test.each(cases)("%s: .xlsx file and read back gives the same case", async (_name, file, lang) => {
  const c = valid(file);
  const read = await readCaseFromXlsx(await planToXlsx(buildPlan(c, { lang: lang, addinVersion: "t", builtAt: BUILT_AT })));
  if (!read.found) throw new Error(read.en);
  expect(read.problems).toEqual([]);
  expect(read.differences).toEqual([]);
  expect(read.value).toEqual(c);
});

test.each(cases)("%s: built in Excel (the fake) and read back gives the same case", async (_name, file, lang) => {
  const c = valid(file);
  const p = buildPlan(c, { lang: lang, addinVersion: "t", builtAt: BUILT_AT });
  const fake = new FakeExcel({ evaluate: evaluatorFor([p]) });
  fake.addSheet("Blad1");
  expect((await applyPlan(asContext(fake), p)).ok).toBe(true);
  const before = fake.snapshot();
  const read = await readModel(asContext(fake));
  if (read.found !== true) throw new Error("no model found");
  expect(read.problems).toEqual([]);
  expect(read.differences).toEqual([]);
  expect(read.value).toEqual(c);
  // Reading writes nothing.
  expect(fake.snapshot()).toEqual(before);
});

test("an .xlsx file edited by a user (a tariff, a target) reads back with those edits as differences", async () => {
  const c = valid(exampleCase());
  const p = buildPlan(c, { lang: "nl", addinVersion: "t", builtAt: BUILT_AT });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planToXlsx(p)));
  const at = (path: string) => {
    const b = p.inputs.find((x) => x.path.join(".") === path)!;
    return wb.getWorksheet("Aannames")!.getCell(cellA1(b.row, b.col));
  };
  at("careForms.0.costs.0.amount").value = 262.5;
  at("careForms.2.target").value = 45;
  const read = await readCaseFromXlsx(await wb.xlsx.writeBuffer());
  if (!read.found) throw new Error(read.en);
  expect(read.problems).toEqual([]);
  expect(read.differences).toEqual([
    { path: "careForms[0].costs[0].amount", before: 250, now: 262.5 },
    { path: "careForms[2].target", before: 40, now: 45 },
  ]);
  expect(read.value?.careForms[0].costs[0].amount).toBe(262.5);
});

test("an input the user turned into a formula that fails (#DIV/0!) is reported with its error, not as empty", async () => {
  const c = valid(exampleCase());
  const p = buildPlan(c, { lang: "nl", addinVersion: "t", builtAt: BUILT_AT });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planToXlsx(p)));
  const b = p.inputs.find((x) => x.path.join(".") === "careForms.2.target")!;
  wb.getWorksheet("Aannames")!.getCell(cellA1(b.row, b.col)).value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  const read = await readCaseFromXlsx(await wb.xlsx.writeBuffer());
  if (!read.found) throw new Error(read.en);
  expect(read.problems.map((x) => [x.cell, x.nl])).toEqual([[`Aannames!${cellA1(b.row, b.col)}`, 'moet een getal zijn, maar de cel bevat "#DIV/0!"']]);
});

test("an .xlsx file without a model says so in Dutch and English", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Blad1").getCell("A1").value = "begroting";
  const read = await readCaseFromXlsx(await wb.xlsx.writeBuffer());
  expect(read).toEqual({
    found: false,
    reason: "noModel",
    nl: "deze werkmap bevat geen model van de invoegtoepassing",
    en: "this workbook holds no model made by the add-in",
  });
});

test("sensitivity ranges round-trip: whole years, custom ranges, and an old case file's keys as this version reads them", async () => {
  // An earlier version's file: shift_<id> and indexation (left out), a relative years-to-target range (-1 / +2 years of 3).
  const file: CaseFile = {
    ...exampleCase(),
    sensitivity: {
      shift_gezinshuis: { low: -0.3, high: 0.3 },
      indexation: { low: -0.02, high: 0.02 },
      yearsToTarget: { low: -0.2, high: 0.5 },
      cost_pleegzorg: { low: -0.1, high: 0.4 },
      discountRate: { low: -0.02, high: 0.01 },
    },
  };
  const c = valid(file);
  expect(c.sensitivity).toEqual({ yearsToTarget: { low: -1, high: 2 }, cost_pleegzorg: { low: -0.1, high: 0.4 }, discountRate: { low: -0.02, high: 0.01 } });
  const read = await readCaseFromXlsx(await planToXlsx(buildPlan(c, { lang: "nl", addinVersion: "t", builtAt: BUILT_AT })));
  if (!read.found) throw new Error(read.en);
  expect(read.problems).toEqual([]);
  expect(read.differences).toEqual([]);
  // The file a person would write: the ranges of this version, defaults left out.
  expect(read.caseFile.sensitivity).toEqual(c.sensitivity);
  expect(read.value).toEqual(c);
  // An old file whose years-to-target range was the old default: read as the new default, which a workbook leaves out.
  const oldDefault = valid({ ...exampleCase(), sensitivity: { yearsToTarget: { low: -0.2, high: 0.2 } } });
  const back = await readCaseFromXlsx(await planToXlsx(buildPlan(oldDefault, { lang: "en", addinVersion: "t", builtAt: BUILT_AT })));
  if (!back.found) throw new Error(back.en);
  expect([back.problems, back.differences, back.value]).toEqual([[], [], oldDefault]);
  // Read again, built again: nothing moves.
  const again = await readCaseFromXlsx(await planToXlsx(buildPlan(read.value!, { lang: "nl", addinVersion: "t", builtAt: BUILT_AT })));
  if (!again.found) throw new Error(again.en);
  expect(again.value).toEqual(read.value);
});
