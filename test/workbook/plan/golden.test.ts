/**
 * Golden plans: the whole WorkbookPlan of the built-in examples and of generated cases that cover
 * many forms, a long horizon, scenarios, regions and phasing by shares, kept as fixtures. A change
 * to the plan builders that is meant to change nothing (a refactor) must leave these identical; a
 * change that is meant to change the workbook updates them in its own commit, with
 *
 *     UPDATE_GOLDEN=1 npx jest test/workbook/plan/golden
 *
 * and says why. The fixtures are JSON with one cell per line, so a review sees what moved.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { exampleCase, type CaseFile } from "../../../src/model";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { generatedCases } from "../../support/generatedCases";
import { planOf } from "../../support/plans";

const DIR = path.join(__dirname, "..", "..", "fixtures", "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Generated cases chosen for what they cover (see their names). */
const GENERATED = [0, 3, 4, 5, 7, 10, 22];

function goldenCases(): { name: string; file: CaseFile; lang: "nl" | "en" }[] {
  const generated = generatedCases(24);
  return [
    { name: "example-municipality-nl", file: exampleCase("municipality"), lang: "nl" },
    { name: "example-municipality-en", file: exampleCase("municipality"), lang: "en" },
    { name: "example-region-nl", file: exampleCase("region"), lang: "nl" },
    { name: "example-region-en", file: exampleCase("region"), lang: "en" },
    ...GENERATED.map((k) => ({ name: generated[k].name, file: generated[k].caseFile, lang: "nl" as const })),
    { name: `${generated[10].name}-en`, file: generated[10].caseFile, lang: "en" },
  ];
}

/** Stable text: keys in a fixed order (the builder's insertion order is not part of the contract), one cell per line. */
export function serializePlan(plan: WorkbookPlan): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === "object") return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
    return v;
  };
  const sorted = sortKeys(plan) as WorkbookPlan;
  const lines: string[] = [];
  const { sheets, ...rest } = sorted;
  lines.push(JSON.stringify(rest, null, 1));
  for (const sheet of sheets) {
    const { blocks, ...sheetRest } = sheet;
    lines.push(`sheet ${sheet.key}: ${JSON.stringify(sheetRest)}`);
    for (const block of blocks) {
      lines.push(`block ${block.row},${block.col}`);
      block.cells.forEach((line, r) => line.forEach((c, k) => c && lines.push(`${block.row + r},${block.col + k} ${JSON.stringify(c)}`)));
    }
  }
  return lines.join("\n") + "\n";
}

describe("golden plans: the refactors leave the workbook as it was", () => {
  for (const g of goldenCases()) {
    test(g.name, () => {
      const actual = serializePlan(planOf(g.file, g.lang));
      const file = path.join(DIR, `${g.name}.txt`);
      if (UPDATE) {
        fs.mkdirSync(DIR, { recursive: true });
        fs.writeFileSync(file, actual);
        return;
      }
      if (!fs.existsSync(file)) throw new Error(`No golden plan ${file}: run UPDATE_GOLDEN=1 npx jest test/workbook/plan/golden`);
      const expected = fs.readFileSync(file, "utf8");
      // Compare line by line first, so a failure names the first cell that moved.
      const a = actual.split("\n");
      const e = expected.split("\n");
      const firstDiff = a.findIndex((line, k) => line !== e[k]);
      if (firstDiff >= 0 || a.length !== e.length) {
        const k = firstDiff >= 0 ? firstDiff : Math.min(a.length, e.length);
        throw new Error(`${g.name}: the plan differs from the golden one at line ${k + 1}\n expected: ${e[k]}\n actual:   ${a[k]}`);
      }
    });
  }
});
