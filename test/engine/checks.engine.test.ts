/**
 * Every check guards something: for each one, the thing it guards is broken in a built workbook
 * (an input typed wrongly, a formula overwritten, a table that no longer adds up), the files are
 * recalculated by LibreOffice in one call, and that check turns red (0), and with it the master
 * check and the banner on every sheet. A warning ("let op") turns to 0 without making the model
 * wrong: the master check stays 1 and the banner says there is something to note.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exampleCase } from "../../src/model";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { TEXTS as CHECK_TEXTS } from "../../src/workbook/plan/sheets/checks/texts";
import { planToXlsx } from "../../src/workbook/xlsx";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { libreOfficeOrExplain, recalculateToResults } from "../support/libreoffice";
import { planOf } from "../support/plans";

jest.setTimeout(10 * 60 * 1000);

const soffice = libreOfficeOrExplain();
const describeWithEngine = soffice ? describe : describe.skip;

type Example = "municipality" | "region";
/** Where to write: a defined name (a cell of it, counted from its top-left) or a cell of a sheet by key. */
type Edit = { name: string; row?: number; col?: number; value: number | string };

interface Break {
  check: string;
  example: Example;
  /** What a user (or a careless edit) did. */
  what: string;
  edits: (plan: WorkbookPlan) => Edit[];
  warning?: boolean;
}

/** The cell `row`, `col` from the top-left of a defined name, as sheet name and 1-based row and column. */
function cellOf(plan: WorkbookPlan, edit: Edit): { sheet: string; row: number; col: number } {
  const name = plan.names.find((n) => n.name === edit.name);
  if (!name) throw new Error(`no defined name ${edit.name}`);
  const sheet = plan.sheets.find((s) => s.key === name.sheet)!;
  return { sheet: sheet.name, row: name.range.row + (edit.row ?? 0) + 1, col: name.range.col + (edit.col ?? 0) + 1 };
}

const firstForm = (p: WorkbookPlan) => p.names.find((n) => n.name.startsWith("BC_Current_"))!.name.slice("BC_Current_".length);
/** A cell of the shares row or of the calculation's timeline: year index 2. */
const YEAR = 2;

const BREAKS: Break[] = [
  { check: "volumesNonNegative", example: "municipality", what: "a current volume of -1", edits: (p) => [{ name: `BC_Current_${firstForm(p)}`, value: -1 }] },
  {
    check: "plannedVolumesNonNegative",
    example: "municipality",
    what: "a target volume of -30",
    edits: (p) => [{ name: `BC_Target_${firstForm(p)}`, value: -30 }],
  },
  {
    check: "costComponentsFilled",
    example: "municipality",
    what: "a cost component's period cleared",
    edits: (p) => [{ name: `BC_Costs_${firstForm(p)}`, col: 2, value: "" }],
  },
  {
    check: "ambulantCare",
    example: "municipality",
    what: "an ambulant share of 150%",
    edits: (p) => [{ name: `BC_AmbulantShare_${firstForm(p)}`, value: 1.5 }],
  },
  { check: "kindFromList", example: "municipality", what: "a kind not in the list", edits: (p) => [{ name: `BC_Kind_${firstForm(p)}`, value: "Onbekend" }] },
  { check: "phasingInputs", example: "municipality", what: "years to target 0", edits: () => [{ name: "BC_YearsToTarget", value: 0 }] },
  {
    check: "sharesReachTarget",
    example: "municipality",
    what: "own percentages that stay at 50% after the target year",
    edits: (p) => {
      const linear = p.inputs.find((i) => i.name === "BC_PhasingMethod")!.choices!.shares;
      return [{ name: "BC_PhasingMethod", value: linear }, ...[3, 4, 5].map((col) => ({ name: "BC_PhasingShares", col, value: 0.5 }))];
    },
    warning: true,
  },
  { check: "generalInputs", example: "municipality", what: "text in the indexation", edits: () => [{ name: "BC_Indexation", value: "twee procent" }] },
  {
    check: "oneOffsInHorizon",
    example: "municipality",
    what: "a one-off cost dated before the base year",
    edits: () => [{ name: "BC_OneOffs", row: 0, col: 2, value: 1990 }],
  },
  {
    check: "oneOffAmountsNonNegative",
    example: "municipality",
    what: "a negative one-off amount in a spare row",
    edits: (p) => [
      { name: "BC_OneOffs", row: spareRow(p), col: 1, value: -100 },
      { name: "BC_OneOffs", row: spareRow(p), col: 2, value: 2026 },
    ],
  },
  {
    check: "activeScenarioInList",
    example: "municipality",
    what: "an active scenario that does not exist",
    edits: () => [{ name: "BC_Scenario", value: "Bestaat niet" }],
  },
  {
    check: "activeScenarioInList",
    example: "municipality",
    what: "an active scenario named with a wildcard (V*)",
    edits: () => [{ name: "BC_Scenario", value: "V*" }],
  },
  {
    check: "scenarioParameters",
    example: "municipality",
    what: "a scenario's realisation of 150%",
    edits: () => [{ name: "BC_ScenarioRealisations", col: 1, value: 1.5 }],
  },
  {
    check: "scenarioNamesUnique",
    example: "municipality",
    what: "two scenarios named alike but for case",
    edits: () => [{ name: "BC_ScenarioNames", col: 2, value: "VOORZICHTIG" }],
  },
  {
    check: "sensitivityLowNotAboveHigh",
    example: "municipality",
    what: "a low value above the high one",
    edits: () => [{ name: "BC_SensitivityRanges", row: 0, col: 1, value: 0.5 }],
  },
  {
    check: "monitoringInputs",
    example: "municipality",
    what: "a negative realised figure",
    edits: () => [{ name: "BC_Realised_residential", row: 1, value: -1 }],
  },
  {
    check: "municipalityInputs",
    example: "region",
    what: "a municipality's volume of -1",
    edits: () => [{ name: "BC_Municipalities", row: 0, col: 2, value: -1 }],
  },
  {
    check: "savingIsStructuralTimesPhase",
    example: "municipality",
    what: "the saving of one year overwritten",
    edits: () => [{ name: "BC_SavingReal", col: YEAR, value: 0 }],
  },
  {
    check: "formSavingsAddUp",
    example: "municipality",
    what: "the total cost of one year overwritten",
    edits: () => [{ name: "BC_ScenarioCost", col: YEAR, value: 0 }],
  },
  { check: "npvTies", example: "municipality", what: "the NPV overwritten", edits: () => [{ name: "BC_NPV", value: 0 }] },
  {
    check: "scenarioRowMatches",
    example: "municipality",
    what: "the base case's NPV in the comparison overwritten",
    edits: () => [{ name: "BC_ScenarioNPV", row: 0, value: 0 }],
  },
  {
    check: "budgetReconciles",
    example: "municipality",
    what: "an incidental amount in the budget table overwritten",
    edits: () => [{ name: "BC_BudgetIncidentalTotal", value: 0 }],
  },
  {
    check: "municipalitiesAddUp",
    example: "region",
    what: "a municipality's structural saving overwritten",
    edits: () => [{ name: "BC_MunicipalityStructuralSaving", row: 0, value: 0 }],
  },
  {
    check: "budgetWindowInHorizon",
    example: "municipality",
    what: "a budget year whose three years after it pass the horizon",
    edits: () => [{ name: "BC_BudgetYear", value: 2029 }],
    warning: true,
  },
  {
    check: "pricesAtBaseYear",
    example: "municipality",
    what: "a 2019 tariff's index factor set to 1",
    edits: (p) => [{ name: `BC_PriceLevel_${firstForm(p)}`, row: 0, col: 2, value: 1 }],
    warning: true,
  },
  {
    check: "placedTotalUnchanged",
    example: "municipality",
    what: "a target that places fewer youths in total",
    edits: (p) => [{ name: `BC_Target_${firstForm(p)}`, value: 10 }],
    warning: true,
  },
];

/** The first spare row of the one-off costs: under the example's own. */
function spareRow(p: WorkbookPlan): number {
  return exampleCase(p.sheets.some((s) => s.key === "regions") ? "region" : "municipality").oneOffCosts?.length ?? 0;
}

describeWithEngine("each check turns red when what it guards is broken (LibreOffice recalculation)", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-checks-"));
  const plans: Record<Example, WorkbookPlan> = { municipality: planOf(exampleCase("municipality")), region: planOf(exampleCase("region")) };
  const results = new Map<number, Map<string, unknown>>();
  const banners = new Map<number, unknown>();
  let untouched: Record<Example, Map<string, unknown>>;

  beforeAll(async () => {
    const files: string[] = [];
    for (const example of ["municipality", "region"] as const) {
      const file = path.join(work, `untouched-${example}.xlsx`);
      fs.writeFileSync(file, await planToXlsx(plans[example]));
      files.push(file);
    }
    for (const [k, brk] of BREAKS.entries()) {
      const plan = plans[brk.example];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await planToXlsx(plan));
      for (const edit of brk.edits(plan)) {
        const at = cellOf(plan, edit);
        wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = edit.value === "" ? null : edit.value;
      }
      const file = path.join(work, `break-${k}.xlsx`);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
    const recalculated = await recalculateToResults(files, path.join(work, "out"));
    untouched = { municipality: recalculated[0].names, region: recalculated[1].names };
    for (let k = 0; k < BREAKS.length; k++) {
      const file = recalculated[k + 2];
      results.set(k, file.names);
      banners.set(k, file.cell(plans[BREAKS[k].example].sheets.find((s) => s.key === "results")!.name, "A2"));
    }
  });

  test("the untouched examples: every check and warning holds, the banner is green", () => {
    for (const example of ["municipality", "region"] as const) {
      const names = untouched[example];
      expect(names.get("BC_ChecksOK")).toBe(1);
      expect(names.get("BC_WarningCount")).toBe(0);
      const failing = [...names].filter(([n, v]) => n.startsWith("BC_Check_") && v !== 1).map(([n]) => n);
      expect(failing).toEqual([]);
    }
  });

  test("every check of both examples is broken by at least one edit here", () => {
    const all = new Set(
      Object.values(plans).flatMap((p) => p.names.filter((n) => n.name.startsWith("BC_Check_")).map((n) => n.name.slice("BC_Check_".length))),
    );
    expect([...all].filter((key) => !BREAKS.some((b) => b.check === key))).toEqual([]);
  });

  for (const [k, brk] of BREAKS.entries()) {
    test(`${brk.check} (${brk.example}): ${brk.what}`, () => {
      const names = results.get(k)!;
      expect(names.get(`BC_Check_${brk.check}`)).toBe(0);
      const t = CHECK_TEXTS.nl;
      if (brk.warning) {
        expect(names.get("BC_ChecksOK")).toBe(1);
        expect(names.get("BC_WarningCount")).toBeGreaterThanOrEqual(1);
        expect(banners.get(k)).toBe(t.checksInOrderWithWarnings);
      } else {
        expect(names.get("BC_ChecksOK")).toBe(0);
        expect(banners.get(k)).toBe(t.checksError);
      }
    });
  }
});
