/**
 * Issue 11, point 7, through LibreOffice's recalculation (all files in one soffice call): every
 * tariff keeps its figure, price year and source, and reaches base-year prices by an index factor
 * shown beside it. A price year or index factor changed in the file, then recalculated, gives the
 * figures the model computes for the changed case; `read` gives back the edits and nothing else.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { calculate, exampleCase, type CaseFile, type Lang } from "../../src/model";
import { cellA1, type WorkbookPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { readCaseFromXlsx } from "../../src/workbook/read/xlsx";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { cellValue, libreOfficeOrExplain, readDefinedNames, recalculate } from "../support/libreoffice";
import { compareNames, expectedNames } from "../support/contract";
import { planOf, validCase as validated } from "../support/plans";

jest.setTimeout(10 * 60 * 1000);

const soffice = libreOfficeOrExplain();
const describeWithEngine = soffice ? describe : describe.skip;

type Path = (string | number)[];

interface Variant {
  name: string;
  lang: Lang;
  built: CaseFile;
  /** Inputs typed into the file before the recalculation, by the case path they are bound to. */
  edits: { path: Path; value: number }[];
}

/** The case with the edits applied, as the user meant them. */
function edited(file: CaseFile, edits: Variant["edits"]): CaseFile {
  const copy = structuredClone(file) as unknown as Record<string | number, unknown>;
  for (const { path: p, value } of edits) {
    let at = copy;
    for (const seg of p.slice(0, -1)) at = at[seg] as Record<string | number, unknown>;
    at[p[p.length - 1]] = value;
  }
  return copy as unknown as CaseFile;
}

/** Types the edits into the input cells the plan binds to their paths. */
async function typeInto(file: string, plan: WorkbookPlan, edits: Variant["edits"]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const inputs = wb.getWorksheet(plan.sheets.find((s) => s.key === "inputs")!.name)!;
  for (const { path: p, value } of edits) {
    const b = plan.inputs.find((x) => JSON.stringify(x.path) === JSON.stringify(p));
    if (!b) throw new Error(`no input at ${p.join(".")}`);
    inputs.getCell(cellA1(b.row, b.col)).value = value;
  }
  await wb.xlsx.writeFile(file);
}

const FACTOR = (form: number, component: number): Path => ["careForms", form, "costs", component, "indexFactor"];
const YEAR = (form: number, component: number): Path => ["careForms", form, "costs", component, "priceYear"];

const VARIANTS: Variant[] = [
  { name: "example-as-built", lang: "nl", built: exampleCase(), edits: [] },
  // Residential EUR 250 (2019) at a factor of 1.5 instead of CPI's 1.2676: 250 x 1.5 x 365 = 136,875.
  { name: "residential-factor", lang: "nl", built: exampleCase(), edits: [{ path: FACTOR(0, 0), value: 1.5 }] },
  // The foster provider's supervision EUR 19.66 called a 2020 figure, indexed by 1.2: 19.66 x 1.2 x 365 = 8,611.08.
  {
    name: "foster-year-and-factor",
    lang: "en",
    built: exampleCase(),
    edits: [
      { path: YEAR(2, 1), value: 2020 },
      { path: FACTOR(2, 1), value: 1.2 },
    ],
  },
  // The region: the family home's 2024 tariff indexed by 1.1 instead of 1.033.
  { name: "region-family-home-factor", lang: "nl", built: exampleCase("region"), edits: [{ path: FACTOR(1, 0), value: 1.1 }] },
];

interface Built extends Variant {
  plan: WorkbookPlan;
  file: string;
}

describeWithEngine("issue 11 point 7: tariffs on one price level, recalculated by LibreOffice", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-price-"));
  const built: Built[] = [];
  let recalculated: string[] = [];

  beforeAll(async () => {
    for (const v of VARIANTS) {
      const plan = planOf(v.built, v.lang, "test");
      const file = path.join(work, `${v.name}.xlsx`);
      fs.writeFileSync(file, await planToXlsx(plan));
      if (v.edits.length > 0) await typeInto(file, plan, v.edits);
      built.push({ ...v, plan, file });
    }
    recalculated = await recalculate(
      built.map((b) => b.file),
      path.join(work, "recalculated"),
    );
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  const fileOf = (name: string) => recalculated[built.findIndex((b) => b.name === name)];

  test("after recalculation every contract name is the model's for the case as edited in the file, and every check holds", async () => {
    const problems: string[] = [];
    for (const [k, b] of built.entries()) {
      const names = await readDefinedNames(recalculated[k]);
      problems.push(...compareNames(b.name, names, expectedNames(validated(edited(b.built, b.edits)))));
      if (names.get("BC_ChecksOK") !== 1) problems.push(`${b.name}: BC_ChecksOK = ${JSON.stringify(names.get("BC_ChecksOK"))}`);
    }
    expect(problems).toEqual([]);
  });

  test("hand-worked: the example's residential 250 x 1.2676 x 365 = 115,668.50; at a factor of 1.5, 136,875", async () => {
    expect((await readDefinedNames(fileOf("example-as-built"))).get("BC_CostPerPlacement_residentieel")).toBeCloseTo(115668.5, 6);
    expect((await readDefinedNames(fileOf("residential-factor"))).get("BC_CostPerPlacement_residentieel")).toBeCloseTo(136875, 6);
    // Foster: (25.73 x 1.033 + 19.66 x 1.2) x 365 + 7,500 x 0.56 = 9,701.37 + 8,611.08 + 4,200 = 22,512.45 (22,512.44785).
    expect((await readDefinedNames(fileOf("foster-year-and-factor"))).get("BC_CostPerPlacement_pleegzorg")).toBeCloseTo(22512.44785, 4);
  });

  test("point 8: the example's scenario comparison has no row that repeats the base case's figures", async () => {
    const names = await readDefinedNames(fileOf("example-as-built"));
    const npv = names.get("BC_ScenarioNPV") as number[];
    const saving = names.get("BC_ScenarioStructuralSaving") as number[];
    expect(npv.length).toBe(3); // the base case (inputs), Voorzichtig, Ambitieus
    expect(new Set(npv.map((x) => x.toFixed(2))).size).toBe(npv.length);
    expect(new Set(npv.map((x, i) => `${x.toFixed(2)}|${saving[i].toFixed(2)}`)).size).toBe(npv.length);
  });

  test("the price-level table shows each component's base-year amount as LibreOffice computes it: amount x factor", async () => {
    const b = built.find((x) => x.name === "foster-year-and-factor")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fileOf(b.name));
    const table = b.plan.names.find((n) => n.name === "BC_PriceLevel_pleegzorg")!;
    const ws = wb.getWorksheet(b.plan.sheets.find((s) => s.key === "inputs")!.name)!;
    const row = (r: number) => [0, 1, 2, 3].map((c) => cellValue(ws.getCell(table.range.row + r + 1, table.range.col + c + 1)));
    expect(row(0)).toEqual(["Pleegvergoeding (12-15 jaar)", 2024, 1.033, expect.closeTo(26.57909, 8)]);
    expect(row(1)).toEqual(["Begeleiding door de pleegzorgaanbieder", 2020, 1.2, expect.closeTo(23.592, 8)]);
  });

  test("read gives back the price years and factors as edited, with exactly those edits as differences", async () => {
    for (const [k, b] of built.entries()) {
      const read = await readCaseFromXlsx(new Uint8Array(fs.readFileSync(recalculated[k])));
      if (!read.found) throw new Error(`${b.name}: ${read.en}`);
      expect(read.problems).toEqual([]);
      expect(read.differences.map((d) => [d.path, d.now])).toEqual(
        b.edits.map((e) => [
          e.path
            .map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`))
            .join("")
            .slice(1),
          e.value,
        ]),
      );
      expect(read.value).toEqual(validated(edited(b.built, b.edits)));
      expect(calculate(read.value!).npv).toBeCloseTo(calculate(validated(edited(b.built, b.edits))).npv, 6);
    }
  });
});
