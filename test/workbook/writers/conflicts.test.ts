/**
 * The Office.js writer's conflict rules as pure functions, without the fake Excel: what a build
 * must not overwrite (a sheet, a name or a cell the add-in did not make, an unreadable BC_Meta),
 * and which ranges the second read looks at over an earlier model.
 */
import { exampleCase } from "../../../src/model";
import { cellA1, quoteSheet, type WorkbookPlan } from "../../../src/workbook/plan";
import { findConflicts, rangesToRead, type WorkbookState } from "../../../src/workbook/office/conflicts";
import { difference, footprintOf } from "../../../src/workbook/office/footprint";
import { lastBuildFromMetaRows, type LastBuild } from "../../../src/workbook/read/model";
import { planOf } from "../../support/plans";

/** BC_Meta's rows as the plan writes them. */
function metaRowsOf(plan: WorkbookPlan): unknown[][] {
  const meta = plan.sheets.find((s) => s.key === "meta")!;
  return meta.blocks.flatMap((b) => b.cells.map((line) => line.map((c) => c?.value ?? "")));
}

const NOTHING: LastBuild = { ok: false, reason: "absent", nl: "", en: "" };

/** A workbook with these sheets and names and no model. */
function workbook(sheets: string[] = [], names: string[] = []): WorkbookState {
  return { sheets: new Set(sheets.map((s) => s.toLowerCase())), names: new Set(names.map((n) => n.toLowerCase())), metaExists: false, last: NOTHING };
}

/** A workbook holding the model of `plan`, as the add-in built it, plus other sheets and names. */
function builtFrom(plan: WorkbookPlan, sheets: string[] = [], names: string[] = []): WorkbookState {
  const last = lastBuildFromMetaRows(metaRowsOf(plan));
  if (!last.ok) throw new Error(`the plan's BC_Meta does not read back: ${last.en}`);
  return {
    sheets: new Set([...plan.sheets.map((s) => s.name), ...sheets].map((s) => s.toLowerCase())),
    names: new Set([...plan.names.map((n) => n.name), ...names].map((n) => n.toLowerCase())),
    metaExists: true,
    last,
  };
}

const plan = planOf();
const inputs = plan.sheets.find((s) => s.key === "inputs")!.name;

describe("findConflicts", () => {
  test("an empty workbook, or one with only the user's own sheets and names, has none", () => {
    expect(findConflicts(workbook(), plan)).toEqual([]);
    expect(findConflicts(workbook(["Begroting", "Blad1"], ["MijnBudget"]), plan)).toEqual([]);
  });

  test("a sheet of the plan's name the add-in did not make is one, whatever its case", () => {
    const conflicts = findConflicts(workbook(["Begroting", inputs.toUpperCase()]), plan);
    expect(conflicts).toEqual([
      { kind: "sheet", name: inputs, message: { nl: expect.stringContaining(`'${inputs}'`), en: expect.stringContaining(`'${inputs}'`) } },
    ]);
    expect(conflicts[0].message.en).toContain("the add-in did not make");
  });

  test("a defined name of the plan the add-in did not make is one, with where to rename it", () => {
    const conflicts = findConflicts(workbook([], ["bc_npv", "MijnBudget"]), plan);
    expect(conflicts.map((c) => [c.kind, c.name])).toEqual([["name", "BC_NPV"]]);
    expect(conflicts[0].message.nl).toContain("Formules > Namen beheren");
    expect(conflicts[0].message.en).toContain("Formulas > Name Manager");
  });

  test("a BC_Meta that cannot be read is one, with the reason in each language", () => {
    const last = lastBuildFromMetaRows([["iets anders", 1]]);
    expect(last.ok).toBe(false);
    if (last.ok) return;
    const conflicts = findConflicts({ ...workbook(["BC_Meta"]), metaExists: true, last }, plan);
    expect(conflicts).toEqual([
      {
        kind: "sheet",
        name: "BC_Meta",
        message: { nl: `Het blad BC_Meta bestaat al, maar is niet te lezen: ${last.nl}.`, en: `The sheet BC_Meta exists but cannot be read: ${last.en}.` },
      },
    ]);
  });

  test("the sheets and names of the add-in's own earlier model are none", () => {
    expect(findConflicts(builtFrom(plan, ["Begroting"], ["MijnBudget"]), plan)).toEqual([]);
    // Built in English before: the Dutch plan's sheets are new, not the user's.
    expect(findConflicts(builtFrom(planOf(exampleCase(), "en")), plan)).toEqual([]);
  });

  test("a filled cell where the new plan writes is one, with its address; empty cells are not", () => {
    const state: WorkbookState = {
      ...builtFrom(plan),
      cells: {
        newlyCovered: [
          {
            sheet: inputs,
            address: `${inputs}!B40:C41`,
            formulas: [
              ["", 12],
              [null, "=SUM(A1:A2)"],
            ],
          },
          { sheet: "Gemeenten 2", address: "'Gemeenten 2'!AA7", formulas: [["x"]] },
        ],
        dropped: [],
      },
    };
    const conflicts = findConflicts(state, plan);
    expect(conflicts.map((c) => [c.kind, c.sheet, c.address])).toEqual([
      ["cell", inputs, `${inputs}!C40`],
      ["cell", inputs, `${inputs}!C41`],
      ["cell", "Gemeenten 2", "'Gemeenten 2'!AA7"],
    ]);
    expect(conflicts[0].name).toBe(conflicts[0].address);
    expect(conflicts[0].message.en).toContain("would overwrite it");
  });

  test("on a model sheet the new plan drops, the old model's own cells are none and the user's are", () => {
    const state: WorkbookState = {
      ...builtFrom(plan),
      cells: {
        newlyCovered: [],
        // The used range starts at B2; the old model covered B2:C3.
        dropped: [
          {
            sheet: "Gemeenten",
            address: "Gemeenten!B2:D4",
            formulas: [
              [1, 2, ""],
              [3, 4, "eigen"],
              ["", "", ""],
            ],
            footprint: [{ row: 1, col: 1, rowCount: 2, colCount: 2 }],
          },
        ],
      },
    };
    const conflicts = findConflicts(state, plan);
    expect(conflicts.map((c) => c.address)).toEqual(["Gemeenten!D3"]);
    expect(conflicts[0].message.nl).toContain("heeft het blad 'Gemeenten' niet meer");
  });
});

describe("rangesToRead", () => {
  test("without an earlier model, nothing", () => {
    expect(rangesToRead(workbook([inputs]), plan)).toEqual({ newlyCovered: [], dropped: [] });
  });

  test("over the same plan, nothing is newly covered and nothing dropped", () => {
    expect(rangesToRead(builtFrom(plan), plan)).toEqual({ newlyCovered: [], dropped: [] });
  });

  test("over a region's model, a municipality plan newly covers what the old footprint did not, and drops the municipalities sheet", () => {
    const region = planOf(exampleCase("region"));
    const { newlyCovered, dropped } = rangesToRead(builtFrom(region), plan);
    const regionOnly = region.sheets.filter((s) => !plan.sheets.some((p) => p.name === s.name));
    expect(regionOnly.length).toBeGreaterThan(0);
    expect(dropped).toEqual(regionOnly.map((s) => ({ sheet: s.name, key: s.key, footprint: footprintOf(s) })));
    // Exactly the new plan's cells outside the old model, on the sheets that exist; BC_Meta is never looked at.
    for (const s of plan.sheets.filter((x) => x.key !== "meta")) {
      const old = region.sheets.find((r) => r.name === s.name);
      const expected = old ? difference(footprintOf(s), footprintOf(old)) : [];
      expect([s.name, newlyCovered.filter((n) => n.sheet === s.name).map((n) => n.rect)]).toEqual([s.name, expected]);
    }
    expect(newlyCovered.length).toBeGreaterThan(0);
    expect(newlyCovered.some((n) => n.sheet === "BC_Meta")).toBe(false);
  });
});

test("addresses are quoted as Excel writes them", () => {
  const conflicts = findConflicts(
    { ...workbook(), cells: { newlyCovered: [{ sheet: "Bob's", address: "'Bob''s'!$A$1", formulas: [[1]] }], dropped: [] } },
    plan,
  );
  expect(conflicts[0].address).toBe(`${quoteSheet("Bob's")}!${cellA1(0, 0)}`);
});
