/**
 * The reader under Microsoft's own mock (office-addin-mock), as a smoke test that the code runs
 * against the shapes Microsoft's tooling provides. The recording fake (fakeExcel.ts) is the
 * stricter double for everything else: this mock neither records writes nor counts syncs.
 */
import { OfficeMockObject } from "office-addin-mock";
import { readModel } from "../../../src/workbook/office";

test("a workbook without a model is reported as such, by Microsoft's mock", async () => {
  const data = {
    context: {
      workbook: {
        worksheets: {
          items: { name: "Blad1" },
          metaSheet: { name: "BC_Meta", isNullObject: true, usedRange: { isNullObject: true, values: [] as unknown[][], getUsedRangeOrNullObject() { return this; } }, getUsedRangeOrNullObject() { return this.usedRange; } },
          getItemOrNullObject() {
            return this.metaSheet;
          },
        },
        // The mock loads "items/name" only from an object; the reader stops before it reads items.
        names: { items: { name: "", formula: "" } },
      },
    },
  };
  const mock = new OfficeMockObject(data);
  const context = mock.context as unknown as Excel.RequestContext;
  const outcome = await readModel(context);
  expect(outcome).toEqual({ found: false });
});
