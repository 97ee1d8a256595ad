/**
 * Both writers put the same content in every cell from the same plan (issue 3): the exceljs file,
 * read back, against the workbook the Office.js writer leaves in the recording fake. Compared per
 * cell: formula or constant, number format, fill, font colour, bold, locked; then names, list
 * validations, sheet order and visibility.
 */
import ExcelJS from "exceljs";
import { exampleCase, validateCase, type CaseFile } from "../../../src/model";
import { buildPlan, cellA1, type WorkbookPlan } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { applyPlan } from "../../../src/workbook/office";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { generatedCases } from "../../support/generatedCases";

interface CellView {
  content: string;
  numberFormat: string;
  fill: string;
  fontColor: string;
  bold: boolean;
  locked: boolean;
}

const norm = (color: string | undefined) => (color ? color.replace(/^#/, "").replace(/^FF(?=[0-9A-F]{6}$)/i, "").toUpperCase() : "");

async function fromXlsx(plan: WorkbookPlan): Promise<{ cells: Map<string, CellView>; names: Map<string, string>; sheets: [string, string][]; lists: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planToXlsx(plan)) as unknown as ArrayBuffer);
  const cells = new Map<string, CellView>();
  const lists: string[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        // The covered cells of a merge are not cells of their own.
        if (c.isMerged && c.master !== c) return;
        const formula = c.type === ExcelJS.ValueType.Formula ? `=${c.formula}` : undefined;
        const v = c.value as unknown;
        const content = formula ?? (v === null || v === undefined ? "" : String(v));
        const fill = c.fill && c.fill.type === "pattern" ? norm(c.fill.fgColor?.argb) : "";
        const locked = c.protection?.locked !== false;
        if (content === "" && !fill && !c.font?.color?.argb && (c.numFmt ?? "General") === "General" && locked) return;
        cells.set(`${ws.name}!${c.address}`, {
          content,
          numberFormat: c.numFmt ?? "General",
          fill,
          fontColor: norm(c.font?.color?.argb),
          bold: !!c.font?.bold,
          locked: c.protection?.locked !== false,
        });
        const dv = c.dataValidation;
        if (dv?.type === "list") lists.push(`${ws.name}!${c.address}=${dv.formulae?.[0]}`);
      }),
    );
  });
  const names = new Map<string, string>();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) names.set(n.name, n.ranges[0].replace(/'/g, ""));
  const sheets: [string, string][] = wb.worksheets.map((ws) => [ws.name, ws.state]);
  return { cells, names, sheets, lists: lists.sort() };
}

async function fromOffice(plan: WorkbookPlan): Promise<{ cells: Map<string, CellView>; names: Map<string, string>; sheets: [string, string][]; lists: string[] }> {
  const fake = new FakeExcel();
  const outcome = await applyPlan(asContext(fake), plan);
  if (!outcome.ok) throw new Error("build failed");
  const cells = new Map<string, CellView>();
  const lists: string[] = [];
  for (const s of fake.state.sheets) {
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(":").map(Number);
      const content = c.formula ?? (c.value === undefined ? "" : String(c.value));
      // Cells with nothing but default formatting are not written by exceljs either.
      if (content === "" && !c.fill && !c.fontColor && c.numberFormat === "General" && c.locked) continue;
      cells.set(`${s.name}!${cellA1(row, col)}`, { content, numberFormat: c.numberFormat, fill: norm(c.fill), fontColor: norm(c.fontColor), bold: !!c.bold, locked: c.locked });
    }
    for (const v of s.validations) {
      const rule = v.rule as { list?: { source: string } };
      if (!rule.list) continue;
      for (let r = 0; r < v.rect.rowCount; r++) for (let c = 0; c < v.rect.colCount; c++) lists.push(`${s.name}!${cellA1(v.rect.row + r, v.rect.col + c)}=${rule.list.source.replace(/^=/, "")}`);
    }
  }
  const names = new Map(fake.state.names.map((n) => [n.name, n.formula.replace(/^=/, "").replace(/'/g, "")]));
  const sheets: [string, string][] = fake.state.sheets.map((s) => [s.name, s.visibility === "VeryHidden" ? "veryHidden" : "visible"]);
  return { cells, names, sheets, lists: lists.sort() };
}

const cases: [string, CaseFile, "nl" | "en"][] = [
  ["the example", exampleCase(), "nl"],
  ["the example in English", exampleCase(), "en"],
  ["the region example", exampleCase("region"), "nl"],
  ...generatedCases(6).map((g): [string, CaseFile, "nl" | "en"] => [g.name, g.caseFile, "nl"]),
];

test.each(cases)("%s: both writers write the same workbook", async (_name, file, lang) => {
  const v = validateCase(file);
  if (!v.ok) throw new Error("invalid");
  const plan = buildPlan(v.value, { lang, addinVersion: "1", builtAt: new Date("2026-11-22T10:00:00Z") });
  const [x, o] = await Promise.all([fromXlsx(plan), fromOffice(plan)]);
  expect(o.sheets).toEqual(x.sheets);
  expect([...o.names.entries()].sort()).toEqual([...x.names.entries()].sort());
  expect(o.lists).toEqual(x.lists);
  const keys = new Set([...x.cells.keys(), ...o.cells.keys()]);
  const differences: string[] = [];
  for (const k of keys) {
    const a = x.cells.get(k);
    const b = o.cells.get(k);
    if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${k}: xlsx ${JSON.stringify(a)} office ${JSON.stringify(b)}`);
  }
  expect(differences.slice(0, 10)).toEqual([]);
  expect(keys.size).toBeGreaterThan(500);
  // Every plan cell is among them.
  for (const s of plan.sheets) for (const b of s.blocks) expect(x.cells.has(`${s.name}!${cellA1(b.row, b.col)}`) || !b.cells[0][0]).toBe(true);
});
