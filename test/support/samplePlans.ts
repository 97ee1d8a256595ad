/**
 * Hand-made workbook plans for the writers' tests, independent of buildPlan: small enough to
 * check cell by cell, and made to use every style, every number format, every kind of
 * validation (a list, a number between two bounds, one bound only), a conditional format with a
 * font colour, a chart with a line series, merges, frozen rows and columns, protection, names
 * over single cells and over rows, formulas across sheets and through names, formulas whose
 * results are text, empty text and a boolean, and texts that Excel would take for a date, a
 * number or a formula if they were typed.
 *
 * The cached results are worked by hand from the inputs below (the LibreOffice test recalculates
 * them independently).
 */
import { exampleCase, validateCase } from "../../src/model";
import {
  NUMBER_FORMATS,
  STYLES,
  encodeMeta,
  type BlockPlan,
  type CellPlan,
  type NamePlan,
  type RangeRef,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/workbook/plan";

export const SAMPLE_SHEETS = { inputs: "Invoer", calc: "Berekening", results: "Resultaat" } as const;

/** The sample's inputs and the figures worked from them by hand. */
export const SAMPLE = {
  tariff: 250,
  days: 365,
  share: 0.56,
  baseYear: 2026,
  ambulant: 5000,
  // 250 x 365 + 5000 x 0.56 = 91,250 + 2,800
  costPerPlacement: 94050,
  years: [2026, 2027, 2028, 2029, 2030],
  phase: [0, 0.25, 0.5, 0.75, 1],
  // phase x 94,050
  saving: [0, 23512.5, 47025, 70537.5, 94050],
  // saving(0) + sum over i = 1..4 of saving(i) / 1.0225^i
  npv: 23512.5 / 1.0225 + 47025 / 1.0225 ** 2 + 70537.5 / 1.0225 ** 3 + 94050 / 1.0225 ** 4,
  // 2026-11-22 as an Excel serial date: 46,023 (2026-01-01: 126 years of 365 days + 31 leap days + 2 for 1899-12-30) + 325 days
  builtAtSerial: 46348,
} as const;

const cell = (value: CellPlan["value"], style: CellPlan["style"], numberFormat?: CellPlan["numberFormat"]): CellPlan => ({ value, style, numberFormat });
const formula = (f: string, result: CellPlan["result"], style: CellPlan["style"], numberFormat?: CellPlan["numberFormat"]): CellPlan => ({
  formula: f,
  result,
  style,
  numberFormat,
});
const rect = (row: number, col: number, rowCount = 1, colCount = 1): RangeRef => ({ row, col, rowCount, colCount });

function inputsSheet(): SheetPlan {
  const main: BlockPlan = {
    row: 0,
    col: 0,
    cells: [
      [cell("Invoer voorbeeld", "title")],
      [cell("Vul de gele cellen in; de rest rekent mee.", "note")],
      [cell("Gegeven", "header"), cell("Waarde", "header"), cell("Eenheid", "header"), cell("Bron", "header")],
      [cell("Dagtarief", "label"), cell(SAMPLE.tariff, "input", "eur2"), cell("per dag", "unit"), cell("Trouw 2019", "inputNote", "text")],
      [cell("Dagen per jaar", "label"), cell(SAMPLE.days, "input", "integer"), cell("dagen", "unit")],
      [cell("Aandeel ambulant", "label"), cell(SAMPLE.share, "input", "percent")],
      [cell("Basisjaar", "label"), cell(SAMPLE.baseYear, "input", "year")],
      [cell("Soort", "label"), cell("Pleegzorg", "inputText", "text")],
      [cell("Ambulant bedrag", "label"), cell(SAMPLE.ambulant, "input", "eur")],
      // Text that Excel would read as a date, a formula, a fraction or a percentage if typed.
      [cell("Startdatum", "label"), cell("2026-01-01", "inputText", "text")],
      [cell("+ toeslag", "label"), cell("1/0", "label"), cell("12%", "label")],
      [cell("Weken per jaar", "label"), cell(52, "constant", "integer")],
      // A year whose validation follows the base year: its bounds are formulas.
      [cell("Begrotingsjaar", "label"), cell(SAMPLE.baseYear + 1, "input", "year")],
    ],
  };
  const list: BlockPlan = { row: 3, col: 5, cells: [[cell("Instelling", "constant")], [cell("Gezinshuis", "constant")], [cell("Pleegzorg", "constant")]] };
  return {
    key: "inputs",
    name: SAMPLE_SHEETS.inputs,
    blocks: [main, list],
    columnWidths: { 0: 24, 1: 14, 2: 10, 3: 30, 5: 14 },
    freeze: { rows: 3, columns: 1 },
    print: { orientation: "landscape", titleRows: 3, scale: 85, rowBreaks: [8], footer: "&A - &P / &N" },
    tabColor: "#FFC000",
    protect: true,
    visibility: "visible",
    validations: [
      { range: rect(3, 1), type: "decimal", min: 0, max: 10000, errorTitle: "Ongeldige invoer", errorMessage: "Voer een getal in tussen 0 en 10.000." },
      { range: rect(4, 1), type: "whole", min: 1, max: 366, errorTitle: "Ongeldige invoer", errorMessage: "Voer een geheel getal in tussen 1 en 366." },
      { range: rect(5, 1), type: "decimal", min: 0, max: 1, errorTitle: "Ongeldige invoer", errorMessage: "Voer een getal in tussen 0 en 1." },
      { range: rect(6, 1), type: "whole", min: 1990, errorTitle: "Ongeldige invoer", errorMessage: "Voer een jaar in vanaf 1990." },
      { range: rect(7, 1), type: "list", source: "=BC_List_Kind", errorTitle: "Kies uit de lijst", errorMessage: "Kies een soort uit de lijst." },
      { range: rect(8, 1), type: "decimal", max: 1000000, errorTitle: "Ongeldige invoer", errorMessage: "Voer een bedrag in tot 1.000.000." },
      {
        range: rect(12, 1),
        type: "whole",
        min: "=BC_BaseYear",
        max: "=BC_BaseYear+4",
        errorTitle: "Ongeldige invoer",
        errorMessage: "Voer een jaar van het model in.",
      },
    ],
    conditionalFormats: [],
    merges: [rect(0, 0, 1, 4)],
  };
}

function calcSheet(): SheetPlan {
  const cols = ["B", "C", "D", "E", "F"];
  const years: CellPlan[] = cols.map((_, i) =>
    i === 0 ? formula("=BC_BaseYear", SAMPLE.years[0], "link", "year") : formula(`=${cols[i - 1]}2+1`, SAMPLE.years[i], "calc", "year"),
  );
  return {
    key: "calc",
    name: SAMPLE_SHEETS.calc,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [cell("Berekening", "title")],
          [cell("Jaar", "label"), ...years],
          [cell("Kosten per plaatsing", "label"), formula("=BC_Tariff*BC_Days+Invoer!B9*BC_Share", SAMPLE.costPerPlacement, "calc", "eur")],
          [cell("Fase", "label"), ...cols.map((c, i) => formula(`=(${c}2-BC_BaseYear)/4`, SAMPLE.phase[i], "calc", "factor"))],
          [cell("Besparing", "label"), ...cols.map((c, i) => formula(`=${c}4*$B$3`, SAMPLE.saving[i], "output", "eur"))],
          [cell("Per 1.000", "label"), formula("=B3/1000", SAMPLE.costPerPlacement / 1000, "calc", "per1000")],
          [cell("Oordeel", "label"), formula('=IF(BC_Tariff>200,"hoog","laag")', "hoog", "calc", "general")],
          [cell("Leeg", "label"), formula('=IF(BC_Tariff>1000,"te hoog","")', "", "calc")],
          [cell("Boven 100?", "label"), formula("=BC_Tariff>100", true, "check")],
          [cell("Aandeel", "label"), formula("=BC_Share", SAMPLE.share, "link", "percent2")],
          [cell("Weken", "label"), formula("=BC_Days/7", SAMPLE.days / 7, "calc", "count")],
        ],
      },
    ],
    columnWidths: { 0: 22 },
    freeze: { rows: 2, columns: 0 },
    print: { orientation: "portrait", titleRows: 0, scale: 100, rowBreaks: [], footer: "&P" },
    tabColor: "#7F7F7F",
    protect: true,
    visibility: "visible",
    validations: [],
    conditionalFormats: [],
    merges: [],
  };
}

function resultsSheet(): SheetPlan {
  return {
    key: "results",
    name: SAMPLE_SHEETS.results,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [cell("Resultaat", "title")],
          [cell("Samenvatting", "subtitle")],
          [cell("Kerncijfer", "header"), cell("Waarde", "header")],
          [cell("Netto contante waarde", "label"), formula("=Berekening!B5+NPV(0.0225,Berekening!C5:F5)", SAMPLE.npv, "keyFigure", "eur")],
          [cell("Controle", "label"), formula("=IF(BC_NPV>0,1,0)", 1, "check", "integer")],
          [cell("Let op", "label"), cell("Voorbeeldcijfers", "warning")],
          [cell("Gebouwd op", "label"), cell(SAMPLE.builtAtSerial, "calc", "date")],
          [cell("Versie", "label"), cell("1.0.0", "calc", "text")],
          [cell("Voorbeeld invoer", "label"), cell(SAMPLE.tariff, "inputSample", "eur")],
          [cell("Grafieken voegt de invoegtoepassing toe als u dit bestand in Excel opent.", "note")],
          [],
          [cell("Over dit blad", "section")],
          [cell("De kerncijfers van het voorbeeld, met een controle en de tekst voor een voorstel die de uitkomsten volgt.", "purpose")],
          [
            formula(
              '="De netto contante waarde staat hierboven; elke zin is een formule."',
              "De netto contante waarde staat hierboven; elke zin is een formule.",
              "sentence",
            ),
          ],
          [formula("=A14", "De netto contante waarde staat hierboven; elke zin is een formule.", "paragraph")],
        ],
      },
    ],
    columnWidths: { 0: 26, 1: 16 },
    rowHeights: { 12: 45, 13: 30, 14: 30 },
    tabColor: "#70AD47",
    protect: true,
    visibility: "visible",
    validations: [],
    conditionalFormats: [
      { range: rect(4, 1), formula: "B5=1", fill: "#C6EFCE" },
      { range: rect(4, 1), formula: "=B5<>1", fill: "#FFC7CE", fontColor: "#9C0006" },
    ],
    merges: [rect(9, 0, 1, 4), rect(12, 0, 1, 2), rect(13, 0, 1, 2), rect(14, 0, 1, 2)],
  };
}

export const SAMPLE_NAMES: NamePlan[] = [
  { name: "BC_Tariff", sheet: "inputs", range: rect(3, 1), comment: "Dagtarief" },
  { name: "BC_Days", sheet: "inputs", range: rect(4, 1), comment: "Dagen per jaar" },
  { name: "BC_Share", sheet: "inputs", range: rect(5, 1), comment: "Aandeel ambulant" },
  { name: "BC_BaseYear", sheet: "inputs", range: rect(6, 1), comment: "Basisjaar" },
  { name: "BC_List_Kind", sheet: "inputs", range: rect(3, 5, 3, 1), comment: "Soorten" },
  { name: "BC_Years", sheet: "calc", range: rect(1, 1, 1, 5), comment: "Jaren" },
  { name: "BC_SavingReal", sheet: "calc", range: rect(4, 1, 1, 5), comment: "Besparing per jaar" },
  { name: "BC_NPV", sheet: "results", range: rect(3, 1), comment: "Netto contante waarde" },
];

/** The sample plan: three visible sheets and BC_Meta (very hidden), in Dutch. */
export function samplePlan(): WorkbookPlan {
  const sheets = [inputsSheet(), calcSheet(), resultsSheet()];
  const v = validateCase(exampleCase());
  if (!v.ok) throw new Error("the example case is invalid");
  const footprint = Object.fromEntries(
    sheets.map((s) => [s.key, s.blocks.map((b) => rect(b.row, b.col, b.cells.length, Math.max(1, ...b.cells.map((l) => l.length))))]),
  );
  const metaRows = encodeMeta({
    addinVersion: "sample",
    lang: "nl",
    builtAt: "2026-11-22T10:00:00.000Z",
    sheets: [...sheets.map((s) => ({ key: s.key, name: s.name })), { key: "meta", name: "BC_Meta" }],
    names: SAMPLE_NAMES.map((n) => n.name),
    footprint,
    caseJson: JSON.stringify(v.value),
  });
  const meta: SheetPlan = {
    key: "meta",
    name: "BC_Meta",
    blocks: [
      { row: 0, col: 0, cells: metaRows.map(([k, value]) => [cell(k, "meta", "text"), cell(value, "meta", typeof value === "number" ? "general" : "text")]) },
    ],
    columnWidths: {},
    protect: false,
    visibility: "veryHidden",
    validations: [],
    conditionalFormats: [],
    merges: [],
  };
  return {
    lang: "nl",
    sheets: [...sheets, meta],
    names: SAMPLE_NAMES,
    charts: [
      {
        sheet: "results",
        kind: "columnLine",
        title: "Besparing per jaar",
        anchor: rect(1, 3, 15, 7),
        categories: { sheet: "calc", range: rect(1, 1, 1, 5) },
        series: [
          { name: "Besparing", sheet: "calc", range: rect(4, 1, 1, 5), as: "column" },
          { name: "Fase", sheet: "calc", range: rect(3, 1, 1, 5), as: "line" },
        ],
        valueAxisTitle: "EUR",
      },
    ],
    inputs: [{ path: ["title"], name: "BC_Tariff", sheet: "inputs", row: 3, col: 1, type: "number" }],
    styles: STYLES,
    numberFormats: NUMBER_FORMATS,
  };
}

/**
 * A synthetic plan of the size of the largest case (about 20,000 cells over many blocks, a
 * validation on every input cell), for the operation and sync counts of the Office.js writer.
 */
export function bigSamplePlan(blockRows = 40, blocks = 25, cols = 31): WorkbookPlan {
  const plan = samplePlan();
  const calc = plan.sheets.find((s) => s.key === "calc")!;
  for (let k = 0; k < blocks; k++) {
    const row = 20 + k * (blockRows + 2);
    calc.blocks.push({
      row,
      col: 0,
      cells: Array.from({ length: blockRows }, (_, r) => [
        cell(`Regel ${r + 1}`, "label"),
        ...Array.from({ length: cols - 1 }, (_, c) => formula(`=$B$3*${c + 1}`, SAMPLE.costPerPlacement * (c + 1), r % 2 ? "calc" : "output", "eur")),
      ]),
    });
  }
  const inputs = plan.sheets.find((s) => s.key === "inputs")!;
  inputs.blocks.push({
    row: 20,
    col: 0,
    cells: Array.from({ length: 300 }, (_, r) => [cell(`Invoer ${r + 1}`, "label"), cell(r, "input", "count"), cell(r, "input", "count")]),
  });
  for (let r = 0; r < 300; r++)
    for (let c = 1; c <= 2; c++)
      inputs.validations.push({
        range: rect(20 + r, c),
        type: "decimal",
        min: 0,
        max: 1e6,
        errorTitle: "Ongeldige invoer",
        errorMessage: "Voer een getal in.",
      });
  return plan;
}
