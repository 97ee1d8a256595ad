/**
 * Issue 12, class 1: care-form ids that every JavaScript object already has (constructor,
 * toString, valueOf, hasOwnProperty, ...), in a region where municipalities leave forms out. A
 * lookup through an object's prototype once summed a built-in function into the volumes: summary
 * said "EUR NaN", the .xlsx held 416 <v>NaN</v> cells. Renaming the forms must change no figure:
 * in the model, the plan both writers write, the .xlsx file, and the command line.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { calculate, municipalityResults, sensitivity, summarize, validateCase, type Case, type CaseFile } from "../../src/model";
import { buildPlan, type WorkbookPlan } from "../../src/workbook/plan";
import { planFault } from "../../src/workbook/selfCheck/planFaults";
import { planToXlsx } from "../../src/workbook/xlsx";
import { applyPlan } from "../../src/workbook/office";
import { ensureCliCompiled, runCli } from "../cli/compileCli";
import { FakeExcel, asContext } from "../support/fakeExcel";
import { PROTOTYPE_IDS, rename } from "../support/hostileCases";
import { BUILT_AT, evaluatorFor } from "../support/plans";
import { caseFileArbitrary } from "./arbitraries";

jest.setTimeout(300_000);

/** A region whose municipalities each leave some forms out, and the same case with the forms renamed. */
const pair = fc
  .record({
    file: caseFileArbitrary({ municipalities: "always", maxForms: 4, maxHorizon: 10 }),
    ids: fc.shuffledSubarray([...PROTOTYPE_IDS], { minLength: 4, maxLength: 4 }),
  })
  .map(({ file, ids }) => {
    const renamed = JSON.parse(JSON.stringify(file)) as Record<string, any>;
    rename(renamed, ids);
    const byOld = new Map<string, string>(file.careForms.map((f, i) => [f.id, ids[i]]));
    return { original: file, renamed: renamed as CaseFile, byOld };
  });

function valid(file: CaseFile): Case {
  const v = validateCase(file);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.value;
}

/** Results that are null by design: no break-even within the horizon, no realisation that makes the case break even. */
const NULL_BY_DESIGN = /\.(breakEvenYear|switchingRealisation)$/;

/** Where a result holds something other than a finite number or a text (JSON would show NaN as null). */
function nonFinite(v: unknown, at = ""): string[] {
  if (typeof v === "number") return Number.isFinite(v) ? [] : [`${at}: ${v}`];
  if (typeof v === "string" || (v === null && NULL_BY_DESIGN.test(at))) return [];
  if (Array.isArray(v)) return v.flatMap((x, i) => nonFinite(x, `${at}[${i}]`));
  if (typeof v === "object" && v !== null) return Object.entries(v).flatMap(([k, x]) => nonFinite(x, `${at}.${k}`));
  return [`${at}: ${String(v)}`];
}

/** An object's keys renamed (the per-form records of the results). */
const keyed = <T>(record: Record<string, T>, byOld: Map<string, string>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [byOld.get(k) ?? k, v]));

test("the model: every figure the same after renaming the forms, none of them NaN (property)", () => {
  fc.assert(
    fc.property(pair, ({ original, renamed, byOld }) => {
      const a = valid(original);
      const b = valid(renamed);
      const sa = summarize(a);
      const sb = summarize(b);
      expect(nonFinite(sb)).toEqual([]);
      expect(sb).toEqual({ ...sa, costPerPlacement: keyed(sa.costPerPlacement, byOld), volumes: sa.volumes.map((v) => keyed(v, byOld)) });
      expect(calculate(b).structuralSaving).toBe(calculate(a).structuralSaving);
      const ma = municipalityResults(a)!;
      const mb = municipalityResults(b)!;
      expect(mb.map((m) => [m.totalCurrent, m.totalTarget, m.structuralSaving])).toEqual(ma.map((m) => [m.totalCurrent, m.totalTarget, m.structuralSaving]));
      expect(mb.map((m) => keyed(m.current, new Map([...byOld].map(([o, n]) => [n, o]))))).toEqual(ma.map((m) => m.current));
      expect(sensitivity(b).items.map((i) => [i.npvLow, i.npvHigh])).toEqual(sensitivity(a).items.map((i) => [i.npvLow, i.npvHigh]));
    }),
    { numRuns: 200 },
  );
});

/** Every number a plan writes, in order of sheet, block, row and column (values and cached results). */
function numbers(plan: WorkbookPlan): number[] {
  const out: number[] = [];
  for (const s of plan.sheets)
    for (const b of s.blocks)
      for (const line of b.cells)
        for (const c of line) {
          if (typeof c?.value === "number") out.push(c.value);
          if (typeof c?.result === "number") out.push(c.result);
        }
  return out;
}

test("the writers: the same numbers in the plan, no fault, and both writers write it (property)", async () => {
  await fc.assert(
    fc.asyncProperty(pair, async ({ original, renamed }) => {
      const pa = buildPlan(valid(original), { lang: "nl", addinVersion: "t", builtAt: BUILT_AT });
      const pb = buildPlan(valid(renamed), { lang: "nl", addinVersion: "t", builtAt: BUILT_AT });
      expect(planFault(pb)).toBeNull();
      expect(numbers(pb)).toEqual(numbers(pa));
      await expect(planToXlsx(pb)).resolves.toBeInstanceOf(Uint8Array);
      const fake = new FakeExcel({ evaluate: evaluatorFor([pb]) });
      fake.addSheet("Blad1");
      expect((await applyPlan(asContext(fake), pb)).ok).toBe(true);
    }),
    { numRuns: 15 },
  );
});

test("the command line: summary, build and read of the issue's case give figures, not NaN", () => {
  ensureCliCompiled();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bc-proto-"));
  try {
    // The case: the region example with pleegzorg renamed to constructor, one municipality without it.
    const run = runCli(["example", "--region"]);
    const c = JSON.parse(run.stdout);
    rename(c, ["residentieel", "gezinshuis", "constructor"]);
    delete c.municipalities[0].volumes.constructor;
    const file = path.join(dir, "case.json");
    fs.writeFileSync(file, JSON.stringify(c));
    const json = runCli(["summary", file, "--json"]);
    expect(json.status).toBe(0);
    expect(json.stdout).not.toMatch(/null|NaN/);
    expect(JSON.parse(json.stdout).structuralSaving).toBeGreaterThan(0);
    const text = runCli(["summary", file]);
    expect(text.stdout).not.toContain("NaN");
    const out = path.join(dir, "model.xlsx");
    expect(runCli(["build", file, "--out", out]).status).toBe(0);
    const read = runCli(["read", out]);
    expect([read.status, read.stderr]).toEqual([0, "Geen invoer gewijzigd sinds de laatste opbouw.\n"]);
    // Read back as built: the municipality still leaves the form out (not 0 and 0 under its id).
    expect(Object.keys(JSON.parse(read.stdout).municipalities[0].volumes)).toEqual(["residentieel", "gezinshuis"]);
    expect(JSON.parse(read.stdout)).toEqual(c);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
