/**
 * The Office.js writer's safety rules beyond office.test.ts: formulas the user typed into input
 * cells, the model's own sheets that a new plan drops, a switch of language, a BC_Meta sheet the
 * add-in did not make, and failures at any point of a batch (also after BC_Meta was made very
 * hidden, which Excel will not delete) leaving the workbook exactly as it was.
 */
import { exampleCase, type CaseFile } from "../../../src/model";
import { cellA1, type WorkbookPlan } from "../../../src/workbook/plan";
import { applyPlan, readModel, type BuildOutcome } from "../../../src/workbook/office";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { planOf as plan, validCase as valid, evaluatorFor as planEvaluator } from "../../support/plans";

/** Excel's calculation stood in for by the plans' cached results, and =Begroting!B2 by its value. */
const evaluatorFor = (...plans: WorkbookPlan[]) => planEvaluator(plans, (formula) => (formula === "=Begroting!B2" ? 48 : undefined));

async function builtModel(file: CaseFile = exampleCase(), lang: "nl" | "en" = "nl", more: WorkbookPlan[] = []) {
  const p = plan(file, lang);
  const fake = new FakeExcel({ evaluate: evaluatorFor(p, ...more) });
  fake.addSheet("Begroting", { A1: "Budget 2026", B2: 48, C3: "=BC_NPV" });
  fake.addName("MijnBudget", "=Begroting!$B$2");
  const first = await applyPlan(asContext(fake), p);
  expect(first.ok).toBe(true);
  return { fake, p };
}

function conflictsOf(outcome: BuildOutcome) {
  if (outcome.ok || !("conflicts" in outcome)) throw new Error(`expected conflicts, got ${JSON.stringify(outcome)}`);
  return outcome.conflicts;
}

describe("formulas the user typed into input cells", () => {
  test("are kept as formulas on a rebuild, and read back as their values", async () => {
    const { fake, p } = await builtModel();
    const target = p.inputs.find((b) => b.path.join(".") === "careForms.2.target")!;
    const address = cellA1(target.row, target.col);
    const cell = fake.sheet("Aannames")!.cells.get(`${target.row}:${target.col}`)!;
    delete cell.value;
    cell.formula = "=Begroting!B2";
    const again = await applyPlan(asContext(fake), p);
    expect(again).toMatchObject({ ok: true, keptInputs: ["careForms[2].target"] });
    expect(fake.cell("Aannames", address)).toMatchObject({ formula: "=Begroting!B2", locked: false });
    expect(fake.cell("Aannames", address)?.value).toBeUndefined();
    const read = await readModel(asContext(fake));
    if (read.found !== true) throw new Error("no model");
    expect(read.value?.careForms[2].target).toBe(48);
  });

  test("are replaced by the plan's value when the user asks for that", async () => {
    const { fake, p } = await builtModel();
    const target = p.inputs.find((b) => b.path.join(".") === "careForms.2.target")!;
    const cell = fake.sheet("Aannames")!.cells.get(`${target.row}:${target.col}`)!;
    delete cell.value;
    cell.formula = "=Begroting!B2";
    const again = await applyPlan(asContext(fake), p, { keepInputEdits: false });
    expect(again).toMatchObject({ ok: true, keptInputs: [] });
    expect(fake.cell("Aannames", cellA1(target.row, target.col))).toMatchObject({ value: 40 });
    expect(fake.cell("Aannames", cellA1(target.row, target.col))?.formula).toBeUndefined();
  });
});

describe("the model's own sheets that a new plan no longer has", () => {
  test("are deleted when they hold nothing of the user's; the user's sheet, name and cells are untouched", async () => {
    const { fake } = await builtModel(exampleCase("region"));
    expect(fake.sheet("Gemeenten")).toBeDefined();
    const userSheet = () => (fake.snapshot() as { sheets: { name: string }[] }).sheets.find((x) => x.name === "Begroting");
    const before = userSheet();
    const outcome = await applyPlan(asContext(fake), plan(exampleCase()));
    expect(outcome.ok).toBe(true);
    expect(fake.sheet("Gemeenten")).toBeUndefined();
    expect(userSheet()).toEqual(before);
    expect(fake.state.names.find((n) => n.name === "MijnBudget")?.formula).toBe("=Begroting!$B$2");
  });

  test("stop the build when the user typed something there outside the model; nothing is written", async () => {
    const { fake } = await builtModel(exampleCase("region"));
    fake.sheet("Gemeenten")!.cells.set("200:0", { value: "afspraken met de regio", numberFormat: "General", borders: {}, locked: true });
    const before = fake.snapshot();
    const outcome = await applyPlan(asContext(fake), plan(exampleCase()));
    const conflicts = conflictsOf(outcome);
    expect(conflicts).toEqual([expect.objectContaining({ kind: "cell", sheet: "Gemeenten", address: "Gemeenten!A201" })]);
    expect(conflicts[0].message.nl).toContain("Gemeenten!A201");
    expect(conflicts[0].message.en).toContain("no longer has the sheet 'Gemeenten'");
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("a rebuild in the other language", () => {
  test("replaces the Dutch sheets by English ones; the names follow, the user's formulas keep working", async () => {
    const { fake } = await builtModel(exampleCase(), "nl", [plan(exampleCase(), "en")]);
    const en = plan(exampleCase(), "en");
    const outcome = await applyPlan(asContext(fake), en);
    expect(outcome).toMatchObject({ ok: true, syncs: 3 });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Begroting", ...en.sheets.map((s) => s.name)]);
    const npv = en.names.find((n) => n.name === "BC_NPV")!;
    expect(fake.state.names.find((n) => n.name === "BC_NPV")?.formula).toBe(`=Calculation!${cellA1(npv.range.row, npv.range.col, true)}`);
    expect(fake.cell("Begroting", "C3")?.formula).toBe("=BC_NPV");
    const read = await readModel(asContext(fake));
    expect(read.found === true && read.value).toEqual(valid(exampleCase()));
  });

  test("works in a workbook that holds nothing but the model (one visible sheet must remain at every step)", async () => {
    const nl = plan(exampleCase(), "nl");
    const fake = new FakeExcel({ evaluate: evaluatorFor(nl) });
    expect((await applyPlan(asContext(fake), nl)).ok).toBe(true);
    const outcome = await applyPlan(asContext(fake), plan(exampleCase(), "en"));
    expect(outcome.ok).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toContain("Results");
    expect(fake.state.sheets.map((s) => s.name)).not.toContain("Resultaat");
  });
});

test("a sheet a rebuild adds goes beside its neighbours in the plan; the user's arrangement of the others stays", async () => {
  const { fake } = await builtModel(exampleCase(), "nl", [plan(exampleCase("region"))]);
  // The user moves their budget sheet in between the model's sheets.
  const list = fake.state.sheets;
  const begroting = list.splice(0, 1)[0];
  list.splice(list.findIndex((s) => s.name === "Gevoeligheid"), 0, begroting);
  const outcome = await applyPlan(asContext(fake), plan(exampleCase("region")));
  expect(outcome.ok).toBe(true);
  expect(fake.state.sheets.map((s) => s.name)).toEqual(["Over", "Aannames", "Berekening", "Resultaat", "Begroting", "Gevoeligheid", "Gemeenten", "Monitoring", "Controles", "BC_Meta"]);
});

test("a sheet called BC_Meta that the add-in did not make is a conflict; nothing is written", async () => {
  const fake = new FakeExcel();
  fake.addSheet("BC_Meta", { A1: "mijn metadata", B1: 3 });
  const before = fake.snapshot();
  const conflicts = conflictsOf(await applyPlan(asContext(fake), plan()));
  expect(conflicts.map((c) => [c.kind, c.name])).toEqual([["sheet", "BC_Meta"]]);
  expect(fake.snapshot()).toEqual(before);
});

describe("a failure at any point of a batch leaves the workbook as it was", () => {
  const points = [0, 0.1, 0.5, 0.9, 0.99];

  test.each(points)("a fresh build failing at the write after %p of it", async (share) => {
    const fake = new FakeExcel();
    fake.addSheet("Begroting", { A1: "Budget", B2: 48 });
    fake.addName("MijnBudget", "=Begroting!$B$2");
    const before = fake.snapshot();
    fake.failAtSync = 2;
    fake.failAfter = share;
    const outcome = await applyPlan(asContext(fake), plan());
    expect(outcome).toMatchObject({ ok: false, rolledBack: true });
    if (!outcome.ok && "error" in outcome) expect(outcome.error.en).toContain("put back as it was");
    expect(fake.snapshot()).toEqual(before);
  });

  test("the very hidden BC_Meta added by a failed build is removed too", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Begroting");
    fake.failAtSync = 2;
    fake.failAfter = 0.9999;
    await applyPlan(asContext(fake), plan());
    expect(fake.log).toContain("visibility");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Begroting"]);
  });

  test.each(points)("a rebuild in the other language, with a kept edit, failing at the write after %p of it", async (share) => {
    const { fake, p } = await builtModel(exampleCase(), "nl", [plan(exampleCase(), "en")]);
    const target = p.inputs.find((b) => b.path.join(".") === "careForms.0.costs.0.amount")!;
    fake.sheet("Aannames")!.cells.get(`${target.row}:${target.col}`)!.value = 275;
    const before = fake.snapshot();
    fake.syncs = 0;
    fake.failAtSync = 3;
    fake.failAfter = share;
    const outcome = await applyPlan(asContext(fake), plan(exampleCase(), "en"));
    expect(outcome).toMatchObject({ ok: false, rolledBack: true });
    expect(fake.snapshot()).toEqual(before);
  });

  test.each([1, 2])("a rebuild failing while it reads (sync %i) writes nothing", async (n) => {
    const { fake } = await builtModel();
    const before = fake.snapshot();
    fake.syncs = 0;
    fake.failAtSync = n;
    const outcome = await applyPlan(asContext(fake), plan(exampleCase(), "en"));
    expect(outcome).toMatchObject({ ok: false, rolledBack: false });
    if (!outcome.ok && "error" in outcome) expect(outcome.error.nl).toContain("Er is niets gewijzigd.");
    expect(fake.snapshot()).toEqual(before);
  });
});
