/** Reading a case back from an .xlsx file (command line, tests): the workbook library in, a ReadResult out. */
import { ValueType, Workbook, type Cell, type CellErrorValue, type CellRichTextValue } from "../xlsx/library";
import { META_SHEET_NAME } from "../plan/meta";
import { lastBuildFromMetaRows } from "./model";
import { parseSheetAddress, readCaseFromNamedRanges, readExtents, type NamedRangeRead, type ReadResult } from "./readCase";

export type XlsxReadOutcome = ({ found: true } & ReadResult) | { found: false; nl: string; en: string };

export async function readCaseFromXlsx(bytes: Uint8Array): Promise<XlsxReadOutcome> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes);
  const meta = wb.getWorksheet(META_SHEET_NAME);
  if (!meta) return { found: false, nl: "deze werkmap bevat geen model van de invoegtoepassing", en: "this workbook holds no model made by the add-in" };
  const rows: unknown[][] = [];
  meta.eachRow((row) => rows.push([cellValue(row.getCell(1)), cellValue(row.getCell(2))]));
  const last = lastBuildFromMetaRows(rows);
  if (!last.ok) return { found: false, nl: last.nl, en: last.en };

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
