/**
 * Issue 12, class 2 (and 1) at the writers: a plan holding a text no workbook can hold (U+FFFE, a
 * control character, half a surrogate pair) or a number that is not finite is refused by both
 * writers before anything is written; the .xlsx writer also opens its own output again and refuses
 * a file that is not sound. Validation keeps such input out (test/model/hostileText.test.ts); this
 * is the last line, for our own bugs.
 */
import { exampleCase } from "../../../src/model";
import { applyPlan } from "../../../src/workbook/office";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { planFault, WorkbookFault } from "../../../src/workbook/selfCheck/planFaults";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { planOf } from "../../support/plans";

// jest.mock is hoisted above the imports, so the writer gets the wrapped Workbook.
let mockCorruptOutput = false;
jest.mock("../../../src/workbook/xlsx/library", () => {
  const actual = jest.requireActual("../../../src/workbook/xlsx/library");
  class Workbook extends actual.Workbook {
    constructor() {
      super();
      const write = this.xlsx.writeBuffer.bind(this.xlsx);
      // Stands in for a writer bug: the file comes out cut short.
      this.xlsx.writeBuffer = async (...args: unknown[]) => {
        const bytes = new Uint8Array(await write(...args));
        return mockCorruptOutput ? bytes.slice(0, bytes.length - 100) : bytes;
      };
    }
  }
  return { __esModule: true, ...actual, Workbook };
});

/** The example's plan with one cell of the inputs sheet changed, as a bug in a sheet builder would. */
function planWith(value: string | number, field: "value" | "result" = "value"): WorkbookPlan {
  const p = planOf(exampleCase());
  const sheet = p.sheets.find((s) => s.key === "inputs")!;
  const cell = sheet.blocks[0].cells[0].find((c) => c !== null && c !== undefined)!;
  cell[field] = value as never;
  return p;
}

const faults: [string, WorkbookPlan, string][] = [
  ["U+FFFE in a text", planWith("Titel\ufffe"), "U+FFFE"],
  ["U+FFFF in a text", planWith("\uffff"), "U+FFFF"],
  ["an escape character", planWith("\u001b[2J"), "U+001B"],
  ["a NUL", planWith("a\u0000b"), "U+0000"],
  ["half a surrogate pair", planWith("a\ud800b"), "U+D800"],
  ["a lone low surrogate", planWith("\udc00"), "U+DC00"],
  ["a carriage return (it would come back as a line feed)", planWith("a\r\nb"), "U+000D"],
  ["a run of escapes the file would change", planWith("_x0041_x0042_"), "_x0041_x0042_"],
  ["NaN as a value", planWith(Number.NaN), "NaN"],
  ["Infinity as a cached result", planWith(Number.POSITIVE_INFINITY, "result"), "Infinity"],
];

test("the example's plan has no fault; tab, line feed, characters beyond the BMP and a single _x0041_ are fine", () => {
  expect(planFault(planOf(exampleCase()))).toBeNull();
  expect(planFault(planWith("a\tb\nc d \u{1F600} \u00e9 _x0041_"))).toBeNull();
});

test.each(faults)("%s: both writers refuse, naming the place, and write nothing", async (_name, plan, what) => {
  const fault = planFault(plan);
  expect(fault?.at).toMatch(/^sheets\[1\]\.blocks\[0\]\.cells\[0\]\[\d+\]\.(value|result)$/);
  expect(fault?.nl).toContain(what);
  expect(fault?.en).toContain(what);
  expect(fault?.en).toContain("nothing was written");

  await expect(planToXlsx(plan)).rejects.toEqual(new WorkbookFault(fault!.nl, fault!.en));

  const fake = new FakeExcel();
  fake.addSheet("Blad1", { A1: "van de gebruiker" });
  const before = fake.snapshot();
  expect(await applyPlan(asContext(fake), plan)).toEqual({ ok: false, error: { nl: fault!.nl, en: fault!.en }, rolledBack: false });
  expect(fake.snapshot()).toEqual(before);
  expect(fake.syncs).toBe(0);
});

test("the .xlsx writer opens its own output again and refuses a file that is not sound", async () => {
  mockCorruptOutput = true;
  try {
    const error = await planToXlsx(planOf(exampleCase())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFault);
    expect((error as WorkbookFault).nl).toBe(
      "de gemaakte werkmap is niet in orde (het zip-bestand is beschadigd; is het bestand afgebroken bij het kopiëren of downloaden?); er is niets geschreven",
    );
  } finally {
    mockCorruptOutput = false;
  }
  await expect(planToXlsx(planOf(exampleCase()))).resolves.toBeInstanceOf(Uint8Array);
});
