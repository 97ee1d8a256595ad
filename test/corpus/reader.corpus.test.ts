/**
 * The invalid corpus through the reader that takes a case back from a workbook: every corpus
 * file whose faults are values of input cells (a negative tariff, a share above 1, text where a
 * number belongs, a one-off cost outside the horizon, ...) is made by typing those values into a
 * model built from the valid example. The reader must give the same problem for the same field,
 * name the cell, and return no case. Text goes into the file as Excel saves what a user typed or
 * pasted: a character XML cannot hold as _xHHHH_, an underscore that would start such a code as
 * _x005F_ (ECMA-376 22.4.2.4), so that the reader meets it as Excel would hand it over.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { characterNotInXml, validateCase } from "../../src/model";
import { buildPlan, cellA1 } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { readCaseFromXlsx, differences, pathString } from "../../src/workbook/read";
import { invalidCorpus } from "./corpus";
import { makeZip, unzip, utf8 } from "../support/zipFiles";

/**
 * The valid case the corpus's files were written from: the example as it was before its tariffs
 * carried their price years and index factors (issue 11), without the source notes. Kept as a file,
 * so that the example may change without every corpus file differing from it in more than its fault.
 */
function baseCase(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "base.json"), "utf8"));
}

const v = validateCase(baseCase());
if (!v.ok) throw new Error("the base case must be valid");
const plan = buildPlan(v.value, { lang: "nl", addinVersion: "test", builtAt: new Date("2026-11-22T10:00:00Z") });
const inputsSheet = plan.sheets.find((s) => s.key === "inputs")!;
const bindingByPath = new Map(plan.inputs.map((b) => [pathString(b.path), b]));

/** A text as Excel writes it in a cell's XML (ST_Xstring): escapes first, then what XML must not see raw (a carriage return would arrive as a line feed). */
function excelXmlText(text: string): string {
  return (
    text
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
  );
}

/** The cell values that turn the base case into the corpus case, or null when the fault is not a cell value. */
function cellEdits(caseJson: unknown): Map<string, unknown> | null {
  if (typeof caseJson !== "object" || caseJson === null || Array.isArray(caseJson)) return null;
  const edits = new Map<string, unknown>();
  for (const d of differences(baseCase(), caseJson)) {
    const b = bindingByPath.get(d.path);
    if (!b || b.sheet !== "inputs") return null;
    // Only edits of values the model shows: not fields the case adds, not what a cell cannot hold.
    if (d.before === undefined || d.now === undefined || (typeof d.now === "object" && d.now !== null)) return null;
    if (typeof d.now === "number" && !Number.isFinite(d.now)) return null;
    if (b.type === "enum") return null;
    // A number typed into a text cell is text there (a title "42" is fine).
    if ((b.type === "text" || b.type === "optionalText") && typeof d.now !== "string") return null;
    // A character XML cannot hold: Excel writes it as _xHHHH_, which the workbook library hands
    // over as those seven characters (the case then differs, but holds nothing a file cannot).
    if (typeof d.now === "string" && characterNotInXml(d.now) !== null) return null;
    edits.set(cellA1(b.row, b.col), d.now);
  }
  return edits.size > 0 ? edits : null;
}

const representable = invalidCorpus()
  .map((entry) => ({ entry, edits: cellEdits(JSON.parse(entry.text)) }))
  .filter((x): x is { entry: (typeof x)["entry"]; edits: Map<string, unknown> } => x.edits !== null);

test("at least a third of the corpus is about values a user can type into the model", () => {
  expect(representable.length).toBeGreaterThanOrEqual(15);
});

test.each(representable.map((x) => [x.entry.file, x] as const))("%s", async (_file, { entry, edits }) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await planToXlsx(plan));
  const ws = wb.getWorksheet(inputsSheet.name)!;
  // Texts go in as placeholders, replaced in the file's XML by what Excel would have written.
  const texts = new Map<string, string>();
  for (const [address, value] of edits) {
    if (typeof value !== "string") {
      ws.getCell(address).value = value as ExcelJS.CellValue;
      continue;
    }
    const placeholder = `TYPED-TEXT-${texts.size}-HERE`;
    texts.set(placeholder, value);
    ws.getCell(address).value = placeholder;
  }
  const written = await wb.xlsx.writeBuffer();
  const bytes =
    texts.size === 0
      ? written
      : makeZip(
          (await unzip(written)).map((e) => {
            if (!/\.xml$/.test(e.name)) return e;
            let xml = new TextDecoder().decode(e.data);
            for (const [placeholder, value] of texts) xml = xml.replace(placeholder, () => excelXmlText(value));
            return { ...e, data: utf8(xml) };
          }),
        );

  const read = await readCaseFromXlsx(bytes);
  expect(read.found).toBe(true);
  if (!read.found) return;
  expect(read.value).toBeUndefined();
  for (const want of entry.expected) {
    const got = read.problems.find((p) => p.path === want.path);
    expect([want.path, got?.nl.startsWith(want.nl.replace(/ liggen$/, "")), got?.en.startsWith(want.en)]).toEqual([want.path, true, true]);
    expect(got?.cell).toMatch(new RegExp(`^${inputsSheet.name}!\\$?[A-Z]+\\$?\\d+$`));
  }
});
