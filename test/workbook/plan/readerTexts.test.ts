/**
 * The texts a reader of the workbook sees (issue 11, point 8): every sentence, label, note,
 * drop-down message and chart title on the visible sheets, and the text inside formulas (the
 * proposal sentences, the warnings). None may speak in the model's internal names (BC_...) or
 * point at a file of this project (method.md): a controller or a council member has neither.
 * Formulas themselves refer to names, of course; only their quoted text counts.
 */
import { exampleCase, type CaseFile } from "../../../src/model";
import { cellA1, type WorkbookPlan } from "../../../src/workbook/plan";
import { generatedCases } from "../../support/generatedCases";
import { planOf } from "../../support/plans";

/** Where a text sits, and the text. */
interface ReaderText {
  at: string;
  text: string;
}

/** The quoted strings of a formula ("" inside a string is an escaped quote). */
export function formulaStrings(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

/** Every text a reader can see in a plan: cell texts, text in formulas, validation messages, chart titles and series names. */
export function readerTexts(plan: WorkbookPlan): ReaderText[] {
  const out: ReaderText[] = [];
  for (const s of plan.sheets.filter((x) => x.visibility === "visible")) {
    for (const b of s.blocks) {
      b.cells.forEach((line, dr) =>
        line.forEach((c, dc) => {
          const at = `${s.name}!${cellA1(b.row + dr, b.col + dc)}`;
          if (typeof c?.value === "string") out.push({ at, text: c.value });
          if (c?.formula) for (const text of formulaStrings(c.formula)) out.push({ at, text });
        }),
      );
    }
    for (const v of s.validations) {
      const at = `${s.name}!${cellA1(v.range.row, v.range.col)} (validation)`;
      out.push({ at, text: v.errorTitle }, { at, text: v.errorMessage });
    }
  }
  for (const chart of plan.charts) {
    out.push({ at: `chart ${chart.title}`, text: chart.title });
    for (const series of chart.series) out.push({ at: `chart ${chart.title}`, text: series.name });
    if (chart.valueAxisTitle) out.push({ at: `chart ${chart.title}`, text: chart.valueAxisTitle });
  }
  return out;
}

const INTERNAL = /BC_|method\.md/i;

const cases: { name: string; file: CaseFile }[] = [
  { name: "example", file: exampleCase() },
  { name: "region example", file: exampleCase("region") },
  ...generatedCases().map((g) => ({ name: g.name, file: g.caseFile })),
];

describe("texts for readers speak the reader's language, not the model's", () => {
  test("formulaStrings finds the quoted text of a formula, escaped quotes included", () => {
    expect(formulaStrings(`=IF(BC_X=1,"a ""b"" c",BC_Y&"d")`)).toEqual(['a "b" c', "d"]);
  });

  for (const lang of ["nl", "en"] as const) {
    test(`no internal name (BC_...) and no project file (method.md) in a text a reader sees, ${lang}, both examples and every generated case`, () => {
      const found: string[] = [];
      for (const c of cases) {
        const texts = readerTexts(planOf(c.file, lang));
        expect(texts.length).toBeGreaterThan(100);
        for (const t of texts) if (INTERNAL.test(t.text)) found.push(`${c.name} ${t.at}: ${t.text}`);
      }
      expect(found).toEqual([]);
    });
  }

  test("the test can fail: a note that names BC_Indexation is found", () => {
    const plan = planOf(exampleCase());
    const inputs = plan.sheets.find((s) => s.key === "inputs")!;
    inputs.blocks.push({ row: 500, col: 0, cells: [[{ value: "Geïndexeerd met BC_Indexation.", style: "note" }]] });
    expect(readerTexts(plan).filter((t) => INTERNAL.test(t.text))).toEqual([{ at: "Aannames!A501", text: "Geïndexeerd met BC_Indexation." }]);
  });
});
