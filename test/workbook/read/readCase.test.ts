/**
 * The pure reader: a case back from what a workbook holds for each defined name. Strict about
 * types (only real numbers are numbers), every problem naming the cell where it is now and the
 * field, in Dutch and English; differences from the last build; nothing changed in what it is given.
 */
import { exampleCase } from "../../../src/model";
import { buildPlan, cellA1, type CellPlan, type InputBinding, type WorkbookPlan } from "../../../src/workbook/plan";
import { validCase as valid } from "../../support/plans";
import { describeCellProblem, parseSheetAddress, readCaseFromNamedRanges, readExtents, type NamedRangeRead } from "../../../src/workbook/read";

const lastBuilt = valid(exampleCase());
const plan = buildPlan(lastBuilt, { lang: "nl", addinVersion: "t", builtAt: new Date("2026-11-22T10:00:00Z") });
const binding = (path: string): InputBinding => plan.inputs.find((b) => b.path.join(".") === path)!;

/** What a workbook built from the plan holds for each defined name (formula cells give their results). */
function workbookOf(p: WorkbookPlan): Map<string, NamedRangeRead> {
  const extents = readExtents(p);
  const out = new Map<string, NamedRangeRead>();
  for (const n of p.names) {
    const sheet = p.sheets.find((s) => s.key === n.sheet)!;
    const grid = new Map<string, CellPlan>();
    for (const b of sheet.blocks) b.cells.forEach((line, dr) => line.forEach((c, dc) => c && grid.set(`${b.row + dr}:${b.col + dc}`, c)));
    const e = extents.get(n.name)!;
    const values = Array.from({ length: e.rows }, (_, r) =>
      Array.from({ length: e.cols }, (_, c) => {
        const cell = grid.get(`${n.range.row + r}:${n.range.col + c}`);
        return (cell?.formula !== undefined ? cell.result : cell?.value) ?? "";
      }),
    );
    out.set(n.name, { exists: true, refError: false, sheet: sheet.name, row: n.range.row, col: n.range.col, values });
  }
  return out;
}

/** Puts a value into the cell of a binding, as a user typing in Excel would. */
function type(ranges: Map<string, NamedRangeRead>, path: string, value: unknown): string {
  const b = binding(path);
  const o = b.offset ?? { row: 0, col: 0 };
  ranges.get(b.name)!.values![o.row][o.col] = value;
  return `Aannames!${cellA1(b.row, b.col)}`;
}

test("an untouched model reads back as the case it was built from, and the inputs are left as they were", () => {
  const before = JSON.stringify(lastBuilt);
  const ranges = workbookOf(plan);
  const rangesBefore = JSON.stringify([...ranges]);
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems).toEqual([]);
  expect(read.differences).toEqual([]);
  expect(read.value).toEqual(lastBuilt);
  expect(JSON.stringify(lastBuilt)).toBe(before);
  expect(JSON.stringify([...ranges])).toBe(rangesBefore);
});

test.each([
  ["text", "ongeveer 250", '"ongeveer 250"'],
  ["a number as text", "250", '"250"'],
  ["a boolean", true, '"true"'],
])("%s in a number cell is a problem naming the cell and the field, in Dutch and English", (_label, value, shown) => {
  const ranges = workbookOf(plan);
  const cell = type(ranges, "careForms.0.costs.0.amount", value);
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.value).toBeUndefined();
  expect(read.problems).toHaveLength(1);
  expect(describeCellProblem(read.problems[0], "nl")).toBe(`${cell} (careForms[0].costs[0].amount): moet een getal zijn, maar de cel bevat ${shown}`);
  expect(describeCellProblem(read.problems[0], "en")).toBe(`${cell} (careForms[0].costs[0].amount): must be a number, but the cell holds ${shown}`);
  // The case file keeps what the cell holds, so the pane can show it.
  expect((read.caseFile as { careForms: { costs: { amount: unknown }[] }[] }).careForms[0].costs[0].amount).toBe(value);
});

test("an error value in a number cell (#DIV/0! read as text) is a problem too", () => {
  const ranges = workbookOf(plan);
  type(ranges, "indexation", "#DIV/0!");
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems.map((p) => [p.code, p.path])).toEqual([["number", "indexation"]]);
});

test("an empty required cell is a problem; an empty optional cell leaves the field out", () => {
  const ranges = workbookOf(plan);
  const cell = type(ranges, "careForms.2.target", "");
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems.map((p) => describeCellProblem(p, "nl"))).toEqual([`${cell} (careForms[2].target): is verplicht, maar de cel is leeg`]);

  const optional = workbookOf(plan);
  const b = binding("careForms.0.costs.0.daysPerYear");
  expect(b.type).toBe("optionalInteger");
  type(optional, "careForms.0.costs.0.daysPerYear", "");
  const read2 = readCaseFromNamedRanges(lastBuilt, plan, optional);
  expect(read2.problems).toEqual([]);
  expect(read2.value?.careForms[0].costs[0].daysPerYear ?? 365).toBe(365);
});

test("a drop-down's text maps back to the case value, whatever its capitals; unknown text is a problem listing the choices", () => {
  const kind = binding("careForms.1.kind");
  expect(kind.type).toBe("enum");
  const ranges = workbookOf(plan);
  type(ranges, "careForms.1.kind", "pleegzorg");
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems).toEqual([]);
  expect(read.value?.careForms[1].kind).toBe("foster");
  expect(read.differences).toEqual([{ path: "careForms[1].kind", before: "familyHome", now: "foster" }]);

  const wrong = workbookOf(plan);
  const cell = type(wrong, "careForms.1.kind", "Jeugdzorgboerderij");
  const bad = readCaseFromNamedRanges(lastBuilt, plan, wrong);
  expect(bad.problems.map((p) => [p.cell, p.code])).toEqual([[cell, "enum"]]);
  expect(bad.problems[0].nl).toBe("moet een van deze zijn: Residentieel, Gezinshuis, Pleegzorg, Overig (nu: Jeugdzorgboerderij)");
  expect(bad.problems[0].en).toBe("must be one of: Residentieel, Gezinshuis, Pleegzorg, Overig (now: Jeugdzorgboerderij)");
});

test("a number typed where text is expected is read as its text (a care form called 2025)", () => {
  const ranges = workbookOf(plan);
  type(ranges, "careForms.0.name", 2025);
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems).toEqual([]);
  expect(read.value?.careForms[0].name).toBe("2025");
});

test("a rule of the method broken in a cell (a negative tariff, a fractional year) names that cell", () => {
  const ranges = workbookOf(plan);
  const amount = type(ranges, "careForms.0.costs.0.amount", -250);
  const year = type(ranges, "baseYear", 2025.5);
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.value).toBeUndefined();
  const cells = Object.fromEntries(read.problems.map((p) => [p.path, p.cell]));
  expect(cells["careForms[0].costs[0].amount"]).toBe(amount);
  expect(cells.baseYear).toBe(year);
  for (const p of read.problems) expect(p.nl.length * p.en.length).toBeGreaterThan(0);
});

test("a missing name and a name pointing at a deleted cell say where the name was at the last build", () => {
  const ranges = workbookOf(plan);
  ranges.set("BC_Indexation", { exists: false, refError: false });
  ranges.set("BC_Target_pleegzorg", { exists: true, refError: true });
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  const indexation = binding("indexation");
  const target = binding("careForms.2.target");
  expect(read.value).toBeUndefined();
  expect(read.problems.map((p) => [p.code, p.cell, p.path])).toEqual([
    ["nameMissing", `Aannames!${cellA1(indexation.row, indexation.col)}`, "indexation"],
    ["nameBroken", `Aannames!${cellA1(target.row, target.col)}`, "careForms[2].target"],
  ]);
  expect(read.problems[0].nl).toBe(`de naam BC_Indexation ontbreekt in de werkmap; bij de laatste opbouw stond die op Aannames!${cellA1(indexation.row, indexation.col)}`);
  expect(read.problems[1].en).toBe(`the name BC_Target_pleegzorg points at a deleted cell (#REF!); at the last build it pointed at Aannames!${cellA1(target.row, target.col)}`);
});

test("a table's name that is gone is reported once, not once per cell", () => {
  const ranges = workbookOf(plan);
  ranges.set("BC_OneOffs", { exists: false, refError: false });
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems.filter((p) => p.nl.includes("BC_OneOffs"))).toHaveLength(1);
});

test("after inserted rows and a renamed sheet, values come from where the names point now, and problems name that cell", () => {
  const ranges = workbookOf(plan);
  for (const r of ranges.values()) if (r.sheet === "Aannames") Object.assign(r, { sheet: "Invoer 2026", row: r.row! + 3 });
  const b = binding("careForms.0.costs.0.amount");
  type(ranges, "careForms.0.costs.0.amount", "ongeveer 250");
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems.map((p) => p.cell)).toEqual([`'Invoer 2026'!${cellA1(b.row + 3, b.col)}`]);
});

test("differences list every input that changed since the last build, with before and now", () => {
  const ranges = workbookOf(plan);
  type(ranges, "careForms.2.target", 45);
  type(ranges, "indexation", 0.03);
  type(ranges, "title", "Businesscase 2027");
  const read = readCaseFromNamedRanges(lastBuilt, plan, ranges);
  expect(read.problems).toEqual([]);
  expect(read.differences).toEqual([
    { path: "title", before: "Businesscase gezinsgerichte zorg", now: "Businesscase 2027" },
    { path: "careForms[2].target", before: 40, now: 45 },
    { path: "indexation", before: lastBuilt.indexation, now: 0.03 },
  ]);
});

test("sheet addresses as Excel gives them, quoted or not, are parsed to the sheet and the top-left cell", () => {
  expect(parseSheetAddress("Aannames!$B$5:$F$9")).toEqual({ sheet: "Aannames", row: 4, col: 1 });
  expect(parseSheetAddress("'Invoer 2026'!C12")).toEqual({ sheet: "Invoer 2026", row: 11, col: 2 });
  expect(parseSheetAddress("'Jan''s blad'!AA1")).toEqual({ sheet: "Jan's blad", row: 0, col: 26 });
  expect(parseSheetAddress("#REF!")).toBeNull();
});
