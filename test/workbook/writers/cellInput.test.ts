/**
 * Text written through `range.formulas` is read by Excel as typed input. The writer keeps text
 * as text with the apostrophe prefix where Excel could read it as something else, and only there;
 * the fake reads typed strings as Excel does, so these texts are checked end to end.
 */
import { formulaEntry, needsTextPrefix } from "../../../src/workbook/office/cellInput";
import { FakeExcel, asContext, excelInput } from "../../support/fakeExcel";

const risky = ["2026-11-22", "1/0", "12%", "1.000", "1,5", "-", "- korting", "+ toeslag", "=niet een formule", "@home", "'citaat", "TRUE", "waar", "12 jan", "mei 2026", "1e5", "€ 250", "2026-11-22T10:00:00.000Z", " 42 "];
const plain = ["Pleegzorg", "Regio 2026", "Gezinshuis (product 44A08)", "Businesscase gezinsgerichte zorg", "Jaar 1", "Scenario B", "", "1.0.0 versie", "Jeugdhulp 24-uurs"];

test.each(risky)("%j is written with the apostrophe", (text) => {
  expect(needsTextPrefix(text)).toBe(true);
  expect(formulaEntry({ value: text })).toBe(`'${text}`);
});

test.each(plain)("%j is written as it is", (text) => {
  expect(needsTextPrefix(text)).toBe(false);
  expect(formulaEntry({ value: text })).toBe(text);
});

test("numbers, booleans and formulas are written as they are; an empty plan cell leaves the cell alone", () => {
  expect(formulaEntry({ value: 250 })).toBe(250);
  expect(formulaEntry({ value: false })).toBe(false);
  expect(formulaEntry({ formula: "=SUM(A1:A3)", result: 6 })).toBe("=SUM(A1:A3)");
  expect(formulaEntry({ style: "input" })).toBeNull();
  expect(formulaEntry(null)).toBeNull();
});

test("the fake reads typed input as Excel does: without the apostrophe these texts would change", () => {
  expect(excelInput("2026-11-22")).toEqual({ value: 46348 });
  expect(excelInput("12%")).toEqual({ value: 0.12 });
  expect(excelInput("1,000.5")).toEqual({ value: 1000.5 });
  expect(excelInput("+ toeslag")).toEqual({ formula: "=+ toeslag" });
  expect(excelInput("TRUE")).toEqual({ value: true });
  expect(excelInput("'2026-11-22")).toEqual({ value: "2026-11-22" });
  expect(excelInput("Pleegzorg")).toEqual({ value: "Pleegzorg" });
});

test("every risky text arrives in the workbook as the same text", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Blad1");
  const context = asContext(fake);
  const range = context.workbook.worksheets.getItem("Blad1").getRangeByIndexes(0, 0, risky.length, 1);
  range.formulas = risky.map((text) => [formulaEntry({ value: text })]);
  await context.sync();
  expect(risky.map((_, r) => fake.sheet("Blad1")!.cells.get(`${r}:0`)?.value)).toEqual(risky);
});
