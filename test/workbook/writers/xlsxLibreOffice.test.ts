/**
 * The exceljs writer's file opened by a real spreadsheet engine: LibreOffice loads the sample
 * plan's file, recalculates every formula (formulas across sheets, through names over cells and
 * rows, with text and boolean results) and saves it; its results must equal the hand-worked
 * results, and every name must resolve. A copy whose cached results are all wrong shows that the
 * engine really recalculated. The example case's file goes through the same call.
 *
 * The engine suites read LibreOffice's results from its CSV export of every sheet instead (half
 * the cost), of copies without print titles (LibreOffice is slow to open those): the same files go
 * through that export too, and every cell and name must read the same as in the saved .xlsx,
 * which kept its print titles.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "../../../src/workbook/xlsx/library";
import { exampleCase, validateCase } from "../../../src/model";
import { buildPlan, cellA1 } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { cellValue, closeTo, libreOfficeOrExplain, readDefinedNames, recalculate, recalculateToResults, type EngineResults } from "../../support/libreoffice";
import { SAMPLE, samplePlan } from "../../support/samplePlans";
import { part, xlsxParts } from "../../support/zipParts";

jest.setTimeout(120_000);

const soffice = libreOfficeOrExplain();
const describeWithEngine = soffice ? describe : describe.skip;

/** A value read from the saved .xlsx and from the CSV: a formula's empty text result is null in the one, "" in the other. */
function readAlike(xlsx: unknown, csv: unknown): boolean {
  return typeof xlsx === "number" && typeof csv === "number" ? closeTo(xlsx, csv, 1e-12) : JSON.stringify(xlsx ?? "") === JSON.stringify(csv ?? "");
}

/** exceljs gives the cells a merge covers (all but its first) the first cell's value; they are empty. */
function coveredByMerge(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

describeWithEngine("LibreOffice opens and recalculates the .xlsx files", () => {
  const plan = samplePlan();
  let sample: string;
  let stale: string;
  let example: string;
  let examplePlan: ReturnType<typeof buildPlan>;
  let fromCsv: EngineResults[];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bc-xlsx-lo-"));
    const v = validateCase(exampleCase());
    if (!v.ok) throw new Error("invalid example");
    examplePlan = buildPlan(v.value, { lang: "nl", addinVersion: "t", builtAt: new Date("2026-11-22T10:00:00Z"), sheetNameSuffix: " (2)" });
    // The same plan with a wrong cached result in every formula cell.
    const wrong = samplePlan();
    for (const s of wrong.sheets) for (const b of s.blocks) for (const line of b.cells) for (const c of line) if (c?.formula) c.result = -999;
    const files = [path.join(dir, "sample.xlsx"), path.join(dir, "stale.xlsx"), path.join(dir, "example.xlsx")];
    fs.writeFileSync(files[0], await planToXlsx(plan));
    fs.writeFileSync(files[1], await planToXlsx(wrong));
    fs.writeFileSync(files[2], await planToXlsx(examplePlan));
    [[sample, stale, example], fromCsv] = await Promise.all([recalculate(files), recalculateToResults(files)]);
  });

  test.each([
    ["with correct cached results", () => sample],
    ["with wrong cached results (so the engine must recalculate)", () => stale],
  ])("every formula of the sample gives the hand-worked result, %s", async (_label, file) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file());
    const mismatches: string[] = [];
    let checked = 0;
    for (const s of plan.sheets) {
      const ws = wb.getWorksheet(s.name);
      if (!ws) throw new Error(`LibreOffice lost the sheet ${s.name}`);
      for (const b of s.blocks) {
        b.cells.forEach((line, dr) =>
          line.forEach((c, dc) => {
            if (!c?.formula) return;
            checked++;
            const got = cellValue(ws.getCell(b.row + dr + 1, b.col + dc + 1));
            const want = c.result === "" ? null : c.result;
            const same = typeof want === "number" && typeof got === "number" ? closeTo(got, want, 1e-9) : got === want;
            if (!same) mismatches.push(`${s.name}!${cellA1(b.row + dr, b.col + dc)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
          }),
        );
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(26);
    expect(cellValue(wb.getWorksheet("Resultaat")!.getCell("B4")) as number).toBeCloseTo(SAMPLE.npv, 6);
  });

  test("names over cells and rows resolve to the hand-worked values", async () => {
    const names = await readDefinedNames(sample);
    expect(names.get("BC_Tariff")).toBe(250);
    expect(names.get("BC_Years")).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(names.get("BC_SavingReal")).toEqual([0, 23512.5, 47025, 70537.5, 94050]);
    expect(names.get("BC_List_Kind")).toEqual(["Instelling", "Gezinshuis", "Pleegzorg"]);
    expect(names.get("BC_NPV") as number).toBeCloseTo(SAMPLE.npv, 6);
  });

  test("texts that look like a date, a fraction or a formula are still text after LibreOffice saved them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const ws = wb.getWorksheet("Invoer")!;
    expect(["B10", "A11", "B11", "C11"].map((a) => ws.getCell(a).value)).toEqual(["2026-01-01", "+ toeslag", "1/0", "12%"]);
  });

  test("the example model built beside other sheets (quoted sheet names) resolves its contract names", async () => {
    const names = await readDefinedNames(example);
    const v = validateCase(exampleCase());
    if (!v.ok) throw new Error("invalid example");
    expect(names.get("BC_Current_residentieel")).toBe(40);
    expect(names.get("BC_Target_pleegzorg")).toBe(v.value.careForms[2].target);
    // The cost per placement of the residential form: EUR 250 a day (2019) x 1.2676 to 2025 prices x 365, no ambulant care (method.md 3).
    expect(names.get("BC_CostPerPlacement_residentieel") as number).toBeCloseTo(250 * 1.2676 * 365, 6);
    expect(typeof names.get("BC_NPV")).toBe("number");
  });

  test("the CSV export the engine suites read (print titles left out) gives every cell and every name as the saved .xlsx does", async () => {
    const saved = [sample, stale, example];
    // The example repeats its heading rows on every printed page; LibreOffice's saved copy still does.
    const workbookXml = part(await xlsxParts(new Uint8Array(fs.readFileSync(example))), "xl/workbook.xml");
    expect(workbookXml.match(/_xlnm\.Print_Titles/g)?.length).toBeGreaterThanOrEqual(5);
    const plans = [plan, plan, examplePlan];
    let compared = 0;
    const kinds = new Set<string>();
    for (let k = 0; k < saved.length; k++) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(saved[k]);
      const mismatches: string[] = [];
      for (const s of plans[k].sheets) {
        const ws = wb.getWorksheet(s.name)!;
        // Every cell the plan writes (inputs, labels, formulas), and the blank cells around them.
        for (const b of s.blocks) {
          for (let r = b.row; r <= b.row + b.cells.length; r++) {
            for (let c = b.col; c <= b.col + Math.max(0, ...b.cells.map((l) => l.length)); c++) {
              const cell = ws.getCell(r + 1, c + 1);
              if (coveredByMerge(cell)) continue;
              const xlsx = cellValue(cell);
              const csv = fromCsv[k].value(s.name, r + 1, c + 1);
              compared++;
              kinds.add(csv instanceof Date ? "date" : csv === null ? "empty" : typeof csv);
              if (!readAlike(xlsx, csv)) mismatches.push(`${s.name}!${cellA1(r, c)}: xlsx ${JSON.stringify(xlsx)}, csv ${JSON.stringify(csv)}`);
            }
          }
        }
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      const names = await readDefinedNames(saved[k]);
      expect([...fromCsv[k].names.keys()].sort()).toEqual([...names.keys()].sort());
      for (const [name, value] of names) {
        const csv = fromCsv[k].names.get(name);
        const same = Array.isArray(value)
          ? Array.isArray(csv) && csv.length === value.length && value.every((v, i) => readAlike(v, csv[i]))
          : readAlike(value, csv);
        expect([name, same ? "same" : { xlsx: value, csv }]).toEqual([name, "same"]);
      }
    }
    expect(compared).toBeGreaterThan(3000);
    expect([...kinds].sort()).toEqual(["boolean", "date", "empty", "number", "string"]);
  });
});
