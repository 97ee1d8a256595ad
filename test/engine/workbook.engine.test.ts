/**
 * Proof by a real spreadsheet engine (issue 3, extended for scenarios and regions in issue 5):
 * the example cases and 24 generated cases are written to .xlsx by the exceljs writer, recalculated
 * by LibreOffice in one call, and then
 *  - every defined name of method.md section 4 (and the scenario, switching-value and region
 *    names) agrees with the TypeScript calculation at 1e-6 relative;
 *  - every formula cell's cached result (what a viewer that does not recalculate shows) agrees
 *    with LibreOffice's own result;
 *  - after changing input cells in copies of the files (BC_Target_<id>, in a region a
 *    municipality's target, indexation, the discount rate, the active scenario), recalculated in
 *    the same call, every contract name follows the method for the changed case.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { calculate, exampleCase, type Case, type CaseFile } from "../../src/model";
import { buildPlan, cellA1, rangeA1, type WorkbookPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { libreOfficeOrExplain, recalculateToResults, closeTo, type EngineResults } from "../support/libreoffice";
import { compareNames, expectedNames, setByName, type NamedEdit } from "../support/contract";
import { generatedCases } from "../support/generatedCases";
import { BUILT_AT, validCase as validated } from "../support/plans";

jest.setTimeout(10 * 60 * 1000);

const soffice = libreOfficeOrExplain();
const describeWithEngine = soffice ? describe : describe.skip;

interface Built {
  name: string;
  caseValue: Case;
  plan: WorkbookPlan;
  file: string;
}

interface Changed {
  name: string;
  file: string;
  expected: Case;
}

/** Every formula cell: the cached result the writer stored against LibreOffice's recalculated one. */
function compareCachedResults(label: string, plan: WorkbookPlan, recalculated: EngineResults): string[] {
  const problems: string[] = [];
  for (const sheet of plan.sheets) {
    if (!recalculated.hasSheet(sheet.name)) {
      problems.push(`${label}: sheet ${sheet.name} missing`);
      continue;
    }
    for (const block of sheet.blocks) {
      block.cells.forEach((line, dr) =>
        line.forEach((cell, dc) => {
          if (!cell?.formula) return;
          const got = recalculated.value(sheet.name, block.row + dr + 1, block.col + dc + 1) ?? "";
          const want = cell.result ?? "";
          const same =
            typeof want === "number"
              ? typeof got === "number" && closeTo(got, want)
              : got === want ||
                // FIXED writes numbers with the separators of the engine's locale.
                (typeof got === "string" && typeof want === "string" && got.replace(/[.,\s]/g, "") === want.replace(/[.,\s]/g, ""));
          if (!same)
            problems.push(
              `${label}: ${sheet.name}!${cellA1(block.row + dr, block.col + dc)} ${cell.formula} cached ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}`,
            );
        }),
      );
    }
  }
  return problems;
}

/**
 * A copy of each written file with ordinary input edits (targets, in a region a municipality's
 * target, indexation, the discount rate, the active scenario), as a user makes them in Excel, and
 * the case the method must then give.
 */
async function changedCopies(built: Built[], dir: string): Promise<Changed[]> {
  fs.mkdirSync(dir);
  const changed: Changed[] = [];
  for (let k = 0; k < built.length; k++) {
    const b = built[k];
    const c = b.caseValue;
    // Its own name: LibreOffice recalculates it in the same call as the originals.
    const file = path.join(dir, `${b.name}-changed.xlsx`);
    fs.copyFileSync(b.file, file);
    const changes: NamedEdit[] = [];
    const next: Case = JSON.parse(JSON.stringify(c));
    // Targets: on the care form, or in a region in a municipality's row (the form's figure is their sum).
    next.careForms.forEach((f, i) => {
      if (i % 2 !== 0) return;
      const step = i % 4 === 0 ? 3 : -2;
      if (next.municipalities) {
        const at = i % next.municipalities.length;
        const v = next.municipalities[at].volumes[f.id] ?? { current: 0, target: 0 };
        v.target = Math.max(0, v.target + step);
        next.municipalities[at].volumes[f.id] = v;
        changes.push({ name: `BC_MunicipalityTarget_${f.id}`, index: at, value: v.target });
      } else {
        f.target = Math.max(0, calculate(c).forms[i].target + step);
        changes.push({ name: `BC_Target_${f.id}`, value: f.target });
      }
    });
    changes.push({ name: "BC_Indexation", value: c.indexation + 0.01 });
    next.indexation = c.indexation + 0.01;
    changes.push({ name: "BC_DiscountRate", value: 0.031 });
    next.discountRate = 0.031;
    if (k % 2 === 0 && c.scenarios && c.scenarios.length > 0) {
      const other = c.activeScenario === undefined ? c.scenarios[0].name : b.plan.lang === "nl" ? "Basis (invoer)" : "Base case (inputs)";
      changes.push({ name: "BC_Scenario", value: other });
      if (c.activeScenario === undefined) next.activeScenario = other;
      else delete next.activeScenario;
    }
    await setByName(file, changes);
    changed.push({ name: b.name, file, expected: next });
  }
  return changed;
}

describeWithEngine("the workbook recalculated by LibreOffice", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-engine-"));
  const built: Built[] = [];
  let recalculated: EngineResults[] = [];
  let changed: Changed[] = [];
  let changedRecalculated: EngineResults[] = [];

  beforeAll(async () => {
    const sources: { name: string; file: CaseFile; lang: "nl" | "en" }[] = [
      { name: "example-nl", file: exampleCase(), lang: "nl" },
      { name: "example-en", file: exampleCase(), lang: "en" },
      { name: "example-region", file: exampleCase("region"), lang: "nl" },
      ...generatedCases().map((g, k) => ({ name: g.name, file: g.caseFile, lang: (k % 3 === 2 ? "en" : "nl") as "nl" | "en" })),
    ];
    for (const s of sources) {
      const caseValue = validated(s.file);
      const plan = buildPlan(caseValue, { lang: s.lang, addinVersion: "test", builtAt: BUILT_AT });
      const file = path.join(work, `${s.name}.xlsx`);
      fs.writeFileSync(file, await planToXlsx(plan));
      built.push({ name: s.name, caseValue, plan, file });
    }
    changed = await changedCopies(built, path.join(work, "changed"));
    // One LibreOffice call for the originals and their edited copies (each call costs seconds to start).
    const all = await recalculateToResults([...built.map((b) => b.file), ...changed.map((c) => c.file)], path.join(work, "recalculated"));
    recalculated = all.slice(0, built.length);
    changedRecalculated = all.slice(built.length);
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test("builds the examples and at least 20 generated cases", () => {
    expect(built.length).toBeGreaterThanOrEqual(23);
    const kinds = built.map((b) => b.caseValue);
    expect(kinds.some((c) => c.phasing.shares)).toBe(true);
    expect(kinds.some((c) => calculate(c).breakEvenYear === null)).toBe(true);
    expect(kinds.some((c) => c.municipalities)).toBe(true);
    expect(kinds.some((c) => c.activeScenario)).toBe(true);
    expect(new Set(kinds.map((c) => c.careForms.length)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(kinds.map((c) => c.horizonYears)).size).toBeGreaterThanOrEqual(5);
  });

  test("every defined name of the contract agrees with the calculation", async () => {
    const problems: string[] = [];
    for (let k = 0; k < built.length; k++) {
      const names = recalculated[k].names;
      problems.push(...compareNames(built[k].name, names, expectedNames(built[k].caseValue)));
    }
    expect(problems).toEqual([]);
  });

  test("every formula's cached result equals LibreOffice's recalculation", async () => {
    const problems: string[] = [];
    for (let k = 0; k < built.length; k++) problems.push(...compareCachedResults(built[k].name, built[k].plan, recalculated[k]));
    expect(problems.slice(0, 30)).toEqual([]);
  });

  test("the master check is 1 in every recalculated model", async () => {
    for (let k = 0; k < built.length; k++) {
      const names = recalculated[k].names;
      expect([built[k].name, names.get("BC_ChecksOK")]).toEqual([built[k].name, 1]);
    }
  });

  test("changed input cells flow through every result after recalculation", async () => {
    const problems: string[] = [];
    for (let k = 0; k < changed.length; k++) {
      const names = changedRecalculated[k].names;
      const expected = expectedNames(changed[k].expected);
      // Every check still holds: the edits are ordinary ones (in a region, the totals follow the grid).
      if (names.get("BC_ChecksOK") !== 1) problems.push(`${changed[k].name} (changed): BC_ChecksOK = ${JSON.stringify(names.get("BC_ChecksOK"))}`);
      problems.push(...compareNames(`${changed[k].name} (changed)`, names, expected));
    }
    expect(problems).toEqual([]);
  });

  // The names read above are the file's own (LibreOffice keeps them when it saves: xlsxLibreOffice.test.ts).
  test("names point where the plan says", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[0].file);
    const model = wb.definedNames.model as { name: string; ranges: string[] }[];
    for (const n of built[0].plan.names) {
      const sheet = built[0].plan.sheets.find((s) => s.key === n.sheet)!;
      const entry = model.find((x) => x.name === n.name);
      expect([n.name, entry?.ranges[0]?.replace(/'/g, "")]).toEqual([n.name, `${sheet.name}!${rangeA1(n.range, true)}`]);
    }
  });
});
