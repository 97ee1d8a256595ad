/**
 * The hidden sheet BC_Meta damaged by hand (issue 12, classes 7 and 10): each damage as a change
 * of its rows, with the message the readers and the writer must give. Used by the reader's and
 * writer's tests and the command line's.
 */
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { exampleCase } from "../../src/model";
import { META_SHEET_NAME, type MetaDamage } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { planOf } from "./plans";

export type Rows = (string | number | null)[][];
export const INTERNALS = /is not a function|Cannot read prop|Invalid time value|undefined|null|Unexpected token|at position|JSON\.parse|TypeError|RangeError/;

export const plan = planOf(exampleCase(), "nl");
const metaSheet = plan.sheets.find((s) => s.key === "meta")!;
/** The BC_Meta rows as the plan writes them: key in column A, value in column B. */
export const metaRows: Rows = metaSheet.blocks.flatMap((b) =>
  b.cells.map((line) => line.map((c) => (c?.value === undefined ? null : (c.value as string | number)))),
);
const valueOf = (rows: Rows, key: string) => rows.find((r) => r[0] === key)?.[1];
const withValue = (key: string, value: string | number) => (rows: Rows) => rows.map((r) => (r[0] === key ? [key, value] : r));

export interface Damage {
  name: string;
  damage: (rows: Rows) => Rows;
  kind: MetaDamage["kind"] | "case";
  nl: string;
  en: string;
}

const n = metaRows.length;
export const META_DAMAGES: Damage[] = [
  {
    name: "a hand-added row case#999999999",
    damage: (rows) => [...rows, ["case#999999999", "{"]],
    kind: "partBeyondRows",
    nl: `de rij case#999999999 noemt deel 999999999, maar het blad heeft maar ${n + 1} rijen`,
    en: `the row case#999999999 names part 999999999, but the sheet has only ${n + 1} rows`,
  },
  {
    name: "a hand-added row case#4294967294",
    damage: (rows) => [...rows, ["case#4294967294", ""]],
    kind: "partBeyondRows",
    nl: `de rij case#4294967294 noemt deel 4294967294, maar het blad heeft maar ${n + 1} rijen`,
    en: `the row case#4294967294 names part 4294967294, but the sheet has only ${n + 1} rows`,
  },
  {
    name: "a part with more digits than a number holds",
    damage: (rows) => [...rows, ["names#123456789012345678901234567890", "x"]],
    kind: "partBeyondRows",
    nl: `de rij names#123456789012345678901234567890 noemt deel 1.2345678901234568e+29, maar het blad heeft maar ${n + 1} rijen`,
    en: `the row names#123456789012345678901234567890 names part 1.2345678901234568e+29, but the sheet has only ${n + 1} rows`,
  },
  {
    name: "a part in between missing",
    damage: (rows) => [...rows, ["names#2", "]"]],
    kind: "partMissing",
    nl: "de rij names#1 ontbreekt",
    en: "the row names#1 is missing",
  },
  {
    name: "the row with the case removed",
    damage: (rows) => rows.filter((r) => r[0] !== "case#0"),
    kind: "partMissing",
    nl: "de rij case#0 ontbreekt",
    en: "the row case#0 is missing",
  },
  {
    name: "a key twice",
    damage: (rows) => [...rows, ["lang", "en"]],
    kind: "keyTwice",
    nl: "de sleutel lang staat er twee keer",
    en: "the key lang is there twice",
  },
  ...(
    [
      ["sheets#0", "{}", "sheets", "the sheets an object instead of a list"],
      ["sheets#0", "null", "sheets", "the sheets null"],
      ["sheets#0", "[1,2]", "sheets", "the sheets a list of numbers"],
      ["sheets#0", '[{"key":"inputs","name":""}]', "sheets", "a sheet without a name"],
      ["names#0", "[oops", "names", "the names not JSON"],
      ["names#0", "[1]", "names", "a name that is a number"],
      ["footprint#0", '{"inputs":[{"row":0,"col":0,"rowCount":1000000000,"colCount":1}]}', "footprint", "a footprint a billion rows long"],
      ["footprint#0", '{"inputs":[{"row":-1,"col":0,"rowCount":1,"colCount":1}]}', "footprint", "a footprint above the first row"],
      ["footprint#0", '{"nosheet":[]}', "footprint", "a footprint of a sheet the add-in never makes"],
      ["builtAt", "gisteren", "builtAt", "the build time not a time"],
      ["builtAt", "2026-13-45T99:00:00Z", "builtAt", "the build time a month 13"],
      ["lang", "fr", "lang", "a language the add-in does not speak"],
      ["case#0", '{"schemaVersion":1,', "case", "the case's JSON cut short"],
    ] as const
  ).map(([key, value, field, name]): Damage => ({
    name,
    damage: withValue(key, value),
    // The decoder hands on the case's text; the JSON is parsed (and refused) where it is validated.
    kind: field === "case" ? "case" : "field",
    nl: `de waarde bij ${field} is niet zoals de invoegtoepassing die schreef`,
    en: `the value of ${field} is not as the add-in wrote it`,
  })),
  {
    name: "a recorded case that does not pass validation",
    damage: withValue("case#0", (valueOf(metaRows, "case#0") as string).replace('"title":"Businesscase gezinsgerichte zorg"', '"title":""')),
    kind: "case",
    nl: "de vastgelegde casus is niet geldig (title: is verplicht)",
    en: "the recorded case is not valid (title: is required)",
  },
];

export const full = (detail: { nl: string; en: string }) => ({
  nl: `het verborgen blad BC_Meta van het model is beschadigd: ${detail.nl}; bouw het model opnieuw op vanuit een casusbestand`,
  en: `the model's hidden sheet BC_Meta is damaged: ${detail.en}; build the model again from a case file`,
});

/** The model's .xlsx file with BC_Meta's rows replaced. */
let modelXlsx: Promise<Uint8Array> | undefined;
export async function xlsxWithMetaRows(rows: Rows): Promise<Uint8Array> {
  modelXlsx ??= planToXlsx(plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await modelXlsx);
  const ws = wb.getWorksheet(META_SHEET_NAME)!;
  for (let r = 1; r <= Math.max(ws.rowCount, rows.length); r++) for (const c of [1, 2]) ws.getCell(r, c).value = null;
  rows.forEach((line, r) => line.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  return wb.xlsx.writeBuffer();
}
