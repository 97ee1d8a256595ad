/**
 * Issue 11, points 7 and 8, through LibreOffice's recalculation (one soffice call for the test):
 * - the date validations follow the base year: a user who changes BC_BaseYear in the workbook can
 *   type the new years (budget year, one-off cost years) and no longer the old ones. LibreOffice
 *   keeps the validations when it saves; they are read back from the recalculated file, and each
 *   one's condition, with its bounds as the file gives them, is evaluated by LibreOffice itself.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exampleCase } from "../../src/model";
import { cellA1, type WorkbookPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { fileValidations, type FileValidation } from "../support/fileValidations";
import { cellValue, libreOfficeOrExplain, recalculate } from "../support/libreoffice";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { planOf, withInputs } from "../support/plans";

jest.setTimeout(10 * 60 * 1000);

const soffice = libreOfficeOrExplain();
const describeWithEngine = soffice ? describe : describe.skip;

/** Where a binding's input cell is, as `B15`. */
function inputCell(plan: WorkbookPlan, pathOfInput: (string | number)[]): string {
  const b = plan.inputs.find((x) => JSON.stringify(x.path) === JSON.stringify(pathOfInput));
  if (!b) throw new Error(`no input ${pathOfInput.join(".")}`);
  return cellA1(b.row, b.col);
}

/**
 * Cells far below the inputs that compute a validation's condition for the value in its cell:
 * AND(value >= formula1, value <= formula2), with the bounds exactly as the file holds them.
 */
function withConditions(plan: WorkbookPlan, checks: { cell: string; rule: FileValidation }[], firstRow: number): WorkbookPlan {
  const copy = structuredClone(plan);
  const inputs = copy.sheets.find((s) => s.key === "inputs")!;
  inputs.blocks.push({
    row: firstRow,
    col: 0,
    cells: checks.map(({ cell, rule }) => [
      { formula: `=AND(${cell}>=(${rule.formulae[0]}),${cell}<=(${rule.formulae[1]}))`, result: false },
      { formula: `=${rule.formulae[0]}`, result: 0 },
      { formula: `=${rule.formulae[1]}`, result: 0 },
    ]),
  });
  return copy;
}

describeWithEngine("issue 11 points 7 and 8 in LibreOffice", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-sources-"));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  // The example (base year 2025, horizon 5) with its base year changed in the file to 2027: the
  // budget year becomes 2031 and the first one-off cost falls in 2032, years the build's bounds
  // (2025-2030) would refuse; the second one-off cost stays in 2026, now before the base year.
  const NEW_BASE = 2027;
  const CHECK_ROW = 400;
  const built = planOf(exampleCase(), "nl");
  const dates = {
    budgetYear: inputCell(built, ["budgetYear"]),
    oneOff0: inputCell(built, ["oneOffCosts", 0, "year"]),
    oneOff1: inputCell(built, ["oneOffCosts", 1, "year"]),
  };
  let builtRules: FileValidation[] = [];
  let recalculatedRules: FileValidation[] = [];
  let conditions: unknown[][] = [];

  beforeAll(async () => {
    builtRules = (await fileValidations(await planToXlsx(built))).filter((v) => v.sheet === "Aannames");
    const rule = (cell: string) => builtRules.find((v) => v.cell === cell)!;
    const changed = withInputs(built, [
      { path: ["baseYear"], value: NEW_BASE },
      { path: ["budgetYear"], value: NEW_BASE + 4 },
      { path: ["oneOffCosts", 0, "year"], value: NEW_BASE + 5 },
    ]);
    const file = path.join(work, "base-year-changed.xlsx");
    fs.writeFileSync(
      file,
      await planToXlsx(
        withConditions(
          changed,
          Object.values(dates).map((cell) => ({ cell, rule: rule(cell) })),
          CHECK_ROW,
        ),
      ),
    );
    const [out] = await recalculate([file], path.join(work, "out"));
    recalculatedRules = (await fileValidations(new Uint8Array(fs.readFileSync(out)))).filter((v) => v.sheet === "Aannames");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Aannames")!;
    conditions = Object.values(dates).map((_, k) => [1, 2, 3].map((c) => cellValue(ws.getCell(CHECK_ROW + 1 + k, c))));
  });

  test("the date validations' bounds are the base year and the horizon's last year, as formulas on the inputs", () => {
    for (const cell of Object.values(dates)) {
      expect(builtRules.find((v) => v.cell === cell)).toMatchObject({ type: "whole", formulae: ["BC_BaseYear", "BC_BaseYear+BC_Horizon"] });
    }
  });

  test("LibreOffice keeps them when it saves the recalculated file", () => {
    for (const cell of Object.values(dates)) {
      const rule = recalculatedRules.find((v) => v.cell === cell);
      expect(rule?.type).toBe("whole");
      expect(rule?.formulae.map((f) => String(f).replace(/\s/g, ""))).toEqual(["BC_BaseYear", "BC_BaseYear+BC_Horizon"]);
    }
  });

  test("after the base year changed, the bounds are the new years: the new years pass, a year before the new base year does not", () => {
    expect(conditions).toEqual([
      [true, NEW_BASE, NEW_BASE + 5], // budget year 2031
      [true, NEW_BASE, NEW_BASE + 5], // one-off cost in 2032
      [false, NEW_BASE, NEW_BASE + 5], // one-off cost still in 2026
    ]);
  });
});
