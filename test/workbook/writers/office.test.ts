/**
 * The Office.js writer against the recording fake: what it writes, how many syncs it takes, and
 * the safety rules (nothing of the user's touched, edits kept, failures rolled back).
 */
import { exampleCase, type CaseFile } from "../../../src/model";
import { buildPlan, cellA1 } from "../../../src/workbook/plan";
import { applyPlan, readModel } from "../../../src/workbook/office";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { largestCase } from "../../support/largestCase";
import { BUILT_AT, evaluatorFor, planOf as plan, validCase as valid } from "../../support/plans";

describe("a fresh build", () => {
  test("writes every sheet, cell, name and chart of the plan in two syncs", async () => {
    const p = plan();
    const fake = new FakeExcel();
    fake.addSheet("Blad1", { A1: "mijn eigen notitie" });
    const outcome = await applyPlan(asContext(fake), p);
    expect(outcome).toMatchObject({ ok: true, syncs: 2, keptInputs: [] });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Blad1", ...p.sheets.map((s) => s.name)]);
    expect(fake.sheet("BC_Meta")!.visibility).toBe("VeryHidden");
    expect(fake.state.names.map((n) => n.name).sort()).toEqual(p.names.map((n) => n.name).sort());
    expect(fake.state.active).toBe("Resultaat");
    // Every cell of the plan, with its formula or value and number format.
    for (const s of p.sheets) {
      for (const b of s.blocks) {
        b.cells.forEach((line, dr) =>
          line.forEach((c, dc) => {
            if (!c) return;
            const got = fake.cell(s.name, cellA1(b.row + dr, b.col + dc));
            expect([s.name, b.row + dr, b.col + dc, got?.formula ?? got?.value ?? ""]).toEqual([s.name, b.row + dr, b.col + dc, c.formula ?? c.value ?? ""]);
            if (c.numberFormat) expect(got?.numberFormat).toBe(p.numberFormats[c.numberFormat]);
          }),
        );
      }
    }
    expect(fake.sheet("Blad1")!.cells.size).toBe(1);
    expect(fake.state.sheets.flatMap((s) => s.charts).length).toBe(p.charts.length);
  });

  test("horizontal bars read top-down with their labels at the left edge and the value axis at the bottom, as in the .xlsx", async () => {
    const p = plan();
    const fake = new FakeExcel();
    await applyPlan(asContext(fake), p);
    const charts = fake.state.sheets.flatMap((s) => s.charts);
    const bars = charts.filter((c) => c.type === "BarClustered");
    expect(bars.length).toBe(p.charts.filter((c) => c.kind === "barClustered").length);
    expect(bars.length).toBeGreaterThan(0);
    for (const c of bars) expect(c.categoryAxis).toEqual({ reversePlotOrder: true, tickLabelPosition: "Low", position: "Maximum" });
    for (const c of charts.filter((x) => x.type !== "BarClustered")) expect(c.categoryAxis).toBeUndefined();
  });

  test("input cells are the only unlocked cells and visible sheets are protected", async () => {
    const p = plan();
    const fake = new FakeExcel();
    await applyPlan(asContext(fake), p);
    for (const s of p.sheets) {
      const state = fake.sheet(s.name)!;
      expect([s.name, state.protected]).toEqual([s.name, s.protect]);
      for (const b of s.blocks) {
        b.cells.forEach((line, dr) =>
          line.forEach((c, dc) => {
            if (!c) return;
            const unlocked = !!(c.style && p.styles[c.style].unlocked);
            expect([s.name, b.row + dr, b.col + dc, state.cells.get(`${b.row + dr}:${b.col + dc}`)!.locked]).toEqual([s.name, b.row + dr, b.col + dc, !unlocked]);
          }),
        );
      }
    }
  });

  test("the largest case takes at most three syncs, none in a loop", async () => {
    const p = buildPlan(valid(largestCase()), { lang: "nl", addinVersion: "1", builtAt: BUILT_AT });
    const fake = new FakeExcel();
    const outcome = await applyPlan(asContext(fake), p);
    expect(outcome.ok).toBe(true);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    // The write batch is one sync: the number of syncs does not grow with the size of the plan.
    const small = new FakeExcel();
    await applyPlan(asContext(small), plan());
    expect(small.syncs).toBe(fake.syncs);
    expect(Math.max(...fake.bytesPerSync)).toBeLessThan(5 * 1024 * 1024);
    // A budget for the operations in one batch: about 20,000 cells and 5,000 validated inputs are
    // written in rectangles and runs, not cell by cell (joining the validations took it from 10,431).
    // Each care form's price-level table (issue 11) adds a block and two validation runs: 2,034 here.
    expect(fake.totalOps).toBeLessThan(2100);
    console.log(`Office.js writer, largest case: ${fake.syncs} syncs, ${fake.opsPerSync.join(" + ")} operations, largest request ${(Math.max(...fake.bytesPerSync) / 1024 / 1024).toFixed(2)} MB`);
  });
});

describe("what belongs to the user is never touched", () => {
  test("a sheet of the same name stops the build; nothing is written", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Aannames", { B2: 123 });
    const before = fake.snapshot();
    const outcome = await applyPlan(asContext(fake), plan());
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !("conflicts" in outcome)) throw new Error("expected conflicts");
    expect(outcome.conflicts).toEqual([expect.objectContaining({ kind: "sheet", name: "Aannames" })]);
    expect(outcome.conflicts[0].message.nl).toContain("Aannames");
    expect(fake.snapshot()).toEqual(before);
  });

  test("a defined name the user made stops the build; nothing is written", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Begroting", { A1: 5 });
    fake.addName("BC_NPV", "=Begroting!$A$1");
    const before = fake.snapshot();
    const outcome = await applyPlan(asContext(fake), plan());
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !("conflicts" in outcome)) throw new Error("expected conflicts");
    expect(outcome.conflicts.map((c) => [c.kind, c.name])).toEqual([["name", "BC_NPV"]]);
    expect(fake.snapshot()).toEqual(before);
  });

  test("building beside a user's sheet of the same name works with a suffix", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Aannames", { B2: 123 });
    const c = valid(exampleCase());
    const outcome = await applyPlan(asContext(fake), buildPlan(c, { lang: "nl", addinVersion: "1", builtAt: BUILT_AT, sheetNameSuffix: " (2)" }));
    expect(outcome.ok).toBe(true);
    expect(fake.cell("Aannames", "B2")?.value).toBe(123);
    expect(fake.sheet("Aannames (2)")).toBeDefined();
  });
});

describe("building again over the add-in's model", () => {
  async function built(file: CaseFile = exampleCase()) {
    const p = plan(file);
    const fake = new FakeExcel({ evaluate: evaluatorFor([p]) });
    fake.addSheet("Eigen blad", { A1: "=BC_NPV" });
    const first = await applyPlan(asContext(fake), p);
    expect(first.ok).toBe(true);
    return { fake, p };
  }

  test("keeps an input the user changed in Excel, and takes three syncs", async () => {
    const { fake, p } = await built();
    const target = p.inputs.find((b) => b.path.join(".") === "careForms.2.target")!;
    // The user edits the cell (the sheet is protected, but input cells are not locked).
    fake.sheet("Aannames")!.cells.get(`${target.row}:${target.col}`)!.value = 45;
    fake.syncs = 0;
    const again = await applyPlan(asContext(fake), p);
    expect(again).toMatchObject({ ok: true, syncs: 3, keptInputs: ["careForms[2].target"] });
    expect(fake.cell("Aannames", cellA1(target.row, target.col))?.value).toBe(45);
    expect(fake.cell("Eigen blad", "A1")?.formula).toBe("=BC_NPV");
  });

  test("keeps the realised figures entered on the monitoring sheet", async () => {
    const { fake, p } = await built();
    const realised = p.inputs.find((b) => b.path.join(".") === "monitoring.realised.1.residential")!;
    expect(realised.sheet).toBe("monitoring");
    const cell = fake.sheet("Monitoring")!.cells.get(`${realised.row}:${realised.col}`)!;
    expect(cell.locked).toBe(false);
    cell.value = 36;
    const again = await applyPlan(asContext(fake), p);
    expect(again).toMatchObject({ ok: true, keptInputs: ["monitoring.realised[1].residential"] });
    expect(fake.cell("Monitoring", cellA1(realised.row, realised.col))?.value).toBe(36);
    const read = await readModel(asContext(fake));
    if (read.found !== true) throw new Error("model not found");
    expect(read.value?.monitoring?.realised).toEqual([{ year: 2026, residential: 36 }]);
  });

  test("replaces the user's input edits when asked to", async () => {
    const { fake, p } = await built();
    const target = p.inputs.find((b) => b.path.join(".") === "careForms.2.target")!;
    fake.sheet("Aannames")!.cells.get(`${target.row}:${target.col}`)!.value = 45;
    const again = await applyPlan(asContext(fake), p, { keepInputEdits: false });
    expect(again).toMatchObject({ ok: true, keptInputs: [] });
    expect(fake.cell("Aannames", cellA1(target.row, target.col))?.value).toBe(40);
  });

  test("over a model downloaded as .xlsx, its charts (the library names them Chart <n>) are replaced; a user's own chart stays", async () => {
    const { fake, p } = await built();
    // As the .xlsx writer leaves them: the plan's charts under the library's names, plus one the user drew.
    let n = 0;
    for (const s of fake.state.sheets) for (const c of s.charts) c.name = `Chart ${++n}`;
    const results = fake.sheet("Resultaat")!;
    results.charts.push({ name: `Chart ${++n}`, type: "Line", title: "Mijn eigen grafiek", series: [] });
    results.charts.push({ name: "Grafiek van de controller", type: "Line", title: p.charts[0].title, series: [] });
    const again = await applyPlan(asContext(fake), p);
    expect(again.ok).toBe(true);
    const all = fake.state.sheets.flatMap((s) => s.charts.map((c) => `${s.name}: ${c.name} (${c.title})`));
    expect(all.filter((c) => / BC_/.test(c))).toHaveLength(p.charts.length);
    expect(all.filter((c) => !/ BC_/.test(c))).toEqual([`Resultaat: Chart ${n} (Mijn eigen grafiek)`, `Resultaat: Grafiek van de controller (${p.charts[0].title})`]);
  });

  test("a rebuild gives exactly the workbook a first build gives", async () => {
    const { fake, p } = await built();
    await applyPlan(asContext(fake), p);
    const fresh = new FakeExcel();
    fresh.addSheet("Eigen blad", { A1: "=BC_NPV" });
    await applyPlan(asContext(fresh), p);
    expect(fake.snapshot()).toEqual(fresh.snapshot());
  });

  test("a rebuild with fewer care forms removes their names and keeps the user's sheet", async () => {
    const { fake } = await built();
    const smaller = exampleCase();
    smaller.careForms = smaller.careForms.slice(0, 2);
    const outcome = await applyPlan(asContext(fake), plan(smaller));
    expect(outcome.ok).toBe(true);
    expect(fake.state.names.some((n) => n.name === "BC_Current_pleegzorg")).toBe(false);
    expect(fake.state.names.some((n) => n.name === "BC_Current_gezinshuis")).toBe(true);
    expect(fake.sheet("Eigen blad")).toBeDefined();
  });

  test("a note the user typed into a model sheet outside the model survives; inside the new layout it is a conflict", async () => {
    const { fake, p } = await built();
    const results = p.sheets.find((s) => s.key === "results")!;
    const lastRow = Math.max(...results.blocks.map((b) => b.row + b.cells.length));
    fake.sheet("Resultaat")!.cells.set(`${lastRow + 40}:0`, { value: "mijn notitie", numberFormat: "General", borders: {}, locked: true });
    const again = await applyPlan(asContext(fake), p);
    expect(again.ok).toBe(true);
    expect(fake.cell("Resultaat", cellA1(lastRow + 40, 0))?.value).toBe("mijn notitie");

    // A larger model (more forms) would write where the note now is: stop, write nothing.
    const inputs = p.sheets.find((s) => s.key === "inputs")!;
    const bigger = exampleCase();
    bigger.careForms.push({ ...bigger.careForms[2], id: "pleegzorg2", name: "Pleegzorg netwerk" });
    const biggerPlan = plan(bigger);
    const newInputs = biggerPlan.sheets.find((s) => s.key === "inputs")!;
    const oldBottom = Math.max(...inputs.blocks.map((b) => b.row + b.cells.length));
    const newBottom = Math.max(...newInputs.blocks.map((b) => b.row + b.cells.length));
    expect(newBottom).toBeGreaterThan(oldBottom);
    fake.sheet("Aannames")!.cells.set(`${newBottom - 1}:0`, { value: "ook van mij", numberFormat: "General", borders: {}, locked: true });
    const before = fake.snapshot();
    const outcome = await applyPlan(asContext(fake), biggerPlan);
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !("conflicts" in outcome)) throw new Error("expected conflicts");
    expect(outcome.conflicts).toEqual([expect.objectContaining({ kind: "cell", address: `Aannames!${cellA1(newBottom - 1, 0)}` })]);
    expect(fake.snapshot()).toEqual(before);
  });

  test("reads the case back from the input cells, with the user's edits as differences", async () => {
    const { fake, p } = await built();
    const target = p.inputs.find((b) => b.path.join(".") === "careForms.2.target")!;
    fake.sheet("Aannames")!.cells.get(`${target.row}:${target.col}`)!.value = 45;
    const read = await readModel(asContext(fake));
    expect(read.found).toBe(true);
    if (read.found !== true) return;
    expect(read.problems).toEqual([]);
    expect(read.differences).toEqual([{ path: "careForms[2].target", before: 40, now: 45 }]);
    expect(read.value?.careForms[2].target).toBe(45);
    expect(read.chartCount).toBe(p.charts.length);
  });
});

describe("a model the user damaged", () => {
  test("a deleted row (a name pointing at #REF!) and text in a number cell are reported with their cells; nothing is written", async () => {
    const p = plan();
    const fake = new FakeExcel({ evaluate: evaluatorFor([p]) });
    await applyPlan(asContext(fake), p);
    fake.state.names.find((n) => n.name === "BC_Target_pleegzorg")!.formula = "=Aannames!#REF!";
    const amount = p.inputs.find((b) => b.path.join(".") === "careForms.0.costs.0.amount")!;
    fake.sheet("Aannames")!.cells.get(`${amount.row}:${amount.col}`)!.value = "ongeveer 250";
    const before = fake.snapshot();
    const read = await readModel(asContext(fake));
    if (read.found !== true) throw new Error("model not found");
    expect(read.value).toBeUndefined();
    expect(read.problems.map((x) => [x.code, x.cell, x.path])).toEqual([
      ["number", `Aannames!${cellA1(amount.row, amount.col)}`, "careForms[0].costs[0].amount"],
      ["nameBroken", expect.stringMatching(/^Aannames!B\d+$/), "careForms[2].target"],
    ]);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("a failure half-way leaves the workbook as it was", () => {
  test.each([1, 2])("fresh build, failure at sync %i", async (n) => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1", { A1: "eigen", B2: 7 });
    fake.addName("MijnNaam", "=Blad1!$B$2");
    const before = fake.snapshot();
    fake.failAtSync = n;
    const outcome = await applyPlan(asContext(fake), plan());
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !("error" in outcome)) throw new Error("expected an error");
    expect(outcome.error.nl.length).toBeGreaterThan(20);
    expect(fake.snapshot()).toEqual(before);
  });

  test.each([1, 2, 3])("rebuild with an edited input, failure at sync %i", async (n) => {
    const p = plan();
    const fake = new FakeExcel({ evaluate: evaluatorFor([p]) });
    fake.addSheet("Eigen blad", { A1: "=BC_NPV" });
    await applyPlan(asContext(fake), p);
    const target = p.inputs.find((b) => b.path.join(".") === "careForms.0.costs.0.amount")!;
    fake.sheet("Aannames")!.cells.get(`${target.row}:${target.col}`)!.value = 275;
    const before = fake.snapshot();
    fake.syncs = 0;
    fake.failAtSync = n;
    const next = exampleCase();
    next.careForms = next.careForms.slice(0, 2);
    const outcome = await applyPlan(asContext(fake), plan(next));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok && "error" in outcome) expect(outcome.rolledBack).toBe(n === 3);
    expect(fake.snapshot()).toEqual(before);
  });
});
