/**
 * Reading a case back from an .xlsx file (command line, tests): the file is inspected first (a
 * zip within limits, an Excel workbook, intact parts of well-formed XML), then the workbook library reads it
 * and a ReadResult comes out. Each way it can fail has its own reason in Dutch and English.
 */
import { ValueType, Workbook, type Cell, type CellErrorValue, type CellRichTextValue } from "../xlsx/library";
import { META_SHEET_NAME } from "../plan/meta";
import { inspectXlsx, READ_LIMITS, type XlsxLimits } from "../zip/inspectXlsx";
import { lastBuildFromMetaRows } from "./model";
import { parseSheetAddress, readCaseFromNamedRanges, readExtents, type NamedRangeRead, type ReadResult } from "./readCase";

export type XlsxReadOutcome =
  | ({ found: true } & ReadResult)
  /** unreadable: not an (intact) .xlsx file; noModel: a workbook without the add-in's model; damaged: its BC_Meta is damaged. */
  | { found: false; reason: "unreadable" | "noModel" | "damaged"; nl: string; en: string };

export async function readCaseFromXlsx(bytes: Uint8Array, limits: XlsxLimits = READ_LIMITS): Promise<XlsxReadOutcome> {
  const problem = await inspectXlsx(bytes, { limits, xml: true });
  if (problem) return { found: false, reason: "unreadable", nl: problem.nl, en: problem.en };
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    // Sound zip and XML, yet not a workbook the library can follow (a part missing or of the wrong kind).
    return {
      found: false,
      reason: "unreadable",
      nl: "de onderdelen van de werkmap passen niet bij elkaar (een onderdeel ontbreekt of is van de verkeerde soort)",
      en: "the parts of the workbook do not fit together (a part is missing or of the wrong kind)",
    };
  }
  const meta = wb.getWorksheet(META_SHEET_NAME);
  if (!meta) {
    return {
      found: false,
      reason: "noModel",
      nl: "deze werkmap bevat geen model van de invoegtoepassing",
      en: "this workbook holds no model made by the add-in",
    };
  }
  const rows: unknown[][] = [];
  meta.eachRow((row) => rows.push([cellValue(row.getCell(1)), cellValue(row.getCell(2))]));
  const last = lastBuildFromMetaRows(rows);
  if (!last.ok) return { found: false, reason: last.reason === "absent" ? "noModel" : "damaged", nl: last.nl, en: last.en };

  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const ranges = new Map<string, NamedRangeRead>();
  const extents = readExtents(last.plan);
  for (const name of new Set(last.plan.inputs.map((b) => b.name))) {
    const entry = model.find((n) => n.name === name);
    if (!entry) {
      ranges.set(name, { exists: false, refError: false });
      continue;
    }
    const ref = entry.ranges[0] ?? "";
    const at = parseSheetAddress(ref);
    const sheet = at ? wb.getWorksheet(at.sheet) : undefined;
    if (!at || !sheet || ref.includes("#REF!")) {
      ranges.set(name, { exists: true, refError: true });
      continue;
    }
    const extent = extents.get(name)!;
    const lastRow = at.row + extent.rows - 1;
    const lastCol = at.col + extent.cols - 1;
    const values: unknown[][] = [];
    for (let r = at.row; r <= lastRow; r++) {
      const line: unknown[] = [];
      for (let c = at.col; c <= lastCol; c++) line.push(cellValue(sheet.getCell(r + 1, c + 1)));
      values.push(line);
    }
    ranges.set(name, { exists: true, refError: false, sheet: at.sheet, row: at.row, col: at.col, values });
  }
  return { found: true, ...readCaseFromNamedRanges(last.caseValue, last.plan, ranges) };
}

/**
 * A cell as the user sees it, and as Office.js gives `values`: a formula gives its cached result
 * (the library drops falsy ones from `value`), an error its text such as "#DIV/0!".
 */
function cellValue(cell: Cell): unknown {
  const v: unknown = cell.type === ValueType.Formula ? cell.result : cell.value;
  if (v && typeof v === "object" && "richText" in v) return (v as CellRichTextValue).richText.map((t) => t.text).join("");
  if (v && typeof v === "object" && "error" in v) return String((v as CellErrorValue).error);
  return v ?? null;
}
