/**
 * Charts as the tests see them, from three sides: what the plan asks for, what the .xlsx file holds
 * (DrawingML: the sheet's drawing, its anchors and the chart parts) and what LibreOffice imported
 * (a flat ODF spreadsheet, .fods, where each chart is an embedded object that names the cell ranges
 * it reads and carries the values it drew). All three in one shape, so a test compares them whole.
 */
import { cellA1, rangeA1, type ChartPlan, type RangeRef, type WorkbookPlan } from "../../src/workbook/plan";
import { part, xlsxParts } from "./zipParts";

const { JSDOM } = require("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const parser = new new JSDOM("").window.DOMParser();
const xml = (text: string) => parser.parseFromString(text, "application/xml");

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface SeriesView {
  name: string;
  /** "column", "bar" or "line". */
  as: string;
  /** The cells it reads, as `Sheet!$A$1:$B$1` (sheet names unquoted). */
  values: string;
  categories: string;
}

export interface ChartView {
  sheet: string;
  title: string;
  /** First and last cell the chart covers, e.g. `A75:C90`. */
  cells: string;
  series: SeriesView[];
}

/** What the plan asks for, in the same shape. */
export function plannedCharts(plan: WorkbookPlan): ChartView[] {
  const name = new Map(plan.sheets.map((s) => [s.key, s.name]));
  const at = (sheet: ChartPlan["sheet"], r: RangeRef) => `${name.get(sheet)}!${rangeA1(r, true)}`;
  return plan.charts.map((c) => ({
    sheet: name.get(c.sheet)!,
    title: c.title,
    cells: `${cellA1(c.anchor.row, c.anchor.col)}:${cellA1(c.anchor.row + c.anchor.rowCount - 1, c.anchor.col + c.anchor.colCount - 1)}`,
    series: c.series.map((s) => ({
      name: s.name,
      as: c.kind === "line" ? "line" : c.kind === "barClustered" ? "bar" : c.kind === "columnLine" && s.as === "line" ? "line" : "column",
      values: at(s.sheet, s.range),
      categories: at(c.categories.sheet, c.categories.range),
    })),
  }));
}

/** The values the plan's cells hold (the calculation's results) for each series of each chart, in plan order. */
export function plannedValues(plan: WorkbookPlan): number[][][] {
  const sheetOf = new Map(plan.sheets.map((s) => [s.key, s]));
  const valueAt = (key: ChartPlan["sheet"], row: number, col: number): unknown => {
    for (const b of sheetOf.get(key)!.blocks) {
      const cell = b.cells[row - b.row]?.[col - b.col];
      if (row >= b.row && col >= b.col && cell) return cell.formula !== undefined ? cell.result : cell.value;
    }
    return undefined;
  };
  return plan.charts.map((c) =>
    c.series.map((s) => {
      const out: number[] = [];
      for (let r = 0; r < s.range.rowCount; r++) for (let k = 0; k < s.range.colCount; k++) out.push(Number(valueAt(s.sheet, s.range.row + r, s.range.col + k)));
      return out;
    }),
  );
}

/** The charts in an .xlsx file, with the values cached in each series (what a viewer that does not recalculate draws). */
export async function chartsInXlsx(bytes: Uint8Array): Promise<{ charts: ChartView[]; cached: number[][][]; frameNames: string[] }> {
  const parts = await xlsxParts(bytes);
  const rels = (path: string): Map<string, string> => {
    const dir = path.slice(0, path.lastIndexOf("/"));
    const relsPath = `${dir}/_rels/${path.slice(dir.length + 1)}.rels`;
    const out = new Map<string, string>();
    if (!parts.has(relsPath)) return out;
    for (const r of Array.from(xml(part(parts, relsPath)).getElementsByTagNameNS(REL, "Relationship")))
      out.set(r.getAttribute("Id")!, resolve(dir, r.getAttribute("Target")!));
    return out;
  };
  const charts: ChartView[] = [];
  const cached: number[][][] = [];
  const frameNames: string[] = [];
  const workbookRels = rels("xl/workbook.xml");
  for (const sheetEl of Array.from(xml(part(parts, "xl/workbook.xml")).getElementsByTagNameNS(MAIN, "sheet"))) {
    const sheetPath = workbookRels.get(sheetEl.getAttributeNS(R, "id")!)!;
    const sheetRels = rels(sheetPath);
    for (const d of Array.from(xml(part(parts, sheetPath)).getElementsByTagNameNS(MAIN, "drawing"))) {
      const drawingPath = sheetRels.get(d.getAttributeNS(R, "id")!)!;
      const drawingRels = rels(drawingPath);
      for (const anchor of Array.from(xml(part(parts, drawingPath)).getElementsByTagNameNS(XDR, "twoCellAnchor"))) {
        const chartRef = anchor.getElementsByTagNameNS(C, "chart")[0];
        if (!chartRef) continue;
        const corner = (tag: string) => {
          const el = anchor.getElementsByTagNameNS(XDR, tag)[0];
          const num = (t: string) => Number(el.getElementsByTagNameNS(XDR, t)[0].textContent);
          return { row: num("row"), col: num("col"), rowOff: num("rowOff"), colOff: num("colOff") };
        };
        const from = corner("from");
        const to = corner("to");
        // A two-cell anchor ends at the top-left corner of the cell after the last one it covers.
        const last = cellA1(to.rowOff === 0 ? to.row - 1 : to.row, to.colOff === 0 ? to.col - 1 : to.col);
        frameNames.push(anchor.getElementsByTagNameNS(XDR, "cNvPr")[0].getAttribute("name") ?? "");
        const doc = xml(part(parts, drawingRels.get(chartRef.getAttributeNS(R, "id")!)!));
        const series: SeriesView[] = [];
        const values: number[][] = [];
        for (const group of Array.from(doc.getElementsByTagNameNS(C, "plotArea")[0].children)) {
          if (!/Chart$/.test(group.localName)) continue;
          const barDir = group.getElementsByTagNameNS(C, "barDir")[0]?.getAttribute("val");
          const as = group.localName === "lineChart" ? "line" : barDir === "bar" ? "bar" : "column";
          for (const ser of Array.from(group.getElementsByTagNameNS(C, "ser"))) {
            const f = (tag: string) => ser.getElementsByTagNameNS(C, tag)[0]?.getElementsByTagNameNS(C, "f")[0]?.textContent ?? "";
            const tx = ser.getElementsByTagNameNS(C, "tx")[0];
            series.push({
              name: tx?.getElementsByTagNameNS(C, "v")[0]?.textContent ?? "",
              as,
              values: unquote(f("val")),
              categories: unquote(f("cat")),
            });
            const pts = Array.from(ser.getElementsByTagNameNS(C, "val")[0].getElementsByTagNameNS(C, "pt"));
            values.push(pts.map((p) => Number(p.getElementsByTagNameNS(C, "v")[0].textContent)));
          }
        }
        const title = Array.from(doc.getElementsByTagNameNS(C, "title")[0]?.getElementsByTagNameNS(A, "t") ?? [])
          .map((t) => t.textContent)
          .join("");
        charts.push({ sheet: sheetEl.getAttribute("name")!, title, cells: `${cellA1(from.row, from.col)}:${last}`, series });
        cached.push(values);
      }
    }
  }
  return { charts, cached, frameNames };
}

const ODF = {
  draw: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
  chart: "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  loext: "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
};

/**
 * The charts LibreOffice imported, read from its flat ODF export: each embedded chart object's
 * series with the cell ranges they are bound to, and the values in the chart's own data table
 * (what it draws, after LibreOffice recalculated the cells).
 */
export function chartsInFods(text: string): { charts: ChartView[]; drawn: number[][][] } {
  const doc = xml(text);
  const charts: ChartView[] = [];
  const drawn: number[][][] = [];
  for (const frame of Array.from(doc.getElementsByTagNameNS(ODF.draw, "frame"))) {
    const chart = frame.getElementsByTagNameNS(ODF.chart, "chart")[0];
    if (!chart) continue;
    // The frame sits in the table cell of its top-left corner.
    let cell: Element | null = frame.parentElement;
    while (cell && cell.localName !== "table-cell") cell = cell.parentElement;
    const endCell = frame.getAttributeNS(ODF.table, "end-cell-address") ?? "";
    const [sheet, last] = splitOdfCell(endCell);
    const categories = chart.getElementsByTagNameNS(ODF.chart, "categories")[0]?.getAttributeNS(ODF.table, "cell-range-address") ?? "";
    // Each embedded chart has its own automatic styles (names such as "ch4" repeat across charts).
    const verticalStyles = verticalBarStyles(frame);
    const plotArea = chart.getElementsByTagNameNS(ODF.chart, "plot-area")[0];
    const horizontal = verticalStyles.has(plotArea.getAttributeNS(ODF.chart, "style-name") ?? "");
    const series = Array.from(chart.getElementsByTagNameNS(ODF.chart, "series")).map((s) => {
      const cls = s.getAttributeNS(ODF.chart, "class") ?? chart.getAttributeNS(ODF.chart, "class") ?? "";
      return {
        name: (s.getAttributeNS(ODF.loext, "label-string") ?? "").replace(/^"|"$/g, ""),
        as: cls === "chart:line" ? "line" : horizontal ? "bar" : "column",
        values: odfRangeToA1(s.getAttributeNS(ODF.chart, "values-cell-range-address") ?? ""),
        categories: odfRangeToA1(categories),
      };
    });
    const title = Array.from(chart.getElementsByTagNameNS(ODF.chart, "title")[0]?.getElementsByTagNameNS(ODF.text, "p") ?? [])
      .map((p) => p.textContent)
      .join("");
    charts.push({ sheet, title, cells: `${firstCellOf(cell)}:${last}`, series });
    drawn.push(localTableColumns(chart, series.length));
  }
  return { charts, drawn };
}

/** The numbers of each series in the chart's own table ("local-table"): one column per series after the category column. */
function localTableColumns(chart: Element, count: number): number[][] {
  const table = Array.from(chart.getElementsByTagNameNS(ODF.table, "table")).find((t) => t.getAttributeNS(ODF.table, "name") === "local-table");
  const out: number[][] = Array.from({ length: count }, () => []);
  if (!table) return out;
  const body = table.getElementsByTagNameNS(ODF.table, "table-rows")[0];
  for (const row of Array.from(body.getElementsByTagNameNS(ODF.table, "table-row"))) {
    const cells = Array.from(row.getElementsByTagNameNS(ODF.table, "table-cell"));
    for (let k = 0; k < count; k++) out[k].push(Number(cells[k + 1]?.getAttributeNS(ODF.office, "value") ?? NaN));
  }
  return out;
}

/** Styles of plot areas whose bars run horizontally (ODF: a "vertical" bar chart has swapped axes). */
function verticalBarStyles(frame: Element): Set<string> {
  const out = new Set<string>();
  for (const st of Array.from(frame.getElementsByTagNameNS(ODF.style, "style"))) {
    const props = st.getElementsByTagNameNS(ODF.style, "chart-properties")[0];
    if (props?.getAttributeNS(ODF.chart, "vertical") === "true") out.add(st.getAttributeNS(ODF.style, "name") ?? "");
  }
  return out;
}

/** The A1 address of the table cell that holds a frame, counting repeated rows and columns. */
function firstCellOf(cell: Element | null): string {
  if (!cell) return "?";
  const row = cell.parentElement!;
  let table: Element | null = row.parentElement;
  while (table && !(table.localName === "table" && table.namespaceURI === ODF.table)) table = table.parentElement;
  let col = 0;
  for (const c of Array.from(row.children)) {
    if (c === cell) break;
    if (c.localName === "table-cell" || c.localName === "covered-table-cell") col += Number(c.getAttributeNS(ODF.table, "number-columns-repeated") ?? 1);
  }
  let r = 0;
  // The sheet's own rows, not those of the data tables inside the charts drawn on it.
  const rows = Array.from(table?.getElementsByTagNameNS(ODF.table, "table-row") ?? []).filter((x) => !insideFrame(x, table!));
  for (const x of rows) {
    if (x === row) break;
    r += Number(x.getAttributeNS(ODF.table, "number-rows-repeated") ?? 1);
  }
  return cellA1(r, col);
}

function insideFrame(el: Element, stop: Element): boolean {
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) if (p.localName === "frame" && p.namespaceURI === ODF.draw) return true;
  return false;
}

/** `Resultaat.D50:Resultaat.I50` -> `Resultaat!$D$50:$I$50`; `'Een blad'.A1` -> `Een blad!$A$1`. */
export function odfRangeToA1(range: string): string {
  if (!range) return "";
  const [start, end] = range.split(":");
  const [sheet, a] = splitOdfCell(start);
  const b = end ? splitOdfCell(end)[1] : undefined;
  const abs = (c: string) => c.replace(/^\$?([A-Z]+)\$?(\d+)$/, "$$$1$$$2");
  return `${sheet}!${abs(a)}${b ? `:${abs(b)}` : ""}`;
}

function splitOdfCell(ref: string): [string, string] {
  const dot = ref.lastIndexOf(".");
  return [ref.slice(0, dot).replace(/^\$/, "").replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), ref.slice(dot + 1).replace(/\$/g, "")];
}

/** `'Een blad'!$A$1` -> `Een blad!$A$1` */
function unquote(ref: string): string {
  const m = /^'(.*)'!(.*)$/.exec(ref);
  return m ? `${m[1].replace(/''/g, "'")}!${m[2]}` : ref;
}

function resolve(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = dir.split("/");
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== ".") out.push(seg);
  }
  return out.join("/");
}
