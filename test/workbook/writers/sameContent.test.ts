/**
 * Both writers put the same content in every cell from the same plan (issue 3): the exceljs file,
 * read back, against the workbook the Office.js writer leaves in the recording fake. Compared per
 * cell: formula or constant, number format, fill, font colour, bold, italic, size, wrap,
 * alignment, border colour, locked; per sheet: order, visibility, tab colour, frozen panes,
 * merges, protection, column widths, conditional formats; and names and every validation (list,
 * number bounds, messages). For the hand-made sample plan, the examples and generated cases.
 */
import * as ExcelJS from "../../../src/workbook/xlsx/library";
import { exampleCase } from "../../../src/model";
import { cellA1, rangeA1, type WorkbookPlan } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { applyPlan } from "../../../src/workbook/office";
import { columnWidthPoints } from "../../../src/workbook/office/writePlan";
import { FakeExcel, asContext } from "../../support/fakeExcel";
import { generatedCases } from "../../support/generatedCases";
import { samplePlan } from "../../support/samplePlans";
import { fileValidations } from "../../support/fileValidations";
import { planOf } from "../../support/plans";

interface CellView {
  content: string;
  numberFormat: string;
  fill: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  size: number;
  wrap: boolean;
  hAlign: string;
  vAlign: string;
  border: string;
  locked: boolean;
}

interface SheetView {
  name: string;
  visibility: string;
  tabColor: string;
  freeze: string;
  print: string;
  heights: string[];
  merges: string[];
  protected: boolean;
  widths: string[];
  conditionalFormats: string[];
}

interface WorkbookView {
  cells: Map<string, CellView>;
  names: Map<string, string>;
  sheets: SheetView[];
  validations: string[];
}

const norm = (color: string | undefined) =>
  color
    ? color
        .replace(/^#/, "")
        .replace(/^FF(?=[0-9A-F]{6}$)/i, "")
        .toUpperCase()
    : "";
const capital = (s: string | undefined) => (s ? s[0].toUpperCase() + s.slice(1) : "");
const serial = (d: Date) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
// A cell with nothing but default formatting is not written by exceljs either.
const isBlank = (v: CellView) =>
  v.content === "" && !v.fill && !v.fontColor && v.numberFormat === "General" && v.locked && !v.border && !v.bold && !v.italic && !v.wrap && !v.hAlign;
const validationText = (at: string, rule: { type: string; operator?: string; formulae: unknown[] }, title: string, message: string) =>
  `${at} ${rule.type} ${rule.operator ?? ""} ${JSON.stringify(rule.formulae)} ${title} | ${message}`;

/** Manual page breaks as the plan counts them: a break after 1-based row n starts zero-based row n. */
function rowBreaksOf(ws: ExcelJS.Worksheet): string {
  return ((ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? [])
    .map((b) => b.id)
    .sort((a, b) => a - b)
    .join(",");
}

function rowHeightsOf(ws: ExcelJS.Worksheet): string[] {
  const heights: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height) heights.push(`${n - 1}: ${row.height}`);
  });
  return heights;
}

async function fromXlsx(plan: WorkbookPlan): Promise<WorkbookView> {
  const bytes = await planToXlsx(plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const cells = new Map<string, CellView>();
  // From the file's XML: the library reads a bound that is a formula back as NaN. Such a bound is
  // written without "=" and given to Office.js with it.
  const bound = (f: number | string) => (typeof f === "string" ? `=${f}` : f);
  const validations = (await fileValidations(bytes)).map((v) =>
    validationText(
      `${v.sheet}!${v.cell}`,
      { type: v.type, operator: v.type === "list" ? undefined : (v.operator ?? "between"), formulae: v.type === "list" ? v.formulae : v.formulae.map(bound) },
      v.errorTitle ?? "",
      v.error ?? "",
    ),
  );
  const sheets: SheetView[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        // The covered cells of a merge are not cells of their own.
        if (c.isMerged && c.master !== c) return;
        const v = c.value as unknown;
        const content =
          c.type === ExcelJS.ValueType.Formula ? `=${c.formula}` : v === null || v === undefined ? "" : v instanceof Date ? String(serial(v)) : String(v);
        const view: CellView = {
          content,
          numberFormat: (typeof c.numFmt === "string" ? c.numFmt : c.numFmt?.formatCode) ?? "General",
          fill: c.fill && c.fill.type === "pattern" ? norm(c.fill.fgColor?.argb) : "",
          fontColor: norm(c.font?.color?.argb),
          bold: !!c.font?.bold,
          italic: !!c.font?.italic,
          size: c.font?.size ?? 11,
          wrap: !!c.alignment?.wrapText,
          hAlign: capital(c.alignment?.horizontal),
          vAlign: capital(c.alignment?.vertical),
          border: norm(c.border?.top?.color?.argb),
          locked: c.protection?.locked !== false,
        };
        if (!isBlank(view)) cells.set(`${ws.name}!${c.address}`, view);
      }),
    );
    const model = ws as unknown as {
      conditionalFormattings: {
        ref: string;
        rules: { formulae: string[]; style: { fill?: { bgColor?: { argb: string } }; font?: { color?: { argb: string } } | null } }[];
      }[];
    };
    const frozen = (ws.views ?? []).find((v) => v.state === "frozen") as { xSplit?: number; ySplit?: number } | undefined;
    sheets.push({
      name: ws.name,
      visibility: ws.state,
      tabColor: norm(ws.properties.tabColor?.argb),
      freeze: frozen ? `${frozen.ySplit ?? 0} rows, ${frozen.xSplit ?? 0} columns` : "none",
      print: ws.headerFooter?.oddFooter
        ? `${ws.pageSetup.orientation} ${ws.pageSetup.paperSize === 9 ? "A4" : ws.pageSetup.paperSize} ${ws.pageSetup.fitToPage ? `fit ${ws.pageSetup.fitToWidth}x${ws.pageSetup.fitToHeight}` : `${ws.pageSetup.scale ?? 100}%`} breaks ${rowBreaksOf(ws)} titles ${ws.pageSetup.printTitlesRow ?? "none"} footer ${ws.headerFooter.oddFooter.replace(/^&C/, "")}`
        : "none",
      merges: [...(ws.model.mergeCells ?? [])].sort(),
      protected: !!ws.sheetProtection?.sheet,
      widths: (ws.columns ?? []).flatMap((col, i) => (col.width ? [`${i}: ${columnWidthPoints(col.width)}`] : [])),
      heights: rowHeightsOf(ws),
      conditionalFormats: model.conditionalFormattings.flatMap((cf) =>
        cf.rules.map((r) => `${cf.ref} ${r.formulae[0]} ${norm(r.style.fill?.bgColor?.argb)} ${norm(r.style.font?.color?.argb)}`),
      ),
    });
  });
  const names = new Map<string, string>();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) names.set(n.name, n.ranges[0].replace(/'/g, ""));
  return { cells, names, sheets, validations: validations.sort() };
}

const OPERATORS: Record<string, string> = { Between: "between", GreaterThanOrEqualTo: "greaterThanOrEqual", LessThanOrEqualTo: "lessThanOrEqual" };

async function fromOffice(plan: WorkbookPlan): Promise<WorkbookView> {
  const fake = new FakeExcel();
  const outcome = await applyPlan(asContext(fake), plan);
  if (!outcome.ok) throw new Error("build failed");
  const cells = new Map<string, CellView>();
  const validations: string[] = [];
  const sheets: SheetView[] = [];
  for (const s of fake.state.sheets) {
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(":").map(Number);
      // The covered cells of a merge: Excel keeps only the top-left cell's content.
      if (s.merges.some((m) => row >= m.row && row < m.row + m.rowCount && col >= m.col && col < m.col + m.colCount && (row !== m.row || col !== m.col)))
        continue;
      const view: CellView = {
        content: c.formula ?? (c.value === undefined ? "" : String(c.value)),
        numberFormat: c.numberFormat,
        fill: norm(c.fill),
        fontColor: norm(c.fontColor),
        bold: !!c.bold,
        italic: !!c.italic,
        size: c.size ?? 11,
        wrap: !!c.wrap,
        hAlign: c.hAlign ?? "",
        vAlign: c.vAlign ?? "",
        border: norm(c.borders.top?.color),
        locked: c.locked,
      };
      if (!isBlank(view)) cells.set(`${s.name}!${cellA1(row, col)}`, view);
    }
    for (const v of s.validations) {
      const rule = v.rule as Record<string, { operator?: string; formula1?: unknown; formula2?: unknown; source?: string }>;
      const [kind, spec] = Object.entries(rule)[0];
      const type = kind === "wholeNumber" ? "whole" : kind;
      const formulae = kind === "list" ? [spec.source!.replace(/^=/, "")] : spec.formula2 === undefined ? [spec.formula1] : [spec.formula1, spec.formula2];
      const alert = v.errorAlert as { title: string; message: string };
      for (let r = 0; r < v.rect.rowCount; r++) {
        for (let c = 0; c < v.rect.colCount; c++) {
          validations.push(
            validationText(
              `${s.name}!${cellA1(v.rect.row + r, v.rect.col + c)}`,
              { type, operator: kind === "list" ? undefined : OPERATORS[spec.operator!], formulae },
              alert.title,
              alert.message,
            ),
          );
        }
      }
    }
    sheets.push({
      name: s.name,
      visibility: s.visibility === "VeryHidden" ? "veryHidden" : "visible",
      tabColor: norm(s.tabColor),
      freeze: s.freeze ? `${s.freeze.rows} rows, ${s.freeze.columns} columns` : "none",
      print: s.print.centerFooter
        ? `${s.print.orientation.toLowerCase()} ${s.print.paperSize} ${s.print.zoom.horizontalFitToPages !== undefined ? `fit ${s.print.zoom.horizontalFitToPages}x${s.print.zoom.verticalFitToPages}` : `${s.print.zoom.scale}%`} breaks ${s.print.rowBreaks.join(",")} titles ${s.print.titleRows?.replace(/\$/g, "") ?? "none"} footer ${s.print.centerFooter}`
        : "none",
      merges: s.merges.map((m) => rangeA1(m)).sort(),
      protected: s.protected,
      widths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b).map(([i, w]) => `${i}: ${w}`),
      heights: [...s.rowHeights.entries()].sort(([a], [b]) => a - b).map(([i, h]) => `${i}: ${h}`),
      conditionalFormats: s.conditionalFormats.map((cf) => `${rangeA1(cf.rect)} ${cf.formula!.replace(/^=/, "")} ${norm(cf.fill)} ${norm(cf.fontColor)}`),
    });
  }
  const names = new Map(fake.state.names.map((n) => [n.name, n.formula.replace(/^=/, "").replace(/'/g, "")]));
  return { cells, names, sheets, validations: validations.sort() };
}

const plans: [string, () => WorkbookPlan][] = [
  ["the hand-made sample plan", samplePlan],
  ["the example", () => planOf(exampleCase(), "nl")],
  ["the example in English", () => planOf(exampleCase(), "en")],
  ["the region example", () => planOf(exampleCase("region"), "nl")],
  ...generatedCases(6).map((g): [string, () => WorkbookPlan] => [g.name, () => planOf(g.caseFile, "nl")]),
];

test.each(plans)("%s: both writers write the same workbook", async (_name, makePlan) => {
  const plan = makePlan();
  const [x, o] = await Promise.all([fromXlsx(plan), fromOffice(plan)]);
  expect(o.sheets).toEqual(x.sheets);
  expect([...o.names.entries()].sort()).toEqual([...x.names.entries()].sort());
  expect(o.validations).toEqual(x.validations);
  const keys = new Set([...x.cells.keys(), ...o.cells.keys()]);
  const differences: string[] = [];
  for (const k of keys) {
    const a = x.cells.get(k);
    const b = o.cells.get(k);
    if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${k}: xlsx ${JSON.stringify(a)} office ${JSON.stringify(b)}`);
  }
  expect(differences.slice(0, 10)).toEqual([]);
  // Every plan cell with content is among them.
  let planCells = 0;
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      b.cells.forEach((line, dr) =>
        line.forEach((c, dc) => {
          if (c && (c.formula !== undefined || (c.value !== undefined && c.value !== ""))) {
            planCells++;
            expect(x.cells.has(`${s.name}!${cellA1(b.row + dr, b.col + dc)}`)).toBe(true);
          }
        }),
      );
    }
  }
  expect(keys.size).toBeGreaterThanOrEqual(planCells);
  expect(x.validations.length).toBeGreaterThan(0);
});
