/**
 * The writer and the reader under Microsoft's own mock (office-addin-mock), as smoke tests that
 * the code runs against the object shapes Microsoft's tooling provides. The mock records nothing
 * and counts no syncs, so the seed below keeps every range, sheet and call the writer makes; the
 * recording fake (fakeExcel.ts) is the stricter double for everything else.
 */
import { OfficeMockObject } from "office-addin-mock";
import { applyPlan, readModel } from "../../../src/workbook/office";
import { formulaEntry } from "../../../src/workbook/office/cellInput";
import { samplePlan } from "../../support/samplePlans";

type MockRange = { formulas: unknown[][]; numberFormat: unknown[][] };

/** A seed workbook holding one user sheet, that remembers what the writer did to it. */
function seededWorkbook() {
  const ranges: { sheet: string; row: number; col: number; rows: number; cols: number; range: MockRange }[] = [];
  const calls: string[] = [];
  const sheets = new Map<string, Record<string, unknown>>();

  const rangeSeed = () => ({
    formulas: [] as unknown[][],
    numberFormat: [] as unknown[][],
    values: [] as unknown[][],
    address: "",
    format: {
      fill: { color: "" },
      font: { color: "", bold: false, italic: false, size: 11 },
      protection: { locked: true },
      wrapText: false,
      horizontalAlignment: "General",
      verticalAlignment: "Bottom",
      columnWidth: 0,
      rowHeight: 0,
      useStandardHeight: false,
      borders: {
        edge: { style: "", color: "" },
        getItem(this: { edge: unknown }) {
          return this.edge;
        },
      },
    },
    dataValidation: { rule: {}, errorAlert: {}, clear() {} },
    conditionalFormats: {
      format: { custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } } },
      add(this: { format: unknown }) {
        return this.format;
      },
      clearAll() {},
    },
    merge() {
      calls.push("merge");
    },
    unmerge() {},
    clear() {},
  });

  const sheetSeed = (name: string) => ({
    name,
    position: 0,
    visibility: "Visible",
    tabColor: "",
    protection: {
      protect() {
        calls.push(`protect ${name}`);
      },
      unprotect() {},
    },
    freezePanes: {
      freezeAt() {
        calls.push(`freezeAt ${name}`);
      },
      freezeRows() {
        calls.push(`freezeRows ${name}`);
      },
      freezeColumns() {},
      unfreeze() {},
    },
    pageLayout: {
      orientation: "",
      paperSize: "",
      zoom: {},
      setPrintTitleRows(rows: string) {
        calls.push(`printTitleRows ${name} ${rows}`);
      },
      headersFooters: { defaultForAllPages: { centerFooter: "" } },
    },
    horizontalPageBreaks: {
      removePageBreaks() {
        calls.push(`removePageBreaks ${name}`);
      },
      add() {
        calls.push(`addPageBreak ${name}`);
      },
    },
    charts: {
      chart: {
        name: "",
        title: { text: "" },
        legend: { position: "" },
        axes: { valueAxis: { title: { text: "" } } },
        series: {
          item: { name: "", chartType: "", setValues() {}, setXAxisValues() {} },
          getItemAt(this: { item: unknown }) {
            return this.item;
          },
          add(this: { item: unknown }) {
            return this.item;
          },
        },
        setPosition() {},
      },
      add(this: { chart: unknown }) {
        calls.push(`chart ${name}`);
        return this.chart;
      },
    },
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      const range = new OfficeMockObject(rangeSeed()) as unknown as MockRange;
      ranges.push({ sheet: name, row, col, rows, cols, range });
      return range;
    },
    getRanges() {
      return new OfficeMockObject(rangeSeed());
    },
    getUsedRangeOrNullObject() {
      return new OfficeMockObject({ ...rangeSeed(), isNullObject: true });
    },
    activate() {
      calls.push(`activate ${name}`);
    },
    delete() {},
  });

  const data = {
    context: {
      workbook: {
        worksheets: {
          // The mock loads "items/name" only from an object; `map` lists the one sheet the user has.
          items: { name: "", position: 0, map: (f: (ws: unknown) => unknown) => [{ name: "Blad1", position: 0 }].map(f) },
          getItemOrNullObject() {
            return new OfficeMockObject({
              isNullObject: true,
              getUsedRangeOrNullObject() {
                return new OfficeMockObject({ isNullObject: true, values: [] });
              },
            });
          },
          add(name: string) {
            const ws = new OfficeMockObject(sheetSeed(name)) as unknown as Record<string, unknown>;
            sheets.set(name, ws);
            calls.push(`add ${name}`);
            return ws;
          },
        },
        names: {
          items: { name: "", formula: "", map: (f: (n: unknown) => unknown) => [].map(f) },
          add(name: string) {
            calls.push(`name ${name}`);
          },
          getItem() {
            return {};
          },
        },
      },
    },
  };
  return { mock: new OfficeMockObject(data), ranges, calls, sheets };
}

test("a fresh build of the sample plan runs against Microsoft's mock and writes every block as one 2-D array", async () => {
  const plan = samplePlan();
  const { mock, ranges, calls, sheets } = seededWorkbook();
  const outcome = await applyPlan(mock.context as unknown as Excel.RequestContext, plan);
  expect(outcome).toMatchObject({ ok: true, syncs: 2, sheets: ["Invoer", "Berekening", "Resultaat"] });
  expect(calls.filter((c) => c.startsWith("add "))).toEqual(["add Invoer", "add Berekening", "add Resultaat", "add BC_Meta"]);
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      const cols = Math.max(...b.cells.map((l) => l.length));
      const written = ranges.find((r) => r.sheet === s.name && r.row === b.row && r.col === b.col && r.rows === b.cells.length && r.cols === cols);
      expect(written?.range.formulas).toEqual(b.cells.map((line) => Array.from({ length: cols }, (_, c) => formulaEntry(line[c]))));
    }
  }
  expect(sheets.get("BC_Meta")!.visibility).toBe("VeryHidden");
  expect(sheets.get("Invoer")!.tabColor).toBe("#FFC000");
  expect((sheets.get("Invoer") as unknown as { pageLayout: unknown }).pageLayout).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { scale: 85 },
    headersFooters: { defaultForAllPages: { centerFooter: "&A - &P / &N" } },
  });
  expect(calls.filter((c) => c.startsWith("printTitleRows "))).toEqual(["printTitleRows Invoer $1:$3"]);
  expect(calls.filter((c) => c.startsWith("addPageBreak "))).toEqual(["addPageBreak Invoer"]);
  expect(calls.filter((c) => c.startsWith("name "))).toHaveLength(plan.names.length);
  expect(calls.filter((c) => c.startsWith("protect "))).toEqual(["protect Invoer", "protect Berekening", "protect Resultaat"]);
  expect(calls).toContain("chart Resultaat");
  expect(calls[calls.length - 1]).toBe("activate Resultaat");
});

test("a workbook without a model is reported as such by the reader, under Microsoft's mock", async () => {
  const data = {
    context: {
      workbook: {
        worksheets: {
          items: { name: "Blad1" },
          metaSheet: {
            name: "BC_Meta",
            isNullObject: true,
            usedRange: {
              isNullObject: true,
              values: [] as unknown[][],
              getUsedRangeOrNullObject() {
                return this;
              },
            },
            getUsedRangeOrNullObject() {
              return this.usedRange;
            },
          },
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
