/**
 * Issue 11, points 5 and 6, proven by a real spreadsheet engine. The examples and the generated
 * cases, a case that breaks even in the base year and one whose structural saving is negative are
 * written to .xlsx; copies of some of them are edited in the file (sensitivity ranges changed; one
 * example's one-off costs set to zero, another's family-home tariff raised until the shift costs
 * money). LibreOffice recalculates all of them in one call, and then:
 *  - every variant's NPV and structural saving on the sensitivity sheet equal the model's
 *    (src/model/sensitivity.ts) for the case in the file, edits included;
 *  - no two rows of the table show the same figures;
 *  - the table behind the tornado is sorted as the model sorts, and the chart reads that table;
 *  - the break-even year reads "direct" / "immediately" where the cumulative is never below zero
 *    (results key figure, scenario table, proposal sentence 3), with BC_BreakEvenYear still the
 *    base year, and the switching value reads "n.v.t." / "n/a" where the structural saving is
 *    negative, with BC_SwitchingRealisation empty.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { calculate, exampleCase, sensitivity, sensitivityItems, shownSensitivityInputs, type Case, type CaseFile, type SensitivityItem } from "../../src/model";
import { buildPlan, cellA1, type CellPlan, type WorkbookPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { closeTo, libreOfficeOrExplain, recalculateToResults, type EngineResults } from "../support/libreoffice";
import { generatedCases } from "../support/generatedCases";
import { BUILT_AT, validCase as validated } from "../support/plans";

jest.setTimeout(10 * 60 * 1000);

const soffice = libreOfficeOrExplain();
const describeWithEngine = soffice ? describe : describe.skip;

interface Workbook {
  name: string;
  plan: WorkbookPlan;
  /** The case the file holds after its edits: what the model must give. */
  expected: Case;
  file: string;
}

/** An input cell's sheet and address, by the path of its field. */
function inputCell(plan: WorkbookPlan, fieldPath: (string | number)[]): { sheet: string; a1: string } {
  const b = plan.inputs.find((x) => JSON.stringify(x.path) === JSON.stringify(fieldPath));
  if (!b) throw new Error(`no input cell for ${fieldPath.join(".")}`);
  return { sheet: plan.sheets.find((s) => s.key === b.sheet)!.name, a1: cellA1(b.row, b.col) };
}

/** The one cell of a sheet whose formula passes the test. */
function formulaCell(plan: WorkbookPlan, sheetKey: string, test: (formula: string) => boolean): { sheet: string; a1: string; cell: CellPlan } {
  const sheet = plan.sheets.find((s) => s.key === sheetKey)!;
  const found: { sheet: string; a1: string; cell: CellPlan }[] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((line, dr) =>
      line.forEach((cell, dc) => {
        if (cell?.formula && test(cell.formula)) found.push({ sheet: sheet.name, a1: cellA1(block.row + dr, block.col + dc), cell });
      }),
    );
  }
  if (found.length !== 1) throw new Error(`${found.length} cells on ${sheetKey} match`);
  return found[0];
}

/** Sets cells in a copy of a written file (as a user would in Excel), leaving every cached result stale. */
async function editedCopy(from: string, to: string, changes: { sheet: string; a1: string; value: number }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const c of changes) wb.getWorksheet(c.sheet)!.getCell(c.a1).value = c.value;
  await wb.xlsx.writeFile(to);
}

function cellsOf(results: EngineResults, cells: { sheet: string; a1: string }[]): unknown[] {
  return cells.map((c) => results.cell(c.sheet, c.a1));
}

/** The model's rows for the inputs the workbook shows (those of the case it was built from), in their order. */
function modelRows(built: Case, inFile: Case): SensitivityItem[] {
  return sensitivityItems(inFile, shownSensitivityInputs(built, sensitivity(built)));
}

/** Changed ranges for every input of a case (a mix of kinds; within the bounds). */
function changedRanges(c: Case): NonNullable<Case["sensitivity"]> {
  return {
    realisation: { low: -0.5, high: 0.1 },
    [`cost_${c.careForms[0].id}`]: { low: -0.05, high: 0.35 },
    yearsToTarget: { low: -2, high: 3 },
    oneOffCosts: { low: -0.4, high: 0.5 },
    discountRate: { low: -0.015, high: 0.03 },
  };
}

describeWithEngine("sensitivity, break-even and switching value recalculated by LibreOffice (issue 11, points 5 and 6)", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-sens-"));
  const built: Workbook[] = [];
  const edited: Workbook[] = [];
  /** The built case of each workbook (edited ones: the case before the edit). */
  const source = new Map<string, Case>();
  const recalculated = new Map<string, EngineResults>();

  const immediatelyFile = (): CaseFile => ({ ...exampleCase(), oneOffCosts: [] });
  /**
   * Small enough to work by hand: residential 10 -> 5 at EUR 1,000 a year, foster 0 -> 5 at EUR 200,
   * linear over 3 of 4 years (p = 0, 1/3, 2/3, 1, 1; sum 3), EUR 1,000 one-off in the base year,
   * discount rate 0 (its range -20 / +25 points, so the discount factors are plain fractions).
   */
  const handFile = (): CaseFile => ({
    schemaVersion: 1,
    title: "Met de hand",
    region: "Testdorp",
    baseYear: 2025,
    horizonYears: 4,
    careForms: [
      {
        id: "res",
        name: "Res",
        kind: "residential",
        costs: [{ label: "j", amount: 1000, per: "year" }],
        ambulant: { amount: 0, share: 0 },
        current: 10,
        target: 5,
      },
      { id: "fos", name: "Fos", kind: "foster", costs: [{ label: "j", amount: 200, per: "year" }], ambulant: { amount: 0, share: 0 }, current: 0, target: 5 },
    ],
    phasing: { yearsToTarget: 3 },
    oneOffCosts: [{ label: "start", year: 2025, amount: 1000 }],
    indexation: 0,
    discountRate: 0,
    sensitivity: { discountRate: { low: -0.2, high: 0.25 } },
  });
  const negativeFile = (): CaseFile => {
    const file = exampleCase();
    file.careForms[1].costs[0].amount = 1000; // family homes at EUR 1,000 a day: the shift costs money
    return file;
  };

  beforeAll(async () => {
    const sources: { name: string; file: CaseFile; lang: "nl" | "en" }[] = [
      { name: "example-nl", file: exampleCase(), lang: "nl" },
      { name: "example-en", file: exampleCase(), lang: "en" },
      { name: "example-region", file: exampleCase("region"), lang: "nl" },
      { name: "immediately", file: immediatelyFile(), lang: "nl" },
      { name: "by-hand", file: handFile(), lang: "nl" },
      { name: "negative", file: negativeFile(), lang: "en" },
      ...generatedCases().map((g, k) => ({ name: g.name, file: g.caseFile, lang: (k % 3 === 2 ? "en" : "nl") as "nl" | "en" })),
    ];
    for (const s of sources) {
      const c = validated(s.file);
      const plan = buildPlan(c, { lang: s.lang, addinVersion: "test", builtAt: BUILT_AT });
      const file = path.join(work, `${s.name}.xlsx`);
      fs.writeFileSync(file, await planToXlsx(plan));
      built.push({ name: s.name, plan, expected: c, file });
      source.set(s.name, c);
    }

    // Ranges changed in the file: the examples and a few generated cases (shares, scenarios, a region).
    const rangeEdits = built.filter((b) => b.name.startsWith("example") || /^case-(1|2|4|6|7|10)-/.test(b.name));
    for (const b of rangeEdits) {
      const ranges = changedRanges(b.expected);
      const changes = Object.entries(ranges).flatMap(([key, r]) => [
        { ...inputCell(b.plan, ["sensitivity", key, "low"]), value: r.low },
        { ...inputCell(b.plan, ["sensitivity", key, "high"]), value: r.high },
      ]);
      const file = path.join(work, `${b.name}-ranges.xlsx`);
      await editedCopy(b.file, file, changes);
      edited.push({ name: `${b.name}-ranges`, plan: b.plan, expected: { ...b.expected, sensitivity: ranges }, file });
      source.set(`${b.name}-ranges`, b.expected);
    }

    // The example edited into the two states of point 6.
    const example = built.find((b) => b.name === "example-nl")!;
    const noOneOffs = example.expected.oneOffCosts.map((_, k) => ({ ...inputCell(example.plan, ["oneOffCosts", k, "amount"]), value: 0 }));
    await editedCopy(example.file, path.join(work, "edited-immediately.xlsx"), noOneOffs);
    edited.push({
      name: "edited-immediately",
      plan: example.plan,
      expected: { ...example.expected, oneOffCosts: example.expected.oneOffCosts.map((o) => ({ ...o, amount: 0 })) },
      file: path.join(work, "edited-immediately.xlsx"),
    });
    source.set("edited-immediately", example.expected);
    const exampleEn = built.find((b) => b.name === "example-en")!;
    await editedCopy(exampleEn.file, path.join(work, "edited-negative.xlsx"), [
      { ...inputCell(exampleEn.plan, ["careForms", 1, "costs", 0, "amount"]), value: 1000 },
    ]);
    edited.push({ name: "edited-negative", plan: exampleEn.plan, expected: validated(negativeFile()), file: path.join(work, "edited-negative.xlsx") });
    source.set("edited-negative", exampleEn.expected);

    const all = [...built, ...edited];
    const out = await recalculateToResults(
      all.map((w) => w.file),
      path.join(work, "recalculated"),
    );
    all.forEach((w, k) => recalculated.set(w.name, out[k]));
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test("each variant's NPV and structural saving equal the model's, built and after ranges and inputs were changed in the file", async () => {
    expect(edited.length).toBeGreaterThanOrEqual(10);
    const problems: string[] = [];
    for (const w of [...built, ...edited]) {
      const names = recalculated.get(w.name)!.names;
      const rows = modelRows(source.get(w.name)!, w.expected);
      const columns: [string, (x: SensitivityItem) => number][] = [
        ["BC_SensitivityNPVLow", (x) => x.npvLow],
        ["BC_SensitivityNPVHigh", (x) => x.npvHigh],
        ["BC_SensitivityStructuralLow", (x) => x.structuralSavingLow],
        ["BC_SensitivityStructuralHigh", (x) => x.structuralSavingHigh],
      ];
      for (const [name, pick] of columns) {
        const got = names.get(name);
        const values = Array.isArray(got) ? got : [got];
        if (values.length !== rows.length) problems.push(`${w.name}: ${name} has ${values.length} cells, the model ${rows.length} rows`);
        rows.forEach((row, k) => {
          const g = values[k];
          if (typeof g !== "number" || !closeTo(g, pick(row))) problems.push(`${w.name}: ${name}[${row.key}] = ${JSON.stringify(g)}, model ${pick(row)}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  test("no two rows of a built workbook's table show the same figures", async () => {
    const problems: string[] = [];
    for (const w of built) {
      const names = recalculated.get(w.name)!.names;
      const column = (name: string) => names.get(name) as number[];
      const [nl, nh, sl, sh] = ["BC_SensitivityNPVLow", "BC_SensitivityNPVHigh", "BC_SensitivityStructuralLow", "BC_SensitivityStructuralHigh"].map(column);
      const rows = nl.map((_, k) => [nl[k], nh[k], sl[k], sh[k]]);
      expect(rows.length).toBeGreaterThanOrEqual(3);
      const scale = Math.max(1, Math.abs(names.get("BC_NPV") as number), Math.abs(names.get("BC_StructuralSaving") as number));
      rows.forEach((a, i) =>
        rows.slice(i + 1).forEach((b, j) => {
          if (a.every((v, n) => Math.abs(v - b[n]) <= 1e-9 * scale)) problems.push(`${w.name}: rows ${i + 1} and ${i + j + 2} are the same`);
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  test("the sorted table behind the tornado follows the model's order, and the chart reads it", async () => {
    const problems: string[] = [];
    for (const w of [...built, ...edited]) {
      const tornado = w.plan.charts.find((ch) => ch.sheet === "sensitivity")!;
      const count = tornado.categories.range.rowCount;
      const sheet = w.plan.sheets.find((s) => s.key === "sensitivity")!.name;
      // The chart's categories and bars are the sorted table's label and change columns.
      expect([tornado.categories.range.col, tornado.series.map((s) => s.range.col)]).toEqual([0, [5, 6]]);
      const first = tornado.categories.range.row;
      const rows = modelRows(source.get(w.name)!, w.expected);
      const base = calculate(w.expected).npv;
      // The model's order; near ties (swings equal but for rounding) may fall either way in a spreadsheet.
      const order = [...rows].sort((a, b) => b.swing - a.swing);
      const cells = cellsOf(
        recalculated.get(w.name)!,
        order.flatMap((_, k) => [5, 6].map((col) => ({ sheet, a1: cellA1(first + k, col) }))),
      );
      expect(order).toHaveLength(count);
      order.forEach((row, k) => {
        const tied = order.some((o, n) => n !== k && Math.abs(o.swing - row.swing) <= 1e-6 * Math.max(1, row.swing));
        if (tied) return;
        const [low, high] = [cells[2 * k], cells[2 * k + 1]] as number[];
        if (!closeTo(low, row.npvLow - base) || !closeTo(high, row.npvHigh - base)) {
          problems.push(`${w.name}: sorted row ${k + 1} shows ${low}, ${high}; the model's ${row.key} ${row.npvLow - base}, ${row.npvHigh - base}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  test("break-even in the base year reads 'direct' / 'immediately' in the key figures, the scenario table and sentence 3; BC_BreakEvenYear keeps the year", async () => {
    for (const name of ["immediately", "edited-immediately", "example-nl"]) {
      const w = [...built, ...edited].find((x) => x.name === name)!;
      const r = calculate(w.expected);
      const names = recalculated.get(name)!.names;
      const key = formulaCell(w.plan, "results", (f) => f.startsWith('=IF(BC_BreakEvenYear="",'));
      const sentence = formulaCell(w.plan, "results", (f) => f.startsWith("=IF(SUM(BC_OneOffReal)=0,"));
      const [keyText, sentenceText] = cellsOf(recalculated.get(name)!, [key, sentence]);
      const scenarioTable = names.get("BC_ScenarioBreakEvenYear") as unknown[];
      if (name === "example-nl") {
        // At 2025 prices: -150,000 + (1,225,435.86 / 3 - 240,000) x 1.0394 = 25,116.68 >= 0 in 2026.
        expect([names.get("BC_BreakEvenYear"), keyText]).toEqual([2026, 2026]);
        expect(sentenceText).toContain("Vanaf 2026 is het cumulatieve saldo");
        continue;
      }
      expect(r.breakEvenYear).toBe(2025);
      expect(names.get("BC_BreakEvenYear")).toBe(2025);
      expect(keyText).toBe("direct (geen terugverdientijd)");
      expect(sentenceText).toBe(
        "Er zijn geen eenmalige transitiekosten geraamd. Het cumulatieve saldo (nominaal) is in geen enkel jaar negatief: er is geen terugverdientijd, de kosten zijn direct terugverdiend.",
      );
      // The base case first; the example's scenarios break even in the base year as well without one-off costs.
      expect(scenarioTable[0]).toBe("direct (geen terugverdientijd)");
    }
  });

  test("a case worked by hand: every row of the sensitivity table as the method gives it", async () => {
    const names = recalculated.get("by-hand")!.names;
    // Structural saving 5 x 1,000 - 5 x 200 = 4,000; NPV -1,000 + 4,000 x 3 = 11,000.
    expect([names.get("BC_StructuralSaving"), names.get("BC_NPV")]).toEqual([4000, 11000]);
    const rate = (r: number) => -1000 + 4000 * [1 / 3, 2 / 3, 1, 1].reduce((s, p, k) => s + p / (1 + r) ** (k + 1), 0);
    // [structural low, high, NPV low, high] in the order of the inputs; all rows differ, none left out.
    const expected: [string, number, number, number, number][] = [
      // realisation 0.8: 3,200 x 3 - 1,000 = 8,600; 1.2 is capped at 1: as the base
      ["realisation", 3200, 4000, 8600, 11000],
      // residential 800: 4,000 - 1,000 = 3,000 -> 8,000; 1,200: 5,000 -> 14,000
      ["cost_res", 3000, 5000, 8000, 14000],
      // foster 160: 5,000 - 800 = 4,200 -> 11,600; 240: 3,800 -> 10,400
      ["cost_fos", 4200, 3800, 11600, 10400],
      // 2 years: p sum 0.5 + 1 + 1 + 1 = 3.5 -> 13,000; 4 years: 0.25 + 0.5 + 0.75 + 1 = 2.5 -> 9,000
      ["yearsToTarget", 4000, 4000, 13000, 9000],
      // one-off 800 -> 11,200; 1,200 -> 10,800
      ["oneOffCosts", 4000, 4000, 11200, 10800],
      // rate -20 %: -1,000 + 4,000 x 4,495/768 = 22,411.46; +25 %: -1,000 + 4,000 x 3,028/1,875 = 5,459.73
      ["discountRate", 4000, 4000, rate(-0.2), rate(0.25)],
    ];
    expect([rate(-0.2), rate(0.25)].map((x) => Math.round(x * 100) / 100)).toEqual([22411.46, 5459.73]);
    const got = ["BC_SensitivityStructuralLow", "BC_SensitivityStructuralHigh", "BC_SensitivityNPVLow", "BC_SensitivityNPVHigh"].map(
      (n) => names.get(n) as number[],
    );
    expect(got.map((col) => col.length)).toEqual([6, 6, 6, 6]);
    expected.forEach(([key, ...figures], k) => figures.forEach((x, n) => expect([key, n, closeTo(got[n][k], x)]).toEqual([key, n, true])));
  });

  test("a negative structural saving has no switching value: 'n/a', BC_SwitchingRealisation empty, no sentence 5", async () => {
    for (const name of ["negative", "edited-negative"]) {
      const w = [...built, ...edited].find((x) => x.name === name)!;
      const names = recalculated.get(name)!.names;
      expect(names.get("BC_StructuralSaving") as number).toBeLessThan(0);
      expect(closeTo(names.get("BC_StructuralSaving") as number, calculate(w.expected).structuralSaving)).toBe(true);
      expect([null, ""]).toContain(names.get("BC_SwitchingRealisation"));
      const key = formulaCell(w.plan, "results", (f) => f.startsWith('=IF(BC_SwitchingRealisation="",'));
      const five = formulaCell(w.plan, "results", (f) => f.startsWith("=IF(BC_StructuralSavingFull*BC_PVPhase>0,"));
      const [keyText, sentence] = cellsOf(recalculated.get(name)!, [key, five]);
      expect(keyText).toBe("n/a");
      expect([null, ""]).toContain(sentence);
    }
    // The example itself has one: 0.44 or so of the planned shift.
    const names = recalculated.get("example-en")!.names;
    expect(typeof names.get("BC_SwitchingRealisation")).toBe("number");
  });
});
