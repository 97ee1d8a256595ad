/**
 * The exceljs writer, checked on the hand-made sample plan by reading the bytes back with exceljs
 * (and the raw XML where exceljs does not read a setting back): every part of the plan a file can
 * hold, and the cached results a viewer that does not recalculate shows.
 */
import * as ExcelJS from "../../../src/workbook/xlsx/library";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { NUMBER_FORMATS, STYLES, buildPlan, cellA1, decodeMeta, type CellPlan, type WorkbookPlan } from "../../../src/workbook/plan";
import { exampleCase, validateCase } from "../../../src/model";
import { SAMPLE, samplePlan } from "../../support/samplePlans";
import { part, xlsxParts } from "../../support/zipParts";
import { fileValidations } from "../../support/fileValidations";

let plan: WorkbookPlan;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  plan = samplePlan();
  bytes = await planToXlsx(plan);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
});

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

test("the result is a zip file (bytes, no Node Buffer needed by the caller)", () => {
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
});

/** Each cell of the plan with the cell exceljs wrote for it, and its address for messages. */
function forEachWrittenCell(check: (planned: CellPlan, written: ExcelJS.Cell, where: string) => void): void {
  for (const s of plan.sheets) {
    const ws = wb.getWorksheet(s.name)!;
    for (const b of s.blocks)
      b.cells.forEach((line, dr) =>
        line.forEach((c, dc) => {
          if (c) check(c, ws.getCell(b.row + dr + 1, b.col + dc + 1), `${s.name}!${cellA1(b.row + dr, b.col + dc)}`);
        }),
      );
  }
}

test("sheets in plan order; BC_Meta very hidden and still readable", () => {
  expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
    ["Invoer", "visible"],
    ["Berekening", "visible"],
    ["Resultaat", "visible"],
    ["BC_Meta", "veryHidden"],
  ]);
  const rows: unknown[][] = [];
  wb.getWorksheet("BC_Meta")!.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
  const meta = decodeMeta(rows);
  expect(meta.ok && meta.meta.names).toContain("BC_NPV");
});

test("every cell holds its constant, or its formula without '=' and the plan's result as the cached value", () => {
  let formulas = 0;
  forEachWrittenCell((c, got, where) => {
    if (c.formula !== undefined) {
      formulas++;
      expect([where, got.formula]).toEqual([where, c.formula.slice(1)]);
      // exceljs reads an empty text result back as no result; the XML test below sees it.
      if (c.result !== "") expect([where, got.result]).toEqual([where, c.result]);
    } else {
      // A number in a date format reads back as a Date; the file holds the serial number.
      const value = got.value instanceof Date ? Math.round((got.value.getTime() - Date.UTC(1899, 11, 30)) / 86400000) : got.value;
      expect([where, value]).toEqual([where, c.value ?? null]);
    }
  });
  // Berekening: 5 years, cost, 5 phases, 5 savings and 6 single ones; Resultaat: 4.
  expect(formulas).toBe(26);
  // Hand-worked figures, as a viewer that does not recalculate shows them.
  const calc = wb.getWorksheet("Berekening")!;
  expect(calc.getCell("B3").result).toBe(94050);
  expect([2, 3, 4, 5, 6].map((c) => calc.getCell(5, c).result)).toEqual([0, 23512.5, 47025, 70537.5, 94050]);
  expect(calc.getCell("B7").result).toBe("hoog");
  expect(calc.getCell("B9").result).toBe(true);
  expect(wb.getWorksheet("Resultaat")!.getCell("B4").result).toBeCloseTo(SAMPLE.npv, 6);
});

test("text that looks like a date, a fraction, a percentage or a formula stays text", () => {
  const ws = wb.getWorksheet("Invoer")!;
  expect(ws.getCell("B10").value).toBe("2026-01-01");
  expect(ws.getCell("A11").value).toBe("+ toeslag");
  expect(ws.getCell("B11").value).toBe("1/0");
  expect(ws.getCell("C11").value).toBe("12%");
});

test("a formula with an empty text result is stored with that result; a boolean result as a boolean", async () => {
  const sheet2 = part(await xlsxParts(bytes), "xl/worksheets/sheet2.xml");
  expect(sheet2).toMatch(/<c r="B8" s="\d+" t="str"><f>IF\(BC_Tariff&gt;1000,&quot;te hoog&quot;,&quot;&quot;\)<\/f><v><\/v><\/c>/);
  expect(sheet2).toMatch(/<c r="B9" s="\d+" t="b"><f>BC_Tariff&gt;100<\/f><v>1<\/v><\/c>/);
});

test("Excel is asked to recalculate everything when the file opens", async () => {
  expect(part(await xlsxParts(bytes), "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
});

test("number formats and every style: fill, font colour, bold, italic, size, wrap, alignment, border, locked", () => {
  const seenStyles = new Set<string>();
  const seenFormats = new Set<string>();
  forEachWrittenCell((c, got, where) => {
    if (c.numberFormat) {
      seenFormats.add(c.numberFormat);
      expect([where, got.numFmt ?? "General"]).toEqual([where, plan.numberFormats[c.numberFormat]]);
    }
    const spec = c.style ? plan.styles[c.style] : {};
    if (c.style) seenStyles.add(c.style);
    const fill = got.fill && got.fill.type === "pattern" ? got.fill.fgColor?.argb : undefined;
    expect([where, fill]).toEqual([where, spec.fill ? argb(spec.fill) : undefined]);
    // Without a size of its own a cell has the workbook's default font (11 pt).
    expect([where, got.font?.color?.argb, !!got.font?.bold, !!got.font?.italic, got.font?.size ?? 11]).toEqual([
      where,
      spec.fontColor ? argb(spec.fontColor) : undefined,
      !!spec.bold,
      !!spec.italic,
      spec.fontSize ?? 11,
    ]);
    expect([where, !!got.alignment?.wrapText, got.alignment?.horizontal]).toEqual([where, !!spec.wrap, spec.horizontalAlignment?.toLowerCase()]);
    if (spec.wrap || spec.horizontalAlignment) expect([where, got.alignment?.vertical]).toEqual([where, "top"]);
    const border = got.border;
    expect([where, border?.top?.style, border?.left?.color?.argb]).toEqual([where, spec.border ? "thin" : undefined, spec.border ? argb(spec.border) : undefined]);
    expect([where, got.protection?.locked !== false]).toEqual([where, !spec.unlocked]);
  });
  expect([...seenStyles].sort()).toEqual(Object.keys(STYLES).sort());
  expect([...seenFormats].sort()).toEqual(Object.keys(NUMBER_FORMATS).sort());
});

test("column widths, frozen panes, tab colours and merges", () => {
  const inputs = wb.getWorksheet("Invoer")!;
  expect([1, 2, 3, 4, 6].map((c) => inputs.getColumn(c).width)).toEqual([24, 14, 10, 30, 14]);
  expect(inputs.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  expect(wb.getWorksheet("Berekening")!.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  expect((wb.getWorksheet("Resultaat")!.views ?? []).filter((v) => v.state === "frozen")).toEqual([]);
  expect(plan.sheets.map((s) => wb.getWorksheet(s.name)!.properties.tabColor?.argb)).toEqual(["FFFFC000", "FF7F7F7F", "FF70AD47", undefined]);
  expect(inputs.model.mergeCells).toEqual(["A1:D1"]);
  expect(wb.getWorksheet("Resultaat")!.model.mergeCells).toEqual(["A10:D10", "A13:B13", "A14:B14", "A15:B15"]);
  // Rows of wrapped prose get the plan's height; other rows keep Excel's standard height.
  const results = wb.getWorksheet("Resultaat")!;
  expect([12, 13, 14, 15, 16].map((n) => results.getRow(n).height)).toEqual([undefined, 45, 30, 30, undefined]);
});

test("protected sheets without a password; selecting cells and formatting columns and rows stay allowed", () => {
  type Protection = { sheet?: boolean; hashValue?: string; selectLockedCells?: boolean; selectUnlockedCells?: boolean; formatColumns?: boolean; formatRows?: boolean };
  for (const s of plan.sheets) {
    const p = (wb.getWorksheet(s.name) as unknown as { sheetProtection?: Protection }).sheetProtection;
    if (!s.protect) {
      expect([s.name, p?.sheet]).toEqual([s.name, undefined]);
      continue;
    }
    expect([s.name, p?.sheet, p?.hashValue, p?.formatColumns, p?.formatRows]).toEqual([s.name, true, undefined, true, true]);
    // exceljs reads "selecting is forbidden" as false; absent means allowed.
    expect([p?.selectLockedCells, p?.selectUnlockedCells]).not.toContain(false);
  }
});

test("validations: a list from a name, numbers between bounds (numbers or formulas) and with one bound only, with their messages", () => {
  const ws = wb.getWorksheet("Invoer")!;
  const dv = (a1: string) => ws.getCell(a1).dataValidation;
  expect(dv("B4")).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 10000], showErrorMessage: true, errorStyle: "stop", errorTitle: "Ongeldige invoer", error: "Voer een getal in tussen 0 en 10.000." });
  expect(dv("B5")).toMatchObject({ type: "whole", operator: "between", formulae: [1, 366] });
  expect(dv("B7")).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [1990], error: "Voer een jaar in vanaf 1990." });
  expect(dv("B8")).toMatchObject({ type: "list", formulae: ["BC_List_Kind"], showErrorMessage: true, errorTitle: "Kies uit de lijst" });
  expect(dv("B9")).toMatchObject({ type: "decimal", operator: "lessThanOrEqual", formulae: [1000000] });
  expect(dv("B6")).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
  expect(dv("A4")).toBeUndefined();
});

test("a validation's bounds that are formulas are written as formulas (without '='), for the spreadsheet to evaluate", async () => {
  // From the XML: the library reads such a bound back as NaN.
  const b13 = (await fileValidations(await planToXlsx(samplePlan()))).filter((v) => v.cell === "B13");
  expect(b13).toEqual([
    { sheet: "Invoer", cell: "B13", type: "whole", operator: undefined, formulae: ["BC_BaseYear", "BC_BaseYear+4"], errorTitle: "Ongeldige invoer", error: "Voer een jaar van het model in." },
  ]);
});

test("conditional formats: expressions with their fill and font colour", () => {
  const cf = (wb.getWorksheet("Resultaat") as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill?: { bgColor?: { argb: string } }; font?: { color?: { argb: string } } | null } }[] }[] }).conditionalFormattings;
  expect(cf.map((c) => [c.ref, c.rules[0].type, c.rules[0].formulae[0], c.rules[0].style.fill?.bgColor?.argb, c.rules[0].style.font?.color?.argb])).toEqual([
    ["B5", "expression", "B5=1", "FFC6EFCE", undefined],
    ["B5", "expression", "B5<>1", "FFFFC7CE", "FF9C0006"],
  ]);
});

test("workbook-level names over single cells and over rows", () => {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  expect(Object.fromEntries(model.map((n) => [n.name, n.ranges]))).toEqual({
    BC_Tariff: ["Invoer!$B$4"],
    BC_Days: ["Invoer!$B$5"],
    BC_Share: ["Invoer!$B$6"],
    BC_BaseYear: ["Invoer!$B$7"],
    BC_List_Kind: ["Invoer!$F$4:$F$6"],
    BC_Years: ["Berekening!$B$2:$F$2"],
    BC_SavingReal: ["Berekening!$B$5:$F$5"],
    BC_NPV: ["Resultaat!$B$4"],
  });
});

test("a sheet name with a space is quoted in names (a model built beside sheets of the same name)", async () => {
  const v = validateCase(exampleCase());
  if (!v.ok) throw new Error("invalid example");
  const p = buildPlan(v.value, { lang: "nl", addinVersion: "t", builtAt: new Date("2026-11-22T10:00:00Z"), sheetNameSuffix: " (2)" });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await planToXlsx(p)));
  const model = book.definedNames.model as { name: string; ranges: string[] }[];
  expect(model.length).toBe(p.names.length);
  for (const n of model) expect(n.ranges[0]).toMatch(/^'[A-Za-z]+ \(2\)'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
});
