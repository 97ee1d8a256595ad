/**
 * The pane's adapter to the workbook code: the plan is made with the pane's language and the
 * chosen sheet-name suffix, the Office.js writer gets the user's choices, the reader's outcome is
 * passed on with the suffix of the last build, and the .xlsx is a real workbook file.
 */
import { exampleCase, validateCase, type Case } from "../../src/model";
import { buildPlan } from "../../src/workbook/plan";
import { buildInExcel, buildXlsx, readWorkbookModel, ADDIN_VERSION } from "../../src/taskpane/services/workbookService";
import * as office from "../../src/workbook/office";

jest.mock("../../src/workbook/office", () => ({
  buildModelInExcel: jest.fn(),
  readModelFromExcel: jest.fn(),
  addChartsInExcel: jest.fn(),
}));

const example = (): Case => {
  const v = validateCase(exampleCase());
  if (!v.ok) throw new Error("example invalid");
  return v.value;
};

it("builds in Excel: a plan in the pane's language with the chosen suffix, and the user's choices for the writer", async () => {
  const build = office.buildModelInExcel as jest.Mock;
  build.mockResolvedValue({ ok: true, sheets: [], namesWritten: 0, syncs: 3, keptInputs: [] });
  const onProgress = jest.fn();
  await buildInExcel(example(), { lang: "en", keepInputEdits: true, sheetNameSuffix: " (2)", onProgress });
  const [plan, options] = build.mock.calls[0];
  expect(plan.lang).toBe("en");
  expect(plan.sheets.find((s: { key: string }) => s.key === "inputs").name).toBe("Inputs (2)");
  expect(options).toEqual({ keepInputEdits: true, onProgress });
  expect(ADDIN_VERSION).toMatch(/^\d+\.\d+\.\d+/);
});

it("reads the model back: none, damaged, or the case with its differences and the suffix of the last build", async () => {
  const read = office.readModelFromExcel as jest.Mock;
  read.mockResolvedValueOnce({ found: false });
  expect(await readWorkbookModel()).toEqual({ kind: "none" });
  read.mockResolvedValueOnce({ found: "damaged", nl: "kapot", en: "broken" });
  expect(await readWorkbookModel()).toEqual({ kind: "damaged", message: { nl: "kapot", en: "broken" } });
  const plan = buildPlan(example(), { lang: "nl", addinVersion: "0.1.0", builtAt: new Date("2026-01-01T00:00:00Z"), sheetNameSuffix: " (3)" });
  read.mockResolvedValueOnce({ found: true, lastBuilt: example(), plan, chartCount: 0, caseFile: { title: "x" }, problems: [], differences: [{ path: "indexation", before: 0.0394, now: 0.04 }] });
  const found = await readWorkbookModel();
  expect(found).toMatchObject({ kind: "found", caseFile: { title: "x" }, sheetNameSuffix: " (3)", chartsMissing: plan.charts.length > 0, differences: [{ path: "indexation" }] });
  if (found.kind !== "found") throw new Error("not found");
  await found.addCharts();
  expect(office.addChartsInExcel).toHaveBeenCalledWith(plan);
});

it("makes a real .xlsx file for the download", async () => {
  const bytes = await buildXlsx(example(), "nl");
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
  expect(bytes.length).toBeGreaterThan(10_000);
}, 60_000);
