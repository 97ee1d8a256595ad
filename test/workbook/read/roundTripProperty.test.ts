/**
 * Issue 12, classes 1, 3 and 4: building any valid case and reading it back gives the same case,
 * with no problems and no differences ("edits nobody made"), through both writers and both
 * readers: the .xlsx file (the command line, the pane's download and open) and the open workbook
 * (the Office.js writer and reader, in the recording fake). The cases hold awkward but valid text,
 * ids every JavaScript object already has, and values the workbook writes even when the case
 * leaves them out (test/support/hostileCases.ts).
 */
import fc from "fast-check";
import { exampleCase } from "../../../src/model";
import { buildPlan } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { applyPlan, readModel } from "../../../src/workbook/office";
import { readCaseFromXlsx } from "../../../src/workbook/read";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { hostileCaseArbitrary } from "../../support/hostileCases";
import { BUILT_AT, evaluatorFor, validCase } from "../../support/plans";

jest.setTimeout(300_000);

const lang = fc.constantFrom("nl" as const, "en" as const);

test("the issue's three edits nobody made: a cost factor of 1, a monitoring row with only its year, a municipality without a form", async () => {
  const file = exampleCase("region") as unknown as Record<string, any>;
  file.scenarios[0].costFactor = { residential: 1 };
  file.monitoring = { realised: [{ year: file.baseYear + 1 }, { year: file.baseYear, cost: 1000 }] };
  const [first, second] = file.careForms.map((f: { id: string }) => f.id);
  const moved = file.municipalities[0].volumes[first];
  delete file.municipalities[0].volumes[first];
  file.municipalities[1].volumes[first] = {
    current: file.municipalities[1].volumes[first].current + moved.current,
    target: file.municipalities[1].volumes[first].target + moved.target,
  };
  expect(Object.keys(file.municipalities[0].volumes)).not.toContain(first);
  expect(Object.keys(file.municipalities[0].volumes)).toContain(second);
  const c = validCase(file);
  for (const l of ["nl", "en"] as const) {
    const read = await readCaseFromXlsx(await planToXlsx(buildPlan(c, { lang: l, addinVersion: "t", builtAt: BUILT_AT })));
    if (!read.found) throw new Error(read.en);
    expect([read.problems, read.differences]).toEqual([[], []]);
    expect(read.value).toEqual(c);
  }
});

test("through the .xlsx file: the same case, no problems, no differences (property)", async () => {
  await fc.assert(
    fc.asyncProperty(hostileCaseArbitrary(), lang, async (file, l) => {
      const c = validCase(file);
      const read = await readCaseFromXlsx(await planToXlsx(buildPlan(c, { lang: l, addinVersion: "t", builtAt: BUILT_AT })));
      if (!read.found) throw new Error(read.en);
      expect(read.problems).toEqual([]);
      expect(read.differences).toEqual([]);
      expect(read.value).toEqual(c);
    }),
    { numRuns: 30 },
  );
});

test("through the open workbook (Office.js writer and reader): the same case, no problems, no differences (property)", async () => {
  await fc.assert(
    fc.asyncProperty(hostileCaseArbitrary(), lang, async (file, l) => {
      const c = validCase(file);
      const p = buildPlan(c, { lang: l, addinVersion: "t", builtAt: BUILT_AT });
      const fake = new FakeExcel({ evaluate: evaluatorFor([p]) });
      fake.addSheet("Blad1");
      const built = await applyPlan(asContext(fake), p);
      expect(built.ok).toBe(true);
      const read = await readModel(asContext(fake));
      if (read.found !== true) throw new Error("no model found");
      expect(read.problems).toEqual([]);
      expect(read.differences).toEqual([]);
      expect(read.value).toEqual(c);
    }),
    { numRuns: 30 },
  );
});
