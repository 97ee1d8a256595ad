/**
 * The Office.js writer on the hand-made sample plan, against the recording fake: every part of
 * the plan, the shape of the batches (all writes in one sync, the same number of syncs for a plan
 * a hundred times larger, a modest number of operations), and the progress reports.
 */
import { applyPlan } from "../../../src/workbook/office";
import { columnWidthPoints } from "../../../src/workbook/office/writePlan";
import { NUMBER_FORMATS, STYLES, cellA1, type WorkbookPlan } from "../../../src/workbook/plan";
import { FakeExcel, FakeExcelError, asContext } from "../../support/fakeExcel";
import { bigSamplePlan, samplePlan } from "../../support/samplePlans";

async function built(plan: WorkbookPlan = samplePlan()) {
  const fake = new FakeExcel();
  fake.addSheet("Blad1", { A1: "van de gebruiker" });
  const progress: [number, string, number][] = [];
  const outcome = await applyPlan(asContext(fake), plan, { onProgress: (f, label) => progress.push([f, label, fake.syncs]) });
  return { fake, outcome, progress, plan };
}

test("a fresh build: two syncs (read, write), sheets after the user's, BC_Meta very hidden, the results sheet active", async () => {
  const { fake, outcome } = await built();
  expect(outcome).toEqual({ ok: true, sheets: ["Invoer", "Berekening", "Resultaat"], namesWritten: 8, syncs: 2, keptInputs: [] });
  expect(fake.syncs).toBe(2);
  expect(fake.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["Blad1", "Visible"],
    ["Invoer", "Visible"],
    ["Berekening", "Visible"],
    ["Resultaat", "Visible"],
    ["BC_Meta", "VeryHidden"],
  ]);
  expect(fake.state.active).toBe("Resultaat");
  expect(fake.cell("Blad1", "A1")?.value).toBe("van de gebruiker");
});

test("every cell: English formula with '=', constant, number format; text that looks like a date or formula stays text", async () => {
  const { fake, plan } = await built();
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      b.cells.forEach((line, dr) =>
        line.forEach((c, dc) => {
          if (!c) return;
          const where = `${s.name}!${cellA1(b.row + dr, b.col + dc)}`;
          const got = fake.cell(s.name, cellA1(b.row + dr, b.col + dc));
          expect([where, got?.formula, got?.value]).toEqual([where, c.formula, c.formula === undefined ? c.value : undefined]);
          expect([where, got?.numberFormat]).toEqual([where, c.numberFormat ? plan.numberFormats[c.numberFormat] : "General"]);
        }),
      );
    }
  }
  expect(fake.cell("Invoer", "B10")?.value).toBe("2026-01-01");
  expect(fake.cell("Invoer", "A11")?.value).toBe("+ toeslag");
  expect(fake.cell("Invoer", "C11")?.value).toBe("12%");
  expect(fake.cell("Berekening", "B3")?.formula).toBe("=BC_Tariff*BC_Days+Invoer!B9*BC_Share");
});

test("every style on every cell: fill, font colour, bold, italic, size, wrap, alignment, borders, locked", async () => {
  const { fake, plan } = await built();
  const seen = new Set<string>();
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      b.cells.forEach((line, dr) =>
        line.forEach((c, dc) => {
          if (!c) return;
          const where = `${s.name}!${cellA1(b.row + dr, b.col + dc)}`;
          const got = fake.cell(s.name, cellA1(b.row + dr, b.col + dc))!;
          const spec = c.style ? plan.styles[c.style] : {};
          if (c.style) seen.add(c.style);
          expect([where, got.fill, got.fontColor, !!got.bold, !!got.italic, got.size, !!got.wrap, got.hAlign, got.vAlign, got.locked]).toEqual([
            where,
            spec.fill,
            spec.fontColor,
            !!spec.bold,
            !!spec.italic,
            spec.fontSize,
            !!spec.wrap,
            spec.horizontalAlignment,
            spec.wrap || spec.horizontalAlignment ? "Top" : undefined,
            !spec.unlocked,
          ]);
          const sides = ["top", "bottom", "left", "right"].map((side) => got.borders[side]);
          expect([where, sides]).toEqual([where, sides.map(() => (spec.border ? { style: "Continuous", color: spec.border } : undefined))]);
        }),
      );
    }
  }
  expect([...seen].sort()).toEqual(Object.keys(STYLES).sort());
  expect(new Set(plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat().map((c) => c?.numberFormat).filter(Boolean))))).toEqual(new Set(Object.keys(NUMBER_FORMATS)));
});

test("column widths in points, frozen rows and columns, tab colours, merges, protection", async () => {
  const { fake } = await built();
  const inputs = fake.sheet("Invoer")!;
  expect([...inputs.columnWidths.entries()].sort(([a], [b]) => a - b)).toEqual([
    [0, columnWidthPoints(24)],
    [1, columnWidthPoints(14)],
    [2, columnWidthPoints(10)],
    [3, columnWidthPoints(30)],
    [5, columnWidthPoints(14)],
  ]);
  // 10 characters of Calibri 11: 75 px, 56.25 pt.
  expect(columnWidthPoints(10)).toBe(56.25);
  expect(inputs.freeze).toEqual({ rows: 3, columns: 1 });
  expect(fake.sheet("Berekening")!.freeze).toEqual({ rows: 2, columns: 0 });
  expect(fake.sheet("Resultaat")!.freeze).toBeNull();
  expect(["Invoer", "Berekening", "Resultaat", "BC_Meta"].map((n) => fake.sheet(n)!.tabColor)).toEqual(["#FFC000", "#7F7F7F", "#70AD47", ""]);
  expect(inputs.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 4 }]);
  expect(fake.sheet("Resultaat")!.merges).toEqual([9, 12, 13, 14].map((row) => ({ row, col: 0, rowCount: 1, colCount: row === 9 ? 4 : 2 })));
  expect([...fake.sheet("Resultaat")!.rowHeights.entries()]).toEqual([
    [12, 45],
    [13, 30],
    [14, 30],
  ]);
  expect(["Invoer", "Berekening", "Resultaat", "BC_Meta", "Blad1"].map((n) => fake.sheet(n)!.protected)).toEqual([true, true, true, false, false]);
});

test("validations: a list from a name, numbers between bounds (numbers or formulas) and with one bound, error alerts that stop", async () => {
  const { fake } = await built();
  const rules = fake.sheet("Invoer")!.validations.map((v) => [cellA1(v.rect.row, v.rect.col), v.rule, v.errorAlert]);
  const alert = (message: string, title = "Ongeldige invoer") => ({ title, message, showAlert: true, style: "Stop" });
  expect(rules).toEqual([
    ["B4", { decimal: { operator: "Between", formula1: 0, formula2: 10000 } }, alert("Voer een getal in tussen 0 en 10.000.")],
    ["B5", { wholeNumber: { operator: "Between", formula1: 1, formula2: 366 } }, alert("Voer een geheel getal in tussen 1 en 366.")],
    ["B6", { decimal: { operator: "Between", formula1: 0, formula2: 1 } }, alert("Voer een getal in tussen 0 en 1.")],
    ["B7", { wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 1990 } }, alert("Voer een jaar in vanaf 1990.")],
    ["B8", { list: { inCellDropDown: true, source: "=BC_List_Kind" } }, alert("Kies een soort uit de lijst.", "Kies uit de lijst")],
    ["B9", { decimal: { operator: "LessThanOrEqualTo", formula1: 1000000 } }, alert("Voer een bedrag in tot 1.000.000.")],
    // Bounds that are formulas go as Office.js's string formulas, "=" included.
    ["B13", { wholeNumber: { operator: "Between", formula1: "=BC_BaseYear", formula2: "=BC_BaseYear+4" } }, alert("Voer een jaar van het model in.")],
  ]);
});

test("conditional formats get exactly one '=' before their expression", async () => {
  const { fake } = await built();
  expect(fake.sheet("Resultaat")!.conditionalFormats).toEqual([
    { rect: { row: 4, col: 1, rowCount: 1, colCount: 1 }, formula: "=B5=1", fill: "#C6EFCE" },
    { rect: { row: 4, col: 1, rowCount: 1, colCount: 1 }, formula: "=B5<>1", fill: "#FFC7CE", fontColor: "#9C0006" },
  ]);
});

test("workbook-level names with their comments", async () => {
  const { fake } = await built();
  expect(Object.fromEntries(fake.state.names.map((n) => [n.name, [n.formula, n.comment]]))).toEqual({
    BC_Tariff: ["=Invoer!$B$4", "Dagtarief"],
    BC_Days: ["=Invoer!$B$5", "Dagen per jaar"],
    BC_Share: ["=Invoer!$B$6", "Aandeel ambulant"],
    BC_BaseYear: ["=Invoer!$B$7", "Basisjaar"],
    BC_List_Kind: ["=Invoer!$F$4:$F$6", "Soorten"],
    BC_Years: ["=Berekening!$B$2:$F$2", "Jaren"],
    BC_SavingReal: ["=Berekening!$B$5:$F$5", "Besparing per jaar"],
    BC_NPV: ["=Resultaat!$B$4", "Netto contante waarde"],
  });
});

test("the chart: named BC_..., its series over the model's ranges, a line series, titles, position", async () => {
  const { fake } = await built();
  expect(fake.sheet("Resultaat")!.charts).toEqual([
    {
      name: "BC_results_1",
      type: "ColumnClustered",
      title: "Besparing per jaar",
      series: [
        { name: "Besparing", values: "Berekening!$B$5:$F$5", categories: "Berekening!$B$2:$F$2" },
        { name: "Fase", values: "Berekening!$B$4:$F$4", categories: "Berekening!$B$2:$F$2", type: "Line" },
      ],
      valueAxisTitle: "EUR",
      legend: "Bottom",
      position: ["D2", "J16"],
    },
  ]);
});

test("progress is reported from 0 to 1, never backwards, with the sheets as steps; 1 only once the write is done", async () => {
  const { progress } = await built();
  const fractions = progress.map(([f]) => f);
  expect(progress[0]).toEqual([0, "read", 0]);
  expect(progress[progress.length - 1]).toEqual([1, "done", 2]);
  expect(progress.filter(([f]) => f === 1)).toHaveLength(1);
  fractions.slice(1).forEach((f, i) => expect(f).toBeGreaterThanOrEqual(fractions[i]));
  expect(progress.map(([, label]) => label)).toEqual(expect.arrayContaining(["Invoer", "Berekening", "Resultaat", "BC_Meta"]));
});

test("a plan a hundred times larger takes the same two syncs; its operations stay few because runs and rectangles are joined", async () => {
  const small = await built();
  const big = await built(bigSamplePlan());
  const bigCells = big.plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.cells.reduce((k, l) => k + l.filter(Boolean).length, 0), 0), 0);
  expect(bigCells).toBeGreaterThan(30000);
  expect(big.outcome.ok).toBe(true);
  expect(big.fake.syncs).toBe(small.fake.syncs);
  // 600 validated input cells in one rectangle: two operations, not 1,200.
  expect(big.fake.sheet("Invoer")!.validations.filter((v) => v.rect.rowCount > 1)).toEqual([expect.objectContaining({ rect: { row: 20, col: 1, rowCount: 300, colCount: 2 } })]);
  // The write batch grows with the blocks (2 operations each), not with the cells.
  const extraBlocks = 26;
  expect(big.fake.opsPerSync[1] - small.fake.opsPerSync[1]).toBeLessThanOrEqual(extraBlocks * 2 + 20);
  console.log(`Office.js writer, sample plan: ${small.fake.opsPerSync.join(" + ")} operations; ${bigCells} cells: ${big.fake.opsPerSync.join(" + ")} operations, largest request ${Math.max(...big.fake.bytesPerSync)} bytes`);
});

test("formulasLocal cannot be used against the fake (the writer only uses formulas)", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Blad1");
  const context = asContext(fake);
  const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
  expect(() => {
    range.formulasLocal = [["=SOM(1;2)"]];
  }).toThrow(FakeExcelError);
  expect(() => range.formulasLocal).toThrow(/formulasLocal/);
});
