/**
 * Page breaks as the plan places them (plan/print.ts): a block of rows that fits on a page is never
 * split, a block starts a new page when it does not fit on what is left, and a block longer than a
 * page starts on a new page unless its header and first rows fit. LibreOffice's PDF of the examples
 * is held to these breaks in test/engine/paper.engine.test.ts.
 */
import { pageLayout, scaleToWidth, type PageInput } from "../../../src/workbook/plan/print";

const base: Omit<PageInput, "usedRows"> = { orientation: "portrait", titleRows: 2, columnWidths: [40, 20], oneWide: true, rowHeight: () => 15 };
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

test("a sheet narrow enough is scaled to one page wide; a wide one that may not be prints at 100 %", () => {
  expect(scaleToWidth("portrait", [40, 20])).toBe(100);
  const wide = [60, 20, 20, 80, 20];
  const scale = scaleToWidth("landscape", wide);
  expect(scale).toBeLessThan(100);
  // At that scale the columns fit the printable width (A4 landscape less 0.7 inch each side).
  expect((wide.reduce((s, w) => s + w * 5.6 + 4, 0) * scale) / 100).toBeLessThanOrEqual(842 - 2 * 0.7 * 72);
  expect(pageLayout({ ...base, columnWidths: wide, oneWide: false, usedRows: rows(0, 10) }).scale).toBe(100);
});

test("blocks that fit on the page are never split, and a block that does not fit starts the next page", () => {
  // Blocks of 20 rows with an empty row between: about 41 rows of 15 points fit under the titles.
  const used = [...rows(0, 1), ...rows(3, 22), ...rows(24, 43), ...rows(45, 64)];
  const { rowBreaks } = pageLayout({ ...base, usedRows: used });
  expect(rowBreaks.length).toBeGreaterThan(0);
  for (const r of rowBreaks) expect([3, 24, 45]).toContain(r);
});

test("a block longer than a page starts a new page when its header and first rows do not fit, then flows", () => {
  const used = [...rows(0, 1), ...rows(3, 40), ...rows(42, 142)];
  const { rowBreaks } = pageLayout({ ...base, usedRows: used });
  // The long block (32-132) starts a page of its own (its header would not fit under the first block), then flows.
  expect(rowBreaks[0]).toBe(42);
  for (const r of rowBreaks.slice(1)) expect(r).toBeGreaterThanOrEqual(42 + 4);
  // Every page holds no more rows than fit.
  const starts = [3, ...rowBreaks, 143];
  for (let k = 0; k + 1 < starts.length; k++) expect((starts[k + 1] - starts[k]) * 15).toBeLessThanOrEqual(842);
});

test("without breaks the title rows and a short sheet stay on one page", () => {
  expect(pageLayout({ ...base, usedRows: [0, 1, 3, 4, 5] }).rowBreaks).toEqual([]);
});

test("a block longer than a page flows on from the page it starts on when its header and first rows fit there", () => {
  const used = [...rows(0, 1), ...rows(3, 10), ...rows(12, 112)];
  const { rowBreaks } = pageLayout({ ...base, usedRows: used });
  expect(rowBreaks[0]).toBeGreaterThan(12 + 4);
});
