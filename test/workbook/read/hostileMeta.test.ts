/**
 * Issue 12, classes 7 and 10: the hidden sheet BC_Meta damaged by hand. The one decoder that the
 * .xlsx reader, the Office.js reader and the Office.js writer share reports each damage at once
 * (a hand-added row `case#999999999` cost 96 s of CPU; `case#4294967294` never finished), in
 * Dutch and English, saying what is wrong and never with JavaScript's own words ("meta.sheets.find
 * is not a function", "Invalid time value"). The readers return no case; the writer writes nothing.
 */
import { decodeMeta, META_SHEET_NAME } from "../../../src/workbook/plan";
import { applyPlan, readModel } from "../../../src/workbook/office";
import { lastBuildFromMetaRows, readCaseFromXlsx } from "../../../src/workbook/read";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { evaluatorFor } from "../../support/plans";
import { full, INTERNALS, META_DAMAGES, metaRows, plan, xlsxWithMetaRows } from "../../support/hostileMeta";

// Each test builds or reads a whole workbook; on a loaded machine that can take a few seconds.
jest.setTimeout(60_000);

const withValue = (key: string, value: string | number) => (rows: typeof metaRows) => rows.map((r) => (r[0] === key ? [key, value] : r));

test("the undamaged rows decode, and a sheet without the marker is no model at all", () => {
  expect(decodeMeta(metaRows).ok).toBe(true);
  expect(lastBuildFromMetaRows(metaRows).ok).toBe(true);
  expect(decodeMeta(withValue("marker", "iets anders")(metaRows))).toEqual({ ok: false, reason: "absent" });
});

describe.each(META_DAMAGES.map((d) => [d.name, d] as const))("%s", (_name, d) => {
  const rows = d.damage(metaRows);
  const expected = full(d);

  it("the decoder says so at once, with what is wrong, in Dutch and English", () => {
    const decoded = decodeMeta(rows);
    if (d.kind === "case") expect(decoded.ok).toBe(true);
    else expect(decoded).toMatchObject({ ok: false, reason: "damaged", damage: { kind: d.kind } });
    const last = lastBuildFromMetaRows(rows);
    expect(last).toEqual({ ok: false, reason: "damaged", ...expected });
    expect(`${expected.nl} ${expected.en}`).not.toMatch(INTERNALS);
  });

  it("the .xlsx reader returns no case and the same message", async () => {
    const read = await readCaseFromXlsx(await xlsxWithMetaRows(rows));
    expect(read).toEqual({ found: false, reason: "damaged", ...expected });
  });

  it("inside Excel, the reader says the model is damaged and the writer writes nothing", async () => {
    const fake = new FakeExcel({ evaluate: evaluatorFor([plan]) });
    fake.addSheet("Blad1");
    expect((await applyPlan(asContext(fake), plan)).ok).toBe(true);
    fake.replaceRows(META_SHEET_NAME, rows);
    const read = await readModel(asContext(fake));
    expect(read).toEqual({ found: "damaged", ...expected });
    const before = fake.snapshot();
    const again = await applyPlan(asContext(fake), plan);
    if (again.ok || !("conflicts" in again)) throw new Error("the writer did not refuse");
    // Then every sheet and name looks like someone else's: the add-in cannot tell its own any more.
    expect(again.conflicts[0]).toEqual({
      kind: "sheet",
      name: META_SHEET_NAME,
      message: {
        nl: `Het blad BC_Meta bestaat al, maar is niet te lezen: ${expected.nl}.`,
        en: `The sheet BC_Meta exists but cannot be read: ${expected.en}.`,
      },
    });
    expect(fake.snapshot()).toEqual(before);
  });
});
